<?php
/**
 * The blocks and shortcodes: each prints its custom element on the server (escaped, from
 * block attributes), so an Author or Contributor without `unfiltered_html` can place every
 * widget. The script is enqueued only when a widget is printed.
 *
 * One `<recovery-provider>` per page: the post content is wrapped in it when it holds a
 * widget (a `the_content` filter), so every widget in the content shares one set of
 * settings. A widget printed elsewhere (a template part, a widget area, the editor's
 * preview) brings its own provider with the same settings.
 *
 * @package RecoveryWidgets
 */

namespace RecoveryWidgets\Blocks;

use RecoveryWidgets\Settings;

defined( 'ABSPATH' ) || exit;

const SCRIPT = 'recovery-widgets';

function boot() {
	add_action( 'init', __NAMESPACE__ . '\\register' );
	add_filter( 'block_categories_all', __NAMESPACE__ . '\\category' );
	// Depth of the_content being applied (it can nest: a query loop of posts inside a post).
	add_filter( 'the_content', __NAMESPACE__ . '\\enter_content', 0 );
	add_filter( 'the_content', __NAMESPACE__ . '\\wrap_in_provider', 99 );
	add_filter( 'the_content', __NAMESPACE__ . '\\leave_content', PHP_INT_MAX );
}

/** The blocks' definitions made at build time from custom-elements.json (build/blocks.json). */
function definitions() {
	static $blocks = null;
	if ( null === $blocks ) {
		$file   = \RecoveryWidgets\DIR . '/build/blocks.json';
		$data   = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
		$blocks = array();
		foreach ( $data['blocks'] ?? array() as $block ) {
			$blocks[ $block['name'] ] = $block;
		}
	}
	return $blocks;
}

function asset_url( $path ) {
	return plugins_url( $path, \RecoveryWidgets\FILE );
}

function asset_version( $path ) {
	$file = \RecoveryWidgets\DIR . '/' . $path;
	return \RecoveryWidgets\VERSION . '-' . ( is_readable( $file ) ? substr( md5_file( $file ), 0, 8 ) : '0' );
}

