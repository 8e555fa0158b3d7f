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
	/** Counts under it are published as "fewer than 5" (docs/statistics.md); the kit's default. */
	public const THRESHOLD = 5;
	/** Longest period published at once: the file's limit of months per series. */
	public const MAX_MONTHS = 120;
	/** The tables of a period that are one total per category, by the counters' dimension. */
	private const FLAT_TABLES = array(
		'roles'  => 'role',
		'wishes' => 'wish',
	);

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
	 * The area counts only when it is one of the city's areas (the settings); any other id (an area
	 * removed from the list since the page was loaded, or whatever a request made up) counts as
	 * `unspecified`, which is how a period publishes it at the receiver too.
	 *
	 * @param array $payload  The payload as stored (plain, or an envelope).
	 * @param int   $received Unix time the report was received.
	 * @param array $areas    The ids of the city's areas.
	 * @return array<int, array{month: string, dimension: string, key: string}>
	 */
	public static function counter_keys( array $payload, int $received, array $areas = array() ): array {
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
		$keys[] = array( $month, 'area', in_array( $fields['area'], $areas, true ) ? $fields['area'] : self::UNSPECIFIED_AREA );
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
		foreach ( self::counter_keys( $payload, $received, array_column( HRC_Settings::areas(), 'id' ) ) as $k ) {
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
	 * The months from `$from` to `$to`, both included (none when either is not a month or `$to` is
	 * before `$from`; at most MAX_MONTHS + 1, enough to tell a period that is too long).
	 *
	 * @param string $from First month.
	 * @param string $to   Last month.
	 * @return array<int, string>
	 */
	public static function months_between( string $from, string $to ): array {
		$month = '/^\d{4}-(0[1-9]|1[0-2])$/';
		if ( ! preg_match( $month, $from ) || ! preg_match( $month, $to ) ) {
			return array();
		}
		$out = array();
		[ $y, $m ] = array_map( 'intval', explode( '-', $from ) );
		while ( count( $out ) <= self::MAX_MONTHS ) {
			$key = sprintf( '%04d-%02d', $y, $m );
			if ( $key > $to ) {
				break;
			}
			$out[] = $key;
			if ( ++$m > 12 ) {
				[ $y, $m ] = array( $y + 1, 1 );
			}
		}
		return $out;
	}

	/**
	 * Checks a period that the office's browser worked out (with `@hrc/framework/statistics`'
	 * publishPeriod(), the receiver's code) against the counters before it is published: its shape,
	 * its months (whole months, over, not overlapping a published period), the site's threshold, and
	 * every count: a number must equal the counter and be at least the threshold; "fewer than T" must
	 * hide a counter under T; "at least T" one of T or more. Every category counted in the period must
	 * be listed. A hidden count that is the only hidden one in a sum whose other terms are published
	 * (a total and its months, the domains of a month, roles, wishes and areas against the period's
	 * reports) could be worked out, and is refused too. What cannot be checked here is whether every
	 * "at least" was needed; withholding more than needed exposes no one.
	 *
	 * An area table is accepted only when the city lists its areas: with exactly their names, a count
	 * for each and one for `unspecified`, which holds every counter of an id not in the list (as
	 * publishPeriod() counts them).
	 *
	 * Plain PHP, unit-tested without WordPress.
	 *
	 * @param array  $period    The period as posted (decoded JSON, objects as arrays).
	 * @param array  $counters  Counters of the period's months (counters()).
	 * @param string $now       The current month, `YYYY-MM`.
	 * @param array  $published Periods already published: each with `from` and `to`.
	 * @param array  $areas     The city's areas (HRC_Settings::areas()): each with `id` and `label`.
	 * @return array<int, array{path: string, code: string}> Problems; empty when it may be published.
	 */
	public static function check_period( array $period, array $counters, string $now, array $published, array $areas = array() ): array {
		$head = self::check_head( $period, $now, $published );
		if ( null !== $head ) {
			return $head;
		}
		if ( isset( $period['withheld'] ) ) {
			// Nothing is published of a withheld period: nothing to compare.
			$extra = array_diff( array_keys( $period ), array( 'from', 'to', 'publishedAt', 'threshold', 'withheld' ) );
			return true === $period['withheld'] && ! $extra ? array() : array( self::problem( 'withheld', 'invalid' ) );
		}
		$problems = array();
		$known    = array( 'from', 'to', 'publishedAt', 'threshold', 'reports', 'domains', 'grounds', 'roles', 'wishes' );
		foreach ( array_diff( array_keys( $period ), $areas ? array_merge( $known, array( 'areas' ) ) : $known ) as $key ) {
			// Areas too when this site lists none: the counts have none to publish.
			$problems[] = self::problem( (string) $key, 'unexpected' );
		}
		$months  = self::months_between( $period['from'], $period['to'] );
		$counted = self::sums( $counters, $months );
		self::check_series( $period['reports'] ?? null, $counted['reports']['all'] ?? array(), $months, 'reports', $problems );
		foreach ( array( 'domains' => 'domain', 'grounds' => 'ground' ) as $table => $dimension ) {
			$listed = is_array( $period[ $table ] ?? null ) ? $period[ $table ] : array();
			foreach ( $listed as $key => $value ) {
				self::check_series( $value, $counted[ $dimension ][ $key ] ?? array(), $months, "$table.$key", $problems );
			}
			self::all_listed( $listed, $counted[ $dimension ] ?? array(), $table, $problems );
		}
		self::check_flat( $period, $counted, $months, $problems );
		if ( $areas && array_key_exists( 'areas', $period ) ) {
			self::check_areas( $period, $counted['area'] ?? array(), $areas, $problems );
		}
		return $problems;
	}

	/**
	 * The area table: the city's names as they are, a count for each of its areas and `unspecified`
	 * (nothing else), each against its counter, none of them derivable from the period's total.
	 *
	 * @param array $period   The period as posted.
	 * @param array $counted  The area counters by id, each with its `total`.
	 * @param array $areas    The city's areas.
	 * @param array $problems Problems so far.
	 */
	private static function check_areas( array $period, array $counted, array $areas, array &$problems ): void {
		$table  = is_array( $period['areas'] ) ? $period['areas'] : array();
		$labels = array_column( $areas, 'label', 'id' );
		$given  = is_array( $table['labels'] ?? null ) ? $table['labels'] : array();
		ksort( $labels );
		ksort( $given );
		if ( $given !== $labels ) {
			$problems[] = self::problem( 'areas.labels', 'differs' );
		}
		// Counters of ids the city does not list (any more) are published as unspecified.
		$totals = array_fill_keys( array_merge( array_keys( $labels ), array( self::UNSPECIFIED_AREA ) ), 0 );
		foreach ( $counted as $id => $sums ) {
			$totals[ isset( $labels[ $id ] ) ? $id : self::UNSPECIFIED_AREA ] += $sums['total'] ?? 0;
		}
		$counts = is_array( $table['counts'] ?? null ) ? $table['counts'] : array();
		foreach ( $counts as $id => $value ) {
			if ( array_key_exists( $id, $totals ) ) {
				self::cell( $value, $totals[ $id ], "areas.counts.$id", $problems );
			} else {
				$problems[] = self::problem( "areas.counts.$id", 'unexpected' );
			}
		}
		foreach ( array_keys( $totals ) as $id ) {
			if ( ! array_key_exists( $id, $counts ) ) {
				$problems[] = self::problem( "areas.counts.$id", 'missing' );
			}
		}
		self::lone_hidden( $period['reports']['total'] ?? null, array_values( $counts ), 'areas', $problems );
	}

	/**
	 * Roles and wishes against the counters and the period's total; the domains of each month
	 * against the month's reports (they add up to it).
	 *
	 * @param array $period   The period as posted.
	 * @param array $counted  Counters by dimension, key and month.
	 * @param array $months   The period's months.
	 * @param array $problems Problems so far.
	 */
	private static function check_flat( array $period, array $counted, array $months, array &$problems ): void {
		foreach ( self::FLAT_TABLES as $table => $dimension ) {
			if ( array_key_exists( $table, $period ) ) {
				$listed = is_array( $period[ $table ] ) ? $period[ $table ] : array();
				foreach ( $listed as $key => $value ) {
					self::cell( $value, $counted[ $dimension ][ $key ]['total'] ?? 0, "$table.$key", $problems );
				}
				self::all_listed( $listed, $counted[ $dimension ] ?? array(), $table, $problems );
				self::lone_hidden( $period['reports']['total'] ?? null, array_values( $listed ), $table, $problems );
			}
		}
		// The domains of each month add up to the month's reports.
		$domains = array_filter( is_array( $period['domains'] ?? null ) ? $period['domains'] : array(), 'is_array' );
		foreach ( array_keys( $months ) as $i ) {
			$cells = array_map( static fn( $s ) => $s['months'][ $i ] ?? null, $domains );
			self::lone_hidden( $period['reports']['months'][ $i ] ?? null, array_values( $cells ), "domains.*.months.$i", $problems );
		}
	}

	/**
	 * The period's months, its threshold and whether it is free: a problem, or null.
	 *
	 * @param array  $period    The period as posted.
	 * @param string $now       The current month.
	 * @param array  $published Periods published.
	 * @return array<int, array{path: string, code: string}>|null
	 */
	private static function check_head( array $period, string $now, array $published ): ?array {
		$from   = is_string( $period['from'] ?? null ) ? $period['from'] : '';
		$to     = is_string( $period['to'] ?? null ) ? $period['to'] : '';
		$months = self::months_between( $from, $to );
		$code   = null;
		if ( ! $months || count( $months ) > self::MAX_MONTHS ) {
			$code = 'invalid-period';
		} elseif ( $to >= $now ) {
			$code = 'period-not-over';
		} elseif ( array_filter( $published, static fn( $p ) => $from <= $p['to'] && $p['from'] <= $to ) ) {
			$code = 'period-overlaps';
		} elseif ( self::THRESHOLD !== ( $period['threshold'] ?? null ) ) {
			$code = 'wrong-threshold';
		}
		$paths = array(
			'wrong-threshold' => 'threshold',
			'period-not-over' => 'to',
		);
		return null === $code ? null : array( self::problem( $paths[ $code ] ?? 'from', $code ) );
	}

	/**
	 * A total with its months against the counters; a lone hidden month beside a published total is
	 * refused.
	 *
	 * @param mixed  $value    Published: {"total": …, "months": […]}.
	 * @param array  $counted  The counters of this category, by month and `total`.
	 * @param array  $months   The period's months.
	 * @param string $path     Where, for the problems.
	 * @param array  $problems Problems so far.
	 */
	private static function check_series( $value, array $counted, array $months, string $path, array &$problems ): void {
		if ( ! is_array( $value ) || ! isset( $value['total'], $value['months'] ) || ! is_array( $value['months'] ) || count( $value['months'] ) !== count( $months ) ) {
			$problems[] = self::problem( $path, 'invalid' );
			return;
		}
		self::cell( $value['total'], $counted['total'] ?? 0, "$path.total", $problems );
		foreach ( $months as $i => $month ) {
			self::cell( $value['months'][ $i ] ?? null, $counted[ $month ] ?? 0, "$path.months.$i", $problems );
		}
		self::lone_hidden( $value['total'], array_values( $value['months'] ), $path, $problems );
	}

	/**
	 * The counters summed by dimension, key and month, and over the months as `total`.
	 *
	 * @param array $counters Counters.
	 * @param array $months   The period's months.
	 */
	private static function sums( array $counters, array $months ): array {
		$in  = array_flip( $months );
		$out = array();
		foreach ( $counters as $c ) {
			if ( isset( $in[ $c['month'] ] ) ) {
				$out[ $c['dimension'] ][ $c['key'] ][ $c['month'] ] = ( $out[ $c['dimension'] ][ $c['key'] ][ $c['month'] ] ?? 0 ) + $c['count'];
				$out[ $c['dimension'] ][ $c['key'] ]['total']       = ( $out[ $c['dimension'] ][ $c['key'] ]['total'] ?? 0 ) + $c['count'];
			}
		}
		return $out;
	}

	/**
	 * One published count against its counter.
	 *
	 * @param mixed  $value    Published: a whole number, {"lt": T} or {"gte": T}.
	 * @param int    $counter  The counter.
	 * @param string $path     Where, for the problem.
	 * @param array  $problems Problems so far.
	 */
	private static function cell( $value, int $counter, string $path, array &$problems ): void {
		$code = null;
		if ( is_int( $value ) ) {
			$code = $value < self::THRESHOLD ? 'under-threshold' : ( $value !== $counter ? 'differs' : null );
		} elseif ( is_array( $value ) && array( 'lt' ) === array_keys( $value ) && self::THRESHOLD === $value['lt'] ) {
			$code = $counter < self::THRESHOLD ? null : 'not-small';
		} elseif ( is_array( $value ) && array( 'gte' ) === array_keys( $value ) && self::THRESHOLD === $value['gte'] ) {
			$code = $counter >= self::THRESHOLD ? null : 'not-at-least';
		} else {
			$code = 'invalid';
		}
		if ( null !== $code ) {
			$problems[] = self::problem( $path, $code );
		}
	}

	/**
	 * Every category with a count in the period is listed (one left out would read as none).
	 *
	 * @param array  $listed   The table as published.
	 * @param array  $counted  Its counters by category.
	 * @param string $table    Table name.
	 * @param array  $problems Problems so far.
	 */
	private static function all_listed( array $listed, array $counted, string $table, array &$problems ): void {
		foreach ( $counted as $key => $sums ) {
			if ( ( $sums['total'] ?? 0 ) > 0 && ! array_key_exists( $key, $listed ) ) {
				$problems[] = self::problem( "$table.$key", 'missing' );
			}
		}
	}

	/**
	 * A sum whose total is published and whose terms are all published but one: that one can be
	 * worked out by subtraction, so it may not be a hidden small count.
	 *
	 * @param mixed  $total    The sum as published.
	 * @param array  $terms    Its terms.
	 * @param string $path     Where, for the problem.
	 * @param array  $problems Problems so far.
	 */
	private static function lone_hidden( $total, array $terms, string $path, array &$problems ): void {
		$hidden = array_filter( $terms, static fn( $c ) => ! is_int( $c ) );
		if ( is_int( $total ) && 1 === count( $hidden ) && is_array( reset( $hidden ) ) && isset( reset( $hidden )['lt'] ) ) {
			$problems[] = self::problem( $path, 'derivable' );
		}
	}

	/**
	 * A problem found in a posted period.
	 *
	 * @param string $path Where.
	 * @param string $code What.
	 * @return array{path: string, code: string}
	 */
	private static function problem( string $path, string $code ): array {
		return array(
			'path' => $path,
			'code' => $code,
		);
	}

	/**
	 * The statistics file's address on this site; as CSV with `$format` 'csv'. Unencoded (`&`, not
	 * `&#038;`): escape it where it is printed.
	 *
	 * @param string $format 'json' or 'csv'.
	 */
	public static function file_url( string $format = 'json' ): string {
		$url = rest_url( 'hrc/v1/statistics' );
		return esc_url_raw( 'csv' === $format ? add_query_arg( 'format', 'csv', $url ) : $url, array( 'http', 'https' ) );
	}

	/**
	 * <hrc-report-stats> for the block and the shortcode: the file at the address given (checked as
	 * every address of the kit), else this site's own; the fallback links to the file, and to this
	 * site's CSV when the file is this site's.
	 *
	 * @param array $a Block attributes (HRC_Catalog).
	 */
	public static function render_element( array $a ): string {
		$set = HRC_Render::editor_attributes( 'hrc-report-stats', $a );
		// The same check as the attribute's (HRC_Render::url()), unencoded: the fallback escapes it once.
		$src = '' === $set['src'] ? '' : esc_url_raw( trim( (string) $a['src'] ), array( 'http', 'https' ) );
		$csv = '';
		if ( '' === $src ) {
			$src = self::file_url();
			$csv = self::file_url( 'csv' );
		}
		$set['src'] = $src;
		$locale = HRC_Render::locale( $set['lang'] );
		HRC_Assets::enqueue_element( 'hrc-report-stats' );
		return HRC_Render::open( 'hrc-report-stats', array( 'lang' => $locale ) + $set )
			. HRC_Fallback::stats( $locale, $src, $csv, $set['label'], (int) ( $set['heading-level'] ?: 2 ) )
			. '</hrc-report-stats>';
	}

	/**
	 * Registers the public route and the office's two: the counters (for the browser to work out a
	 * period) and publishing a period. The office's routes need the reports capability and, as every
	 * REST request made with the login cookie, WordPress's REST nonce.
	 */
	public static function register(): void {
		register_rest_route(
			HRC_Rest::NS,
			'/statistics',
			array(
				'methods'             => 'GET',
				'callback'            => array( self::class, 'serve' ),
				'permission_callback' => '__return_true',
				'args'                => array(
					'format' => array(
						'type'    => 'string',
						'enum'    => array( 'json', 'csv' ),
						'default' => 'json',
					),
				),
			)
		);
		$office = static fn() => current_user_can( HRC_Admin_Reports::capability() );
		register_rest_route(
			HRC_Rest::NS,
			'/statistics/counters',
			array(
				'methods'             => 'GET',
				'callback'            => array( self::class, 'overview' ),
				'permission_callback' => $office,
			)
		);
		register_rest_route(
			HRC_Rest::NS,
			'/statistics/periods',
			array(
				'methods'             => 'POST',
				'callback'            => array( self::class, 'publish' ),
				'permission_callback' => $office,
			)
		);
		add_filter( 'rest_pre_serve_request', array( self::class, 'any_origin' ), 20, 3 );
		add_filter( 'rest_pre_serve_request', array( self::class, 'serve_csv' ), 30, 4 );
	}

	/**
	 * GET hrc/v1/statistics/counters: what the office's browser needs to work out a period: the
	 * threshold, the current month, every counter and the periods published.
	 */
	public static function overview(): WP_REST_Response {
		$response = new WP_REST_Response(
			array(
				'threshold'    => self::THRESHOLD,
				'areas'        => HRC_Settings::areas(),
				'currentMonth' => gmdate( 'Y-m' ),
				'counters'     => self::counters(),
				'published'    => array_map(
					static fn( $p ) => array(
						'from'        => $p['from'],
						'to'          => $p['to'],
						'publishedAt' => $p['publishedAt'] ?? '',
						'withheld'    => ! empty( $p['withheld'] ),
					),
					self::periods()
				),
			),
			200
		);
		$response->header( 'Cache-Control', 'no-store' );
		return $response;
	}

	/**
	 * POST hrc/v1/statistics/periods with `{"period": …}`: checks the period against the file's JSON
	 * Schema and against the counters (check_period()), then stores it as published, once. The time
	 * of publication is the site's. A period that fails is refused with 400 and the problems found; one
	 * overlapping a published period with 409; nothing is stored.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return WP_REST_Response|WP_Error
	 */
	public static function publish( WP_REST_Request $request ) {
		$body   = json_decode( (string) $request->get_body(), true );
		$period = is_array( $body ) && is_array( $body['period'] ?? null ) ? $body['period'] : null;
		if ( null === $period || strlen( (string) $request->get_body() ) > 2000000 ) {
			return new WP_Error( 'invalid-period', __( 'Send the period to publish as JSON: {"period": …}.', 'hrc-widgets' ), array( 'status' => 400 ) );
		}
		$period['publishedAt'] = gmdate( 'Y-m-d\TH:i:s.000\Z' );
		$doc                   = self::document();
		$doc['periods']        = array( $period );
		$problems              = HRC_Schema_Validator::validate( $doc, HRC_Schema_Validator::load( HRC_WIDGETS_DIR . 'schema/statistics.schema.json' ) );
		if ( ! $problems ) {
			$published = self::periods();
			$problems  = self::check_period( $period, self::counters( (string) $period['from'], (string) $period['to'] ), gmdate( 'Y-m' ), $published, HRC_Settings::areas() );
		}
		if ( $problems ) {
			$overlaps = 'period-overlaps' === $problems[0]['code'];
			return new WP_Error(
				$overlaps ? 'period-overlaps' : 'invalid-period',
				$overlaps ? __( 'This period overlaps a period published before; nothing was published.', 'hrc-widgets' ) : __( 'This period does not match the counts or is not safe to publish; nothing was published.', 'hrc-widgets' ),
				array(
					'status'   => $overlaps ? 409 : 400,
					'problems' => array_slice( $problems, 0, 50 ),
				)
			);
		}
		global $wpdb;
		// The first month is the table's key: of two requests for the same period, one is stored.
		$stored = $wpdb->insert( // phpcs:ignore WordPress.DB.DirectDatabaseQuery
			self::periods_table(),
			array(
				'from_month' => $period['from'],
				'to_month'   => $period['to'],
				'body'       => (string) wp_json_encode( $period, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ),
			),
			array( '%s', '%s', '%s' )
		);
		if ( ! $stored ) {
			return new WP_Error( 'period-overlaps', __( 'This period overlaps a period published before; nothing was published.', 'hrc-widgets' ), array( 'status' => 409 ) );
		}
		return new WP_REST_Response( array( 'period' => $period ), 201 );
	}

	/**
	 * The statistics file as CSV (docs/statistics.md "The file"): one row per count, as
	 * `@hrc/framework/statistics`' statisticsCsv() writes it.
	 *
	 * @param array $doc The statistics file.
	 */
	public static function csv( array $doc ): string {
		$out = HRC_Csv::line( array( 'period_from', 'period_to', 'table', 'category', 'month', 'count', 'fewer_than', 'at_least' ) );
		foreach ( $doc['periods'] as $p ) {
			$row = static function ( string $table, string $category, string $month, $c = null ) use ( &$out, $p ): void {
				$cells = is_int( $c ) ? array( (string) $c, '', '' ) : ( isset( $c['lt'] ) ? array( '', (string) $c['lt'], '' ) : ( isset( $c['gte'] ) ? array( '', '', (string) $c['gte'] ) : array( '', '', '' ) ) );
				$out  .= HRC_Csv::line( array( $p['from'], $p['to'], $table, $category, $month, ...$cells ) );
			};
			if ( ! empty( $p['withheld'] ) ) {
				$row( 'withheld', '', '' );
				continue;
			}
			$months = self::months_between( $p['from'], $p['to'] );
			$series = static function ( string $table, string $category, array $s ) use ( $row, $months ): void {
				$row( $table, $category, '', $s['total'] );
				foreach ( $s['months'] as $i => $c ) {
					$row( $table, $category, $months[ $i ] ?? '', $c );
				}
			};
			$series( 'reports', '', $p['reports'] );
			foreach ( array( 'domains', 'grounds' ) as $table ) {
				foreach ( $p[ $table ] as $id => $s ) {
					$series( $table, (string) $id, $s );
				}
			}
			foreach ( array( 'roles', 'wishes' ) as $table ) {
				foreach ( $p[ $table ] ?? array() as $id => $c ) {
					$row( $table, (string) $id, '', $c );
				}
			}
			foreach ( $p['areas']['counts'] ?? array() as $id => $c ) {
				$row( 'areas', (string) $id, '', $c );
			}
		}
		return $out;
	}

	/**
	 * Prints the CSV form of GET hrc/v1/statistics?format=csv instead of JSON.
	 *
	 * @param bool             $served  Whether the request was served already.
	 * @param WP_HTTP_Response $result  Result.
	 * @param WP_REST_Request  $request Request.
	 * @param WP_REST_Server   $server  Server.
	 * @return bool
	 */
	public static function serve_csv( $served, $result, $request, $server ) {
		if ( $served || ! $request instanceof WP_REST_Request || self::ROUTE !== $request->get_route() || 'csv' !== $request->get_param( 'format' ) || 200 !== $result->get_status() ) {
			return $served;
		}
		$server->send_header( 'Content-Type', 'text/csv; charset=utf-8' );
		$server->send_header( 'Content-Disposition', 'inline; filename="statistics.csv"' );
		echo self::csv( $result->get_data() ); // phpcs:ignore WordPress.Security.EscapeOutput -- CSV, not HTML; served as text/csv with nosniff.
		return true;
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
