<?php
/**
 * Deleting the plugin removes everything it stored: both tables, its options, its scheduled event and
 * its short-lived rate-limit entries.
 *
 * @package HrcWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

global $wpdb;

// phpcs:disable WordPress.DB.DirectDatabaseQuery,WordPress.DB.DirectDatabaseQuery.SchemaChange
$wpdb->query( "DROP TABLE IF EXISTS {$wpdb->prefix}hrc_reports" );
$wpdb->query( "DROP TABLE IF EXISTS {$wpdb->prefix}hrc_idempotency" );
foreach ( array( 'hrc_widgets_settings', 'hrc_widgets_db_version', 'hrc_widgets_assessment' ) as $hrc_widgets_option ) {
	delete_option( $hrc_widgets_option );
}
$wpdb->query( "DELETE FROM {$wpdb->options} WHERE option_name LIKE '\\_transient\\_hrc\\_%' OR option_name LIKE '\\_transient\\_timeout\\_hrc\\_%'" );
// phpcs:enable
wp_clear_scheduled_hook( 'hrc_widgets_daily' );
