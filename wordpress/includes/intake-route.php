<?php
/**
 * `POST /wp-json/recovery-widgets/v1/intake`: where the intake widget sends callback
 * requests unless the site names another endpoint. It accepts requests from this site's own
 * pages only, checks the JSON the widget sends (docs/intake.md, "What your endpoint
 * receives"), stores each request once per Idempotency-Key, answers a filled honeypot like a
 * success without storing anything, and limits how many requests one address can make.
 *
 * Answers, as the widget reads them: 200 stored (or already stored: a retry gets the same
 * answer); 400/413/415/422 refused (final: the visitor is shown the phone number); 403 not
 * from this site; 429 too many (with Retry-After); 503 could not store (the widget retries).
 *
 * @package RecoveryWidgets
 */

namespace RecoveryWidgets\Intake;

use RecoveryWidgets\Inbox;
use WP_Error;
use WP_REST_Request;
use WP_REST_Response;

defined( 'ABSPATH' ) || exit;

const ROUTE_NAMESPACE = 'recovery-widgets/v1';
const ROUTE           = '/intake';
const MAX_BODY_BYTES  = 8192;
const BEST_TIMES      = array( 'anytime', 'morning', 'afternoon', 'evening' );
const FOR_WHOM        = array( 'self', 'loved-one' );
const CONTACT_SAFETY  = array( 'texts-and-voicemail', 'call-only' );
const PHONE_PATTERN   = '/^\s*\+?(?:[\s().\-]*\d){7,15}[\s().\-]*$/';

function boot() {
	add_action( 'rest_api_init', __NAMESPACE__ . '\\register_route' );
}

function register_route() {
	register_rest_route(
		ROUTE_NAMESPACE,
		ROUTE,
		array(
			'methods'             => 'POST',
			'callback'            => __NAMESPACE__ . '\\handle',
			'permission_callback' => __NAMESPACE__ . '\\same_origin',
		)
	);
}

