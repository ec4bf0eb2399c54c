<?php
/**
 * What the blocks and shortcodes print: each element escaped from block attributes, the
 * FAQ as <details>, one <recovery-provider> with the settings around the content's
 * widgets, and the script only on pages that hold one.
 */

use RecoveryWidgets\Blocks;

function rw_render( $slug, array $attributes = array() ) {
	return render_block(
		array(
			'blockName'    => 'recovery-widgets/' . $slug,
			'attrs'        => $attributes,
			'innerBlocks'  => array(),
			'innerHTML'    => '',
			'innerContent' => array(),
		)
	);
}

/** Renders as the post content does (inside the_content). */
function rw_content( $content ) {
	return apply_filters( 'the_content', $content );
}

test(
	'blocks: the six are registered, dynamic, with build-generated attributes',
	function () {
		$registry = WP_Block_Type_Registry::get_instance();
		foreach ( array( 'faq', 'self-check', 'group-finder', 'scholarship-check', 'intake', 'quick-exit' ) as $slug ) {
			$type = $registry->get_registered( 'recovery-widgets/' . $slug );
			check( null !== $type, "recovery-widgets/$slug is registered" );
			check( $type->is_dynamic(), "$slug is dynamic (render in block.json)" );
			check( shortcode_exists( 'recovery_' . str_replace( '-', '_', $slug ) ), "[recovery_$slug] exists" );
		}
		$faq = $registry->get_registered( 'recovery-widgets/faq' );
		same( 'boolean', $faq->attributes['searchable']['type'] );
		same( 'array', $faq->attributes['items']['type'] );
		check( ! isset( $faq->attributes['src'] ), 'the FAQ edits its questions, it has no src' );
		$intake = $registry->get_registered( 'recovery-widgets/intake' );
		check( ! isset( $intake->attributes['phone'] ), 'the phone comes from Settings, not the block' );
	}
);

test(
	'blocks: outside the content, a widget brings its own provider with the settings',
	function () {
		$html = rw_render( 'intake', array( 'variant' => 'banner' ) );
		same( 1, substr_count( $html, '<recovery-provider' ) );
		contains( 'phone="+1-303-555-0142"', $html );
		contains( 'caller-name="Front Range"', $html );
		contains( 'intake-action="' . esc_attr( rest_url( 'recovery-widgets/v1/intake' ) ) . '"', $html );
		contains( '<recovery-intake variant="banner"></recovery-intake></recovery-provider>', $html );
	}
);

test(
	'blocks: attribute values are escaped; links, choices and numbers are checked',
	function () {
		$html = rw_render(
			'intake',
			array(
				'consentText' => '"><script>alert(1)</script> & [recovery_faq]',
				'action'      => 'javascript:alert(1)',
				'variant'     => 'sideways',
				'attempts'    => '3; drop',
				'timeout'     => '5000',
			)
		);
		contains( 'consent-text="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#91;recovery_faq]"', $html );
		lacks( '<script>alert', $html );
		lacks( 'javascript:', $html );
		lacks( 'variant=', $html, 'not one of the options' );
		lacks( 'attempts=', $html, 'not a whole number' );
		contains( 'timeout="5000"', $html );
		$exit = rw_render( 'quick-exit', array( 'href' => 'https://www.weather.gov/', 'inline' => true ) );
		contains( '<recovery-quick-exit href="https://www.weather.gov/" inline>', $exit );
		$defaults = rw_render( 'self-check', array( 'mode' => 'steps', 'quickExit' => false ) );
		contains( '<recovery-self-check></recovery-self-check>', $defaults, 'defaults and switched-off toggles print nothing' );
	}
);

test(
	'blocks: text saved through kses (& as &amp;) is printed once-escaped, not twice',
	function () {
		$html = rw_render( 'intake', array( 'consentText' => 'Front Range &amp; Co may call me' ) );
		contains( 'consent-text="Front Range &amp; Co may call me"', $html );
		lacks( '&amp;amp;', $html );
	}
);

test(
	'blocks: the quick exit goes to the Settings destination unless the block names one',
	function () {
		$destination = get_option( 'recovery_widgets_settings' )['quick_exit_href'];
		contains( 'href="' . esc_attr( $destination ) . '"', rw_render( 'quick-exit' ) );
		contains( 'href="https://example.org/news"', rw_render( 'quick-exit', array( 'href' => 'https://example.org/news' ) ) );
	}
);

test(
	'FAQ: questions as <details> with ids and paragraphs, escaped; none: nothing printed',
	function () {
		$html = rw_render(
			'faq',
			array(
				'single' => true,
				'items'  => array(
					array(
						'question' => '¿Qué es la "recuperación paralela"?',
						'answer'   => "Line one\nline two.\n\nSecond <b>paragraph</b>.",
					),
					array(
						'question' => '¿Qué es la "recuperación paralela"?',
						'answer'   => 'Again.',
					),
					array(
						'question' => '',
						'answer'   => 'No question: left out.',
					),
				),
			)
		);
		contains( '<recovery-faq single><details id="que-es-la-recuperacion-paralela"><summary>¿Qué es la &quot;recuperación paralela&quot;?</summary><p>Line one<br>' . "\n" . 'line two.</p><p>Second &lt;b&gt;paragraph&lt;/b&gt;.</p></details>', $html );
		contains( '<details id="que-es-la-recuperacion-paralela-2">', $html, 'a repeated question gets -2' );
		lacks( 'No question', $html );
		same( '', rw_render( 'faq', array( 'items' => array() ) ) );
	}
);

