<?php
/**
 * Sealed reports (docs/sealed-reports.md) at the REST route: telling an envelope from a plain report,
 * checking it against the envelope schema (copied from @hrc/framework at build time), the office's
 * public keys from the settings, and what is kept of an envelope. WordPress never holds a private key
 * and never opens a report: that happens in the office's browser (the "Open sealed reports" screen).
 *
 * Plain PHP, no WordPress: unit-tested on its own.
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || defined( 'HRC_WIDGETS_TESTING' ) || exit;

/**
 * Sealed report rules shared by the REST route, the settings, the admin and the tests.
 */
final class HRC_Sealed {

	public const TYPE = 'hrc-sealed-report';

	/**
	 * Largest sealed body in bytes: room for the largest padding bucket (87,403 characters of
	 * ciphertext, for a report that fills the 64 KiB a plain report may have). Plain reports stay
	 * held to HRC_Report_Rules::MAX_BODY_BYTES.
	 */
	public const MAX_BODY_BYTES = 98304;

	/** A key id: letters, digits, dot, underscore, hyphen; 1 to 64, starting with a letter or digit. */
	public const KEY_ID = '/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/D';

	/**
	 * Whether a decoded body is an envelope: an object with a `type` member. Anything else is a plain
	 * report (whose strict schema has no `type`).
	 *
	 * @param mixed $payload Decoded body.
	 */
	public static function is_envelope( $payload ): bool {
		return is_array( $payload ) && ! array_is_list( $payload ) && array_key_exists( 'type', $payload );
	}

	/**
	 * Whether a stored payload is an envelope.
	 *
	 * @param array $payload Stored payload.
	 */
	public static function is_stored_envelope( array $payload ): bool {
		return self::TYPE === ( $payload['type'] ?? null );
	}

	/**
	 * Checks an envelope: the JSON Schema, and grounds listed once. Returns the issues (path, code).
	 *
	 * @param array $envelope Decoded envelope.
	 * @param array $schema   sealed-report.schema.json.
	 * @return array<int, array{path: string, code: string}>
	 */
	public static function check( array $envelope, array $schema ): array {
		$issues = array_map(
			static fn( $i ) => array(
				'path' => $i['path'],
				'code' => $i['code'],
			),
			HRC_Schema_Validator::validate( $envelope, $schema )
		);
		$grounds = $envelope['statistics']['grounds'] ?? array();
		if ( ! $issues && is_array( $grounds ) && count( array_unique( $grounds ) ) !== count( $grounds ) ) {
			$issues[] = array(
				'path' => 'statistics.grounds',
				'code' => 'custom',
			);
		}
		// Evidence files (sealed with the report, sent as multipart) are not stored by this plugin yet: an
		// envelope that lists files is refused rather than stored without them.
		if ( ! $issues && array_key_exists( 'evidence', $envelope ) ) {
			$issues[] = array(
				'path' => 'evidence',
				'code' => 'unsupported',
			);
		}
		return $issues;
	}

	/**
	 * The office's public keys from the setting's text: a JWK, a list of JWKs or a JWK Set, in JSON.
	 * Each must be a P-256 public key with a `kid`; key ids must differ. A private key, or an office key
	 * file (the private key, encrypted), is refused: it must never be given to the site.
	 *
	 * @param string $text Setting text (may be empty).
	 * @return array{keys: array<int, array>, error: string} `error` is '' or a short English code:
	 *               json, key-file, private, kid, not-p256, duplicate.
	 */
	public static function parse_keys( string $text ): array {
		$text = trim( $text );
		if ( '' === $text ) {
			return array(
				'keys'  => array(),
				'error' => '',
			);
		}
		$value = json_decode( $text, true );
		if ( ! is_array( $value ) ) {
			return self::key_error( 'json' );
		}
		if ( isset( $value['keys'] ) && is_array( $value['keys'] ) ) {
			$value = $value['keys'];
		} elseif ( ! array_is_list( $value ) ) {
			$value = array( $value );
		}
		$keys = array();
		foreach ( $value as $jwk ) {
			$error = self::jwk_error( $jwk );
			if ( '' === $error && isset( $keys[ $jwk['kid'] ] ) ) {
				$error = 'duplicate';
			}
			if ( '' !== $error ) {
				return self::key_error( $error );
			}
			$keys[ $jwk['kid'] ] = array(
				'kty' => 'EC',
				'crv' => 'P-256',
				'x'   => $jwk['x'],
				'y'   => $jwk['y'],
				'kid' => $jwk['kid'],
			);
		}
		return array(
			'keys'  => array_values( $keys ),
			'error' => '',
		);
	}

