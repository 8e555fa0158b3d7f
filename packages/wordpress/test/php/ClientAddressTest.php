<?php
/**
 * The address the rate limit counts against, behind trusted proxies or not.
 *
 * @package HrcWidgets
 */

use PHPUnit\Framework\TestCase;

/**
 * HRC_Client_Address.
 */
final class ClientAddressTest extends TestCase {

	public function test_without_trusted_proxies_the_header_is_ignored(): void {
		$this->assertSame( '203.0.113.9', HRC_Client_Address::resolve( '203.0.113.9', '198.51.100.1', array() ) );
	}

	public function test_a_peer_that_is_not_a_trusted_proxy_cannot_choose_its_address(): void {
		$this->assertSame( '203.0.113.9', HRC_Client_Address::resolve( '203.0.113.9', '198.51.100.1', array( '10.0.0.1' ) ) );
	}

	public function test_behind_a_trusted_proxy_the_address_it_saw_counts(): void {
		$this->assertSame( '198.51.100.7', HRC_Client_Address::resolve( '10.0.0.1', '198.51.100.7', array( '10.0.0.1' ) ) );
		// What the client put in front of the header itself is not believed.
		$this->assertSame( '198.51.100.7', HRC_Client_Address::resolve( '10.0.0.1', '1.2.3.4, 198.51.100.7', array( '10.0.0.1' ) ) );
	}

	public function test_a_chain_of_trusted_proxies_and_ranges_is_walked_from_the_right(): void {
		$trusted = array( '10.0.0.0/8', '2001:db8::/32' );
		$this->assertSame( '198.51.100.7', HRC_Client_Address::resolve( '10.1.2.3', '6.6.6.6, 198.51.100.7, 10.9.9.9', $trusted ) );
		$this->assertSame( '2001:db9::5', HRC_Client_Address::resolve( '2001:db8::1', '2001:db9::5, 2001:db8:ffff::2', $trusted ) );
	}

	public function test_ports_are_dropped_and_garbage_falls_back_to_the_peer(): void {
		$this->assertSame( '198.51.100.7', HRC_Client_Address::resolve( '10.0.0.1', '198.51.100.7:51234', array( '10.0.0.1' ) ) );
		$this->assertSame( '2001:db9::5', HRC_Client_Address::resolve( '10.0.0.1', '[2001:db9::5]:443', array( '10.0.0.1' ) ) );
		$this->assertSame( '10.0.0.1', HRC_Client_Address::resolve( '10.0.0.1', 'unknown', array( '10.0.0.1' ) ) );
		$this->assertSame( '10.0.0.1', HRC_Client_Address::resolve( '10.0.0.1', '10.0.0.1', array( '10.0.0.1' ) ) );
		$this->assertSame( '10.0.0.1', HRC_Client_Address::resolve( '10.0.0.1', '', array( '10.0.0.1' ) ) );
	}

	public function test_ranges_match_on_their_prefix_only(): void {
		$this->assertTrue( HRC_Client_Address::in_ranges( '192.168.1.77', array( '192.168.1.64/26' ) ) );
		$this->assertFalse( HRC_Client_Address::in_ranges( '192.168.1.130', array( '192.168.1.64/26' ) ) );
		$this->assertTrue( HRC_Client_Address::in_ranges( '10.20.30.40', array( '0.0.0.0/0' ) ) );
		$this->assertTrue( HRC_Client_Address::in_ranges( '::ffff:10.0.0.1', array( '10.0.0.0/8' ) ), 'an IPv4-mapped address is its IPv4 address' );
		$this->assertFalse( HRC_Client_Address::in_ranges( '2001:db8::1', array( '10.0.0.0/8' ) ) );
		$this->assertFalse( HRC_Client_Address::in_ranges( 'not-an-ip', array( '0.0.0.0/0' ) ) );
	}

	public function test_the_setting_is_parsed_into_valid_and_invalid_entries(): void {
		$this->assertSame(
			array(
				'valid'   => array( '10.0.0.1', '172.16.0.0/12', '2001:db8::/32' ),
				'invalid' => array( 'proxy.example', '10.0.0.0/33' ),
			),
			HRC_Client_Address::parse_list( "10.0.0.1, 172.16.0.0/12\nproxy.example 2001:db8::/32\n10.0.0.0/33 10.0.0.1" )
		);
		$this->assertSame(
			array(
				'valid'   => array(),
				'invalid' => array(),
			),
			HRC_Client_Address::parse_list( "  \n " )
		);
	}
}
