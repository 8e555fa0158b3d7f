<?php
/**
 * Deleting the plugin keeps the reports, the checklist and the settings, unless the site's settings say
 * "Also delete all reports, the checklist and these settings" (off by default). Either way it stops the
 * daily clean-up and removes the short-lived rate-limit entries. On a multisite network each site
 * follows its own setting.
 *
 * @package HrcWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/**
 * Uninstalls the plugin from the current site.
 */
function hrc_widgets_uninstall_site(): void {
	global $wpdb;
	wp_clear_scheduled_hook( 'hrc_widgets_daily' );
	// phpcs:disable WordPress.DB.DirectDatabaseQuery,WordPress.DB.DirectDatabaseQuery.SchemaChange
	$wpdb->query( "DELETE FROM {$wpdb->options} WHERE option_name LIKE '\\_transient\\_hrc\\_%' OR option_name LIKE '\\_transient\\_timeout\\_hrc\\_%'" );
	$settings = get_option( 'hrc_widgets_settings', array() );
	if ( ! is_array( $settings ) || empty( $settings['uninstall_delete'] ) ) {
		return;
	}
	$wpdb->query( "DROP TABLE IF EXISTS {$wpdb->prefix}hrc_reports" );
	$wpdb->query( "DROP TABLE IF EXISTS {$wpdb->prefix}hrc_idempotency" );
	$wpdb->query( "DROP TABLE IF EXISTS {$wpdb->prefix}hrc_stat_counters" );
	$wpdb->query( "DROP TABLE IF EXISTS {$wpdb->prefix}hrc_stat_periods" );
	$wpdb->query( "DROP TABLE IF EXISTS {$wpdb->prefix}hrc_follow_ups" );
	$wpdb->query( "DROP TABLE IF EXISTS {$wpdb->prefix}hrc_follow_up_messages" );
	$wpdb->query( "DROP TABLE IF EXISTS {$wpdb->prefix}hrc_evidence" );
	$wpdb->query( "DROP TABLE IF EXISTS {$wpdb->prefix}hrc_message_evidence" );
	// phpcs:enable
	delete_option( 'hrc_widgets_statistics_db_version' );
	delete_option( 'hrc_widgets_follow_up_db_version' );
	delete_option( 'hrc_widgets_evidence_db_version' );

	foreach ( array( 'hrc_widgets_settings', 'hrc_widgets_db_version', 'hrc_widgets_assessment' ) as $hrc_widgets_option ) {
		delete_option( $hrc_widgets_option );
	}
}

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $hrc_widgets_site ) {
		switch_to_blog( (int) $hrc_widgets_site );
		hrc_widgets_uninstall_site();
		restore_current_blog();
	}
} else {
	hrc_widgets_uninstall_site();
}