	/**
	 * What is wrong with one office public key, as parse_keys() names it, or '' when it is a P-256
	 * public key with a valid key id.
	 *
	 * @param mixed $jwk One entry of the setting.
	 */
	private static function jwk_error( $jwk ): string {
		if ( ! is_array( $jwk ) ) {
			return 'not-p256';
		}
		if ( 'hrc-office-key' === ( $jwk['type'] ?? null ) ) {
			return 'key-file';
		}
		if ( array_key_exists( 'd', $jwk ) ) {
			return 'private';
		}
		$kid = $jwk['kid'] ?? null;
		if ( ! is_string( $kid ) || 1 !== preg_match( self::KEY_ID, $kid ) ) {
			return 'kid';
		}
		$p256 = 'EC' === ( $jwk['kty'] ?? null ) && 'P-256' === ( $jwk['crv'] ?? null );
		return $p256 && self::coordinate( $jwk['x'] ?? null ) && self::coordinate( $jwk['y'] ?? null ) ? '' : 'not-p256';
	}

	/**
	 * A P-256 coordinate in base64url: 32 bytes, 43 characters. (Whether the point is on the curve, the
	 * browser checks when the form imports the key.)
	 *
	 * @param mixed $value Value.
	 */
	private static function coordinate( $value ): bool {
		return is_string( $value ) && 1 === preg_match( '/^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/D', $value );
	}

	/**
	 * A refusal of the keys setting.
	 *
	 * @param string $code Code.
	 */
	private static function key_error( string $code ): array {
		return array(
			'keys'  => array(),
			'error' => $code,
		);
	}

	/**
	 * What is kept of an envelope: all but its anti-abuse signals, which are never stored.
	 *
	 * @param array $envelope Checked envelope.
	 */
	public static function for_storage( array $envelope ): array {
		unset( $envelope['antiAbuse'] );
		return $envelope;
	}

	/**
	 * The readable statistics of an envelope in the shape of a plain report's payload (month, area of
	 * life, grounds, role, wish), for the columns and exports that cannot open it. Empty when the
	 * resident did not agree to statistics.
	 *
	 * @param array $envelope Stored envelope.
	 */
	public static function readable( array $envelope ): array {
		$s = $envelope['statistics'] ?? null;
		if ( ! is_array( $s ) ) {
			return array();
		}
		list( $year, $month ) = array_map( 'intval', explode( '-', (string) ( $s['month'] ?? '0-0' ) ) + array( 0, 0 ) );
		$grounds              = array_map( 'strval', (array) ( $s['grounds'] ?? array() ) );
		$out                  = array(
			'when'          => array(
				'precision' => 'month',
				'year'      => $year,
				'month'     => $month,
			),
			'domain'        => (string) ( $s['domain'] ?? '' ),
			'grounds'       => array_values( array_diff( $grounds, array( 'other', 'unknown' ) ) ),
			'groundUnknown' => in_array( 'unknown', $grounds, true ),
		);
		foreach ( array( 'role', 'wish' ) as $field ) {
			if ( isset( $s[ $field ] ) ) {
				$out[ $field ] = (string) $s[ $field ];
			}
		}
		return $out;
	}
}
