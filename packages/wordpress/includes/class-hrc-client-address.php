<?php
/**
 * The address a report's rate limit counts against. Behind the city's own reverse proxy every request
 * comes from the proxy's address; when that address is in the site's list of trusted proxies, the
 * client is the rightmost X-Forwarded-For entry that is not itself a trusted proxy (entries further left
 * are whatever the client claimed, so they are never used). The address is only hashed, never stored.
 *
 * Plain PHP, no WordPress: unit-tested on its own.
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || defined( 'HRC_WIDGETS_TESTING' ) || exit;

/**
 * Client address behind trusted proxies.
 */
final class HRC_Client_Address {

	/**
	 * Splits a list of addresses and ranges (IPv4 or IPv6, optionally with a /prefix) typed by an admin.
	 *
	 * @param string $text Addresses separated by commas, spaces or new lines.
	 * @return array{valid: string[], invalid: string[]}
	 */
	public static function parse_list( string $text ): array {
		$out = array(
			'valid'   => array(),
			'invalid' => array(),
		);
		foreach ( preg_split( '/[\s,]+/', trim( $text ), -1, PREG_SPLIT_NO_EMPTY ) as $entry ) {
			$out[ self::is_range( $entry ) ? 'valid' : 'invalid' ][] = $entry;
		}
		$out['valid'] = array_values( array_unique( $out['valid'] ) );
		return $out;
	}

	/**
	 * Whether an entry is an address or an address/prefix.
	 *
	 * @param string $entry Entry.
	 */
	public static function is_range( string $entry ): bool {
		$parts = explode( '/', $entry, 2 );
		$ip    = filter_var( $parts[0], FILTER_VALIDATE_IP );
		if ( false === $ip ) {
			return false;
		}
		if ( ! isset( $parts[1] ) ) {
			return true;
		}
		$max = str_contains( $parts[0], ':' ) ? 128 : 32;
		return ctype_digit( $parts[1] ) && (int) $parts[1] <= $max;
	}

	/**
	 * Whether an address lies in one of the ranges.
	 *
	 * @param string   $ip     Address.
	 * @param string[] $ranges Addresses or address/prefix entries.
	 */
	public static function in_ranges( string $ip, array $ranges ): bool {
		$packed = self::pack( $ip );
		if ( false === $packed ) {
			return false;
		}
		foreach ( $ranges as $range ) {
			$parts = explode( '/', (string) $range, 2 );
			$net   = self::pack( $parts[0] );
			if ( false === $net || strlen( $net ) !== strlen( $packed ) ) {
				continue;
			}
			$bits = isset( $parts[1] ) ? (int) $parts[1] : strlen( $net ) * 8;
			if ( self::prefix_matches( $packed, $net, $bits ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * An address in binary form; an IPv4-mapped IPv6 address (::ffff:192.0.2.1) as the IPv4 address it is.
	 *
	 * @param string $ip Address.
	 * @return string|false
	 */
	private static function pack( string $ip ) {
		// Anything that is not an address is an answer (false), not a warning.
		$packed = false !== filter_var( $ip, FILTER_VALIDATE_IP ) ? inet_pton( $ip ) : false;
		if ( false !== $packed && 16 === strlen( $packed ) && str_starts_with( $packed, str_repeat( "\0", 10 ) . "\xff\xff" ) ) {
			return substr( $packed, 12 );
		}
		return $packed;
	}

	/**
	 * Compares the first $bits bits of two packed addresses of the same length.
	 *
	 * @param string $a    Packed address.
	 * @param string $b    Packed address.
	 * @param int    $bits Prefix length.
	 */
	private static function prefix_matches( string $a, string $b, int $bits ): bool {
		$bytes = intdiv( $bits, 8 );
		if ( substr( $a, 0, $bytes ) !== substr( $b, 0, $bytes ) ) {
			return false;
		}
		$rest = $bits % 8;
		if ( 0 === $rest ) {
			return true;
		}
		$mask = ( 0xff << ( 8 - $rest ) ) & 0xff;
		return ( ord( $a[ $bytes ] ) & $mask ) === ( ord( $b[ $bytes ] ) & $mask );
	}

	/**
	 * An X-Forwarded-For entry without the port some proxies add (`192.0.2.1:4711`, `[2001:db8::1]:4711`).
	 *
	 * @param string $hop Entry.
	 */
	private static function without_port( string $hop ): string {
		$hop = trim( $hop );
		if ( preg_match( '/^\[([0-9a-f:.]+)\](?::\d+)?$/i', $hop, $m ) || preg_match( '/^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/', $hop, $m ) ) {
			return $m[1];
		}
		return $hop;
	}

	/**
	 * The client's address.
	 *
	 * @param string   $remote    REMOTE_ADDR (the direct peer).
	 * @param string   $forwarded X-Forwarded-For header ('' when absent).
	 * @param string[] $trusted   Trusted proxies (addresses or ranges).
	 */
	public static function resolve( string $remote, string $forwarded, array $trusted ): string {
		if ( ! $trusted || '' === trim( $forwarded ) || ! self::in_ranges( $remote, $trusted ) ) {
			return $remote;
		}
		$hops = array_reverse( array_map( static fn( $hop ) => self::without_port( $hop ), explode( ',', $forwarded ) ) );
		foreach ( $hops as $hop ) {
			if ( self::in_ranges( $hop, $trusted ) ) {
				continue;
			}
			// The first hop a trusted proxy did not add itself is the client, if it is an address at all.
			return false !== filter_var( $hop, FILTER_VALIDATE_IP ) ? $hop : $remote;
		}
		return $remote;
	}
}
