<?php
/**
 * Publishing a period: what the admin screen works out in the browser (@hrc/framework/statistics'
 * publishPeriod(), run here with Node on counters that HRC_Statistics::counter_keys() made from random
 * reports) passes HRC_Statistics::check_period() and the file's JSON Schema; any published number
 * that differs from the counters, a small count shown, a hidden count that is not small, a lone hidden
 * count beside its total, a missing category, an overlapping or unfinished period is refused. The
 * CSV is the framework's, cell for cell.
 *
 * @package HrcWidgets
 */

use PHPUnit\Framework\TestCase;

/**
 * HRC_Statistics::check_period and ::csv tests.
 */
final class StatisticsPublishTest extends TestCase {

	private const DOMAINS = array( 'work', 'housing', 'education', 'police', 'online' );
	private const GROUNDS = array( 'race', 'religion-or-belief', 'disability', 'age', 'sexual-orientation' );
	private const ROLES   = array( 'victim', 'witness', 'organisation' );
	private const WISHES  = array( 'register', 'advice', 'complaint-help' );
	/** The city's areas, as the settings keep them. */
	private const AREAS = array(
		array(
			'id'    => 'centrum',
			'label' => 'Centrum',
		),
		array(
			'id'    => 'noord',
			'label' => 'Noord',
		),
		array(
			'id'    => 'zuid',
			'label' => 'Zuid & Haven',
		),
	);

	/**
	 * Runs the framework's statistics code on a value.
	 *
	 * @param string $mode 'period' or 'csv'.
	 * @param mixed  $data Input.
	 */
	private static function node( string $mode, $data ): string {
		$process = proc_open(
			array( 'node', __DIR__ . '/statistics-helper.mjs', $mode ),
			array( array( 'pipe', 'r' ), array( 'pipe', 'w' ), array( 'pipe', 'w' ) ),
			$pipes
		);
		fwrite( $pipes[0], json_encode( $data ) );
		fclose( $pipes[0] );
		$out = stream_get_contents( $pipes[1] );
		$err = stream_get_contents( $pipes[2] );
		self::assertSame( 0, proc_close( $process ), $err );
		return $out;
	}

	/**
	 * Counters of `$n` random reports in the first `$months` months of 2025, counted as the plugin counts.
	 *
	 * Each report names one of the city's areas, or none, or (one in eight) an id the city does not list.
	 *
	 * @param int $n      Reports.
	 * @param int $months Months.
	 * @param int $seed   Seed.
	 */
	private static function counters( int $n, int $months, int $seed ): array {
		mt_srand( $seed );
		$sums = array();
		$pick = static fn( array $list ) => $list[ mt_rand( 0, count( $list ) - 1 ) ];
		for ( $i = 0; $i < $n; $i++ ) {
			$report   = array_merge(
				hrc_test_report(),
				array(
					'domain'  => $pick( self::DOMAINS ),
					'grounds' => array_values( array_unique( array( $pick( self::GROUNDS ), $pick( self::GROUNDS ) ) ) ),
					'role'    => $pick( self::ROLES ),
					'wish'    => $pick( self::WISHES ),
					'area'    => $pick( array( 'centrum', 'centrum', 'noord', 'noord', 'zuid', 'zuid', '', 'made-up' ) ),
				)
			);
			$received = gmmktime( 12, 0, 0, mt_rand( 1, $months ), mt_rand( 1, 28 ), 2025 );
			foreach ( HRC_Statistics::counter_keys( $report, $received, array_column( self::AREAS, 'id' ) ) as $k ) {
				$id          = "{$k['month']}|{$k['dimension']}|{$k['key']}";
				$sums[ $id ] = ( $sums[ $id ] ?? 0 ) + 1;
			}
		}
		$out = array();
		foreach ( $sums as $id => $count ) {
			[ $month, $dimension, $key ] = explode( '|', $id );
			$out[]                       = compact( 'month', 'dimension', 'key', 'count' );
		}
		return $out;
	}

