<?php
/**
 * The idempotency decision of the report contract, apart from storage: given what is known about a key,
 * what to answer. The store (HRC_Reports_Store) claims keys with a unique index, so two requests with
 * one key can never both store a report.
 *
 * Plain PHP, no WordPress: unit-tested on its own.
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || defined( 'HRC_WIDGETS_TESTING' ) || exit;

/**
 * Idempotency decisions.
 */
final class HRC_Idempotency {

	/** How long keys are kept (the contract asks for at least 24 hours). */
	public const KEEP_SECONDS = 2 * 86400;

	/** A claim older than this never finished (the request died); the key may be claimed again. */
	public const STALE_SECONDS = 120;

	public const PROCEED   = 'proceed';
	public const REPLAY    = 'replay';
	public const IN_FLIGHT = 'in-flight';
	public const REUSED    = 'reused';
	public const RETAKE    = 'retake';

	/**
	 * Decides what a request with a key that is already on record gets.
	 *
	 * @param array|null $row         The stored key: fingerprint, state ('pending' or 'done'), created (Unix time).
	 * @param string     $fingerprint Fingerprint of this request's payload.
	 * @param int        $now         Unix time.
	 * @return string One of the constants.
	 */
	public static function decide( ?array $row, string $fingerprint, int $now ): string {
		if ( null === $row ) {
			return self::PROCEED;
		}
		$age = $now - (int) $row['created'];
		if ( $age > self::KEEP_SECONDS ) {
			return self::RETAKE;
		}
		if ( ! hash_equals( (string) $row['fingerprint'], $fingerprint ) ) {
			return self::REUSED;
		}
		if ( 'done' === $row['state'] ) {
			return self::REPLAY;
		}
		return $age > self::STALE_SECONDS ? self::RETAKE : self::IN_FLIGHT;
	}
}
