<?php
/**
 * Router for `php -S` (tests only): what Debian's Apache configuration does for WordPress.
 * It names the site's config (/etc/wordpress/config-recovery-widgets-test.php) for every
 * request, serves /wp-content/ from the test's own content folder, runs WordPress's PHP
 * files, and sends every other path (pretty permalinks, /wp-json/) to index.php.
 *
 * Top-level code on purpose: the files it requires must run in the global scope.
 */

$_SERVER['WORDPRESS_CONFIG'] = 'recovery-widgets-test';
$rw_root    = $_SERVER['DOCUMENT_ROOT'];
$rw_content = getenv( 'RW_WP_CONTENT' );
$rw_path    = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );

if ( false !== strpos( $rw_path, '..' ) || false !== strpos( $rw_path, "\0" ) ) {
	http_response_code( 400 );
	return true;
}

if ( 0 === strpos( $rw_path, '/wp-content/' ) ) {
	$rw_file = $rw_content . substr( $rw_path, strlen( '/wp-content' ) );
	if ( ! is_file( $rw_file ) || preg_match( '/\.php$/i', $rw_file ) ) {
		http_response_code( 404 );
		return true;
	}
	$rw_types = array(
		'css'   => 'text/css; charset=utf-8',
		'js'    => 'text/javascript; charset=utf-8',
		'json'  => 'application/json',
		'svg'   => 'image/svg+xml',
		'png'   => 'image/png',
		'jpg'   => 'image/jpeg',
		'webp'  => 'image/webp',
		'woff2' => 'font/woff2',
		'woff'  => 'font/woff',
		'txt'   => 'text/plain; charset=utf-8',
	);
	header( 'Content-Type: ' . ( $rw_types[ strtolower( pathinfo( $rw_file, PATHINFO_EXTENSION ) ) ] ?? 'application/octet-stream' ) );
	header( 'Content-Length: ' . filesize( $rw_file ) );
	readfile( $rw_file );
	return true;
}

$rw_file = $rw_root . $rw_path;
if ( is_dir( $rw_file ) && is_file( rtrim( $rw_file, '/' ) . '/index.php' ) ) {
	if ( '/' !== substr( $rw_path, -1 ) ) {
		header( 'Location: ' . $rw_path . '/', true, 301 );
		return true;
	}
	$rw_path .= 'index.php';
	$rw_file .= 'index.php';
}
if ( is_file( $rw_file ) && ! preg_match( '/\.php$/i', $rw_file ) ) {
	return false; // A static file of WordPress (wp-includes/js, wp-admin/css …): the built-in server sends it.
}
if ( ! is_file( $rw_file ) ) {
	$rw_path = '/index.php';
	$rw_file = $rw_root . '/index.php';
}
$_SERVER['SCRIPT_NAME']     = $rw_path;
$_SERVER['PHP_SELF']        = $rw_path;
$_SERVER['SCRIPT_FILENAME'] = $rw_file;
chdir( dirname( $rw_file ) );
unset( $rw_root, $rw_content, $rw_types );
require $rw_file;
return true;
