<?php
/**
 * CSV for spreadsheets. A cell that starts with = + - @ (or a tab or carriage return) would run as a
 * formula in Excel or LibreOffice, and report text comes from the public: such cells get a leading
 * apostrophe, which spreadsheets show as text.
 *
 * Plain PHP, no WordPress: unit-tested on its own.
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || defined( 'HRC_WIDGETS_TESTING' ) || exit;

/**
 * CSV writing with formula neutralisation.
 */
final class HRC_Csv {

	/**
	 * A cell's text, safe from formula evaluation.
	 *
	 * @param mixed $value Cell value.
	 */
	public static function neutralise( $value ): string {
		if ( is_bool( $value ) ) {
			return $value ? 'yes' : 'no';
		}
		if ( is_array( $value ) ) {
			$value = implode( ', ', array_map( 'strval', $value ) );
		}
		$text = (string) $value;
		if ( '' !== $text && false !== strpos( "=+-@\t\r", $text[0] ) ) {
			return "'" . $text;
		}
		return $text;
	}

	/**
	 * One CSV line (RFC 4180: comma, quotes doubled, CRLF).
	 *
	 * @param array $cells Cells.
	 */
	public static function line( array $cells ): string {
		$out = array();
		foreach ( $cells as $cell ) {
			$text  = self::neutralise( $cell );
			$out[] = preg_match( '/[",\r\n]/', $text ) ? '"' . str_replace( '"', '""', $text ) . '"' : $text;
		}
		return implode( ',', $out ) . "\r\n";
	}

	/**
	 * The export columns of a stored report (flattened payload).
	 *
	 * @param array  $payload   Stored payload.
	 * @param string $reference Reference.
	 * @param string $received  Received time (ISO 8601).
	 * @param string $status    Status.
	 * @return array<string, mixed> Column => value.
	 */
	public static function report_row( array $payload, string $reference, string $received, string $status ): array {
		$when    = $payload['when'] ?? array();
		$contact = $payload['contact'] ?? array();
		return array(
			'reference'    => $reference,
			'received'     => $received,
			'status'       => $status,
			'locale'       => $payload['locale'] ?? '',
			'when'         => 'day' === ( $when['precision'] ?? '' ) ? ( $when['date'] ?? '' ) : sprintf( '%04d-%02d', (int) ( $when['year'] ?? 0 ), (int) ( $when['month'] ?? 0 ) ),
			'place'        => $payload['place'] ?? '',
			'domain'       => $payload['domain'] ?? '',
			'grounds'      => $payload['grounds'] ?? array(),
			'groundUnknown' => ! empty( $payload['groundUnknown'] ),
			'groundOther'  => $payload['groundOther'] ?? '',
			'role'         => $payload['role'] ?? '',
			'organisation' => $payload['organisation'] ?? '',
			'wish'         => $payload['wish'] ?? '',
			'contact'      => $contact['kind'] ?? '',
			'name'         => $contact['name'] ?? '',
			'email'        => $contact['email'] ?? '',
			'phone'        => $contact['phone'] ?? '',
			'language'     => $contact['language'] ?? '',
			'gender'       => $payload['equality']['gender'] ?? '',
			'ageGroup'     => $payload['equality']['ageGroup'] ?? '',
			'migrationBackground' => $payload['equality']['migrationBackground'] ?? '',
			'disability'   => $payload['equality']['disability'] ?? '',
			'description'  => $payload['description'] ?? '',
		);
	}
}
