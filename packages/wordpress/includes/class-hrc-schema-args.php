<?php
/**
 * Turns the kit's JSON Schemas (draft 2020-12, generated from zod) into the argument schema of a
 * WordPress REST route (the JSON Schema v4 subset that WordPress 6.1 understands), so the route
 * describes and checks its arguments from the same source as every other receiver.
 *
 * Plain PHP, no WordPress: unit-tested on its own.
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || defined( 'HRC_WIDGETS_TESTING' ) || exit;

/**
 * JSON Schema → register_rest_route() args.
 */
final class HRC_Schema_Args {

	/** Keywords WordPress ignores or does not know; dropped so the route's schema says what it checks. */
	private const DROPPED = array( '$schema', '$id', 'propertyNames', 'const', 'title' );

	/**
	 * The args for a route whose body is one object described by `$schema`.
	 *
	 * @param array $schema Object schema.
	 * @return array<string, array> One entry per top-level property, with `required` set.
	 */
	public static function from_object_schema( array $schema ): array {
		$required = $schema['required'] ?? array();
		$args     = array();
		foreach ( $schema['properties'] ?? array() as $name => $property ) {
			$arg             = self::convert( $property );
			$arg['required'] = in_array( $name, $required, true );
			$args[ $name ]   = $arg;
		}
		return $args;
	}

	/**
	 * Converts one schema node.
	 *
	 * @param array $schema Schema node.
	 * @return array
	 *
	 * @SuppressWarnings(PHPMD.CyclomaticComplexity) One branch per JSON Schema keyword.
	 */
	public static function convert( array $schema ): array {
		$out = array();
		foreach ( $schema as $key => $value ) {
			if ( in_array( $key, self::DROPPED, true ) ) {
				continue;
			}
			switch ( $key ) {
				case 'properties':
					$out['properties'] = array();
					foreach ( $value as $name => $property ) {
						$out['properties'][ $name ] = self::convert( $property );
					}
					break;
				case 'items':
					$out['items'] = self::convert( $value );
					break;
				case 'additionalProperties':
					$out['additionalProperties'] = is_array( $value ) ? self::convert( $value ) : (bool) $value;
					break;
				case 'oneOf':
				case 'anyOf':
					$out[ $key ] = array_map( array( self::class, 'convert' ), $value );
					$types       = array_unique( array_map( static fn( $b ) => $b['type'] ?? '', $value ) );
					if ( 1 === count( $types ) && '' !== $types[0] && ! isset( $schema['type'] ) ) {
						// WordPress wants a type on every argument; all branches share it.
						$out['type'] = $types[0];
					}
					break;
				case 'format':
					// A pattern, when present, carries the same rule as zod checks it; WordPress's own
					// format checks (is_email, rest_parse_date) differ slightly, so the pattern decides.
					if ( ! isset( $schema['pattern'] ) && in_array( $value, array( 'email', 'date-time', 'uri', 'uuid' ), true ) ) {
						$out['format'] = $value;
					}
					break;
				default:
					$out[ $key ] = $value;
			}
		}
		if ( array_key_exists( 'const', $schema ) ) {
			// JSON Schema v4 has no const: a one-value enum says the same.
			$out['enum'] = array( $schema['const'] );
		}
		if ( isset( $schema['propertyNames']['enum'] ) && isset( $schema['additionalProperties'] ) && is_array( $schema['additionalProperties'] ) ) {
			// A record with known keys: list them as optional properties and refuse the rest.
			$item              = self::convert( $schema['additionalProperties'] );
			$out['properties'] = array_fill_keys( $schema['propertyNames']['enum'], $item );
			$out['additionalProperties'] = false;
		}
		return $out;
	}
}
