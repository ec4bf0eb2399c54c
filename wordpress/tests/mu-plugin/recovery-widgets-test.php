<?php
/**
 * Plugin Name: Recovery widgets — test helpers
 * Description: Installed by wordpress/tests/site.mjs only. Catches every email (none is sent)
 *              and writes it as a JSON line to RECOVERY_WIDGETS_TEST_MAIL_LOG, where the tests
 *              read what staff would have received.
 */

add_filter(
	'pre_wp_mail',
	function ( $short_circuit, $mail ) {
		if ( defined( 'RECOVERY_WIDGETS_TEST_MAIL_LOG' ) ) {
			file_put_contents( RECOVERY_WIDGETS_TEST_MAIL_LOG, wp_json_encode( $mail ) . "\n", FILE_APPEND | LOCK_EX );
		}
		return true;
	},
	10,
	2
);
