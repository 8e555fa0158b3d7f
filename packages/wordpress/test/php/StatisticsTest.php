<?php
/**
 * The counters a report adds one to, in plain PHP: the same keys as @hrc/framework/statistics'
 * counterKeys() for a plain report, a sealed one with its readable statistics, and one without.
 *
 * @package HrcWidgets
 */

use PHPUnit\Framework\TestCase;

/**
 * HRC_Statistics::counter_keys tests.
 */
final class StatisticsTest extends TestCase {

	/** 2026-03-31 23:33 UTC: the month counted is the month received, in UTC. */
	private const RECEIVED = 1775000000;

	private function keys( array $payload, array $areas = array() ): array {
		return array_map(
			static fn( $k ) => "{$k['month']} {$k['dimension']} {$k['key']}",
			HRC_Statistics::counter_keys( $payload, self::RECEIVED, $areas )
		);
	}

	public function test_a_plain_report_counts_its_month_domain_grounds_role_wish_and_no_area(): void {
		$this->assertSame( '2026-03', gmdate( 'Y-m', self::RECEIVED ) );
		$this->assertSame(
			array(
				'2026-03 reports all',
				'2026-03 domain shops-hospitality',
				'2026-03 ground race',
				'2026-03 ground religion-or-belief',
				'2026-03 area unspecified',
				'2026-03 role victim',
				'2026-03 wish advice',
			),
			$this->keys( hrc_test_report() )
		);
	}

	public function test_a_plain_report_counts_the_area_it_names_when_the_city_lists_it(): void {
		$keys = $this->keys( array_merge( hrc_test_report(), array( 'area' => 'noord' ) ), array( 'centrum', 'noord' ) );
		$this->assertContains( '2026-03 area noord', $keys );
		$this->assertNotContains( '2026-03 area unspecified', $keys );
		$this->assertCount( 1, array_filter( $keys, static fn( $k ) => str_contains( $k, ' area ' ) ) );
	}

	public function test_an_area_the_city_does_not_list_counts_as_unspecified(): void {
		foreach ( array( array( 'centrum' ), array() ) as $areas ) {
			$keys = $this->keys( array_merge( hrc_test_report(), array( 'area' => 'made-up' ) ), $areas );
			$this->assertContains( '2026-03 area unspecified', $keys );
			$this->assertSame( array( '2026-03 area unspecified' ), array_values( array_filter( $keys, static fn( $k ) => str_contains( $k, ' area ' ) ) ) );
		}
	}

	public function test_a_ground_in_own_words_counts_as_other_and_not_knowing_as_unknown(): void {
		$report = array_merge(
			hrc_test_report(),
			array(
				'grounds'       => array(),
				'groundOther'   => 'Mijn accent',
				'groundUnknown' => true,
			)
		);
		$keys   = $this->keys( $report );
		$this->assertContains( '2026-03 ground other', $keys );
		$this->assertContains( '2026-03 ground unknown', $keys );
		$this->assertCount( 2, array_filter( $keys, static fn( $k ) => str_contains( $k, ' ground ' ) ) );
	}

	public function test_a_sealed_report_counts_from_its_readable_statistics_alone(): void {
		$envelope = array(
			'type'          => 'hrc-sealed-report',
			'schemaVersion' => 1,
			'kid'           => 'office-2026',
			'statistics'    => array(
				'month'   => '2025-11',
				'domain'  => 'police',
				'grounds' => array(),
				'role'    => 'witness',
				'area'    => 'noord',
			),
		);
		$this->assertSame(
			array(
				'2026-03 reports all',
				'2026-03 domain police',
				'2026-03 ground unknown',
				'2026-03 area noord',
				'2026-03 role witness',
			),
			$this->keys( $envelope, array( 'noord' ) )
		);
		$this->assertContains( '2026-03 area unspecified', $this->keys( $envelope, array( 'zuid' ) ) );
		unset( $envelope['statistics'] );
		$this->assertSame( array(), $this->keys( $envelope ) );
	}
}