	/**
	 * The period the admin screen would post.
	 *
	 * @param array  $counters Counters.
	 * @param string $to       Last month.
	 */
	private static function period( array $counters, string $to, array $areas = array() ): array {
		$input = array(
			'from'     => '2025-01',
			'to'       => $to,
			'counters' => $counters,
		);
		return json_decode( self::node( 'period', $areas ? $input + array( 'areas' => $areas ) : $input ), true );
	}

	/**
	 * The statistics file with one period.
	 *
	 * @param array $period Period.
	 */
	private static function doc( array $period ): array {
		return array(
			'schemaVersion' => 1,
			'kind'          => HRC_Statistics::KIND,
			'publisher'     => array(
				'name' => 'Middelstad',
				'url'  => 'https://middelstad.example/',
			),
			'periods'       => array( $period ),
		);
	}

	/**
	 * Counters where the area of some reports is kept under an id the city no longer lists (counted
	 * before it was taken off the list): a period publishes them as unspecified.
	 *
	 * @param array $counters Counters.
	 */
	private static function with_old_area( array $counters ): array {
		foreach ( $counters as $i => $c ) {
			if ( 'area' === $c['dimension'] && 'unspecified' === $c['key'] && $c['count'] >= 2 ) {
				$counters[ $i ]['count']--;
				$counters[] = array( 'key' => 'oud-west', 'count' => 1 ) + $c;
				return $counters;
			}
		}
		self::fail( 'no unspecified counter to split' );
	}

	public function test_an_area_table_of_the_citys_areas_passes_and_fits_the_schema(): void {
		$schema = HRC_Schema_Validator::load( HRC_TEST_SCHEMAS . 'statistics.schema.json' );
		$tables = 0;
		foreach ( array( array( 60, 3, 1 ), array( 120, 6, 3 ), array( 200, 12, 6 ), array( 25, 3, 2 ) ) as [ $n, $months, $seed ] ) {
			$counters = self::with_old_area( self::counters( $n, $months, $seed ) );
			$period   = self::period( $counters, sprintf( '2025-%02d', $months ), self::AREAS );
			$this->assertSame( array(), self::codes( HRC_Statistics::check_period( $period, $counters, '2026-01', array(), self::AREAS ) ), "$n reports in $months months" );
			$this->assertSame( array(), HRC_Schema_Validator::validate( self::doc( $period ), $schema ) );
			if ( isset( $period['areas'] ) ) {
				++$tables;
				$this->assertSame( array( 'centrum', 'noord', 'zuid', 'unspecified' ), array_keys( $period['areas']['counts'] ) );
				$this->assertSame( array_column( self::AREAS, 'label', 'id' ), $period['areas']['labels'] );
			}
		}
		$this->assertGreaterThanOrEqual( 3, $tables, 'most periods publish their area table' );
	}

	public function test_an_area_table_is_checked_like_the_other_tables(): void {
		$counters = self::with_old_area( self::counters( 200, 12, 6 ) );
		$period   = self::period( $counters, '2025-12', self::AREAS );
		$this->assertArrayHasKey( 'areas', $period );
		$check  = static fn( array $p, array $areas = self::AREAS ) => self::codes( HRC_Statistics::check_period( $p, $counters, '2026-01', array(), $areas ) );
		$counts = $period['areas']['counts'];
		$number = array_key_first( array_filter( $counts, 'is_int' ) );
		$this->assertNotNull( $number, 'a count published as a number' );

		// A site that lists no areas publishes no area table.
		$this->assertSame( array( 'areas unexpected' ), $check( $period, array() ) );
		// Names other than the city's, an area it does not list, one left out, a number changed.
		$renamed                                  = $period;
		$renamed['areas']['labels']['noord']      = 'Noord-Oost';
		$this->assertSame( array( 'areas.labels differs' ), $check( $renamed ) );
		$extra                                    = $period;
		$extra['areas']['labels']['oud-west']     = 'Oud-West';
		$this->assertContains( 'areas.labels differs', $check( $extra ) );
		$extra['areas']['counts']['oud-west']     = array( 'lt' => 5 );
		$this->assertContains( 'areas.counts.oud-west unexpected', $check( $extra ) );
		$missing = $period;
		unset( $missing['areas']['counts']['unspecified'] );
		$this->assertContains( 'areas.counts.unspecified missing', $check( $missing ) );
		$changed                                  = $period;
		$changed['areas']['counts'][ $number ]   += 1;
		$this->assertSame( array( "areas.counts.$number differs" ), $check( $changed ) );
		// The old id's count is in unspecified: published under its own id it is refused.
		$old = $period;
		$this->assertIsInt( $old['areas']['counts']['unspecified'] );
		--$old['areas']['counts']['unspecified'];
		$this->assertSame( array( 'areas.counts.unspecified differs' ), $check( $old ) );
		// "Fewer than 5" over a count that is not small; a small count shown; a lone hidden one.
		$hidden                                   = $period;
		$hidden['areas']['counts'][ $number ]     = array( 'lt' => 5 );
		$this->assertContains( "areas.counts.$number not-small", $check( $hidden ) );
		$this->assertContains( 'areas derivable', $check( $hidden ), 'the only hidden area beside the published total' );
	}