test(
	'content: one provider around all the content’s widgets; none around a page without',
	function () {
		$content = "<!-- wp:paragraph --><p>Intro</p><!-- /wp:paragraph -->\n"
			. '<!-- wp:recovery-widgets/self-check {"quickExit":true} /-->' . "\n"
			. '<!-- wp:recovery-widgets/intake /-->' . "\n"
			. '<!-- wp:recovery-widgets/quick-exit {"inline":true} /-->';
		$html    = rw_content( $content );
		same( 1, substr_count( $html, '<recovery-provider' ), 'one provider' );
		check( strpos( $html, '<recovery-provider' ) < strpos( $html, 'Intro' ), 'the provider opens before the content' );
		check( strpos( $html, '</recovery-provider>' ) > strpos( $html, '<recovery-quick-exit' ), 'and closes after the last widget' );
		contains( '<recovery-self-check quick-exit></recovery-self-check>', $html );
		$plain = rw_content( '<!-- wp:paragraph --><p>No widget here.</p><!-- /wp:paragraph -->' );
		lacks( 'recovery-provider', $plain );
	}
);

test(
	'content: shortcodes print the same elements inside the one provider',
	function () {
		$html = rw_content( "Hello\n\n[recovery_faq searchable heading_level=\"2\"]<details><summary>Q?</summary><p>A.</p></details>[/recovery_faq]\n\n[recovery_intake variant=\"banner\" phone=\"ignored\"]\n\n[recovery_quick_exit inline]" );
		same( 1, substr_count( $html, '<recovery-provider' ) );
		check( (bool) preg_match( '#<recovery-faq heading-level="2" searchable>\s*<details>\s*<summary>Q\?</summary>\s*<p>A\.</p>\s*</details>\s*</recovery-faq>#', $html ), 'the FAQ holds its <details> and no stray paragraph: ' . $html );
		contains( '<recovery-intake variant="banner"></recovery-intake>', $html, 'settings-only attributes are not taken from shortcodes' );
		contains( '<recovery-quick-exit inline href=', $html );
		$scripted = rw_content( '[recovery_faq]<details><summary>Q</summary><script>alert(1)</script></details>[/recovery_faq]' );
		lacks( '<script>alert', $scripted );
	}
);

test(
	'provider: the settings become its attributes; the state line its JSON; defaults print no JSON',
	function () {
		$saved = get_option( 'recovery_widgets_settings' );
		try {
			$html = rw_render( 'group-finder' );
			foreach ( array( 'org-name="Front Range Recovery Collective"', 'sms="+1-303-555-0143"', 'schedule-href="https://book.example.org/front-range"', 'hours="Mon-Fri 09:00-17:00"', 'timezone="America/Denver"', 'caller-name="Front Range"', 'quick-exit-href=' ) as $attribute ) {
				contains( $attribute, $html );
			}
			contains( '<script type="application/json">', $html );
			contains( '"name":"Test State Crisis Line","call":"1-800-555-0199"', $html );
			lacks( 'Colorado', $html, 'the state line replaces the built-in one' );
			contains( '988 Suicide', $html, 'the national lines stay' );

			$state = \RecoveryWidgets\Settings\built_in_state_line();
			rw_settings(
				array(
					'crisis_name'    => $state['name'],
					'crisis_call'    => $state['call'],
					'crisis_text'    => $state['text'],
					'crisis_keyword' => $state['keyword'],
					'theme'          => 'dark',
					'lang'           => 'es',
					'quick_exit'     => true,
					'intake_action'  => 'https://crm.example.org/callbacks',
				)
			);
			$html = rw_render( 'group-finder' );
			lacks( 'application/json', $html, 'the built-in lines: no JSON, the widgets keep both languages' );
			contains( 'theme="dark"', $html );
			contains( 'lang="es"', $html );
			contains( ' quick-exit ', $html );
			contains( 'intake-action="https://crm.example.org/callbacks"', $html );
		} finally {
			update_option( 'recovery_widgets_settings', $saved );
		}
	}
);

test(
	'provider: the JSON cannot close its script element',
	function () {
		$saved = get_option( 'recovery_widgets_settings' );
		try {
			rw_settings( array( 'crisis_name' => '</script><script>alert(1)</script>' ) );
			$html = rw_render( 'self-check' );
			same( 1, substr_count( $html, '</script>' ), 'only the JSON script’s own end tag' );
			lacks( '<script>alert', $html );
		} finally {
			update_option( 'recovery_widgets_settings', $saved );
		}
	}
);

test(
	'assets: the script is enqueued only once a widget is printed, from the plugin’s own folder',
	function () {
		wp_dequeue_script( Blocks\SCRIPT );
		rw_content( '<!-- wp:paragraph --><p>No widget.</p><!-- /wp:paragraph -->' );
		check( ! wp_script_is( Blocks\SCRIPT, 'enqueued' ), 'not enqueued without a widget' );
		rw_content( '<!-- wp:recovery-widgets/quick-exit /-->' );
		check( wp_script_is( Blocks\SCRIPT, 'enqueued' ), 'enqueued with a widget' );
		$src = wp_scripts()->registered[ Blocks\SCRIPT ]->src;
		check( 0 === strpos( $src, content_url( '/plugins/recovery-widgets/build/dist/recovery-widgets.iife.js' ) ), "served from the plugin: $src" );
		check( is_readable( WP_PLUGIN_DIR . '/recovery-widgets/build/dist/recovery-widgets.iife.js' ), 'the file ships in the plugin' );
	}
);
