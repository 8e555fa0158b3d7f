<?php
/**
 * Router for PHP's built-in server in the end-to-end tests: serves the test site's wp-content folder
 * (outside WordPress's document root, as Debian lays it out) and hands everything else to WordPress.
 *
 * @package HrcWidgets
 */

$hrc_path    = (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ); // phpcs:ignore
$hrc_content = (string) getenv( 'HRC_WP_CONTENT' );
if ( str_starts_with( $hrc_path, '/wp-content/' ) && '' !== $hrc_content ) {
	$hrc_file = realpath( $hrc_content . substr( $hrc_path, strlen( '/wp-content' ) ) );
	if ( false !== $hrc_file && str_starts_with( $hrc_file, realpath( $hrc_content ) ) && is_file( $hrc_file ) && ! str_ends_with( $hrc_file, '.php' ) ) {
		$hrc_types = array(
			'js'   => 'text/javascript',
			'mjs'  => 'text/javascript',
			'json' => 'application/json',
			'css'  => 'text/css',
			'svg'  => 'image/svg+xml',
			'png'  => 'image/png',
		);
		header( 'Content-Type: ' . ( $hrc_types[ pathinfo( $hrc_file, PATHINFO_EXTENSION ) ] ?? 'application/octet-stream' ) );
		readfile( $hrc_file ); // phpcs:ignore
		return true;
	}
}
if ( str_ends_with( $hrc_path, '.php' ) || str_ends_with( $hrc_path, '/' ) || ! is_file( $_SERVER['DOCUMENT_ROOT'] . $hrc_path ) ) {
	// Let the server run WordPress's PHP files; unknown paths go to index.php.
	if ( ! is_file( $_SERVER['DOCUMENT_ROOT'] . $hrc_path ) && ! is_dir( $_SERVER['DOCUMENT_ROOT'] . $hrc_path ) ) {
		$_SERVER['SCRIPT_NAME'] = '/index.php';
		require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
		return true;
	}
}
return false;