	public function test_a_small_area_count_is_refused_as_a_number_and_a_lone_hidden_one_as_derivable(): void {
		$counters = array(
			array(
				'month'     => '2025-01',
				'dimension' => 'reports',
				'key'       => 'all',
				'count'     => 12,
			),
			array(
				'month'     => '2025-01',
				'dimension' => 'area',
				'key'       => 'centrum',
				'count'     => 9,
			),
			array(
				'month'     => '2025-01',
				'dimension' => 'area',
				'key'       => 'noord',
				'count'     => 2,
			),
			array(
				'month'     => '2025-01',
				'dimension' => 'area',
				'key'       => 'made-up',
				'count'     => 1,
			),
		);
		$period   = array(
			'from'        => '2025-01',
			'to'          => '2025-01',
			'publishedAt' => '2026-02-01T09:00:00.000Z',
			'threshold'   => 5,
			'reports'     => array(
				'total'  => 12,
				'months' => array( 12 ),
			),
			'domains'     => array(),
			'grounds'     => array(),
			'areas'       => array(
				'labels' => array_column( self::AREAS, 'label', 'id' ),
				'counts' => array(
					'centrum'     => 9,
					'noord'       => 2,
					'zuid'        => array( 'lt' => 5 ),
					'unspecified' => array( 'lt' => 5 ),
				),
			),
		);
		$codes    = self::codes( HRC_Statistics::check_period( $period, $counters, '2026-01', array(), self::AREAS ) );
		$this->assertContains( 'areas.counts.noord under-threshold', $codes );
		$period['areas']['counts']['noord'] = array( 'lt' => 5 );
		// Three hidden areas share 12 − 9 = 3: no one of them is pinned down by this sum alone.
		$this->assertSame( array(), self::codes( HRC_Statistics::check_period( $period, $counters, '2026-01', array(), self::AREAS ) ) );
		$period['areas']['counts']['zuid']        = array( 'lt' => 5 );
		$period['areas']['counts']['centrum']     = 9;
		$period['areas']['counts']['noord']       = array( 'lt' => 5 );
		$period['areas']['counts']['unspecified'] = array( 'gte' => 5 );
		$this->assertContains( 'areas.counts.unspecified not-at-least', self::codes( HRC_Statistics::check_period( $period, $counters, '2026-01', array(), self::AREAS ) ) );
	}

	private static function codes( array $problems ): array {
		return array_map( static fn( $p ) => "{$p['path']} {$p['code']}", $problems );
	}

