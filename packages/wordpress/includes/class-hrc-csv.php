<?php
/**
 * CSV for spreadsheets. A cell that starts with = + - @ (or a tab or carriage return) would run as a
 * formula in Excel or LibreOffice, and report text comes from the public: such cells get a leading
 * apostrophe, which spreadsheets show as text. Every cell is quoted, so a spreadsheet that splits on
 * another character (Dutch Excel splits on ;) cannot cut a cell open at `x;=2+5` either.
 *
 * The report export's columns, their order and how each value is spelled come from @hrc/framework
 * (data/report-csv.json, written by its build), the same definition @hrc/receiver exports with.
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
	 * One CSV line (RFC 4180: comma, every cell quoted, quotes doubled, CRLF).
	 *
	 * @param array $cells Cells.
	 */
	public static function line( array $cells ): string {
		$out = array();
		foreach ( $cells as $cell ) {
			$out[] = '"' . str_replace( '"', '""', self::neutralise( $cell ) ) . '"';
		}
		return implode( ',', $out ) . "\r\n";
	}

	/**
	 * The report CSV definition (columns, list separator) as @hrc/framework writes it.
	 *
	 * @param string $file Path of report-csv.json.
	 * @return array{listSeparator: string, columns: array<int, array{name: string, path: string, format: string}>}
	 * @throws RuntimeException When the file is missing or not the definition.
	 */
	public static function load_definition( string $file ): array {
		$text = is_readable( $file ) ? file_get_contents( $file ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions
		$data = false === $text ? null : json_decode( $text, true );
		if ( ! is_array( $data ) || ! isset( $data['columns'], $data['listSeparator'] ) ) {
			throw new RuntimeException( esc_html( 'Report CSV definition not readable: ' . $file ) );
		}
		return $data;
	}

	/**
	 * The heading line of the report CSV.
	 *
	 * @param array $definition Report CSV definition.
	 */
	public static function report_header( array $definition ): string {
		return self::line( array_column( $definition['columns'], 'name' ) );
	}

	/**
	 * One stored report as a line of the report CSV.
	 *
	 * @param array $definition Report CSV definition.
	 * @param array $record     `reference`, `receivedAt` (ISO 8601), `status` and the stored `payload`.
	 */
	public static function report_line( array $definition, array $record ): string {
		$cells = array();
		foreach ( $definition['columns'] as $column ) {
			$value = $record;
			foreach ( explode( '.', $column['path'] ) as $key ) {
				$value = is_array( $value ) && array_key_exists( $key, $value ) ? $value[ $key ] : null;
			}
			$cells[] = self::spell( $value, $column['format'], $definition['listSeparator'] );
		}
		return self::line( $cells );
	}

	/**
	 * A value spelled as its column's format says (the rules of REPORT_CSV_FORMATS in @hrc/framework).
	 *
	 * @param mixed  $value     Value, null when missing.
	 * @param string $format    text, boolean, list, when or datetime.
	 * @param string $separator Between the items of a list.
	 *
	 * @SuppressWarnings(PHPMD.CyclomaticComplexity) One branch per format of REPORT_CSV_FORMATS.
	 */
	public static function spell( $value, string $format, string $separator ): string {
		if ( null === $value ) {
			return '';
		}
		switch ( $format ) {
			case 'boolean':
				return true === $value ? 'true' : ( false === $value ? 'false' : '' );
			case 'list':
				return is_array( $value ) ? implode( $separator, array_map( 'strval', $value ) ) : (string) $value;
			case 'when':
				if ( 'day' === ( $value['precision'] ?? '' ) ) {
					return (string) ( $value['date'] ?? '' );
				}
				if ( 'month' === ( $value['precision'] ?? '' ) ) {
					return sprintf( '%04d-%02d', (int) ( $value['year'] ?? 0 ), (int) ( $value['month'] ?? 0 ) );
				}
				return '';
			case 'datetime':
				$time = is_string( $value ) ? strtotime( $value ) : false;
				return false === $time ? (string) $value : gmdate( 'Y-m-d\TH:i:s\Z', $time );
		}
		return is_array( $value ) ? '' : ( is_bool( $value ) ? ( $value ? 'true' : 'false' ) : (string) $value );
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
