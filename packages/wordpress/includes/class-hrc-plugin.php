<?php
/**
 * Wiring: hooks, activation, the daily clean-up.
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The plugin's entry points.
 */
final class HRC_Plugin {

	public const CRON_HOOK = 'hrc_widgets_daily';

	/**
	 * Registers every hook.
	 */
	public static function boot(): void {
		add_action( 'init', array( self::class, 'init' ) );
		add_action( 'plugins_loaded', array( HRC_Store::class, 'maybe_upgrade' ) );
		add_action( self::CRON_HOOK, array( self::class, 'daily' ) );
		add_action( 'rest_api_init', array( HRC_Rest::class, 'register' ) );
		add_filter( 'rest_request_before_callbacks', array( HRC_Rest::class, 'before_callbacks' ), 10, 3 );
		add_filter( 'rest_exposed_cors_headers', array( HRC_Rest::class, 'exposed_headers' ) );
		HRC_Assets::hooks();
		HRC_Privacy::hooks();
		if ( is_admin() ) {
			HRC_Settings::hooks();
			HRC_Admin_Reports::hooks();
			HRC_Admin_Checklist::hooks();
		}
	}

	/**
	 * Translations, blocks, shortcodes.
	 */
	public static function init(): void {
		load_plugin_textdomain( 'hrc-widgets', false, dirname( plugin_basename( HRC_WIDGETS_FILE ) ) . '/languages' );
		HRC_Blocks::register();
	}

	/**
	 * Activation: tables, defaults, the daily event.
	 */
	public static function activate(): void {
		HRC_Store::install();
		add_option( HRC_Settings::OPTION, HRC_Settings::defaults() );
		if ( ! wp_next_scheduled( self::CRON_HOOK ) ) {
			wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', self::CRON_HOOK );
		}
	}

	/**
	 * Deactivation stops the daily event; data stays until the plugin is deleted.
	 */
	public static function deactivate(): void {
		wp_clear_scheduled_hook( self::CRON_HOOK );
	}

	/**
	 * Retention: deletes reports older than the retention period and idempotency keys past their time.
	 *
	 * @return int Reports deleted.
	 */
	public static function daily(): int {
		$days = (int) HRC_Settings::get( 'retention_days' );
		return HRC_Store::delete_older_than( time() - $days * DAY_IN_SECONDS );
	}
}
