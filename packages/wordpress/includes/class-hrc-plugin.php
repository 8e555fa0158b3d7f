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
		add_action( 'plugins_loaded', array( HRC_Follow_Up::class, 'maybe_upgrade' ) );
		add_action( self::CRON_HOOK, array( self::class, 'daily' ) );
		add_action( 'rest_api_init', array( HRC_Rest::class, 'register' ) );
		add_action( 'rest_api_init', array( HRC_Office_Page::class, 'register_routes' ) );
		add_action( 'wp_initialize_site', array( self::class, 'new_site' ), 20 );
		add_action( 'rest_api_init', array( HRC_Statistics::class, 'register' ) );
		add_action( 'rest_api_init', array( HRC_Follow_Up_Rest::class, 'register' ) );
		add_filter( 'rest_request_before_callbacks', array( HRC_Follow_Up_Rest::class, 'before_callbacks' ), 10, 3 );
		add_filter( 'rest_request_before_callbacks', array( HRC_Rest::class, 'before_callbacks' ), 10, 3 );
		add_filter( 'rest_exposed_cors_headers', array( HRC_Rest::class, 'exposed_headers' ) );
		HRC_Assets::hooks();
		HRC_Report_Status::hooks();
		HRC_Privacy::hooks();
		// The fallback markup's fixed texts in each element's language, from the plugin's catalogues.
		HRC_Fallback::translateWith( array( HRC_Render::class, 'translate' ) );
		if ( is_admin() ) {
			HRC_Settings::hooks();
			HRC_Admin_Reports::hooks();
			HRC_Office_Page::hooks();
			HRC_Admin_Checklist::hooks();
			HRC_Admin_Statistics::hooks();
		}
	}

	/**
	 * Translations, blocks, shortcodes.
	 */
	public static function init(): void {
		load_plugin_textdomain( 'hrc-widgets', false, dirname( plugin_basename( HRC_WIDGETS_FILE ) ) . '/languages' );
		HRC_Blocks::register();
		// A site that missed activation (one that existed before a site-by-site activation spread, say)
		// gets its clean-up here; its tables come from HRC_Store::maybe_upgrade().
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
	 * Activation: tables, defaults, the daily event; on every site of the network when the plugin is
	 * activated network-wide.
	 *
	 * @param bool $network_wide Whether it was activated for the whole network.
	 */
	public static function activate( $network_wide = false ): void {
		self::on_sites( (bool) $network_wide, array( self::class, 'set_up_site' ) );
	}

	/**
	 * Deactivation stops the daily event (on every site when network-wide); the data stays (deleting the
	 * plugin keeps it too, unless the settings say otherwise: see uninstall.php).
	 *
	 * @param bool $network_wide Whether it was deactivated for the whole network.
	 */
	public static function deactivate( $network_wide = false ): void {
		self::on_sites( (bool) $network_wide, static fn() => wp_clear_scheduled_hook( self::CRON_HOOK ) );
	}

	/**
	 * A site added to a network where the plugin is active network-wide gets its tables, defaults and
	 * daily event at once (hooked to wp_initialize_site).
	 *
	 * @param WP_Site $site The new site.
	 */
	public static function new_site( $site ): void {
		if ( ! function_exists( 'is_plugin_active_for_network' ) ) {
			require_once ABSPATH . 'wp-admin/includes/plugin.php';
		}
		if ( is_plugin_active_for_network( plugin_basename( HRC_WIDGETS_FILE ) ) ) {
			switch_to_blog( (int) $site->blog_id );
			self::set_up_site();
			restore_current_blog();
		}
	}

	/**
	 * Tables, default settings and the daily event of the current site.
	 */
	public static function set_up_site(): void {
		HRC_Store::install();
		HRC_Statistics::install();
		HRC_Follow_Up::install();
		add_option( HRC_Settings::OPTION, HRC_Settings::defaults() );
		self::schedule();
	}

	/**
	 * Runs $fn on the current site, or on each site of the network.
	 *
	 * @param bool     $network_wide Every site of the network.
	 * @param callable $fn           What to run.
	 */
	private static function on_sites( bool $network_wide, callable $fn ): void {
		if ( ! $network_wide || ! is_multisite() ) {
			$fn();
			return;
		}
		foreach ( get_sites(
			array(
				'fields' => 'ids',
				'number' => 0,
			)
		) as $site ) {
			switch_to_blog( (int) $site );
			$fn();
			restore_current_blog();
		}
	}

	/**
	 * Retention: deletes reports closed longer ago than the retention period (with their follow-up
	 * conversations), and idempotency keys past their time. New and in-progress reports stay, however
	 * old: an open case is never deleted by age.
	 *
	 * @return int Reports deleted.
	 */
	public static function daily(): int {
		$days = (int) HRC_Settings::get( 'retention_days' );
		return HRC_Store::delete_closed_before( time() - $days * DAY_IN_SECONDS );
	}
}
