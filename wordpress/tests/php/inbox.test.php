<?php
/**
 * The inbox: who may open it, the statuses, the daily purge after the retention period, and
 * the Settings screen's checks.
 */

use RecoveryWidgets\Inbox;
use RecoveryWidgets\Settings;

test(
	'capability: administrators have it; editors, authors and contributors do not',
	function () {
		check( get_role( 'administrator' )->has_cap( Inbox\CAPABILITY ) );
		foreach ( array( 'editor', 'author', 'contributor', 'subscriber' ) as $role ) {
			check( ! get_role( $role )->has_cap( Inbox\CAPABILITY ), "$role cannot open the inbox" );
		}
	}
);

test(
	'statuses: new → called back → closed → new; anything else is refused',
	function () {
		rw_empty_inbox();
		rw_post( rw_body(), array(), null, '192.0.2.30' );
		$id = (int) rw_rows()[0]->id;
		foreach ( array( 'called-back', 'closed', 'new' ) as $status ) {
			check( Inbox\set_status( $id, $status ) );
			same( $status, rw_rows()[0]->status );
		}
		check( ! Inbox\set_status( $id, 'deleted' ) );
		same( array( 'new' => 1, 'called-back' => 0, 'closed' => 0 ), Inbox\counts() );
		check( Inbox\delete( $id ) );
		same( 0, count( rw_rows() ) );
	}
);

test(
	'purge: WP-Cron runs it daily; requests older than the retention period go, whatever their status',
	function () {
		same( 'daily', wp_get_schedule( Inbox\PURGE_HOOK ), 'scheduled daily on activation' );
		rw_empty_inbox();
		global $wpdb;
		foreach ( array( 'a' => 31, 'b' => 29, 'c' => 8, 'd' => 0 ) as $name => $days ) {
			rw_post( rw_body( array( 'firstName' => $name ) ), array(), null, '192.0.2.31' );
			$wpdb->update( Inbox\table(), array( 'created_at' => gmdate( 'Y-m-d H:i:s', time() - $days * DAY_IN_SECONDS - 60 ), 'status' => 'called-back' ), array( 'first_name' => $name ) );
		}
		do_action( Inbox\PURGE_HOOK );
		same( array( 'b', 'c', 'd' ), array_column( rw_rows(), 'first_name' ), 'default: 30 days' );
		$saved = get_option( 'recovery_widgets_settings' );
		try {
			rw_settings( array( 'retention_days' => 7 ) );
			do_action( Inbox\PURGE_HOOK );
			same( array( 'd' ), array_column( rw_rows(), 'first_name' ), 'the site’s setting: 7 days' );
		} finally {
			update_option( 'recovery_widgets_settings', $saved );
		}
	}
);

test(
	'settings: values that cannot work keep the previous one and say which field',
	function () {
		global $wp_settings_errors;
		require_once ABSPATH . 'wp-admin/includes/template.php';
		$wp_settings_errors = array();
		$old                = Settings\get();
		$clean              = Settings\sanitize(
			array(
				'org_name'        => ' <b>Front Range</b> ',
				'phone'           => 'call us',
				'hours'           => 'Mon-Fri 9-5',
				'timezone'        => 'Mars/Olympus',
				'quick_exit_href' => 'javascript:alert(1)',
				'schedule_href'   => 'https://book.example.org/x',
				'theme'           => 'neon',
				'notify_email'    => 'not an email',
				'retention_days'  => '0',
			)
		);
		same( 'Front Range', $clean['org_name'] );
		same( $old['phone'], $clean['phone'] );
		same( $old['hours'], $clean['hours'] );
		same( $old['timezone'], $clean['timezone'] );
		same( $old['quick_exit_href'], $clean['quick_exit_href'] );
		same( 'https://book.example.org/x', $clean['schedule_href'] );
		same( '', $clean['theme'] );
		same( $old['retention_days'], $clean['retention_days'] );
		$codes = array_column( $wp_settings_errors, 'code' );
		foreach ( array( 'phone', 'hours', 'quick_exit_href', 'notify_email', 'retention_days' ) as $field ) {
			check( in_array( 'recovery-widgets-' . $field, $codes, true ), "an error names $field" );
		}
		same( true, Settings\is_hours( 'Mon-Fri 09:00-17:00; Sat 10:00-14:00' ) );
		same( true, Settings\is_hours( 'Fri-Sun 22:00-02:00' ) );
		same( false, Settings\is_hours( 'weekdays' ) );
	}
);
