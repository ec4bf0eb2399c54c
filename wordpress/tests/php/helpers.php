<?php
/**
 * Helpers for the PHP tests: a callback request as the widget sends it, the inbox's rows,
 * and the emails the test mu-plugin caught.
 */

/** The JSON body the intake widget sends (docs/intake.md), with fields changed or removed (null). */
function rw_body( array $changes = array() ) {
	$body = array_merge(
		array(
			'firstName'   => 'Ana',
			'phone'       => '303-555-0199',
			'bestTime'    => 'evening',
			'forWhom'     => 'loved-one',
			'consent'     => true,
			'consentText' => 'You may call or text me at this number about my request.',
			'page'        => '/families/',
			'lang'        => 'en',
		),
		$changes
	);
	foreach ( $changes as $key => $value ) {
		if ( null === $value ) {
			unset( $body[ $key ] );
		}
	}
	return $body;
}

function rw_key() {
	return wp_generate_uuid4();
}

/**
 * POSTs to the route inside this process, as a browser on the site's own page would: Origin,
 * JSON, an Idempotency-Key. A header set to null is left out; `raw` replaces the body.
 */
function rw_post( $body, array $headers = array(), $raw = null, $address = '198.51.100.1' ) {
	$_SERVER['REMOTE_ADDR'] = $address;
	$request                = new WP_REST_Request( 'POST', '/recovery-widgets/v1/intake' );
	$headers                = array_merge(
		array(
			'Origin'          => home_url(),
			'Content-Type'    => 'application/json',
			'Idempotency-Key' => rw_key(),
		),
		$headers
	);
	foreach ( $headers as $name => $value ) {
		if ( null !== $value ) {
			$request->set_header( $name, $value );
		}
	}
	$request->set_body( null !== $raw ? $raw : wp_json_encode( $body ) );
	return rest_do_request( $request );
}

function rw_rows() {
	global $wpdb;
	return $wpdb->get_results( 'SELECT * FROM ' . \RecoveryWidgets\Inbox\table() . ' ORDER BY id' );
}

function rw_empty_inbox() {
	global $wpdb;
	$wpdb->query( 'DELETE FROM ' . \RecoveryWidgets\Inbox\table() );
}

/** Emails caught by the test mu-plugin since the start. */
function rw_mails() {
	if ( ! is_readable( RECOVERY_WIDGETS_TEST_MAIL_LOG ) ) {
		return array();
	}
	return array_map(
		function ( $line ) {
			return json_decode( $line, true );
		},
		array_filter( explode( "\n", (string) file_get_contents( RECOVERY_WIDGETS_TEST_MAIL_LOG ) ) )
	);
}

/** The settings used by the tests (fixtures.php), with changes. */
function rw_settings( array $changes = array() ) {
	update_option( 'recovery_widgets_settings', array_merge( get_option( 'recovery_widgets_settings' ), $changes ) );
}
