<?php
/**
 * Run once by site.mjs after WordPress is installed: activates the plugin (its activation
 * hook creates the table, the capability and the purge), adds an Author, enters the
 * organisation's settings, and makes the pages the tests visit. Prints what it made as JSON.
 */

$_SERVER['WORDPRESS_CONFIG'] = 'recovery-widgets-test';
$_SERVER['HTTP_HOST']        = parse_url( getenv( 'RW_TEST_URL' ), PHP_URL_HOST );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$fail = function ( $what ) {
	fwrite( STDERR, $what . "\n" );
	exit( 1 );
};

$activated = activate_plugin( 'recovery-widgets/recovery-widgets.php' );
if ( is_wp_error( $activated ) ) {
	$fail( 'activating the plugin: ' . $activated->get_error_message() );
}

$admin  = json_decode( getenv( 'RW_ADMIN' ), true );
$author = json_decode( getenv( 'RW_AUTHOR' ), true );
$author_id = wp_insert_user(
	array(
		'user_login'   => $author['user'],
		'user_pass'    => $author['password'],
		'user_email'   => 'author@example.org',
		'display_name' => 'Alex Author',
		'role'         => 'author',
	)
);
if ( is_wp_error( $author_id ) ) {
	$fail( 'creating the Author: ' . $author_id->get_error_message() );
}
// No welcome guide in the editor (the tests are not first-time visitors).
global $wpdb;
foreach ( array( 1, $author_id ) as $user_id ) {
	update_user_meta( $user_id, $wpdb->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
}

$GLOBALS['wp_rewrite']->set_permalink_structure( '/%postname%/' );
flush_rewrite_rules();

$page = function ( $slug, $title, $content ) use ( $fail ) {
	$id = wp_insert_post(
		array(
			'post_type'    => 'page',
			'post_status'  => 'publish',
			'post_name'    => $slug,
			'post_title'   => $title,
			// wp_insert_post unslashes; the block comments' JSON has backslashes to keep.
			'post_content' => wp_slash( $content ),
			'post_author'  => 1,
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		$fail( "page $slug: " . $id->get_error_message() );
	}
	return array(
		'id'  => $id,
		'url' => get_permalink( $id ),
	);
};
$block = function ( $name, $attrs = array() ) {
	return serialize_block(
		array(
			'blockName'    => 'recovery-widgets/' . $name,
			'attrs'        => $attrs,
			'innerBlocks'  => array(),
			'innerHTML'    => '',
			'innerContent' => array(),
		)
	) . "\n";
};

$pages            = array();
$pages['neutral'] = $page( 'weather', 'Weather', '<!-- wp:paragraph --><p>Sunny, 72°F.</p><!-- /wp:paragraph -->' );
$pages['plain']   = $page( 'about-us', 'About us', '<!-- wp:paragraph --><p>A page with no widget.</p><!-- /wp:paragraph -->' );
$pages['all']     = $page(
	'families',
	'For families',
	"<!-- wp:paragraph --><p>Help for the people close to someone in recovery.</p><!-- /wp:paragraph -->\n" .
	$block(
		'faq',
		array(
			'searchable' => true,
			'items'      => array(
				array(
					'question' => 'What is parallel recovery?',
					'answer'   => "Each of you does your own recovery work, at the same time.\n\nNeither waits for the other.",
				),
				array(
					// As the editor stores text: &, < and > as entities (see assets/editor.js).
					'question' => 'Can we talk about "us" &amp; &lt;boundaries&gt;?',
					'answer'   => 'Yes: [recovery_intake] is not a shortcode here.',
				),
			),
		)
	) .
	$block( 'self-check', array( 'quickExit' => true ) ) .
	$block( 'group-finder' ) .
	$block( 'scholarship-check', array( 'applyHref' => '/apply/' ) ) .
	$block( 'intake', array( 'consentText' => 'Front Range may call me about my request.' ) ) .
	$block( 'quick-exit', array( 'inline' => true ) )
);
$pages['shortcodes'] = $page(
	'classic',
	'Classic editor page',
	"Our questions:\n\n[recovery_faq searchable heading-level=\"2\"]<details><summary>Is it private?</summary><p>Yes.</p></details>[/recovery_faq]\n\n[recovery_intake variant=\"banner\"]\n\n[recovery_quick_exit inline]"
);

update_option(
	'recovery_widgets_settings',
	array(
		'org_name'        => 'Front Range Recovery Collective',
		'phone'           => '+1-303-555-0142',
		'sms'             => '+1-303-555-0143',
		'schedule_href'   => 'https://book.example.org/front-range',
		'hours'           => 'Mon-Fri 09:00-17:00',
		'timezone'        => 'America/Denver',
		'quick_exit'      => false,
		'quick_exit_href' => $pages['neutral']['url'],
		'caller_name'     => 'Front Range',
		'crisis_name'     => 'Test State Crisis Line',
		'crisis_call'     => '1-800-555-0199',
		'crisis_text'     => '',
		'crisis_keyword'  => '',
		'theme'           => '',
		'lang'            => '',
		'intake_action'   => '',
		'notify_email'    => 'staff@example.org',
		'retention_days'  => 30,
	)
);

echo wp_json_encode(
	array(
		'pages'    => $pages,
		'authorId' => $author_id,
		'authorCanUnfilteredHtml' => user_can( $author_id, 'unfiltered_html' ),
		'restUrl'  => rest_url( 'recovery-widgets/v1/intake' ),
	)
);
