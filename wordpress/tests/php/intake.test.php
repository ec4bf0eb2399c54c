<?php
/**
 * The callback route: what it accepts (the widget's JSON, docs/intake.md), what it refuses
 * and with which status, one row per Idempotency-Key, the honeypot, the rate limit, the
 * same-origin rule, and the staff email.
 */

use function RecoveryWidgets\Intake\validate;

/* ---- validate(): the fields, table-driven ------------------------------------------- */

test(
	'validate: the widget’s JSON is accepted and stored as sent (trimmed)',
	function () {
		$fields = validate( rw_body( array( 'firstName' => '  Ana ', 'phone' => ' +1 (303) 555-0199 ' ) ) );
		check( is_array( $fields ), 'expected fields, got ' . ( is_wp_error( $fields ) ? $fields->get_error_message() : gettype( $fields ) ) );
		same( 'Ana', $fields['firstName'] );
		same( '+1 (303) 555-0199', $fields['phone'] );
		same( 'evening', $fields['bestTime'] );
		same( 'loved-one', $fields['forWhom'] );
		same( null, $fields['contactSafety'], 'contactSafety absent (an older widget) is "not asked"' );
		same( '/families/', $fields['page'] );
		same( 'en', $fields['lang'] );
	}
);

test(
	'validate: contactSafety, forWhom null and every best time are accepted',
	function () {
		foreach ( array( 'texts-and-voicemail', 'call-only' ) as $safety ) {
			same( $safety, validate( rw_body( array( 'contactSafety' => $safety ) ) )['contactSafety'] );
		}
		foreach ( array( 'anytime', 'morning', 'afternoon', 'evening' ) as $time ) {
			same( $time, validate( rw_body( array( 'bestTime' => $time ) ) )['bestTime'] );
		}
		same( null, validate( rw_body( array( 'forWhom' => null ) ) )['forWhom'] );
		same( 'anytime', validate( rw_body( array( 'bestTime' => null ) ) )['bestTime'], 'bestTime absent' );
		same( 'es-US', validate( rw_body( array( 'lang' => 'es-US' ) ) )['lang'] );
	}
);

test(
	'validate: the page loses any query string or fragment; unknown fields are ignored',
	function () {
		$fields = validate( rw_body( array( 'page' => '/families/?utm_source=x&name=Ana#top', 'score' => 27 ) ) );
		same( '/families/', $fields['page'] );
		check( ! array_key_exists( 'score', $fields ), 'an unknown field is not stored' );
	}
);

test(
	'validate: each bad field is refused with 400, naming the field and never echoing the value',
	function () {
		$cases = array(
			'firstName'     => array( null, '', '   ', str_repeat( 'a', 61 ), array( 'Ana' ), 42, "Ana\nBob" ),
			'phone'         => array( null, '', 'call me', '12345', '1234567890123456', str_repeat( '1 ', 16 ), 3035550199 ),
			'bestTime'      => array( 'night', '', 1 ),
			'forWhom'       => array( 'me', '', false ),
			'contactSafety' => array( 'sometimes', '', true ),
			'consent'       => array( null, false, 'true', 1 ),
			'consentText'   => array( null, '', str_repeat( 'x', 1001 ), array() ),
			'page'          => array( 'https://example.org/families/', 'families', array() ),
			'lang'          => array( 'english!', 7, 'e' ),
		);
		foreach ( $cases as $field => $values ) {
			foreach ( $values as $value ) {
				$body = rw_body( array( $field => $value ) );
				if ( null === $value ) {
					unset( $body[ $field ] );
				}
				$result = validate( $body );
				$shown  = var_export( $value, true );
				check( is_wp_error( $result ), "$field = $shown should be refused" );
				same( 400, $result->get_error_data()['status'], "$field = $shown" );
				same( $field, $result->get_error_data()['field'], "$field = $shown names the field" );
				if ( is_string( $value ) && strlen( $value ) > 4 ) {
					lacks( $value, $result->get_error_message(), 'the message does not echo the value' );
				}
			}
		}
	}
);

test(
	'validate: a JSON array, a string or a number is not a request',
	function () {
		foreach ( array( array( 'Ana', '303-555-0199' ), 'Ana', 42, null ) as $body ) {
			check( is_wp_error( validate( $body ) ), var_export( $body, true ) . ' should be refused' );
		}
	}
);

/* ---- the route, in this process (rest_do_request) ----------------------------------- */

