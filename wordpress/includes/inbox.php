<?php
/**
 * The callback inbox: the plugin's own table (one row per request, a unique index on the
 * Idempotency-Key), the capability that opens it, the staff email, and the daily purge.
 *
 * @package RecoveryWidgets
 */

namespace RecoveryWidgets\Inbox;

use RecoveryWidgets\Settings;

defined( 'ABSPATH' ) || exit;

const CAPABILITY = 'manage_callback_requests';
const PURGE_HOOK = 'recovery_widgets_purge_callbacks';
const DB_VERSION = '1';
const DB_OPTION  = 'recovery_widgets_db_version';
const STATUSES   = array( 'new', 'called-back', 'closed' );
const SCREEN     = 'recovery-callbacks';

function boot() {
	add_action( PURGE_HOOK, __NAMESPACE__ . '\\purge' );
	add_action( 'init', __NAMESPACE__ . '\\maintain' );
}

function table() {
	global $wpdb;
	return $wpdb->prefix . 'recovery_callbacks';
}

/** Creates or updates the table (dbDelta), gives administrators the inbox, schedules the purge. */
function install() {
	global $wpdb;
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	$table   = table();
	$charset = $wpdb->get_charset_collate();
	// dbDelta's format: two spaces after PRIMARY KEY, one field per line.
	dbDelta(
		"CREATE TABLE {$table} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  idempotency_key varchar(100) NOT NULL,
  request_hash char(64) NOT NULL,
  status varchar(20) NOT NULL DEFAULT 'new',
  first_name varchar(60) NOT NULL,
  phone varchar(30) NOT NULL,
  best_time varchar(20) NOT NULL DEFAULT 'anytime',
  for_whom varchar(20) DEFAULT NULL,
  contact_safety varchar(30) DEFAULT NULL,
  consent_text text NOT NULL,
  page varchar(255) NOT NULL DEFAULT '',
  lang varchar(35) NOT NULL DEFAULT '',
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY idempotency_key (idempotency_key),
  KEY status (status),
  KEY created_at (created_at)
) {$charset};"
	);
	update_option( DB_OPTION, DB_VERSION ); // Autoloaded: maintain() reads it on every request.
	$admin = get_role( 'administrator' );
	if ( $admin ) {
		$admin->add_cap( CAPABILITY );
	}
	if ( ! wp_next_scheduled( PURGE_HOOK ) ) {
		wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', PURGE_HOOK );
	}
}

/** After an update of the plugin (no activation hook then): the table and the purge stay current. */
function maintain() {
	if ( get_option( DB_OPTION ) !== DB_VERSION ) {
		install();
	} elseif ( ! wp_next_scheduled( PURGE_HOOK ) ) {
		wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', PURGE_HOOK );
	}
}

/**
 * Stores a request once per key. The unique index makes "check, then store" atomic: of two
 * attempts arriving together, one inserts and the other finds its row.
 *
 * @param string $key    the Idempotency-Key
 * @param string $hash   sha256 of the request's fields, to tell a retry from a reused key
 * @param array  $fields validated fields (see Intake\validate)
 * @return array{outcome: string, id?: int} outcome: created | duplicate | conflict | error
 */
function store( $key, $hash, array $fields ) {
	global $wpdb;
	$now      = current_time( 'mysql', true );
	$previous = $wpdb->suppress_errors( true );
	$inserted = $wpdb->insert(
		table(),
		array(
			'idempotency_key' => $key,
			'request_hash'    => $hash,
			'status'          => 'new',
			'first_name'      => $fields['firstName'],
			'phone'           => $fields['phone'],
			'best_time'       => $fields['bestTime'],
			'for_whom'        => $fields['forWhom'],
			'contact_safety'  => $fields['contactSafety'],
			'consent_text'    => $fields['consentText'],
			'page'            => $fields['page'],
			'lang'            => $fields['lang'],
			'created_at'      => $now,
			'updated_at'      => $now,
		)
	);
	$wpdb->suppress_errors( $previous );
	if ( $inserted ) {
		return array(
			'outcome' => 'created',
			'id'      => (int) $wpdb->insert_id,
		);
	}
	$existing = $wpdb->get_row( $wpdb->prepare( 'SELECT id, request_hash FROM ' . table() . ' WHERE idempotency_key = %s', $key ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- the table name is ours.
	if ( ! $existing ) {
		return array( 'outcome' => 'error' );
	}
	return array(
		'outcome' => hash_equals( $existing->request_hash, $hash ) ? 'duplicate' : 'conflict',
		'id'      => (int) $existing->id,
	);
}

/** Requests, newest first, optionally of one status. */
function requests( $status = '', $limit = 200 ) {
	global $wpdb;
	$table = table();
	if ( in_array( $status, STATUSES, true ) ) {
		return $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE status = %s ORDER BY created_at DESC, id DESC LIMIT %d", $status, $limit ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}
	return $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} ORDER BY created_at DESC, id DESC LIMIT %d", $limit ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
}

/** How many requests have each status. */
function counts() {
	global $wpdb;
	$counts = array_fill_keys( STATUSES, 0 );
	foreach ( (array) $wpdb->get_results( 'SELECT status, COUNT(*) AS n FROM ' . table() . ' GROUP BY status' ) as $row ) { // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
		$counts[ $row->status ] = (int) $row->n;
	}
	return $counts;
}

function set_status( $id, $status ) {
	global $wpdb;
	if ( ! in_array( $status, STATUSES, true ) ) {
		return false;
	}
	return false !== $wpdb->update(
		table(),
		array(
			'status'     => $status,
			'updated_at' => current_time( 'mysql', true ),
		),
		array( 'id' => (int) $id )
	);
}

function delete( $id ) {
	global $wpdb;
	return (bool) $wpdb->delete( table(), array( 'id' => (int) $id ) );
}

/** Deletes requests older than the retention period (Settings; 30 days by default). WP-Cron, daily. */
function purge() {
	global $wpdb;
	$days   = max( 1, (int) Settings\get()['retention_days'] );
	$cutoff = gmdate( 'Y-m-d H:i:s', time() - $days * DAY_IN_SECONDS );
	return (int) $wpdb->query( $wpdb->prepare( 'DELETE FROM ' . table() . ' WHERE created_at < %s', $cutoff ) ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared
}

/** The inbox screen's address. */
function screen_url() {
	return admin_url( 'admin.php?page=' . SCREEN );
}

/**
 * Tells staff that a request is waiting: a link to the inbox and nothing about the visitor
 * (no name, number, page or choice): email is no place for health information.
 */
function notify() {
	$settings = Settings\get();
	$to       = '' !== $settings['notify_email'] ? $settings['notify_email'] : get_option( 'admin_email' );
	$site     = wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES );
	/* translators: %s: the site's name. */
	$subject = sprintf( __( '[%s] A callback request is waiting', 'recovery-widgets' ), $site );
	$body    = implode(
		"\n\n",
		array(
			/* translators: %s: the site's name. */
			sprintf( __( 'Someone asked to be called back through %s.', 'recovery-widgets' ), $site ),
			__( 'See the request in Callback requests (log in first):', 'recovery-widgets' ) . "\n" . screen_url(),
			__( 'For the visitor’s privacy, this email holds no name, number or other detail.', 'recovery-widgets' ),
		)
	);
	return wp_mail( $to, $subject, $body );
}
