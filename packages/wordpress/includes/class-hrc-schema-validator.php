<?php
/**
 * Validates decoded JSON against the subset of JSON Schema that the kit's schemas use (the files in
 * schema/, generated from the zod schemas of @hrc/framework), and reports problems the way the zod
 * schemas do: a dot-separated path and the zod issue code. Receivers answer 400 with the same paths and
 * codes whichever implementation they run, so the form can show the reasons at the right fields.
 *
 * Plain PHP, no WordPress: unit-tested on its own.
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || defined( 'HRC_WIDGETS_TESTING' ) || exit;

/**
 * JSON Schema validation with zod-style issues.
 */
final class HRC_Schema_Validator {

	/**
	 * Validates a value.
	 *
	 * @param mixed $value  Decoded JSON (objects as associative arrays).
	 * @param array $schema JSON Schema as an associative array.
	 * @return array<int, array{path: string, code: string, message: string}> Empty when valid.
	 */
	public static function validate( $value, array $schema ): array {
		$issues = array();
		self::check( $value, $schema, array(), $issues );
		return $issues;
	}

	/**
	 * Loads a schema file.
	 *
	 * @param string $file Path of a .schema.json file.
	 * @return array
	 * @throws RuntimeException When the file is missing or not JSON.
	 */
	public static function load( string $file ): array {
		$text = is_readable( $file ) ? file_get_contents( $file ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions
		$data = false === $text ? null : json_decode( $text, true );
		if ( ! is_array( $data ) ) {
			throw new RuntimeException( esc_html( 'Schema not readable: ' . basename( $file ) ) );
		}
		return $data;
	}

	/**
	 * Whether a decoded JSON value is an object (associative array or empty array where an object is due).
	 *
	 * @param mixed $value Value.
	 */
	public static function is_object( $value ): bool {
		return is_array( $value ) && ( array() === $value || ! array_is_list( $value ) );
	}

	/**
	 * Recursive check.
	 *
	 * @param mixed $value  Value.
	 * @param array $schema Schema.
	 * @param array $path   Path so far.
	 * @param array $issues Collected issues.
	 *
	 * @SuppressWarnings(PHPMD.CyclomaticComplexity) One branch per JSON Schema keyword the kit's
	 * @SuppressWarnings(PHPMD.NPathComplexity)   schemas use.
	 */
	private static function check( $value, array $schema, array $path, array &$issues ): void {
		if ( isset( $schema['oneOf'] ) || isset( $schema['anyOf'] ) ) {
			self::check_union( $value, $schema['oneOf'] ?? $schema['anyOf'], $path, $issues );
			return;
		}
		if ( isset( $schema['type'] ) && ! self::type_matches( $value, $schema['type'] ) ) {
			self::add( $issues, $path, 'invalid_type', sprintf( 'expected %s', $schema['type'] ) );
			return;
		}
		if ( array_key_exists( 'const', $schema ) && $value !== $schema['const'] && ! self::same_number( $value, $schema['const'] ) ) {
			self::add( $issues, $path, 'invalid_value', 'invalid value' );
			return;
		}
		if ( isset( $schema['enum'] ) && ! in_array( $value, $schema['enum'], true ) ) {
			self::add( $issues, $path, 'invalid_value', 'invalid option' );
			return;
		}
		if ( is_string( $value ) ) {
			self::check_string( $value, $schema, $path, $issues );
		} elseif ( is_int( $value ) || is_float( $value ) ) {
			if ( isset( $schema['minimum'] ) && $value < $schema['minimum'] ) {
				self::add( $issues, $path, 'too_small', 'too small' );
			}
			if ( isset( $schema['maximum'] ) && $value > $schema['maximum'] ) {
				self::add( $issues, $path, 'too_big', 'too big' );
			}
		} elseif ( is_array( $value ) && isset( $schema['type'] ) && 'array' === $schema['type'] ) {
			if ( isset( $schema['maxItems'] ) && count( $value ) > $schema['maxItems'] ) {
				self::add( $issues, $path, 'too_big', 'too many items' );
			}
			if ( isset( $schema['minItems'] ) && count( $value ) < $schema['minItems'] ) {
				self::add( $issues, $path, 'too_small', 'too few items' );
			}
			if ( isset( $schema['items'] ) ) {
				foreach ( $value as $i => $item ) {
					self::check( $item, $schema['items'], array_merge( $path, array( (string) $i ) ), $issues );
				}
			}
		} elseif ( is_array( $value ) ) {
			self::check_object( $value, $schema, $path, $issues );
		}
	}

	/**
	 * Strings: length, pattern, format.
	 *
	 * @param string $value  Value.
	 * @param array  $schema Schema.
	 * @param array  $path   Path.
	 * @param array  $issues Issues.
	 */
	private static function check_string( string $value, array $schema, array $path, array &$issues ): void {
		$length = mb_strlen( $value, 'UTF-8' );
		if ( isset( $schema['minLength'] ) && $length < $schema['minLength'] ) {
			self::add( $issues, $path, 'too_small', 'too short' );
			return;
		}
		if ( isset( $schema['maxLength'] ) && $length > $schema['maxLength'] ) {
			self::add( $issues, $path, 'too_big', 'too long' );
			return;
		}
		if ( isset( $schema['pattern'] ) && ! self::matches( $schema['pattern'], $value ) ) {
			self::add( $issues, $path, 'invalid_format', 'invalid format' );
			return;
		}
		if ( isset( $schema['format'] ) && 'uri' === $schema['format'] ) {
			$scheme = strtolower( (string) self::url_part( $value, PHP_URL_SCHEME ) );
			$host   = (string) self::url_part( $value, PHP_URL_HOST );
			if ( ! in_array( $scheme, array( 'http', 'https' ), true ) || '' === $host ) {
				self::add( $issues, $path, 'invalid_format', 'invalid URL' );
			}
		}
	}

	/**
	 * Objects: required, properties, additionalProperties, propertyNames.
	 *
	 * @param array $value  Value.
	 * @param array $schema Schema.
	 * @param array $path   Path.
	 * @param array $issues Issues.
	 */
	private static function check_object( array $value, array $schema, array $path, array &$issues ): void {
		$properties = $schema['properties'] ?? array();
		foreach ( $schema['required'] ?? array() as $name ) {
			if ( ! array_key_exists( $name, $value ) ) {
				self::add( $issues, array_merge( $path, array( $name ) ), 'invalid_type', 'required' );
			}
		}
		$unknown = array();
		foreach ( $value as $name => $item ) {
			$name = (string) $name;
			if ( isset( $properties[ $name ] ) ) {
				self::check( $item, $properties[ $name ], array_merge( $path, array( $name ) ), $issues );
				continue;
			}
			if ( isset( $schema['propertyNames'] ) && array() !== self::validate( $name, $schema['propertyNames'] ) ) {
				self::add( $issues, array_merge( $path, array( $name ) ), 'invalid_key', 'unknown key' );
				continue;
			}
			$additional = $schema['additionalProperties'] ?? true;
			if ( false === $additional ) {
				$unknown[] = $name;
			} elseif ( is_array( $additional ) ) {
				self::check( $item, $additional, array_merge( $path, array( $name ) ), $issues );
			}
		}
		if ( $unknown ) {
			self::add( $issues, $path, 'unrecognized_keys', 'unrecognized keys: ' . implode( ', ', $unknown ) );
		}
	}

	/**
	 * A union. When its branches are objects told apart by a constant property (a discriminated union),
	 * the branch named by the value is checked and its issues reported; otherwise one passing branch
	 * suffices, and a failing value gets the issues of the one branch it fits, as zod reports them.
	 *
	 * @param mixed $value    Value.
	 * @param array $branches Branch schemas.
	 * @param array $path     Path.
	 * @param array $issues   Issues.
	 */
	private static function check_union( $value, array $branches, array $path, array &$issues ): void {
		$discriminator = self::discriminator( $branches );
		if ( null !== $discriminator ) {
			if ( ! self::is_object( $value ) ) {
				self::add( $issues, $path, 'invalid_type', 'expected object' );
				return;
			}
			foreach ( $branches as $branch ) {
				if ( ( $value[ $discriminator ] ?? null ) === $branch['properties'][ $discriminator ]['const'] ) {
					self::check( $value, $branch, $path, $issues );
					return;
				}
			}
			self::add( $issues, $path, 'invalid_union', 'no matching ' . $discriminator );
			return;
		}
		// As zod: when one branch alone has the value's type and shape (its issues are not a wrong type
		// or value at the union itself), its issues are the answer, e.g. invalid_format for an e-mail
		// address in `'' | email`; otherwise the union as a whole is invalid.
		$here       = implode( '.', $path );
		$candidates = array();
		foreach ( $branches as $branch ) {
			$found = array();
			self::check( $value, $branch, $path, $found );
			if ( array() === $found ) {
				return;
			}
			$fits = true;
			foreach ( $found as $issue ) {
				$fits = $fits && ! ( $issue['path'] === $here && in_array( $issue['code'], array( 'invalid_type', 'invalid_value' ), true ) );
			}
			if ( $fits ) {
				$candidates[] = $found;
			}
		}
		if ( 1 === count( $candidates ) ) {
			array_push( $issues, ...$candidates[0] );
			return;
		}
		self::add( $issues, $path, 'invalid_union', 'invalid input' );
	}

	/**
	 * The property every branch fixes with a `const`, if there is one.
	 *
	 * @param array $branches Branch schemas.
	 */
	private static function discriminator( array $branches ): ?string {
		$first = $branches[0]['properties'] ?? array();
		foreach ( $first as $name => $property ) {
			if ( ! array_key_exists( 'const', $property ) ) {
				continue;
			}
			$all = true;
			foreach ( $branches as $branch ) {
				$all = $all && isset( $branch['properties'][ $name ] ) && array_key_exists( 'const', $branch['properties'][ $name ] );
			}
			if ( $all ) {
				return (string) $name;
			}
		}
		return null;
	}

	/**
	 * JSON types against PHP values.
	 *
	 * @param mixed  $value Value.
	 * @param string $type  JSON Schema type.
	 */
	private static function type_matches( $value, string $type ): bool {
		switch ( $type ) {
			case 'string':
				return is_string( $value );
			case 'integer':
				return is_int( $value ) || ( is_float( $value ) && floor( $value ) === $value && abs( $value ) < 9.1e15 );
			case 'number':
				return ( is_int( $value ) || is_float( $value ) ) && is_finite( (float) $value );
			case 'boolean':
				return is_bool( $value );
			case 'array':
				return is_array( $value ) && array_is_list( $value );
			case 'object':
				return self::is_object( $value );
			case 'null':
				return null === $value;
		}
		return false;
	}

	/**
	 * 1 and 1.0 are the same JSON number.
	 *
	 * @param mixed $a A.
	 * @param mixed $b B.
	 */
	private static function same_number( $a, $b ): bool {
		return ( is_int( $a ) || is_float( $a ) ) && ( is_int( $b ) || is_float( $b ) ) && (float) $a === (float) $b;
	}

	/**
	 * A JavaScript pattern (as the schemas hold them) run with PCRE.
	 *
	 * @param string $pattern Pattern.
	 * @param string $value   Subject.
	 */
	public static function matches( string $pattern, string $value ): bool {
		// Escape the delimiter where the pattern has it unescaped (JavaScript allows a bare / in a RegExp
		// source, and escaped \/ must stay as it is). D: $ means the end, as in JavaScript.
		$source  = '';
		$escaped = false;
		foreach ( preg_split( '//u', $pattern, -1, PREG_SPLIT_NO_EMPTY ) as $char ) {
			$source .= ( '/' === $char && ! $escaped ) ? '\\/' : $char;
			$escaped = ! $escaped && '\\' === $char;
		}
		$regex = '/' . $source . '/uD';
		// The patterns are the kit's own schema's, compiled in its tests: a bad one would warn here, and
		// counts as no match.
		return 1 === preg_match( $regex, $value );
	}

	/**
	 * One part of a URL, or null when the URL cannot be parsed (WordPress's wp_parse_url() is not
	 * loaded in the unit tests).
	 *
	 * @param string $url       URL.
	 * @param int    $component PHP_URL_* constant.
	 * @return mixed
	 */
	private static function url_part( string $url, int $component ) {
		$part = parse_url( $url, $component ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		return false === $part ? null : $part;
	}

	/**
	 * Adds one issue.
	 *
	 * @param array  $issues  Issues.
	 * @param array  $path    Path segments.
	 * @param string $code    Zod issue code.
	 * @param string $message English message.
	 */
	private static function add( array &$issues, array $path, string $code, string $message ): void {
		$issues[] = array(
			'path'    => implode( '.', $path ),
			'code'    => $code,
			'message' => $message,
		);
	}
}