	public function test_what_the_browser_works_out_from_the_counters_passes_and_fits_the_schema(): void {
		$schema = HRC_Schema_Validator::load( HRC_TEST_SCHEMAS . 'statistics.schema.json' );
		$hidden = 0;
		foreach ( array( array( 60, 3, 1 ), array( 25, 3, 2 ), array( 120, 6, 3 ), array( 8, 2, 4 ) ) as [ $n, $months, $seed ] ) {
			$counters = self::counters( $n, $months, $seed );
			$period   = self::period( $counters, sprintf( '2025-%02d', $months ) );
			$this->assertSame( array(), self::codes( HRC_Statistics::check_period( $period, $counters, '2026-01', array() ) ), "$n reports in $months months" );
			$doc = array(
				'schemaVersion' => 1,
				'kind'          => HRC_Statistics::KIND,
				'publisher'     => array(
					'name' => 'Middelstad',
					'url'  => 'https://middelstad.example/',
				),
				'periods'       => array( $period ),
			);
			$this->assertSame( array(), HRC_Schema_Validator::validate( $doc, $schema ) );
			$hidden += substr_count( (string) json_encode( $period ), '"lt":5' );
		}
		$this->assertGreaterThan( 10, $hidden, 'the periods hide small counts: the checks saw them' );
	}

	public function test_a_number_that_differs_from_the_counters_or_shows_a_small_count_is_refused(): void {
		$counters = self::counters( 60, 3, 1 );
		$period   = self::period( $counters, '2025-03' );
		$total    = $period['reports']['total'];
		$this->assertIsInt( $total );

		$changed                     = $period;
		$changed['reports']['total'] = $total + 1;
		$this->assertContains( 'reports.total differs', self::codes( HRC_Statistics::check_period( $changed, $counters, '2026-01', array() ) ) );

		// A count under the threshold published as a number.
		[ $table, $id, $i ] = self::first_hidden( $period, 'lt' );
		$shown              = $period;
		$real               = self::counted( $counters, $table, $id, $i );
		$shown[ $table ][ $id ]['months'][ $i ] = $real;
		$this->assertContains( "$table.$id.months.$i under-threshold", self::codes( HRC_Statistics::check_period( $shown, $counters, '2026-01', array() ) ) );

		// "Fewer than 5" over a count that is not small; "at least 5" over one that is.
		$big  = $period;
		$cell = null;
		foreach ( $period['domains'] as $domain => $s ) {
			if ( is_int( $s['total'] ) ) {
				$big['domains'][ $domain ]['total'] = array( 'lt' => 5 );
				$cell                               = "domains.$domain.total not-small";
				break;
			}
		}
		$this->assertContains( $cell, self::codes( HRC_Statistics::check_period( $big, $counters, '2026-01', array() ) ) );
		$small                                  = $period;
		$small[ $table ][ $id ]['months'][ $i ] = array( 'gte' => 5 );
		$this->assertContains( "$table.$id.months.$i not-at-least", self::codes( HRC_Statistics::check_period( $small, $counters, '2026-01', array() ) ) );

		// Another threshold, a category left out, areas this site does not ask for.
		$this->assertSame( array( 'threshold wrong-threshold' ), self::codes( HRC_Statistics::check_period( array( 'threshold' => 3 ) + $period, $counters, '2026-01', array() ) ) );
		$missing = $period;
		unset( $missing['grounds']['race'] );
		$this->assertContains( 'grounds.race missing', self::codes( HRC_Statistics::check_period( $missing, $counters, '2026-01', array() ) ) );
		$areas          = $period;
		$areas['areas'] = array(
			'labels' => array(),
			'counts' => array( 'unspecified' => 60 ),
		);
		$this->assertContains( 'areas unexpected', self::codes( HRC_Statistics::check_period( $areas, $counters, '2026-01', array() ) ) );
	}

