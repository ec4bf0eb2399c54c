<?php
/**
 * Run last (it removes what the other tests use): deleting the plugin through WordPress
 * runs uninstall.php, which must leave no table, option, capability or scheduled event.
 * TAP output like run.php.
 */

$_SERVER['WORDPRESS_CONFIG'] = 'recovery-widgets-test';
$_SERVER['HTTP_HOST']        = parse_url( getenv( 'RW_TEST_URL' ), PHP_URL_HOST );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

global $wpdb;
$table  = $wpdb->prefix . 'recovery_callbacks';
$checks = array();
$check  = function ( $name, $condition ) use ( &$checks ) {
	$checks[] = array( $name, (bool) $condition );
};

set_transient( 'rw_intake_0123456789abcdef0123456789abcdef', array( 'start' => time(), 'count' => 1 ), 600 );
$check( 'before: the table exists', $table === $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $table ) ) );
deactivate_plugins( 'recovery-widgets/recovery-widgets.php' );
$check( 'deactivating stops the daily purge', false === wp_next_scheduled( 'recovery_widgets_purge_callbacks' ) );
$check( 'deactivating keeps the requests', $table === $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $table ) ) );
uninstall_plugin( 'recovery-widgets/recovery-widgets.php' );
wp_cache_flush();
$check( 'uninstall: the table is dropped', null === $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $table ) ) );
$check( 'uninstall: the settings are deleted', false === get_option( 'recovery_widgets_settings' ) );
$check( 'uninstall: the schema version is deleted', false === get_option( 'recovery_widgets_db_version' ) );
$check( 'uninstall: no role keeps the capability', ! get_role( 'administrator' )->has_cap( 'manage_callback_requests' ) );
$check( 'uninstall: no rate-limit counter is left', '0' === $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name LIKE '%rw\\_intake\\_%'" ) );
$check( 'uninstall: no purge is scheduled', false === wp_next_scheduled( 'recovery_widgets_purge_callbacks' ) );

echo "TAP version 13\n1.." . count( $checks ) . "\n";
$failed = 0;
foreach ( $checks as $index => list( $name, $ok ) ) {
	echo ( $ok ? 'ok ' : 'not ok ' ) . ( $index + 1 ) . " - $name\n";
	$failed += $ok ? 0 : 1;
}
echo '# PHP uninstall: ' . ( count( $checks ) - $failed ) . " passed, {$failed} failed\n";
exit( $failed ? 1 : 0 );
