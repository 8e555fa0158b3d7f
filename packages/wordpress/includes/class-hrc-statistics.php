<?php
/**
 * Statistics of reports (docs/statistics.md): counters that each accepted report adds to, in the
 * transaction that stores it, kept when reports are deleted; the published periods, stored as
 * published; and the public route `hrc/v1/statistics` that serves them as the statistics file.
 *
 * The file declares the class alone; counter_keys() is plain PHP, unit-tested without WordPress.
 *
 * @package HrcWidgets
 */

/**
 * Counters and published statistics.
 */
final class HRC_Statistics {

	public const DB_VERSION        = 1;
	public const DB_VERSION_OPTION = 'hrc_widgets_statistics_db_version';
	public const ROUTE             = '/hrc/v1/statistics';
	public const KIND              = 'hrc-report-statistics';
	public const UNSPECIFIED_AREA  = 'unspecified';

	/**
	 * Counters table: one row per month, dimension and category.
	 */
	public static function counters_table(): string {
		global $wpdb;
		return $wpdb->prefix . 'hrc_stat_counters';
	}

	/**
	 * Published periods table: each period's JSON as it was published.
	 */
	public static function periods_table(): string {
		global $wpdb;
		return $wpdb->prefix . 'hrc_stat_periods';
	}

	/**
	 * Creates or updates the tables.
	 */
	public static function install(): void {
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$charset  = $wpdb->get_charset_collate();
		$counters = self::counters_table();
		$periods  = self::periods_table();
		dbDelta(
			"CREATE TABLE $counters (
  month char(7) NOT NULL,
  dimension varchar(20) NOT NULL,
  stat_key varchar(64) NOT NULL,
  count int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (month,dimension,stat_key)
) $charset;
CREATE TABLE $periods (
  from_month char(7) NOT NULL,
  to_month char(7) NOT NULL,
  body longtext NOT NULL,
  PRIMARY KEY  (from_month)
) $charset;"
		);
		update_option( self::DB_VERSION_OPTION, self::DB_VERSION, false );
	}

	/**
	 * Creates the tables on sites that had the plugin before statistics.
	 */
	public static function maybe_upgrade(): void {
		if ( (int) get_option( self::DB_VERSION_OPTION, 0 ) < self::DB_VERSION ) {
			self::install();
		}
	}

	/**
	 * The counters a report adds one to, as `@hrc/framework/statistics`' counterKeys(): the month the
	 * site received it, its domain, each ground (`other` for a ground in the person's words, `unknown`),
	 * its role, wish and area. A plain report's consent covers statistics; a sealed report counts only
	 * with its readable `statistics`, which the form adds only when the resident agreed.
	 *
	 * @param array $payload  The payload as stored (plain, or an envelope).
	 * @param int   $received Unix time the report was received.
	 * @return array<int, array{month: string, dimension: string, key: string}>
	 */
	public static function counter_keys( array $payload, int $received ): array {
		$month = gmdate( 'Y-m', $received );
		if ( HRC_Sealed::is_stored_envelope( $payload ) ) {
			$s = $payload['statistics'] ?? null;
			if ( ! is_array( $s ) ) {
				return array();
			}
			$fields = array(
				'domain'  => (string) $s['domain'],
				'grounds' => array_map( 'strval', (array) ( $s['grounds'] ?? array() ) ),
				'role'    => (string) ( $s['role'] ?? '' ),
				'wish'    => (string) ( $s['wish'] ?? '' ),
				'area'    => (string) ( $s['area'] ?? '' ),
			);
		} else {
			if ( true !== ( $payload['consent'] ?? null ) ) {
				return array();
			}
			$grounds = array_map( 'strval', (array) ( $payload['grounds'] ?? array() ) );
			if ( '' !== trim( (string) ( $payload['groundOther'] ?? '' ) ) ) {
				$grounds[] = 'other';
			}
			if ( ! empty( $payload['groundUnknown'] ) ) {
				$grounds[] = 'unknown';
			}
			$fields = array(
				'domain'  => (string) $payload['domain'],
				'grounds' => $grounds,
				'role'    => (string) ( $payload['role'] ?? '' ),
				'wish'    => (string) ( $payload['wish'] ?? '' ),
				'area'    => (string) ( $payload['area'] ?? '' ),
			);
		}
		$grounds = array_values( array_unique( $fields['grounds'] ) );
		if ( ! $grounds ) {
			$grounds = array( 'unknown' );
		}
		$keys   = array(
			array( $month, 'reports', 'all' ),
			array( $month, 'domain', $fields['domain'] ),
		);
		foreach ( $grounds as $ground ) {
			$keys[] = array( $month, 'ground', $ground );
		}
		$keys[] = array( $month, 'area', '' !== $fields['area'] ? $fields['area'] : self::UNSPECIFIED_AREA );
		if ( '' !== $fields['role'] ) {
			$keys[] = array( $month, 'role', $fields['role'] );
		}
		if ( '' !== $fields['wish'] ) {
			$keys[] = array( $month, 'wish', $fields['wish'] );
		}
		return array_map(
			static fn( $k ) => array(
				'month'     => $k[0],
				'dimension' => $k[1],
				'key'       => $k[2],
			),
			$keys
		);
	}

	/**
	 * Adds one to each of a report's counters. Called inside the report's transaction: when it fails,
	 * the report is not stored either.
	 *
	 * @param array $payload  The payload as stored.
	 * @param int   $received Unix time received.
	 * @return bool Whether every counter was written.
	 */
	public static function count_report( array $payload, int $received ): bool {
		global $wpdb;
		$table = self::counters_table();
		foreach ( self::counter_keys( $payload, $received ) as $k ) {
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			$done = $wpdb->query( $wpdb->prepare( "INSERT INTO $table (month, dimension, stat_key, count) VALUES (%s, %s, %s, 1) ON DUPLICATE KEY UPDATE count = count + 1", $k['month'], $k['dimension'], $k['key'] ) );
			if ( false === $done ) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The counters of the months from `$from` to `$to` (both included, `YYYY-MM`).
	 *
	 * @param string $from First month.
	 * @param string $to   Last month.
	 * @return array<int, array{month: string, dimension: string, key: string, count: int}>
	 */
	public static function counters( string $from = '0000-01', string $to = '9999-12' ): array {
		global $wpdb;
		$table = self::counters_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT month, dimension, stat_key, count FROM $table WHERE month BETWEEN %s AND %s ORDER BY month, dimension, stat_key", $from, $to ), ARRAY_A );
		return array_map(
			static fn( $r ) => array(
				'month'     => (string) $r['month'],
				'dimension' => (string) $r['dimension'],
				'key'       => (string) $r['stat_key'],
				'count'     => (int) $r['count'],
			),
			(array) $rows
		);
	}

	/**
	 * The published periods, oldest first, as published.
	 *
	 * @return array<int, array>
	 */
	public static function periods(): array {
		global $wpdb;
		$table = self::periods_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$rows = $wpdb->get_col( "SELECT body FROM $table ORDER BY from_month" );
		return array_values( array_filter( array_map( static fn( $b ) => json_decode( (string) $b, true ), (array) $rows ), 'is_array' ) );
	}

	/**
	 * The statistics file: schema version, kind, the site as publisher, the published periods.
	 */
	public static function document(): array {
		return array(
			'schemaVersion' => 1,
			'kind'          => self::KIND,
			'publisher'     => array(
				'name' => mb_substr( '' !== get_bloginfo( 'name' ) ? get_bloginfo( 'name' ) : home_url( '/' ), 0, 200 ),
				'url'  => home_url( '/' ),
			),
			'periods'       => self::periods(),
		);
	}

	/**
	 * Registers the public route.
	 */
	public static function register(): void {
		register_rest_route(
			HRC_Rest::NS,
			'/statistics',
			array(
				'methods'             => 'GET',
				'callback'            => array( self::class, 'serve' ),
				'permission_callback' => '__return_true',
			)
		);
		add_filter( 'rest_pre_serve_request', array( self::class, 'any_origin' ), 20, 3 );
	}

	/**
	 * WordPress answers a request with an Origin by naming that origin and allowing credentials; the
	 * statistics are for any site and need no cookies, so their answer says `*` and allows none.
	 *
	 * @param bool            $served  Whether the request was served already.
	 * @param mixed           $result  Result.
	 * @param WP_REST_Request $request Request.
	 * @return bool
	 *
	 * @SuppressWarnings(PHPMD.UnusedFormalParameter) WordPress's filter signature.
	 */
	public static function any_origin( $served, $result, $request ) {
		if ( $request instanceof WP_REST_Request && '/hrc/v1/statistics' === $request->get_route() && ! headers_sent() ) {
			header( 'Access-Control-Allow-Origin: *' );
			header_remove( 'Access-Control-Allow-Credentials' );
		}
		return $served;
	}

	/**
	 * GET hrc/v1/statistics: the published file, readable from any site (an NGO's page, a regional
	 * observatory), with no cookies needed. A published period never changes, so caches may keep it a
	 * few minutes.
	 */
	public static function serve(): WP_REST_Response {
		$response = new WP_REST_Response( self::document(), 200 );
		$response->header( 'Access-Control-Allow-Origin', '*' );
		$response->header( 'Cache-Control', 'public, max-age=300' );
		$response->header( 'X-Content-Type-Options', 'nosniff' );
		return $response;
	}
}