	public function test_a_lone_hidden_count_beside_its_published_total_is_refused(): void {
		$counters = array(
			array(
				'month'     => '2025-01',
				'dimension' => 'reports',
				'key'       => 'all',
				'count'     => 12,
			),
			array(
				'month'     => '2025-01',
				'dimension' => 'role',
				'key'       => 'victim',
				'count'     => 9,
			),
			array(
				'month'     => '2025-01',
				'dimension' => 'role',
				'key'       => 'witness',
				'count'     => 3,
			),
		);
		$naive    = array(
			'from'        => '2025-01',
			'to'          => '2025-01',
			'publishedAt' => '2026-02-01T09:00:00.000Z',
			'threshold'   => 5,
			'reports'     => array(
				'total'  => 12,
				'months' => array( 12 ),
			),
			'domains'     => array(),
			'grounds'     => array(),
			'roles'       => array(
				'victim'       => 9,
				'witness'      => array( 'lt' => 5 ),
				'organisation' => array( 'lt' => 5 ),
			),
		);
		// Two hidden roles: 12 − 9 = 3 between them, not pinned down by this sum alone.
		$this->assertNotContains( 'roles derivable', self::codes( HRC_Statistics::check_period( $naive, $counters, '2026-01', array() ) ) );
		unset( $naive['roles']['organisation'] );
		$this->assertContains( 'roles derivable', self::codes( HRC_Statistics::check_period( $naive, $counters, '2026-01', array() ) ) );
	}

	public function test_only_a_whole_finished_period_that_overlaps_none_is_published(): void {
		$counters  = self::counters( 25, 3, 2 );
		$period    = self::period( $counters, '2025-03' );
		$published = array(
			array(
				'from' => '2024-06',
				'to'   => '2025-01',
			),
		);
		$this->assertSame( array( 'from period-overlaps' ), self::codes( HRC_Statistics::check_period( $period, $counters, '2026-01', $published ) ) );
		$this->assertSame( array( 'to period-not-over' ), self::codes( HRC_Statistics::check_period( $period, $counters, '2025-03', array() ) ) );
		$this->assertSame( array( 'from invalid-period' ), self::codes( HRC_Statistics::check_period( array( 'to' => '2024-12' ) + $period, $counters, '2026-01', array() ) ) );
		$this->assertSame( array( 'from invalid-period' ), self::codes( HRC_Statistics::check_period( array( 'from' => '2015-01' ) + $period, $counters, '2026-01', array() ) ), 'more than ten years' );
		$withheld = array(
			'from'        => '2025-01',
			'to'          => '2025-03',
			'publishedAt' => '2026-02-01T09:00:00.000Z',
			'threshold'   => 5,
			'withheld'    => true,
		);
		$this->assertSame( array(), HRC_Statistics::check_period( $withheld, $counters, '2026-01', array() ) );
		$this->assertSame( array( 'withheld invalid' ), self::codes( HRC_Statistics::check_period( $withheld + array( 'reports' => $period['reports'] ), $counters, '2026-01', array() ) ) );
	}

	public function test_the_csv_is_the_frameworks(): void {
		$doc = json_decode( (string) file_get_contents( dirname( __DIR__, 3 ) . '/framework/examples/statistics.example.json' ), true );
		$this->assertSame( self::node( 'csv', $doc ), HRC_Statistics::csv( $doc ) );
		$counters        = self::counters( 40, 3, 5 );
		$doc['periods']  = array( self::period( $counters, '2025-03' ) );
		$this->assertSame( self::node( 'csv', $doc ), HRC_Statistics::csv( $doc ) );
	}

	/**
	 * The first month cell hidden as `$kind` in the domains or grounds.
	 *
	 * @param array  $period Period.
	 * @param string $kind   'lt' or 'gte'.
	 */
	private static function first_hidden( array $period, string $kind ): array {
		foreach ( array( 'domains', 'grounds' ) as $table ) {
			foreach ( $period[ $table ] as $id => $s ) {
				foreach ( $s['months'] as $i => $c ) {
					if ( is_array( $c ) && isset( $c[ $kind ] ) ) {
						return array( $table, $id, $i );
					}
				}
			}
		}
		self::fail( "no $kind cell" );
	}

	private static function counted( array $counters, string $table, string $id, int $i ): int {
		$dimension = 'domains' === $table ? 'domain' : 'ground';
		$month     = sprintf( '2025-%02d', $i + 1 );
		$sum       = 0;
		foreach ( $counters as $c ) {
			if ( $c['dimension'] === $dimension && $c['key'] === $id && $c['month'] === $month ) {
				$sum += $c['count'];
			}
		}
		return $sum;
	}
}