test(
	'route: a request from the site’s page is stored once, answered 200 {received: true}, and staff get one email',
	function () {
		rw_empty_inbox();
		$mails    = count( rw_mails() );
		$key      = rw_key();
		$response = rw_post( rw_body( array( 'contactSafety' => 'call-only' ) ), array( 'Idempotency-Key' => $key ), null, '192.0.2.10' );
		same( 200, $response->get_status() );
		same( array( 'received' => true ), $response->get_data() );
		$rows = rw_rows();
		same( 1, count( $rows ) );
		same( $key, $rows[0]->idempotency_key );
		same( 'new', $rows[0]->status );
		same( 'Ana', $rows[0]->first_name );
		same( 'call-only', $rows[0]->contact_safety );
		same( $mails + 1, count( rw_mails() ), 'one email' );
	}
);

test(
	'route: a retry with the same key gets the same answer and adds no row and no email',
	function () {
		rw_empty_inbox();
		$key   = rw_key();
		$first = rw_post( rw_body(), array( 'Idempotency-Key' => $key ), null, '192.0.2.11' );
		$mails = count( rw_mails() );
		for ( $i = 0; $i < 3; $i++ ) {
			$retry = rw_post( rw_body(), array( 'Idempotency-Key' => $key ), null, '192.0.2.11' );
			same( $first->get_status(), $retry->get_status(), 'same status' );
			same( $first->get_data(), $retry->get_data(), 'same body' );
		}
		same( 1, count( rw_rows() ), 'one row' );
		same( $mails, count( rw_mails() ), 'no email for a retry' );
	}
);

test(
	'route: a new key makes a new row; the same key with other details is refused 422',
	function () {
		rw_empty_inbox();
		$key = rw_key();
		same( 200, rw_post( rw_body(), array( 'Idempotency-Key' => $key ), null, '192.0.2.12' )->get_status() );
		same( 200, rw_post( rw_body(), array(), null, '192.0.2.12' )->get_status() );
		same( 2, count( rw_rows() ), 'a second key, a second row' );
		$reused = rw_post( rw_body( array( 'phone' => '303-555-0100' ) ), array( 'Idempotency-Key' => $key ), null, '192.0.2.12' );
		same( 422, $reused->get_status() );
		same( 2, count( rw_rows() ) );
	}
);

test(
	'route: the unique index holds even when the first check is bypassed (two attempts racing)',
	function () {
		rw_empty_inbox();
		$key    = rw_key();
		$fields = validate( rw_body() );
		$hash   = hash( 'sha256', wp_json_encode( $fields ) );
		same( 'created', \RecoveryWidgets\Inbox\store( $key, $hash, $fields )['outcome'] );
		same( 'duplicate', \RecoveryWidgets\Inbox\store( $key, $hash, $fields )['outcome'] );
		same( 'conflict', \RecoveryWidgets\Inbox\store( $key, str_repeat( '0', 64 ), $fields )['outcome'] );
		same( 1, count( rw_rows() ) );
		global $wpdb;
		$index = $wpdb->get_row( 'SHOW INDEX FROM ' . \RecoveryWidgets\Inbox\table() . " WHERE Column_name = 'idempotency_key'" );
		same( '0', (string) $index->Non_unique, 'idempotency_key has a UNIQUE index' );
	}
);

test(
	'route: a filled honeypot is answered like a success, and nothing is stored or sent',
	function () {
		rw_empty_inbox();
		$mails = count( rw_mails() );
		foreach ( array( rw_body( array( 'website' => 'http://spam.example' ) ), array( 'website' => 'x', 'firstName' => '' ) ) as $body ) {
			$response = rw_post( $body, array(), null, '192.0.2.13' );
			same( 200, $response->get_status() );
			same( array( 'received' => true ), $response->get_data() );
		}
		same( 0, count( rw_rows() ) );
		same( $mails, count( rw_mails() ) );
		same( 200, rw_post( rw_body( array( 'website' => '' ) ), array(), null, '192.0.2.13' )->get_status(), 'an empty honeypot is a person' );
		same( 1, count( rw_rows() ) );
	}
);

test(
	'route: only the site’s own pages: another Origin, "null" or none is 403',
	function () {
		rw_empty_inbox();
		foreach ( array( 'https://evil.example', 'null', 'http://127.0.0.1:1', null ) as $origin ) {
			$response = rw_post( rw_body(), array( 'Origin' => $origin ), null, '192.0.2.14' );
			same( 403, $response->get_status(), 'Origin ' . var_export( $origin, true ) );
		}
		same( 0, count( rw_rows() ) );
		$fetch_site = rw_post( rw_body(), array( 'Origin' => null, 'Sec-Fetch-Site' => 'same-origin' ), null, '192.0.2.14' );
		same( 200, $fetch_site->get_status(), 'Sec-Fetch-Site: same-origin without Origin' );
		$cross = rw_post( rw_body(), array( 'Origin' => null, 'Sec-Fetch-Site' => 'cross-site' ), null, '192.0.2.14' );
		same( 403, $cross->get_status() );
	}
);

