<?php
/**
 * Report validation against the shared JSON Schema, with zod's paths and codes.
 *
 * @package HrcWidgets
 */

use PHPUnit\Framework\TestCase;

/**
 * Validation tests.
 */
final class ReportValidationTest extends TestCase {

	private static array $schema;

	public static function setUpBeforeClass(): void {
		self::$schema = HRC_Schema_Validator::load( HRC_TEST_SCHEMAS . 'report.schema.json' );
	}

	private function issues( array $payload ): array {
		$payload = HRC_Report_Rules::normalise( $payload );
		$issues  = HRC_Schema_Validator::validate( $payload, self::$schema );
		return $issues ? $issues : HRC_Report_Rules::refine( $payload, strtotime( '2026-03-03T12:00:00Z' ) );
	}

	private function codes( array $payload ): array {
		return array_map( static fn( $i ) => $i['path'] . ':' . $i['code'], $this->issues( $payload ) );
	}

	public function test_a_valid_report_passes(): void {
		$this->assertSame( array(), $this->issues( hrc_test_report() ) );
		$anonymous            = hrc_test_report();
		$anonymous['contact'] = array( 'kind' => 'anonymous' );
		$anonymous['wish']    = 'register';
		$anonymous['when']    = array(
			'precision' => 'month',
			'month'     => 2,
			'year'      => 2026,
		);
		$this->assertSame( array(), $this->issues( $anonymous ) );
	}

	public function test_an_area_id_is_checked_as_the_form_checks_it(): void {
		$this->assertSame( array(), $this->issues( array_merge( hrc_test_report(), array( 'area' => 'noord-2' ) ) ) );
		foreach ( array( 'Noord', 'unspecified', 'noord zuid', '', '-noord' ) as $bad ) {
			$this->assertSame(
				array( 'area:invalid_format' ),
				$this->codes( array_merge( hrc_test_report(), array( 'area' => $bad ) ) ),
				$bad
			);
		}
		$this->assertSame( array( 'area:invalid_type' ), $this->codes( array_merge( hrc_test_report(), array( 'area' => 7 ) ) ) );
	}

	public function test_schema_failures_carry_zod_paths_and_codes(): void {
		$p                     = hrc_test_report();
		$p['contact']['email'] = 'not-an-address';
		$this->assertSame( array( 'contact.email:invalid_format' ), $this->codes( $p ), 'as zod: the one branch of its type speaks' );
		$p['contact']['email'] = 5;
		$this->assertSame( array( 'contact.email:invalid_union' ), $this->codes( $p ) );

		$p = hrc_test_report();
		unset( $p['description'] );
		$this->assertSame( array( 'description:invalid_type' ), $this->codes( $p ) );

		$p                = hrc_test_report();
		$p['description'] = '   ';
		$this->assertSame( array( 'description:too_small' ), $this->codes( $p ), 'blank after trimming' );

		$p                = hrc_test_report();
		$p['description'] = str_repeat( 'é', 5001 );
		$this->assertSame( array( 'description:too_big' ), $this->codes( $p ), 'length counts characters, not bytes' );

		$p           = hrc_test_report();
		$p['domain'] = 'moon';
		$p['extra']  = 1;
		$this->assertSame( array( 'domain:invalid_value', ':unrecognized_keys' ), $this->codes( $p ) );

		$p                 = hrc_test_report();
		$p['grounds'][]    = 'height';
		$p['when']['date'] = '2026-13-01';
		$this->assertSame( array( 'when.date:invalid_format', 'grounds.2:invalid_value' ), $this->codes( $p ) );

		$p            = hrc_test_report();
		$p['contact'] = array( 'kind' => 'pigeon' );
		$this->assertSame( array( 'contact:invalid_union' ), $this->codes( $p ) );

		$p            = hrc_test_report();
		$p['consent'] = false;
		$p['schemaVersion'] = 2;
		$this->assertSame( array( 'schemaVersion:invalid_value', 'consent:invalid_value' ), $this->codes( $p ) );

		$p                       = hrc_test_report();
		$p['antiAbuse']['fillMs'] = 1.5;
		$this->assertSame( array( 'antiAbuse.fillMs:invalid_type' ), $this->codes( $p ) );
	}

	public function test_unknown_keys_are_refused_at_every_level(): void {
		$anonymous            = hrc_test_report();
		$anonymous['wish']    = 'register';
		$anonymous['contact'] = array(
			'kind'  => 'anonymous',
			'name'  => 'A. Person',
			'email' => 'person@example.org',
		);
		$this->assertSame( array( 'contact:unrecognized_keys' ), $this->codes( $anonymous ), 'an anonymous report carries no name' );
		$cases = array(
			'contact'   => array( 'address' => 'Dorpsstraat 1' ),
			'when'      => array( 'time' => '14:30' ),
			'antiAbuse' => array( 'ip' => '192.0.2.1' ),
		);
		foreach ( $cases as $field => $extra ) {
			$p           = hrc_test_report();
			$p[ $field ] = array_merge( $p[ $field ], $extra );
			$this->assertSame( array( $field . ':unrecognized_keys' ), $this->codes( $p ), $field );
		}
		$p             = hrc_test_report();
		$p['equality'] = array(
			'gender'   => 'woman',
			'religion' => 'none',
		);
		$this->assertSame( array( 'equality:unrecognized_keys' ), $this->codes( $p ) );
		$p['equality'] = array( 'gender' => 'woman' );
		$this->assertSame( array(), $this->codes( $p ) );
		$p         = hrc_test_report();
		$p['note'] = 'x';
		$this->assertSame( array( ':unrecognized_keys' ), $this->codes( $p ) );
	}

