<?php
/**
 * Sealed reports at the REST route, in plain PHP: telling an envelope from a report, the envelope schema
 * (the conformance cases' real envelopes), the office keys setting, and the readable fields.
 *
 * @package HrcWidgets
 */

use PHPUnit\Framework\TestCase;

/**
 * HRC_Sealed tests.
 */
final class SealedTest extends TestCase {

	private static array $schema;
	private static array $envelope;
	private static array $keys;

	public static function setUpBeforeClass(): void {
		self::$schema = HRC_Schema_Validator::load( HRC_TEST_SCHEMAS . 'sealed-report.schema.json' );
		$conformance  = dirname( __DIR__, 3 ) . '/framework/conformance/';
		$case         = json_decode( (string) file_get_contents( $conformance . 'requests/05-accepts-a-sealed-report.json' ), true );
		self::$envelope = $case['steps'][0]['request']['body'];
		self::$keys     = json_decode( (string) file_get_contents( $conformance . 'sealed/office-keys.json' ), true )['keys'];
	}

	private function paths( array $envelope ): array {
		return array_column( HRC_Sealed::check( $envelope, self::$schema ), 'path' );
	}

	public function test_tells_an_envelope_from_a_report(): void {
		$this->assertTrue( HRC_Sealed::is_envelope( self::$envelope ) );
		$this->assertFalse( HRC_Sealed::is_envelope( hrc_test_report() ) );
		$this->assertFalse( HRC_Sealed::is_envelope( array( 'type', 'x' ) ) );
		$this->assertFalse( HRC_Sealed::is_envelope( 'hrc-sealed-report' ) );
		$this->assertTrue( HRC_Sealed::is_envelope( array( 'type' => 'something else' ) ) );
	}

	public function test_a_real_envelope_passes_and_broken_ones_fail_where_they_are_broken(): void {
		$this->assertSame( array(), $this->paths( self::$envelope ) );
		$e = self::$envelope;
		$this->assertContains( 'ciphertext', $this->paths( array( 'ciphertext' => substr( $e['ciphertext'], 0, 100 ) ) + $e ) );
		$this->assertContains( 'enc', $this->paths( array( 'enc' => substr( $e['enc'], 0, 86 ) . '=' ) + $e ) );
		$this->assertContains( 'kid', $this->paths( array( 'kid' => '../keys' ) + $e ) );
		$this->assertContains( 'schemaVersion', $this->paths( array( 'schemaVersion' => 2 ) + $e ) );
		$this->assertSame( array( '' ), $this->paths( $e + array( 'description' => 'readable' ) ) );
		$stats = array(
			'month'   => '2025-09',
			'domain'  => 'housing',
			'grounds' => array( 'age', 'age' ),
		);
		$this->assertSame( array( 'statistics.grounds' ), $this->paths( $e + array( 'statistics' => $stats ) ) );
		$stats['grounds'] = array( 'Samira' );
		$this->assertSame( array( 'statistics.grounds.0' ), $this->paths( $e + array( 'statistics' => $stats ) ) );
	}

	public function test_accepts_a_follow_up_registration_and_checks_its_shape(): void {
		$conformance = dirname( __DIR__, 3 ) . '/framework/conformance/';
		$case        = json_decode( (string) file_get_contents( $conformance . 'follow-up/requests/01-reads-the-conversation-with-the-lookup-token.json' ), true );
		$envelope    = $case['steps'][0]['request']['body'];
		$this->assertArrayHasKey( 'followUp', $envelope );
		$this->assertSame( array(), $this->paths( $envelope ) );
		$envelope['followUp']['verifier'] = 'short';
		$this->assertNotSame( array(), $this->paths( $envelope ) );
	}

	public function test_refuses_an_envelope_with_evidence_files_it_cannot_store(): void {
		$files = array( array( 'bytes' => 131153 ) );
		$this->assertSame( array( 'evidence' ), $this->paths( self::$envelope + array( 'evidence' => $files ) ) );
		// A list that is not even valid fails on the schema first.
		$this->assertContains( 'evidence.0.bytes', $this->paths( self::$envelope + array( 'evidence' => array( array( 'bytes' => 5 ) ) ) ) );
	}

	public function test_keeps_no_anti_abuse_signals(): void {
		$kept = HRC_Sealed::for_storage( self::$envelope );
		$this->assertArrayNotHasKey( 'antiAbuse', $kept );
		$this->assertSame( self::$envelope['ciphertext'], $kept['ciphertext'] );
	}

	public function test_reads_office_keys_as_a_jwk_a_list_or_a_set(): void {
		$this->assertSame( array( 'keys' => array(), 'error' => '' ), HRC_Sealed::parse_keys( '  ' ) );
		$this->assertSame( self::$keys, HRC_Sealed::parse_keys( (string) json_encode( array( 'keys' => self::$keys ) ) )['keys'] );
		$this->assertSame( self::$keys, HRC_Sealed::parse_keys( (string) json_encode( self::$keys ) )['keys'] );
		$this->assertSame( array( self::$keys[0] ), HRC_Sealed::parse_keys( (string) json_encode( self::$keys[0] + array( 'use' => 'enc' ) ) )['keys'] );
	}

	public function test_refuses_private_keys_key_files_and_broken_keys(): void {
		$key   = self::$keys[0];
		$cases = array(
			'json'      => '{"kty":',
			'private'   => json_encode( $key + array( 'd' => str_repeat( 'A', 43 ) ) ),
			'key-file'  => json_encode(
				array(
					'type'      => 'hrc-office-key',
					'kid'       => 'x',
					'publicKey' => $key,
				)
			),
			'kid'       => json_encode( array( 'kid' => '../x' ) + $key ),
			'not-p256'  => json_encode( array( 'crv' => 'P-384' ) + $key ),
			'duplicate' => json_encode( array( $key, $key ) ),
		);
		foreach ( $cases as $error => $text ) {
			$this->assertSame( array( 'keys' => array(), 'error' => $error ), HRC_Sealed::parse_keys( (string) $text ), $error );
		}
		// A coordinate that is not 32 bytes.
		$this->assertSame( 'not-p256', HRC_Sealed::parse_keys( (string) json_encode( array( 'x' => 'AAAA' ) + $key ) )['error'] );
	}

	public function test_gives_the_readable_statistics_in_the_shape_of_a_report(): void {
		$this->assertSame( array(), HRC_Sealed::readable( self::$envelope ) );
		$envelope = self::$envelope + array(
			'statistics' => array(
				'month'   => '2025-09',
				'domain'  => 'work',
				'grounds' => array( 'age', 'other', 'unknown' ),
				'wish'    => 'register',
			),
		);
		$this->assertSame(
			array(
				'when'          => array(
					'precision' => 'month',
					'year'      => 2025,
					'month'     => 9,
				),
				'domain'        => 'work',
				'grounds'       => array( 'age' ),
				'groundUnknown' => true,
				'wish'          => 'register',
			),
			HRC_Sealed::readable( $envelope )
		);
	}
}
