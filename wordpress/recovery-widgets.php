<?php
/**
 * Plugin Name:       Recovery widgets
 * Description:       Blocks for addiction-treatment and peer-recovery providers: FAQ, self-check, support group finder, housing scholarship check, call/text/callback and quick exit. Callback requests arrive in the site's own inbox.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            recovery-widgets
 * License:           MIT
 * Text Domain:       recovery-widgets
 *
 * @package RecoveryWidgets
 */

namespace RecoveryWidgets;

defined( 'ABSPATH' ) || exit;

/** The plugin's version (the build writes the package's version here). */
const VERSION = '0.1.0';
const FILE    = __FILE__;
const DIR     = __DIR__;

require_once DIR . '/includes/settings.php';
require_once DIR . '/includes/blocks.php';
require_once DIR . '/includes/inbox.php';
require_once DIR . '/includes/intake-route.php';
require_once DIR . '/includes/admin-inbox.php';

register_activation_hook( FILE, __NAMESPACE__ . '\\activate' );
register_deactivation_hook( FILE, __NAMESPACE__ . '\\deactivate' );

Settings\boot();
Blocks\boot();
Inbox\boot();
Intake\boot();
Admin\boot();

/** Creates (or updates) the inbox table, gives administrators the inbox, schedules the daily purge. */
function activate() {
	Inbox\install();
}

/** Stops the daily purge; the requests and settings stay until the plugin is deleted. */
function deactivate() {
	wp_clear_scheduled_hook( Inbox\PURGE_HOOK );
}
