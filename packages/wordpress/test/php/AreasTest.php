<?php
/**
 * The city's areas as the settings take them (HRC_Areas): `id=Name` per line, with the form's and the
 * receiver's rules, every problem named with its line, nothing half-saved.
 *
 * @package HrcWidgets
 */

use PHPUnit\Framework\TestCase;

/**
 * HRC_Areas tests.
 */
final class AreasTest extends TestCase {

	private static function codes( string $text ): array {
		return array_map( static fn( $p ) => "{$p['line']} {$p['code']} {$p['id']}", HRC_Areas::parse( $text )['problems'] );
	}

	public function test_one_area_per_line_as_the_receiver_takes_them(): void {
		$parsed = HRC_Areas::parse( "centrum=Centrum\r\n\n  noord = Noord  \nzuid-oost=Zuid   Oost\twijk\nwest=Zeeland = West\n" );
		$this->assertSame( array(), $parsed['problems'] );
		$this->assertSame(
			array(
				array(
					'id'    => 'centrum',
					'label' => 'Centrum',
				),
				array(
					'id'    => 'noord',
					'label' => 'Noord',
				),
				array(
					'id'    => 'zuid-oost',
					'label' => 'Zuid Oost wijk',
				),
				array(
					'id'    => 'west',
					'label' => 'Zeeland = West',
				),
			),
			$parsed['areas']
		);
		$this->assertSame( "centrum=Centrum\nnoord=Noord\nzuid-oost=Zuid Oost wijk\nwest=Zeeland = West", HRC_Areas::text( $parsed['areas'] ) );
		$this->assertSame( $parsed, HRC_Areas::parse( HRC_Areas::text( $parsed['areas'] ) ), 'the text the field shows reads back the same' );
		$this->assertSame( array(), HRC_Areas::parse( " \n\n" )['areas'], 'empty: no areas' );
		$this->assertSame( array(), HRC_Areas::parse( " \n\n" )['problems'] );
	}

	public function test_each_wrong_line_is_named_and_nothing_is_taken(): void {
		$this->assertSame(
			array(
				'2 format ',
				'3 id Noord',
				'4 id unspecified',
				'5 id -oost',
				'6 label west',
				'7 duplicate centrum',
				'8 id ',
				'9 id noord zuid',
			),
			self::codes( "centrum=Centrum\nCentrum\nNoord=Noord\nunspecified=Elders\n-oost=Oost\nwest=\ncentrum=Stad\n=Zonder id\nnoord zuid=Twee" )
		);
		$this->assertSame( array(), HRC_Areas::parse( "centrum=Centrum\nCentrum" )['areas'], 'a list with a problem is not taken in part' );
	}

	public function test_bounded_count_and_lengths(): void {
		$this->assertSame( array(), self::codes( str_repeat( 'a', 64 ) . '=' . str_repeat( 'é', 100 ) ) );
		$this->assertSame( array( '1 id ' . str_repeat( 'a', 65 ) ), self::codes( str_repeat( 'a', 65 ) . '=A' ) );
		$this->assertSame( array( '1 label a' ), self::codes( 'a=' . str_repeat( 'é', 101 ) ) );
		// A character outside the BMP is two code units for the form, as for JavaScript.
		$this->assertSame( array(), self::codes( 'a=' . str_repeat( '😀', 50 ) ) );
		$this->assertSame( array( '1 label a' ), self::codes( 'a=' . str_repeat( '😀', 50 ) . 'x' ) );
		$hundred = implode( "\n", array_map( static fn( $i ) => "wijk-$i=Wijk $i", range( 1, 100 ) ) );
		$this->assertCount( 100, HRC_Areas::parse( $hundred )['areas'] );
		$this->assertSame( array( '0 too-many ' ), self::codes( $hundred . "\nwijk-101=Wijk 101" ) );
		$this->assertSame( array( '0 too-many ' ), self::codes( str_repeat( 'x', 50001 ) ) );
		$this->assertSame( array( '0 text ' ), self::codes( "noord=No\xC3\x28rd" ), 'not UTF-8' );
	}

	public function test_control_characters_are_not_kept_in_names(): void {
		$this->assertSame( 'Noord Oost', HRC_Areas::parse( "noord=Noord\x00\x07Oost" )['areas'][0]['label'] );
	}

	public function test_a_stored_list_is_used_only_while_it_follows_the_rules(): void {
		$good = array(
			array(
				'id'    => 'noord',
				'label' => 'Noord',
			),
		);
		$this->assertSame( $good, HRC_Areas::checked( $good ) );
		$this->assertSame( array(), HRC_Areas::checked( '' ) );
		$this->assertSame( array(), HRC_Areas::checked( array( array( 'id' => 'Noord', 'label' => 'Noord' ) ) ) );
		$this->assertSame( array(), HRC_Areas::checked( array( array( 'id' => "noord=x\nzuid", 'label' => 'Noord' ) ) ) );
		$this->assertSame( array(), HRC_Areas::checked( array( array( 'id' => 'noord' ) ) ) );
	}
}
