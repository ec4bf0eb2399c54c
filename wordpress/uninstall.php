<?php
/**
 * Deleting the plugin removes everything it stored: the callback requests' table, the
 * settings, the capability, the scheduled purge and the rate-limit counters.
 *
 * @package RecoveryWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

global $wpdb;

$wpdb->query( 'DROP TABLE IF EXISTS ' . $wpdb->prefix . 'recovery_callbacks' ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery.SchemaChange
delete_option( 'recovery_widgets_settings' );
delete_option( 'recovery_widgets_db_version' );
wp_clear_scheduled_hook( 'recovery_widgets_purge_callbacks' );
foreach ( wp_roles()->role_objects as $role ) {
	$role->remove_cap( 'manage_callback_requests' );
}
// Rate-limit counters (transients named rw_intake_<hash>), if they live in the options table.
$wpdb->query( "DELETE FROM {$wpdb->options} WHERE option_name LIKE '\\_transient\\_rw\\_intake\\_%' OR option_name LIKE '\\_transient\\_timeout\\_rw\\_intake\\_%'" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
