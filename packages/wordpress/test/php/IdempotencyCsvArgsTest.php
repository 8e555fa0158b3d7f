<?php
/**
 * The idempotency decision, CSV neutralisation and the schema conversion for the REST route.
 *
 * @package HrcWidgets
 */

use PHPUnit\Framework\TestCase;

/**
 * Tests of the smaller pure parts.
 */
final class IdempotencyCsvArgsTest extends TestCase {

	public function test_idempotency_decisions(): void {
		$now  = 1_800_000_000;
		$done = array(
			'fingerprint' => 'abc',
			'state'       => 'done',
			'created'     => $now - 60,
		);
		$this->assertSame( HRC_Idempotency::PROCEED, HRC_Idempotency::decide( null, 'abc', $now ) );
		$this->assertSame( HRC_Idempotency::REPLAY, HRC_Idempotency::decide( $done, 'abc', $now ) );
		$this->assertSame( HRC_Idempotency::REUSED, HRC_Idempotency::decide( $done, 'xyz', $now ) );
		$pending = array_merge( $done, array( 'state' => 'pending' ) );
		$this->assertSame( HRC_Idempotency::IN_FLIGHT, HRC_Idempotency::decide( array_merge( $pending, array( 'created' => $now - 1 ) ), 'abc', $now ) );
		$this->assertSame( HRC_Idempotency::REUSED, HRC_Idempotency::decide( $pending, 'xyz', $now ), 'another payload is refused even while in flight' );
		$this->assertSame( HRC_Idempotency::RETAKE, HRC_Idempotency::decide( array_merge( $pending, array( 'created' => $now - 600 ) ), 'abc', $now ), 'a claim that never finished' );
		$this->assertSame( HRC_Idempotency::REPLAY, HRC_Idempotency::decide( array_merge( $done, array( 'created' => $now - 86400 ) ), 'abc', $now ), 'kept at least 24 hours' );
		$this->assertSame( HRC_Idempotency::RETAKE, HRC_Idempotency::decide( array_merge( $done, array( 'created' => $now - 3 * 86400 ) ), 'xyz', $now ) );
	}

	public function test_fingerprint_ignores_key_order_and_anti_abuse_signals(): void {
		$a                       = hrc_test_report();
		$b                       = array_reverse( $a, true );
		$b['antiAbuse']['fillMs'] = 99999;
		$this->assertSame( HRC_Report_Rules::fingerprint( $a ), HRC_Report_Rules::fingerprint( $b ) );
		$b['description'] .= '!';
		$this->assertNotSame( HRC_Report_Rules::fingerprint( $a ), HRC_Report_Rules::fingerprint( $b ) );
	}

	public function test_csv_neutralises_formulas_and_quotes(): void {
		foreach ( array( '=1+1', '+31 6', '-2', '@SUM(A1)', "\tx", "\rx" ) as $formula ) {
			$this->assertSame( "'" . $formula, HRC_Csv::neutralise( $formula ) );
		}
		$this->assertSame( 'a=b', HRC_Csv::neutralise( 'a=b' ) );
		$this->assertSame( 'age, sex', HRC_Csv::neutralise( array( 'age', 'sex' ) ) );
		$this->assertSame( "\"x\",\"a \"\"b\"\", c\",\"'=HYPERLINK(\"\"http://e.example\"\")\"\r\n", HRC_Csv::line( array( 'x', 'a "b", c', '=HYPERLINK("http://e.example")' ) ) );
		$this->assertSame( "\"line\nbreak\",\"'-1\"\r\n", HRC_Csv::line( array( "line\nbreak", '-1' ) ) );
		$this->assertSame( "\"x;=2+5\"\r\n", HRC_Csv::line( array( 'x;=2+5' ) ), 'quoted, so a spreadsheet splitting on ; keeps one cell' );
		$row = HRC_Csv::report_row( hrc_test_report(), 'HRC-AAAA-BBBB', '2026-03-03T10:00:00Z', 'new' );
		$this->assertSame( 'race, religion-or-belief', HRC_Csv::neutralise( $row['grounds'] ) );
		$this->assertSame( '2026-03-02', $row['when'] );
		$this->assertSame( 'person@example.org', $row['email'] );
	}

	public function test_the_report_csv_follows_the_shared_definition_and_rows(): void {
		$definition = HRC_Csv::load_definition( dirname( HRC_TEST_SCHEMAS ) . '/report-csv.json' );
		$expected   = json_decode( (string) file_get_contents( dirname( HRC_TEST_SCHEMAS, 3 ) . '/framework/conformance/csv/report-rows.json' ), true );
		$this->assertSame( $expected['header'], HRC_Csv::report_header( $definition ) );
		$this->assertCount( 2, $expected['rows'] );
		foreach ( $expected['rows'] as $row ) {
			$this->assertSame( $row['line'], HRC_Csv::report_line( $definition, $row['record'] ), $row['record']['reference'] );
		}
		$this->assertStringContainsString( '"x;=2+5"', $expected['rows'][0]['line'] );
	}

	public function test_rest_args_are_generated_from_the_report_schema(): void {
		$args = HRC_Schema_Args::from_object_schema( HRC_Schema_Validator::load( HRC_TEST_SCHEMAS . 'report.schema.json' ) );
		$this->assertTrue( $args['description']['required'] );
		$this->assertFalse( $args['place']['required'] );
		$this->assertSame( array( 1 ), $args['schemaVersion']['enum'], 'const becomes a one-value enum' );
		$this->assertSame( array( true ), $args['consent']['enum'] );
		$this->assertSame( 'object', $args['when']['type'], 'a union of objects is typed for WordPress' );
		$this->assertSame( array( 'day' ), $args['when']['oneOf'][0]['properties']['precision']['enum'] );
		$this->assertSame( 'string', $args['contact']['oneOf'][1]['properties']['email']['type'] );
		$this->assertArrayNotHasKey( 'format', $args['contact']['oneOf'][1]['properties']['email']['anyOf'][1], 'the pattern decides, not is_email()' );
		$this->assertArrayNotHasKey( '$schema', $args['when'] );
		$this->assertSame( 5000, $args['description']['maxLength'] );
		$this->assertContains( 'race', $args['grounds']['items']['enum'] );

		$assessment = HRC_Schema_Args::convert( HRC_Schema_Validator::load( HRC_TEST_SCHEMAS . 'assessment.schema.json' ) );
		$this->assertFalse( $assessment['properties']['elements']['additionalProperties'], 'a record with known keys lists them' );
		$this->assertCount( 20, $assessment['properties']['elements']['properties'] );
	}

	public function test_javascript_patterns_run_with_pcre(): void {
		$this->assertTrue( HRC_Schema_Validator::matches( '^https?:\\/\\/[a-z]+/x$', 'https://example/x' ), 'escaped and bare slashes' );
		$this->assertTrue( HRC_Schema_Validator::matches( '^[\\p{L}]+$', 'Zoë' ), 'Unicode classes' );
		$this->assertFalse( HRC_Schema_Validator::matches( '^\\+?[0-9 ]{6,25}$', "+31 30 123\n" ), '$ is the end, as in JavaScript' );
	}
}
