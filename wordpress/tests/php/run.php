<?php
/**
 * PHP tests of the plugin, inside the real WordPress that wordpress/tests/site.mjs set up:
 * `php wordpress/tests/php/run.php` (run.mjs runs it). Loads WordPress once, then every
 * *.test.php here, in name order. Each file calls test( name, fn ); fn throws on failure.
 *
 * A plain runner rather than PHPUnit: the tests need WordPress loaded, not WordPress's own
 * PHPUnit scaffolding (which Debian does not ship), and this keeps CI to four packages.
 * Output is TAP, one line per test, with the reason under a failure.
 */

$_SERVER['WORDPRESS_CONFIG'] = 'recovery-widgets-test';
$_SERVER['HTTP_HOST']        = parse_url( getenv( 'RW_TEST_URL' ), PHP_URL_HOST );
$_SERVER['REMOTE_ADDR']      = '198.51.100.1';
require '/usr/share/wordpress/wp-load.php';

$GLOBALS['rw_tests'] = array();

class RW_Test_Failure extends Exception {}

function test( $name, callable $fn ) {
	$GLOBALS['rw_tests'][] = array( $name, $fn );
}
function check( $condition, $message = 'expected a true condition' ) {
	if ( ! $condition ) {
		throw new RW_Test_Failure( $message );
	}
}
function same( $expected, $actual, $message = '' ) {
	if ( $expected !== $actual ) {
		throw new RW_Test_Failure( ( $message ? $message . ': ' : '' ) . 'expected ' . var_export( $expected, true ) . ', got ' . var_export( $actual, true ) );
	}
}
function contains( $needle, $haystack, $message = '' ) {
	if ( false === strpos( (string) $haystack, $needle ) ) {
		throw new RW_Test_Failure( ( $message ? $message . ': ' : '' ) . var_export( $needle, true ) . ' not found in ' . var_export( substr( (string) $haystack, 0, 600 ), true ) );
	}
}
function lacks( $needle, $haystack, $message = '' ) {
	if ( false !== strpos( (string) $haystack, $needle ) ) {
		throw new RW_Test_Failure( ( $message ? $message . ': ' : '' ) . var_export( $needle, true ) . ' should not be in ' . var_export( substr( (string) $haystack, 0, 600 ), true ) );
	}
}

require __DIR__ . '/helpers.php';
foreach ( glob( __DIR__ . '/*.test.php' ) as $file ) {
	require $file;
}

$failed = 0;
$count  = count( $GLOBALS['rw_tests'] );
echo "TAP version 13\n1..{$count}\n";
foreach ( $GLOBALS['rw_tests'] as $index => list( $name, $fn ) ) {
	$number = $index + 1;
	try {
		$fn();
		echo "ok {$number} - {$name}\n";
	} catch ( Throwable $error ) {
		$failed++;
		echo "not ok {$number} - {$name}\n  # " . str_replace( "\n", "\n  # ", $error->getMessage() ) . ' (' . basename( $error->getFile() ) . ':' . $error->getLine() . ")\n";
	}
}
echo '# PHP: ' . ( $count - $failed ) . " passed, {$failed} failed\n";
exit( $failed ? 1 : 0 );