/** scheme://host[:port] of a URL, lower-case. */
function origin_of( $url ) {
	$parts = wp_parse_url( $url );
	if ( empty( $parts['scheme'] ) || empty( $parts['host'] ) ) {
		return '';
	}
	return strtolower( $parts['scheme'] . '://' . $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' ) );
}

/** The origins whose pages may send requests: the site's (home and WordPress address). */
function allowed_origins() {
	$origins = array_unique( array_filter( array( origin_of( home_url() ), origin_of( site_url() ) ) ) );
	/** Filters the origins allowed to post callback requests (e.g. a second domain of the same site). */
	return (array) apply_filters( 'recovery_widgets_allowed_origins', $origins );
}

/**
 * Same origin only. Browsers send `Origin` with every POST from script (the widget's
 * `referrerPolicy: no-referrer` does not remove it from a CORS-mode fetch); a request
 * without it is not from a page of this site. `Sec-Fetch-Site: same-origin` is accepted
 * too, for browsers that send only that.
 */
function same_origin( WP_REST_Request $request ) {
	$origin = strtolower( trim( (string) $request->get_header( 'origin' ) ) );
	if ( '' !== $origin && 'null' !== $origin ) {
		if ( in_array( $origin, allowed_origins(), true ) ) {
			return true;
		}
	} elseif ( 'same-origin' === $request->get_header( 'sec_fetch_site' ) ) {
		return true;
	}
	return new WP_Error( 'recovery_widgets_origin', 'Callback requests are accepted from this site’s own pages only.', array( 'status' => 403 ) );
}

/** The answer to a stored request, and to every retry of it. */
function received() {
	$response = new WP_REST_Response( array( 'received' => true ), 200 );
	$response->header( 'Cache-Control', 'no-store' );
	return $response;
}

function refuse( $status, $code, $message, $field = null ) {
	$data = array( 'status' => $status );
	if ( $field ) {
		$data['field'] = $field;
	}
	return new WP_Error( 'recovery_widgets_' . $code, $message, $data );
}

/** Text without control characters (line breaks are control characters here too). */
function is_plain_text( $value ) {
	return is_string( $value ) && ! preg_match( '/[\x00-\x1F\x7F]/u', $value ) && false !== preg_match( '//u', $value );
}

/**
 * Checks the widget's JSON and returns the fields to store, or why not (naming the field,
 * never echoing a value). Unknown fields are ignored, so a newer widget can add one.
 *
 * @param mixed $data the decoded JSON
 * @return array|WP_Error
 */
function validate( $data ) {
	if ( ! is_array( $data ) || ( $data && array_keys( $data ) === range( 0, count( $data ) - 1 ) ) ) {
		return refuse( 400, 'invalid', 'The request must be a JSON object.' );
	}
	$first_name = $data['firstName'] ?? null;
	if ( ! is_plain_text( $first_name ) || '' === trim( $first_name ) || mb_strlen( trim( $first_name ) ) > 60 ) {
		return refuse( 400, 'invalid', 'firstName must be text of 1 to 60 characters.', 'firstName' );
	}
	$phone = $data['phone'] ?? null;
	if ( ! is_plain_text( $phone ) || strlen( trim( $phone ) ) > 30 || ! preg_match( PHONE_PATTERN, $phone ) ) {
		return refuse( 400, 'invalid', 'phone must be 7 to 15 digits, with spaces, ( ) . - and an optional leading +.', 'phone' );
	}
	$best_time = $data['bestTime'] ?? 'anytime';
	if ( ! in_array( $best_time, BEST_TIMES, true ) ) {
		return refuse( 400, 'invalid', 'bestTime must be one of ' . implode( ', ', BEST_TIMES ) . '.', 'bestTime' );
	}
	$for_whom = $data['forWhom'] ?? null;
	if ( null !== $for_whom && ! in_array( $for_whom, FOR_WHOM, true ) ) {
		return refuse( 400, 'invalid', 'forWhom must be one of ' . implode( ', ', FOR_WHOM ) . ', or null.', 'forWhom' );
	}
	// Absent from widgets older than the safe-contact question: stored as "not asked", which
	// the inbox shows as "call only, leave no message".
	$contact_safety = $data['contactSafety'] ?? null;
	if ( null !== $contact_safety && ! in_array( $contact_safety, CONTACT_SAFETY, true ) ) {
		return refuse( 400, 'invalid', 'contactSafety must be one of ' . implode( ', ', CONTACT_SAFETY ) . '.', 'contactSafety' );
	}
	if ( true !== ( $data['consent'] ?? null ) ) {
		return refuse( 400, 'invalid', 'consent must be true.', 'consent' );
	}
	$consent_text = $data['consentText'] ?? null;
	if ( ! is_string( $consent_text ) || '' === trim( $consent_text ) || mb_strlen( $consent_text ) > 1000 || false === preg_match( '//u', $consent_text ) ) {
		return refuse( 400, 'invalid', 'consentText must be the consent sentence, up to 1000 characters.', 'consentText' );
	}
	$page = $data['page'] ?? '';
	if ( ! is_plain_text( $page ) || ( '' !== $page && '/' !== $page[0] ) ) {
		return refuse( 400, 'invalid', 'page must be a path starting with /.', 'page' );
	}
	$lang = $data['lang'] ?? '';
	if ( ! is_string( $lang ) || ( '' !== $lang && ! preg_match( '/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/', $lang ) ) ) {
		return refuse( 400, 'invalid', 'lang must be a language tag such as "en" or "es-US".', 'lang' );
	}
	return array(
		'firstName'     => trim( $first_name ),
		'phone'         => trim( $phone ),
		'bestTime'      => $best_time,
		'forWhom'       => $for_whom,
		'contactSafety' => $contact_safety,
		'consentText'   => trim( $consent_text ),
		// Never a query string or fragment (they can carry tracking ids or personal data).
		'page'          => mb_substr( preg_replace( '/[?#].*$/s', '', $page ), 0, 255 ),
		'lang'          => $lang,
	);
}

/** The visitor's address (a filter lets a site behind a proxy name the real one). */
function client_address() {
	$address = isset( $_SERVER['REMOTE_ADDR'] ) ? (string) $_SERVER['REMOTE_ADDR'] : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput
	return (string) apply_filters( 'recovery_widgets_client_address', $address );
}

/**
 * Counts a new request from this address. Null when allowed; else seconds to wait. The
 * address is kept only as a keyed hash, in a transient that expires with its window.
 */
function rate_limited( $address ) {
	/** Filters the limit: at most `requests` new requests per address in `window` seconds. */
	$limit = (array) apply_filters(
		'recovery_widgets_rate_limit',
		array(
			'requests' => 5,
			'window'   => 15 * MINUTE_IN_SECONDS,
		)
	);
	$max    = max( 1, (int) ( $limit['requests'] ?? 5 ) );
	$window = max( 1, (int) ( $limit['window'] ?? 900 ) );
	$key    = 'rw_intake_' . substr( hash_hmac( 'sha256', $address, wp_salt( 'nonce' ) ), 0, 32 );
	$now    = time();
	$seen   = get_transient( $key );
	if ( ! is_array( $seen ) || $seen['start'] + $window <= $now ) {
		$seen = array(
			'start' => $now,
			'count' => 0,
		);
	}
	if ( $seen['count'] >= $max ) {
		return max( 1, $seen['start'] + $window - $now );
	}
	$seen['count']++;
	set_transient( $key, $seen, $seen['start'] + $window - $now );
	return null;
}

/** Handles one attempt. */
function handle( WP_REST_Request $request ) {
	$type = $request->get_content_type();
	if ( 'application/json' !== ( $type['value'] ?? '' ) ) {
		return refuse( 415, 'content_type', 'Send JSON (Content-Type: application/json).' );
	}
	$body = $request->get_body();
	if ( strlen( $body ) > MAX_BODY_BYTES ) {
		return refuse( 413, 'too_large', 'The request is too large.' );
	}
	$key = trim( (string) $request->get_header( 'idempotency_key' ) );
	if ( ! preg_match( '/^[A-Za-z0-9_-]{16,100}$/', $key ) ) {
		return refuse( 400, 'key', 'Send an Idempotency-Key header: 16 to 100 letters, digits, - or _.' );
	}
	$data = json_decode( $body, true );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		return refuse( 400, 'json', 'The body is not valid JSON.' );
	}
	// The honeypot: a bot filled the hidden field. It is told what a person would be told,
	// and nothing is stored or sent.
	if ( is_array( $data ) && isset( $data['website'] ) && '' !== trim( (string) ( is_scalar( $data['website'] ) ? $data['website'] : 'x' ) ) ) {
		return received();
	}
	$fields = validate( $data );
	if ( is_wp_error( $fields ) ) {
		return $fields;
	}
	$hash = hash( 'sha256', (string) wp_json_encode( $fields ) );

	// A retry of a stored request gets the first answer without counting against the limit.
	global $wpdb;
	$existing = $wpdb->get_var( $wpdb->prepare( 'SELECT request_hash FROM ' . Inbox\table() . ' WHERE idempotency_key = %s', $key ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
	if ( null === $existing ) {
		$wait = rate_limited( client_address() );
		if ( null !== $wait ) {
			$error = refuse( 429, 'rate_limited', 'Too many requests from this address; please call instead.' );
			$error->add_data( array( 'status' => 429 ) );
			$response = rest_convert_error_to_response( $error );
			$response->header( 'Retry-After', (string) $wait );
			return $response;
		}
		$stored = Inbox\store( $key, $hash, $fields );
	} else {
		$stored = array( 'outcome' => hash_equals( $existing, $hash ) ? 'duplicate' : 'conflict' );
	}
	switch ( $stored['outcome'] ) {
		case 'created':
			Inbox\notify();
			return received();
		case 'duplicate':
			return received();
		case 'conflict':
			return refuse( 422, 'key_reused', 'This Idempotency-Key was used for a different request.' );
		default:
			return refuse( 503, 'storage', 'The request could not be stored; try again.' );
	}
}
