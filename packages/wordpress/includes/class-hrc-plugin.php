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
		add_action( 'plugins_loaded', array( HRC_Statistics::class, 'maybe_upgrade' ) );
		add_action( self::CRON_HOOK, array( self::class, 'daily' ) );
		add_action( 'rest_api_init', array( HRC_Rest::class, 'register' ) );
		add_action( 'rest_api_init', array( HRC_Office_Page::class, 'register_routes' ) );
		add_action( 'rest_api_init', array( HRC_Statistics::class, 'register' ) );
		add_filter( 'rest_request_before_callbacks', array( HRC_Rest::class, 'before_callbacks' ), 10, 3 );
		add_filter( 'rest_exposed_cors_headers', array( HRC_Rest::class, 'exposed_headers' ) );
		HRC_Assets::hooks();
		HRC_Privacy::hooks();
		if ( is_admin() ) {
			HRC_Settings::hooks();
			HRC_Admin_Reports::hooks();
			HRC_Office_Page::hooks();
			HRC_Admin_Checklist::hooks();
		}
	}

	/**
	 * Translations, blocks, shortcodes.
	 */
	public static function init(): void {
		load_plugin_textdomain( 'hrc-widgets', false, dirname( plugin_basename( HRC_WIDGETS_FILE ) ) . '/languages' );
		HRC_Blocks::register();
		// On a network, sites other than the one that activated the plugin get their clean-up here.
		self::schedule();
	}

	/**
	 * Schedules the daily clean-up if it is not scheduled yet.
	 */
	private static function schedule(): void {
		if ( ! wp_next_scheduled( self::CRON_HOOK ) ) {
			wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', self::CRON_HOOK );
		}
	}

	/**
	 * Activation: tables, defaults, the daily event.
	 */
	public static function activate(): void {
		HRC_Store::install();
		HRC_Statistics::install();
		add_option( HRC_Settings::OPTION, HRC_Settings::defaults() );
		self::schedule();
	}

	/**
	 * Deactivation stops the daily event; the data stays (deleting the plugin keeps it too, unless the
	 * settings say otherwise: see uninstall.php).
	 */
	public static function deactivate(): void {
		wp_clear_scheduled_hook( self::CRON_HOOK );
	}

	/**
	 * Retention: deletes reports closed longer ago than the retention period, and idempotency keys past
	 * their time. New and in-progress reports stay, however old: an open case is never deleted by age.
	 *
	 * @return int Reports deleted.
	 */
	public static function daily(): int {
		$days = (int) HRC_Settings::get( 'retention_days' );
		return HRC_Store::delete_closed_before( time() - $days * DAY_IN_SECONDS );
	}
}
