<?php
/**
 * The city's areas (districts, say): the list the report form asks from, that statistics count reports
 * by and publish as the area table (docs/statistics.md). Written in the settings as the receiver's
 * `--stats-area` takes them, one per line: `noord=Noord`. The rules are the form's and the receiver's:
 * an id is 1 to 64 lower-case letters, digits or "-", starting with a letter or digit, never
 * `unspecified`; a name is 1 to 100 characters; up to 100 areas, each id once.
 *
 * Plain PHP, unit-tested without WordPress.
 *
 * @package HrcWidgets
 */

/**
 * Parsing and checking the list of areas.
 */
final class HRC_Areas {

	/** An area id, as `@hrc/framework`'s AREA_ID. */
	public const ID = '/^(?!unspecified$)[a-z0-9][a-z0-9-]{0,63}$/';
	/** Most areas in a list (the form's limit). */
	public const MAX = 100;
	/** Longest name, in UTF-16 code units as the form counts them. */
	public const LABEL_MAX = 100;
	/** Longest text accepted at all: a hundred of the longest lines, with room for spaces. */
	private const TEXT_MAX = 50000;

	/**
	 * The areas written one per line as `id=Name` (blank lines skipped, spaces around both trimmed,
	 * runs of white space in a name made one space). Problems name the line they are on.
	 *
	 * @param string $text The text as typed.
	 * @return array{areas: array<int, array{id: string, label: string}>, problems: array<int, array{code: string, line: int, id: string}>}
	 */
	public static function parse( string $text ): array {
		$areas    = array();
		$problems = array();
		if ( strlen( $text ) > self::TEXT_MAX ) {
			return array(
				'areas'    => array(),
				'problems' => array( self::problem( 'too-many', 0 ) ),
			);
		}
		if ( ! preg_match( '//u', $text ) ) {
			return array(
				'areas'    => array(),
				'problems' => array( self::problem( 'text', 0 ) ),
			);
		}
		$seen = array();
		foreach ( preg_split( '/\r\n|\r|\n/', $text ) as $i => $line ) {
			$line = trim( (string) preg_replace( '/[\s\p{Cc}\p{Zs}]+/u', ' ', $line ) );
			if ( '' === $line ) {
				continue;
			}
			$at = strpos( $line, '=' );
			if ( false === $at ) {
				$problems[] = self::problem( 'format', $i + 1 );
				continue;
			}
			$id    = trim( substr( $line, 0, $at ) );
			$label = trim( substr( $line, $at + 1 ) );
			if ( ! preg_match( self::ID, $id ) ) {
				$problems[] = self::problem( 'id', $i + 1, $id );
			} elseif ( isset( $seen[ $id ] ) ) {
				$problems[] = self::problem( 'duplicate', $i + 1, $id );
			} elseif ( '' === $label || self::utf16_length( $label ) > self::LABEL_MAX ) {
				$problems[] = self::problem( 'label', $i + 1, $id );
			} else {
				$seen[ $id ] = true;
				$areas[]     = array(
					'id'    => $id,
					'label' => $label,
				);
			}
		}
		if ( count( $areas ) + count( $problems ) > self::MAX ) {
			$problems[] = self::problem( 'too-many', 0 );
		}
		return array(
			'areas'    => $problems ? array() : $areas,
			'problems' => $problems,
		);
	}

	/**
	 * The list as the settings field shows it: one `id=Name` per line.
	 *
	 * @param array $areas Areas.
	 */
	public static function text( array $areas ): string {
		return implode( "\n", array_map( static fn( $a ) => $a['id'] . '=' . $a['label'], $areas ) );
	}

	/**
	 * A stored list, kept only if it still follows the rules (an option edited by hand, say): else none.
	 *
	 * @param mixed $stored The stored value.
	 * @return array<int, array{id: string, label: string}>
	 */
	public static function checked( $stored ): array {
		if ( ! is_array( $stored ) ) {
			return array();
		}
		$text = self::text( array_filter( $stored, static fn( $a ) => is_array( $a ) && is_string( $a['id'] ?? null ) && is_string( $a['label'] ?? null ) && ! preg_match( '/[\r\n=]/', $a['id'] ) && ! preg_match( '/[\r\n]/', $a['label'] ) ) );
		$out  = self::parse( $text );
		return count( $out['areas'] ) === count( $stored ) ? $out['areas'] : array();
	}

	/**
	 * A string's length as JavaScript counts it (UTF-16 code units).
	 *
	 * @param string $text UTF-8 text.
	 */
	private static function utf16_length( string $text ): int {
		return (int) preg_match_all( '/./us', $text ) + (int) preg_match_all( '/[\x{10000}-\x{10FFFF}]/u', $text );
	}

	/**
	 * A problem with the list.
	 *
	 * @param string $code What.
	 * @param int    $line Where (1-based; 0 for the whole list).
	 * @param string $id   The id concerned, if any.
	 * @return array{code: string, line: int, id: string}
	 */
	private static function problem( string $code, int $line, string $id = '' ): array {
		return array(
			'code' => $code,
			'line' => $line,
			'id'   => $id,
		);
	}
}