function register() {
	$script = 'build/dist/recovery-widgets.iife.js';
	// The classic build: WordPress before 6.5 has no script modules. In the footer, so the
	// page is read first; the elements upgrade when it runs.
	wp_register_script( SCRIPT, asset_url( $script ), array(), asset_version( $script ), true );
	wp_register_style( 'recovery-widgets-not-defined', asset_url( 'build/dist/not-defined.css' ), array(), asset_version( 'build/dist/not-defined.css' ) );
	wp_register_script(
		'recovery-widgets-editor',
		asset_url( 'assets/editor.js' ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-api-fetch', 'wp-i18n', 'wp-html-entities' ),
		asset_version( 'assets/editor.js' ),
		true
	);
	wp_register_style( 'recovery-widgets-editor', asset_url( 'assets/editor.css' ), array(), asset_version( 'assets/editor.css' ) );
	wp_add_inline_script(
		'recovery-widgets-editor',
		'window.recoveryWidgetsEditor = ' . wp_json_encode(
			array(
				'blocks'      => array_values( definitions() ),
				'script'      => add_query_arg( 'ver', asset_version( $script ), asset_url( $script ) ),
				'style'       => asset_url( 'build/dist/not-defined.css' ),
				'frameScript' => asset_url( 'assets/preview-frame.js' ),
				'lang'        => Settings\get()['lang'] ? Settings\get()['lang'] : substr( get_locale(), 0, 2 ),
			)
		) . ';',
		'before'
	);

	if ( ! definitions() ) {
		add_action( 'admin_notices', __NAMESPACE__ . '\\missing_build_notice' );
		return;
	}
	foreach ( definitions() as $block ) {
		register_block_type( \RecoveryWidgets\DIR . '/build/blocks/' . $block['slug'] );
		add_shortcode( $block['shortcode'], __NAMESPACE__ . '\\shortcode' );
	}
}

function missing_build_notice() {
	echo '<div class="notice notice-error"><p>' . esc_html__( 'Recovery widgets: the plugin’s build/ folder is missing. Install the plugin from recovery-widgets-wordpress.zip (npm run build:wordpress makes it).', 'recovery-widgets' ) . '</p></div>';
}

function category( $categories ) {
	array_unshift(
		$categories,
		array(
			'slug'  => 'recovery-widgets',
			'title' => __( 'Recovery widgets', 'recovery-widgets' ),
			'icon'  => null,
		)
	);
	return $categories;
}

/* -------------------------------------------------------------------------------------- */
/* Printing an element                                                                    */
/* -------------------------------------------------------------------------------------- */

/**
 * Text from a block attribute. Without `unfiltered_html`, WordPress passes block attributes
 * through kses when the post is saved, which turns "&" into "&amp;": decode, then escape once
 * when printing.
 */
function attribute_text( $value ) {
	return trim( html_entity_decode( (string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
}

/** Escapes for an HTML attribute or text, and keeps `[` from being read as a shortcode. */
function esc_attr_text( $text ) {
	return str_replace( '[', '&#91;', esc_attr( $text ) );
}
function esc_html_text( $text ) {
	return str_replace( '[', '&#91;', esc_html( $text ) );
}

/** A link the widgets accept (https:, http:, tel:, sms:, mailto: or relative), else null. */
function safe_link( $value ) {
	if ( '' === $value ) {
		return null;
	}
	$clean = esc_url_raw( $value, array( 'https', 'http', 'tel', 'sms', 'mailto' ) );
	return '' === $clean ? null : $clean;
}

/**
 * The element's attributes from block (or shortcode) attributes, checked against its
 * controls: a toggle is printed when on, a choice only if it is one of the options, a
 * number only if it is a whole number, a link only if it is an allowed one.
 *
 * @return array<string, string|true> attribute name → value (true: boolean attribute)
 */
function element_attributes( array $block, array $attributes ) {
	$out = array();
	foreach ( $block['controls'] as $control ) {
		$value = $attributes[ $control['key'] ] ?? null;
		if ( 'toggle' === $control['kind'] ) {
			if ( true === $value ) {
				$out[ $control['attribute'] ] = true;
			}
			continue;
		}
		if ( ! is_scalar( $value ) ) {
			continue;
		}
		$text = attribute_text( $value );
		if ( '' === $text ) {
			continue;
		}
		if ( 'select' === $control['kind'] && ( ! in_array( $text, array_column( $control['options'], 'value' ), true ) || ( $control['default'] ?? null ) === $text ) ) {
			continue; // Not an option, or the element's own default: nothing to print.
		}
		if ( 'number' === $control['kind'] && ! preg_match( '/^\d{1,6}$/', $text ) ) {
			continue;
		}
		if ( 'url' === ( $control['format'] ?? '' ) ) {
			$text = safe_link( $text );
			if ( null === $text ) {
				continue;
			}
		}
		$out[ $control['attribute'] ] = $text;
	}
	// The standalone quick exit goes where Settings says, unless the block says otherwise.
	if ( 'recovery-quick-exit' === $block['tag'] && ! isset( $out['href'] ) ) {
		$destination = Settings\get()['quick_exit_href'];
		if ( '' !== $destination ) {
			$out['href'] = $destination;
		}
	}
	return $out;
}

/** `name="value"` pairs, escaped; true prints the bare name. */
function attribute_html( array $attributes ) {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		$html .= true === $value ? ' ' . $name : sprintf( ' %s="%s"', $name, esc_attr_text( $value ) );
	}
	return $html;
}

/**
 * A URL-fragment id for a question, as the FAQ widget makes them: lower-case ASCII letters
 * and digits joined by hyphens, accents folded; "-2", "-3" … on repeats within the page.
 */
function question_id( $question ) {
	static $taken = array();
	$slug = trim( preg_replace( '/[^a-z0-9]+/', '-', strtolower( remove_accents( $question ) ) ), '-' );
	$slug = '' === $slug ? 'question' : $slug;
	$id   = $slug;
	for ( $n = 2; isset( $taken[ $id ] ); $n++ ) {
		$id = $slug . '-' . $n;
	}
	$taken[ $id ] = true;
	return $id;
}

/** The FAQ's questions as `<details>`: readable without JavaScript; a blank line starts a paragraph. */
function faq_details( $items ) {
	$html = '';
	foreach ( is_array( $items ) ? $items : array() as $item ) {
		$question = attribute_text( $item['question'] ?? '' );
		$answer   = str_replace( "\r\n", "\n", attribute_text( $item['answer'] ?? '' ) );
		if ( '' === $question ) {
			continue;
		}
		$paragraphs = array_filter( array_map( 'trim', preg_split( '/\n\s*\n/', $answer ) ), 'strlen' );
		$html      .= sprintf( '<details id="%s"><summary>%s</summary>', esc_attr( question_id( $question ) ), esc_html_text( $question ) );
		foreach ( $paragraphs as $paragraph ) {
			$html .= '<p>' . nl2br( esc_html_text( $paragraph ), false ) . '</p>';
		}
		$html .= '</details>';
	}
	return $html;
}

/** Depth of `the_content` filtering now under way. */
function content_depth( $change = 0 ) {
	static $depth = 0;
	$depth = max( 0, $depth + $change );
	return $depth;
}
function enter_content( $content ) {
	content_depth( 1 );
	return $content;
}
function leave_content( $content ) {
	content_depth( -1 );
	return $content;
}

/** `<recovery-provider …>` with the settings, and the help-line JSON when it differs from the built-in. */
function provider_open() {
	$html = '<recovery-provider' . attribute_html( Settings\provider_attributes() ) . '>';
	$json = Settings\provider_json();
	if ( null !== $json ) {
		// JSON_HEX_TAG: no "</script>" can close the element early.
		$html .= '<script type="application/json">' . wp_json_encode( $json, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) . '</script>';
	}
	return $html;
}

/** A widget element, with the page's widgets (if in the content) or its own provider around it. */
function element_html( array $block, array $attributes, $inner = '' ) {
	if ( 'recovery-faq' === $block['tag'] && '' === trim( $inner ) ) {
		// No questions yet: nothing to show (the widget would only say its content is missing).
		return '';
	}
	wp_enqueue_script( SCRIPT );
	wp_enqueue_style( 'recovery-widgets-not-defined' );
	$html = sprintf( '<%1$s%2$s>%3$s</%1$s>', $block['tag'], attribute_html( element_attributes( $block, $attributes ) ), $inner );
	return content_depth() > 0 ? $html : provider_open() . $html . '</recovery-provider>';
}

/** The blocks' `render` (build/blocks/<name>/render.php). */
function render_block_type( $name, $attributes ) {
	$block = definitions()[ $name ] ?? null;
	if ( ! $block ) {
		return '';
	}
	$inner = 'recovery-faq' === $block['tag'] ? faq_details( $attributes['items'] ?? array() ) : '';
	return element_html( $block, is_array( $attributes ) ? $attributes : array(), $inner );
}

/**
 * `[recovery_faq searchable heading-level="2"]<details>…</details>[/recovery_faq]` and the
 * like: attributes by their HTML name (or with underscores), a bare name for "on".
 */
function shortcode( $atts, $content, $tag ) {
	$block = null;
	foreach ( definitions() as $candidate ) {
		if ( $candidate['shortcode'] === $tag ) {
			$block = $candidate;
		}
	}
	if ( ! $block ) {
		return '';
	}
	$given = array();
	foreach ( (array) $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			$given[ strtolower( (string) $value ) ] = true;
		} else {
			$given[ str_replace( '_', '-', strtolower( $name ) ) ] = $value;
		}
	}
	$attributes = array();
	foreach ( $block['controls'] as $control ) {
		if ( ! array_key_exists( $control['attribute'], $given ) ) {
			continue;
		}
		$value = $given[ $control['attribute'] ];
		if ( 'toggle' === $control['kind'] ) {
			$value = true === $value || in_array( strtolower( (string) $value ), array( '', '1', 'true', 'yes', 'on' ), true );
		}
		$attributes[ $control['key'] ] = $value;
	}
	// The FAQ's questions as <details> written in the classic editor (already limited to
	// what the author may post; filtered again here).
	$inner = '';
	if ( 'recovery-faq' === $block['tag'] ) {
		// wpautop ran first: drop the paragraph it ended before the shortcode's content and
		// the one it opened after it, then keep only balanced, allowed HTML.
		$inner = preg_replace( array( '#^\s*</p>#', '#<p>\s*$#' ), '', (string) $content );
		$inner = wp_kses_post( force_balance_tags( trim( $inner ) ) );
	}
	return element_html( $block, $attributes, $inner );
}

/**
 * Wraps the post content in one `<recovery-provider>` when it holds a widget, so the
 * widgets share the organisation's settings. Widgets inside print no provider of their own.
 */
function wrap_in_provider( $content ) {
	if ( is_feed() || ! preg_match( '/<recovery-(?!provider)[a-z-]+[\s>]/', $content ) ) {
		return $content;
	}
	// A widget pasted as HTML by an administrator gets the script too.
	wp_enqueue_script( SCRIPT );
	return provider_open() . $content . '</recovery-provider>';
}
