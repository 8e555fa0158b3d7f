<?php
/**
 * Follow-up's plain rules (HRC_Follow_Up): the verifier of a lookup token as the browser computes it
 * (the framework's known answers), resident keys that are points on P-256, sealed messages checked as
 * the receiver checks them (the conformance cases' real messages), and which reports await a reply.
 *
 * @package HrcWidgets
 */

use PHPUnit\Framework\TestCase;

/**
 * HRC_Follow_Up tests.
 */
final class FollowUpTest extends TestCase {

	private static function conformance( string $file ): array {
		$path = dirname( __DIR__, 3 ) . '/framework/conformance/follow-up/requests/' . $file;
		return json_decode( (string) file_get_contents( $path ), true );
	}

	public function test_the_verifier_is_the_sha256_of_the_lookup_tokens_bytes(): void {
		$kat = json_decode( (string) file_get_contents( dirname( __DIR__, 3 ) . '/framework/test/fixtures/follow-up-kat.json' ), true );
		$this->assertSame( $kat['verifier'], HRC_Follow_Up::verifier_of( $kat['lookup'] ) );
	}

	public function test_a_resident_key_must_be_a_point_on_p256(): void {
		$good = self::conformance( '01-reads-the-conversation-with-the-lookup-token.json' )['steps'][0]['request']['body']['followUp']['key'];
		$bad  = self::conformance( '05-refuses-a-resident-key-that-is-not-a-point.json' )['steps'][0]['request']['body']['followUp']['key'];
		$this->assertTrue( HRC_Follow_Up::is_resident_key( $good ) );
		$this->assertFalse( HRC_Follow_Up::is_resident_key( $bad ) );
		$this->assertFalse( HRC_Follow_Up::is_resident_key( 'C' . substr( $good, 1 ) ) );
		$this->assertFalse( HRC_Follow_Up::is_resident_key( substr( $good, 0, 86 ) ) );
		$this->assertFalse( openssl_error_string(), 'no OpenSSL error left behind' );
	}

	public function test_checks_sealed_messages_as_the_receiver_does(): void {
		$message = self::conformance( '02-adds-the-residents-message.json' )['steps'][1]['request']['body']['message'];
		$this->assertSame( array(), HRC_Follow_Up::check_message( $message, 'office' ) );
		$paths = static fn( $m, $to ) => array_column( HRC_Follow_Up::check_message( $m, $to ), 'path' );
		$this->assertContains( 'to', $paths( $message, 'resident' ) );
		$this->assertContains( 'ciphertext', $paths( array( 'ciphertext' => substr( $message['ciphertext'], 1 ) ) + $message, 'office' ) );
		$this->assertContains( 'kid', $paths( array( 'kid' => '../x' ) + $message, 'office' ) );
		$this->assertContains( 'text', $paths( $message + array( 'text' => 'readable' ), 'office' ) );
		$this->assertContains( 'text', $paths( array( 'text' => 'readable words' ), 'office' ) );
		$this->assertNotSame( array(), HRC_Follow_Up::check_message( 'sealed', 'office' ) );
		// A message to the resident carries the key id of the office key that sent it.
		$to_resident       = $message;
		$to_resident['to'] = 'resident';
		$this->assertSame( array(), HRC_Follow_Up::check_message( $to_resident, 'resident' ) );
		unset( $to_resident['kid'] );
		$this->assertSame( array( 'kid' ), $paths( $to_resident, 'resident' ) );
		// The office's copy: a message to the office with `copy: true`; only a copy may carry `copy`.
		$copy = $message + array( 'copy' => true );
		$this->assertSame( array(), HRC_Follow_Up::check_message( $copy, 'office', true ) );
		$this->assertSame( array( 'copy' ), $paths( $copy, 'office' ) );
		$this->assertSame( array( 'copy' ), array_column( HRC_Follow_Up::check_message( $message, 'office', true ), 'path' ) );
		$this->assertSame( array( 'copy' ), array_column( HRC_Follow_Up::check_message( array( 'copy' => 'yes' ) + $copy, 'office', true ), 'path' ) );
	}

	public function test_a_report_awaits_a_reply_until_the_office_wrote_last_or_closed_it(): void {
		$this->assertTrue( HRC_Follow_Up::awaits_reply( 'new', null ) );
		$this->assertTrue( HRC_Follow_Up::awaits_reply( 'in-progress', 'resident' ) );
		$this->assertFalse( HRC_Follow_Up::awaits_reply( 'in-progress', 'office' ) );
		$this->assertFalse( HRC_Follow_Up::awaits_reply( 'closed', 'resident' ) );
	}
}