test(
	'route: not JSON (415), too large (413), no or bad key (400), broken JSON (400)',
	function () {
		rw_empty_inbox();
		same( 415, rw_post( rw_body(), array( 'Content-Type' => 'text/plain' ), null, '192.0.2.15' )->get_status() );
		same( 415, rw_post( rw_body(), array( 'Content-Type' => 'application/x-www-form-urlencoded' ), null, '192.0.2.15' )->get_status() );
		same( 413, rw_post( null, array(), wp_json_encode( rw_body( array( 'consentText' => str_repeat( 'x', 9000 ) ) ) ), '192.0.2.15' )->get_status() );
		same( 400, rw_post( rw_body(), array( 'Idempotency-Key' => null ), null, '192.0.2.15' )->get_status() );
		same( 400, rw_post( rw_body(), array( 'Idempotency-Key' => 'short' ), null, '192.0.2.15' )->get_status() );
		same( 400, rw_post( rw_body(), array( 'Idempotency-Key' => str_repeat( 'a', 20 ) . ' ;DROP' ), null, '192.0.2.15' )->get_status() );
		same( 400, rw_post( null, array(), '{"firstName": "Ana",', '192.0.2.15' )->get_status() );
		same( 0, count( rw_rows() ) );
		// 32 hex digits: the key a plain-HTTP page makes (no crypto.randomUUID there).
		same( 200, rw_post( rw_body(), array( 'Idempotency-Key' => bin2hex( random_bytes( 16 ) ) ), null, '192.0.2.15' )->get_status() );
		same( 200, rw_post( rw_body(), array( 'Content-Type' => 'application/json; charset=utf-8' ), null, '192.0.2.15' )->get_status() );
	}
);

test(
	'route: an address over the limit gets 429 with Retry-After; retries of stored requests still get their answer',
	function () {
		rw_empty_inbox();
		$limit = function () {
			return array(
				'requests' => 2,
				'window'   => 600,
			);
		};
		add_filter( 'recovery_widgets_rate_limit', $limit );
		try {
			$key = rw_key();
			same( 200, rw_post( rw_body(), array( 'Idempotency-Key' => $key ), null, '203.0.113.7' )->get_status() );
			same( 200, rw_post( rw_body(), array(), null, '203.0.113.7' )->get_status() );
			$limited = rw_post( rw_body(), array(), null, '203.0.113.7' );
			same( 429, $limited->get_status() );
			$wait = (int) $limited->get_headers()['Retry-After'];
			check( $wait > 0 && $wait <= 600, "Retry-After is the rest of the window, got $wait" );
			same( 200, rw_post( rw_body(), array( 'Idempotency-Key' => $key ), null, '203.0.113.7' )->get_status(), 'a retry of a stored request' );
			same( 200, rw_post( rw_body(), array(), null, '203.0.113.8' )->get_status(), 'another address' );
			same( 3, count( rw_rows() ) );
			global $wpdb;
			$stored = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->options} WHERE option_value LIKE '%203.0.113.7%' OR option_name LIKE '%203.0.113.7%'" );
			same( 0, $stored, 'the address is not stored in clear' );
		} finally {
			remove_filter( 'recovery_widgets_rate_limit', $limit );
		}
	}
);

test(
	'email: a link to Callback requests, and no name, number, page or choice',
	function () {
		rw_empty_inbox();
		$before = count( rw_mails() );
		rw_post(
			rw_body(
				array(
					'firstName' => 'Marisol',
					'phone'     => '(720) 555-0187',
					'page'      => '/opioid-help/',
					'forWhom'   => 'self',
				)
			),
			array(),
			null,
			'192.0.2.16'
		);
		$mails = array_slice( rw_mails(), $before );
		same( 1, count( $mails ) );
		$mail = $mails[0];
		same( 'staff@example.org', is_array( $mail['to'] ) ? $mail['to'][0] : $mail['to'], 'to the address in Settings' );
		$text = $mail['subject'] . "\n" . $mail['message'] . "\n" . wp_json_encode( $mail['headers'] );
		contains( admin_url( 'admin.php?page=recovery-callbacks' ), $text );
		foreach ( array( 'Marisol', '555-0187', '5550187', '7205550187', 'opioid', 'Themselves', 'self' ) as $secret ) {
			lacks( $secret, $text, 'the email holds nothing about the visitor' );
		}
	}
);