	public function test_refinements_use_the_hrc_codes(): void {
		$p                 = hrc_test_report();
		$p['when']['date'] = '2026-03-05';
		$this->assertSame( array( 'when.date:future' ), $this->codes( $p ) );
		$p['when']['date'] = '2026-03-04';
		$this->assertSame( array(), $this->codes( $p ), 'one day ahead is allowed (time zones)' );
		$p['when']['date'] = '2026-02-30';
		$this->assertSame( array( 'when.date:custom' ), $this->codes( $p ) );

		$p         = hrc_test_report();
		$p['when'] = array(
			'precision' => 'month',
			'month'     => 4,
			'year'      => 2026,
		);
		$this->assertSame( array( 'when.year:future' ), $this->codes( $p ) );

		$p                     = hrc_test_report();
		$p['contact']['email'] = '';
		$this->assertSame( array( 'contact.email:email-or-phone' ), $this->codes( $p ) );

		$p            = hrc_test_report();
		$p['grounds'] = array();
		$this->assertSame( array( 'grounds:ground-required' ), $this->codes( $p ) );
		$p['groundOther'] = '  ';
		$this->assertSame( array( 'grounds:ground-required' ), $this->codes( $p ), 'blank "other" does not count' );
		$p['groundUnknown'] = true;
		$this->assertSame( array(), $this->codes( $p ) );

		$p         = hrc_test_report();
		$p['role'] = 'organisation';
		$this->assertSame( array( 'organisation:organisation-required' ), $this->codes( $p ) );

		$p            = hrc_test_report();
		$p['contact'] = array( 'kind' => 'anonymous' );
		$this->assertSame( array( 'wish:wish-needs-contact' ), $this->codes( $p ) );

		$p            = hrc_test_report();
		$p['grounds'] = array( 'age', 'age' );
		$this->assertSame( array( 'grounds:custom' ), $this->codes( $p ) );
	}

	public function test_anti_abuse_and_storage(): void {
		$p = hrc_test_report();
		$this->assertFalse( HRC_Report_Rules::looks_automated( $p ) );
		$p['antiAbuse']['fillMs'] = 2999;
		$this->assertTrue( HRC_Report_Rules::looks_automated( $p ) );
		$p                          = hrc_test_report();
		$p['antiAbuse']['honeypot'] = 'http://spam.example';
		$this->assertTrue( HRC_Report_Rules::looks_automated( $p ) );
		$this->assertArrayNotHasKey( 'antiAbuse', HRC_Report_Rules::for_storage( $p ) );
		$this->assertSame( 'person@example.org', HRC_Report_Rules::contact_email( array( 'contact' => array( 'email' => ' Person@Example.org ' ) ) ) );
	}

	public function test_references_keys_and_content_types(): void {
		$seen = array();
		for ( $i = 0; $i < 200; $i++ ) {
			$ref = HRC_Report_Rules::new_reference();
			$this->assertMatchesRegularExpression( '/^HRC-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/', $ref );
			$seen[ $ref ] = true;
		}
		$this->assertCount( 200, $seen, 'references do not repeat' );
		$this->assertTrue( HRC_Report_Rules::is_uuid( '6F9619FF-8B86-4D11-B42D-00C04FC964FF' ) );
		$this->assertFalse( HRC_Report_Rules::is_uuid( '6F9619FF8B864D11B42D00C04FC964FF' ) );
		$this->assertFalse( HRC_Report_Rules::is_uuid( "6f9619ff-8b86-4d11-b42d-00c04fc964ff\n" ) );
		$this->assertTrue( HRC_Report_Rules::is_json_type( 'application/json; charset=utf-8' ) );
		$this->assertFalse( HRC_Report_Rules::is_json_type( 'text/plain' ) );
	}

	public function test_assessments_are_checked_against_their_schema(): void {
		$schema = HRC_Schema_Validator::load( HRC_TEST_SCHEMAS . 'assessment.schema.json' );
		$valid  = array(
			'kind'          => 'hrc-assessment',
			'schemaVersion' => $schema['properties']['schemaVersion']['const'],
			'city'          => 'Utrecht',
			'elements'      => array(
				'declaration' => array(
					'status'   => 'in-place',
					'evidence' => array(
						array(
							'label' => 'Declaration',
							'url'   => 'https://example.org/d',
						),
					),
				),
			),
		);
		$this->assertSame( array(), HRC_Schema_Validator::validate( $valid, $schema ) );
		$this->assertSame( array(), HRC_Schema_Validator::validate( array_merge( $valid, array( 'elements' => array() ) ), $schema ), 'no element assessed yet' );
		$bad                                           = $valid;
		$bad['kind']                                   = 'other';
		$bad['elements']['declaration']['status']      = 'done';
		$bad['elements']['declaration']['evidence'][0]['url'] = 'javascript:alert(1)';
		$bad['elements']['moon-base']                  = array( 'status' => 'planned' );
		$paths = array_map( static fn( $i ) => $i['path'] . ':' . $i['code'], HRC_Schema_Validator::validate( $bad, $schema ) );
		$this->assertSame( array( 'kind:invalid_value', 'elements.declaration.status:invalid_value', 'elements.declaration.evidence.0.url:invalid_format', 'elements.moon-base:invalid_key' ), $paths );
	}
}
