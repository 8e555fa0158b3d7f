<?php
/**
 * The rules of a report beyond its JSON Schema: trimming, the refinements of the zod schema (each with
 * the `params.hrc` code the form understands), the anti-abuse decision, what is stored, and the
 * fingerprint that tells a replay from a reused idempotency key.
 *
 * Plain PHP, no WordPress: unit-tested on its own.
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || defined( 'HRC_WIDGETS_TESTING' ) || exit;

/**
 * Report rules shared by the REST route and the tests.
 */
final class HRC_Report_Rules {

	/** Faster than a person can fill in the form: treated as automated (contract: < 3000 ms). */
	public const MIN_FILL_MS = 3000;

	/** One day in seconds (WordPress's DAY_IN_SECONDS is not loaded in the unit tests). */
	private const DAY = 86400;

	/** Largest accepted body in bytes (REPORT_LIMITS.bodyBytes). */
	public const MAX_BODY_BYTES = 65536;

	/** Fields zod trims before checking them. */
	private const TRIMMED = array( 'description', 'place', 'groundOther', 'organisation' );

	/** Characters of a reference: no 0/O, 1/I/L or U, so it can be read out over the phone. */
	private const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

	/**
	 * Trims the free-text fields the way the zod schema does before it checks their length.
	 *
	 * @param array $payload Decoded payload.
	 */
	public static function normalise( array $payload ): array {
		foreach ( self::TRIMMED as $field ) {
			if ( isset( $payload[ $field ] ) && is_string( $payload[ $field ] ) ) {
				$payload[ $field ] = trim( $payload[ $field ] );
			}
		}
		foreach ( array( 'name', 'language' ) as $field ) {
			if ( isset( $payload['contact'][ $field ] ) && is_string( $payload['contact'][ $field ] ) ) {
				$payload['contact'][ $field ] = trim( $payload['contact'][ $field ] );
			}
		}
		return $payload;
	}

	/**
	 * The refinements, run on a payload that passed the JSON Schema.
	 *
	 * @param array $p   Normalised payload.
	 * @param int   $now Unix time (for "in the future").
	 * @return array<int, array{path: string, code: string, message: string}>
	 *
	 * @SuppressWarnings(PHPMD.CyclomaticComplexity) One condition per rule of the report schema's refinements,
	 * @SuppressWarnings(PHPMD.NPathComplexity)   in zod's order, so the codes come out the same.
	 */
	public static function refine( array $p, int $now ): array {
		$issues = array();
		$latest = gmdate( 'Y-m-d', $now + self::DAY );
		$when   = $p['when'] ?? array();
		if ( 'day' === ( $when['precision'] ?? '' ) ) {
			$date  = (string) $when['date'];
			$parts = array_map( 'intval', explode( '-', $date ) );
			if ( 3 !== count( $parts ) || ! checkdate( $parts[1], $parts[2], $parts[0] ) ) {
				$issues[] = self::issue( 'when.date', 'custom', 'invalid date' );
			} elseif ( $date > $latest ) {
				$issues[] = self::issue( 'when.date', 'future', 'in the future' );
			}
		} elseif ( 'month' === ( $when['precision'] ?? '' ) ) {
			$month = sprintf( '%04d-%02d', (int) $when['year'], (int) $when['month'] );
			if ( $month > substr( $latest, 0, 7 ) ) {
				$issues[] = self::issue( 'when.year', 'future', 'in the future' );
			}
		}
		$contact = $p['contact'] ?? array();
		if ( 'contact' === ( $contact['kind'] ?? '' ) && '' === (string) ( $contact['email'] ?? '' ) && '' === (string) ( $contact['phone'] ?? '' ) ) {
			$issues[] = self::issue( 'contact.email', 'email-or-phone', 'e-mail or phone needed' );
		}
		$grounds = $p['grounds'] ?? array();
		if ( count( array_unique( $grounds ) ) !== count( $grounds ) ) {
			$issues[] = self::issue( 'grounds', 'custom', 'duplicate ground' );
		}
		if ( ! $grounds && empty( $p['groundUnknown'] ) && '' === (string) ( $p['groundOther'] ?? '' ) ) {
			$issues[] = self::issue( 'grounds', 'ground-required', 'choose at least one ground' );
		}
		if ( 'organisation' === ( $p['role'] ?? '' ) && '' === (string) ( $p['organisation'] ?? '' ) ) {
			$issues[] = self::issue( 'organisation', 'organisation-required', 'organisation name needed' );
		}
		if ( 'register' !== ( $p['wish'] ?? 'register' ) && 'contact' !== ( $contact['kind'] ?? '' ) ) {
			$issues[] = self::issue( 'wish', 'wish-needs-contact', 'advice or help needs a way to reach you' );
		}
		return $issues;
	}

	/**
	 * Whether the anti-abuse signals say a machine sent it: honeypot filled, or sent too fast.
	 *
	 * @param array $payload Payload that passed validation.
	 */
	public static function looks_automated( array $payload ): bool {
		$signals = $payload['antiAbuse'] ?? array();
		return '' !== trim( (string) ( $signals['honeypot'] ?? '' ) ) || (int) ( $signals['fillMs'] ?? 0 ) < self::MIN_FILL_MS;
	}

	/**
	 * What is kept: the payload minus the anti-abuse signals.
	 *
	 * @param array $payload Payload.
	 */
	public static function for_storage( array $payload ): array {
		unset( $payload['antiAbuse'] );
		return $payload;
	}

	/**
	 * The fingerprint of a report for idempotency: its stored content in a canonical form (keys sorted),
	 * so a retry of the same report matches even if a client orders keys differently.
	 *
	 * @param array $payload Payload.
	 */
	public static function fingerprint( array $payload ): string {
		return hash( 'sha256', (string) json_encode( self::canonical( self::for_storage( $payload ) ), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ) );
	}

	/**
	 * Sorts object keys recursively.
	 *
	 * @param mixed $value Value.
	 * @return mixed
	 */
	private static function canonical( $value ) {
		if ( ! is_array( $value ) ) {
			return $value;
		}
		if ( ! array_is_list( $value ) ) {
			ksort( $value, SORT_STRING );
		}
		return array_map( array( self::class, 'canonical' ), $value );
	}

	/**
	 * A new reference such as HRC-7K3M-Q9PX: random, not sequential, 30^8 possibilities.
	 */
	public static function new_reference(): string {
		$chars = '';
		$max   = strlen( self::REFERENCE_ALPHABET ) - 1;
		for ( $i = 0; $i < 8; $i++ ) {
			$chars .= self::REFERENCE_ALPHABET[ random_int( 0, $max ) ];
		}
		return 'HRC-' . substr( $chars, 0, 4 ) . '-' . substr( $chars, 4 );
	}

	/**
	 * Whether a string is a UUID (any version), as the Idempotency-Key must be.
	 *
	 * @param string $key Header value.
	 */
	public static function is_uuid( string $key ): bool {
		return 1 === preg_match( '/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/Di', $key );
	}

	/**
	 * Whether a Content-Type header names JSON.
	 *
	 * @param string $content_type Header value.
	 */
	public static function is_json_type( string $content_type ): bool {
		return 'application/json' === strtolower( trim( explode( ';', $content_type )[0] ) );
	}

	/**
	 * The e-mail address a report gives, lower-cased, for the personal-data exporter and eraser.
	 *
	 * @param array $payload Payload.
	 */
	public static function contact_email( array $payload ): string {
		$email = $payload['contact']['email'] ?? '';
		return is_string( $email ) ? strtolower( trim( $email ) ) : '';
	}

	/**
	 * One issue.
	 *
	 * @param string $path    Dot path.
	 * @param string $code    Code.
	 * @param string $message English message.
	 */
	private static function issue( string $path, string $code, string $message ): array {
		return array(
			'path'    => $path,
			'code'    => $code,
			'message' => $message,
		);
	}
}
