<?php
/**
 * What WordPress.org's Plugin Check would flag, checked statically on the plugin's files: the readme
 * and plugin headers (versions, a short description of at most 150 characters, a licence it accepts),
 * the translation template, names outside core's `wp_` namespace and escaped exception messages.
 *
 * @package HrcWidgets
 */

use PHPUnit\Framework\TestCase;

/**
 * Plugin Check's rules, statically.
 */
final class PluginCheckTest extends TestCase {

	private const ROOT = __DIR__ . '/../../';

	/**
	 * Header fields of the readme (`Name: value` lines before the first blank line after the title).
	 */
	private static function readme(): array {
		$text   = (string) file_get_contents( self::ROOT . 'readme.txt' );
		$lines  = preg_split( '/\R/', $text );
		$fields = array( 'name' => trim( $lines[0], "= \t" ) );
		$i      = 1;
		for ( ; $i < count( $lines ) && '' !== trim( $lines[ $i ] ); $i++ ) {
			list( $key, $value ) = array_map( 'trim', explode( ':', $lines[ $i ], 2 ) + array( '', '' ) );
			$fields[ strtolower( $key ) ] = $value;
		}
		// The short description: the text between the header block and the first section.
		$rest                        = implode( "\n", array_slice( $lines, $i ) );
		$fields['short description'] = trim( preg_split( '/^==/m', $rest )[0] );
		return $fields;
	}

	/**
	 * The plugin header, read as WordPress reads it (get_file_data: the first 8 KiB).
	 */
	private static function header(): array {
		$text   = substr( (string) file_get_contents( self::ROOT . 'hrc-widgets.php' ), 0, 8192 );
		$fields = array();
		foreach ( array( 'Plugin Name', 'Description', 'Version', 'Requires at least', 'Requires PHP', 'License', 'License URI', 'Text Domain', 'Domain Path' ) as $name ) {
			if ( preg_match( '/^(?:[ \t]*<\?php)?[ \t\/*#@]*' . preg_quote( $name, '/' ) . ':(.*)$/mi', $text, $m ) ) {
				$fields[ $name ] = trim( $m[1] );
			}
		}
		return $fields;
	}

	/**
	 * A licence the way Plugin Check compares them: trailing "or later" forms dropped, hyphens and dots
	 * removed, GPL versions written as GPL2.
	 *
	 * @param string $license Licence field.
	 */
	private static function normalise_license( string $license ): string {
		$license = trim( str_replace( '  ', ' ', $license ) );
		foreach ( array( '.', ' or later', '-or-later', '+' ) as $suffix ) {
			if ( str_ends_with( $license, $suffix ) ) {
				$license = trim( substr( $license, 0, -strlen( $suffix ) ) );
			}
		}
		$license = str_replace( '-', '', $license );
		$license = preg_replace( '/GPL\s*[-|\.]*\s*[v]?([0-9])(\.[0])?/i', 'GPL$1', $license, 1 );
		return str_replace( '.', '', $license );
	}

	/**
	 * The plugin's shipped PHP files (what the zip holds), relative to the plugin folder.
	 */
	private static function php_files(): array {
		$out = array();
		$it  = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( self::ROOT, FilesystemIterator::SKIP_DOTS ) );
		foreach ( $it as $file ) {
			$rel = substr( $file->getPathname(), strlen( self::ROOT ) );
			if ( str_ends_with( $rel, '.php' ) && ! preg_match( '#^(test|dist|node_modules|scripts)/#', $rel ) ) {
				$out[] = $rel;
			}
		}
		sort( $out );
		return $out;
	}

	public function test_readme_and_header_agree_and_declare_what_the_directory_needs(): void {
		$readme = self::readme();
		$header = self::header();
		$this->assertSame( $header['Plugin Name'], $readme['name'] );
		$this->assertSame( $header['Version'], $readme['stable tag'] );
		$this->assertSame( $header['Requires at least'], $readme['requires at least'] );
		$this->assertSame( $header['Requires PHP'], $readme['requires php'] );
		$this->assertMatchesRegularExpression( '/^\d+\.\d$/', $readme['tested up to'], 'Tested up to is a major version such as 6.8' );
		$this->assertTrue( version_compare( $readme['tested up to'], $readme['requires at least'], '>=' ) );
		$this->assertSame( 'hrc-widgets', $header['Text Domain'] );
		$this->assertDirectoryExists( self::ROOT . ltrim( $header['Domain Path'], '/' ) );
	}

	public function test_tested_up_to_is_the_newest_version_the_end_to_end_suite_runs(): void {
		$versions = array_column( json_decode( (string) file_get_contents( self::ROOT . 'test/wordpress-versions.json' ), true ), 'version' );
		$this->assertSame( self::readme()['tested up to'], end( $versions ) );
		$this->assertSame( self::header()['Requires at least'], reset( $versions ), 'the oldest declared version is tested too' );
	}

	public function test_the_short_description_fits_in_150_characters(): void {
		$short = self::readme()['short description'];
		$this->assertNotSame( '', $short );
		$this->assertLessThanOrEqual( 150, mb_strlen( $short ), $short );
		$this->assertStringNotContainsString( "\n", $short, 'one paragraph' );
	}

	public function test_the_licence_is_one_plugin_check_accepts_and_the_same_in_both_places(): void {
		$readme = self::normalise_license( self::readme()['license'] );
		$header = self::normalise_license( self::header()['License'] );
		$this->assertSame( $header, $readme );
		$this->assertMatchesRegularExpression( '/^([a-z0-9\-\+\.]+)(\sor\s([a-z0-9\-\+\.]+))*$/i', $readme, 'an SPDX-style identifier' );
		$this->assertMatchesRegularExpression( '/GPL|GNU|MIT|FreeBSD|New BSD|BSD-3-Clause|BSD 3 Clause|OpenLDAP|Expat|Apache2|MPL20|ISC/im', $header, 'GPL-compatible' );
		$this->assertStringContainsString( 'EUPL', $header, 'the kit\'s own licence stays declared' );
		$this->assertNotSame( '', self::header()['License URI'] ?? '' );
	}

	/**
	 * The strings of a .po or .pot file as "context\x04msgid" keys, continuation lines joined.
	 *
	 * @param string $text File contents.
	 */
	private static function catalogue( string $text ): array {
		$keys = array();
		foreach ( preg_split( '/\R\s*\R/', $text ) as $entry ) {
			$field = static function ( string $name ) use ( $entry ): ?string {
				if ( ! preg_match( '/^' . $name . ' "(.*)"\R((?:".*"\R?)*)/m', $entry . "\n", $m ) ) {
					return null;
				}
				preg_match_all( '/^"(.*)"$/m', $m[2], $more );
				return stripcslashes( $m[1] . implode( '', $more[1] ) );
			};
			$id = $field( 'msgid' );
			if ( null !== $id && '' !== $id ) {
				$context = $field( 'msgctxt' );
				$keys[]  = null === $context ? $id : $context . "\x04" . $id;
			}
		}
		sort( $keys );
		return $keys;
	}

	public function test_the_translation_template_is_shipped_and_holds_every_translated_string(): void {
		$pot = (string) file_get_contents( self::ROOT . 'languages/hrc-widgets.pot' );
		$this->assertStringContainsString( 'Content-Type: text/plain; charset=UTF-8', $pot );
		$this->assertStringNotContainsString( 'SOME DESCRIPTIVE TITLE', $pot );
		$template = self::catalogue( $pot );
		$this->assertGreaterThan( 100, count( $template ) );
		$files = glob( self::ROOT . 'languages/hrc-widgets-*.po' );
		$this->assertContains( self::ROOT . 'languages/hrc-widgets-nl_NL.po', $files );
		$this->assertGreaterThanOrEqual( 4, count( $files ) );
		// Each catalogue is checked against the sources by the build (scripts/i18n.mjs check), and the
		// template by the test step (scripts/pot.mjs --check): here every catalogue must hold the
		// template's strings, no more and no fewer, none fuzzy, and ship its compiled .mo.
		foreach ( $files as $file ) {
			$po = (string) file_get_contents( $file );
			$this->assertSame( $template, self::catalogue( $po ), basename( $file ) );
			$this->assertDoesNotMatchRegularExpression( '/^#,.*\bfuzzy\b/m', $po, basename( $file ) );
			$this->assertMatchesRegularExpression( '/^"Plural-Forms: nplurals=\d+; plural=.+;\\\\n"$/m', $po, basename( $file ) );
			$this->assertFileExists( substr( $file, 0, -3 ) . '.mo' );
		}
	}

	public function test_no_function_class_or_constant_outside_the_plugin_prefix(): void {
		$names = array();
		foreach ( self::php_files() as $file ) {
			$tokens  = token_get_all( (string) file_get_contents( self::ROOT . $file ) );
			$braces  = array();
			$pending = false;
			foreach ( $tokens as $i => $token ) {
				$type = is_array( $token ) ? $token[0] : $token;
				if ( '{' === $type || T_CURLY_OPEN === $type || T_DOLLAR_OPEN_CURLY_BRACES === $type ) {
					$braces[] = $pending && '{' === $type ? 'class' : 'other';
					$pending  = $pending && '{' !== $type;
					continue;
				}
				if ( '}' === $type ) {
					array_pop( $braces );
					continue;
				}
				$previous = $tokens[ $i - 1 ] ?? null;
				$is_class = in_array( $type, array( T_CLASS, T_INTERFACE, T_TRAIT ), true ) && ! ( is_array( $previous ) && T_DOUBLE_COLON === $previous[0] );
				$name     = $tokens[ $i + 2 ] ?? null;
				if ( $is_class ) {
					$pending = true;
				}
				// A function is global unless it is a method (directly inside a class body) or a closure.
				$global_function = T_FUNCTION === $type && 'class' !== end( $braces );
				if ( ( $is_class || $global_function ) && is_array( $name ) && T_STRING === $name[0] ) {
					$names[] = $file . ': ' . $name[1];
				}
			}
			preg_match_all( "/\\bdefine\\(\\s*'([A-Za-z_]+)'/", (string) file_get_contents( self::ROOT . $file ), $constants );
			foreach ( $constants[1] as $constant ) {
				$names[] = $file . ': ' . $constant;
			}
		}
		$this->assertNotEmpty( $names );
		foreach ( $names as $name ) {
			$bare = substr( $name, strrpos( $name, ' ' ) + 1 );
			$this->assertDoesNotMatchRegularExpression( '/^wp_/i', $bare, "$name is in core's wp_ namespace" );
			$this->assertMatchesRegularExpression( '/^(hrc_|HRC_)/', $bare, "$name carries the plugin's prefix" );
		}
	}

	public function test_exception_messages_are_escaped(): void {
		$throws = 0;
		foreach ( self::php_files() as $file ) {
			$code = (string) file_get_contents( self::ROOT . $file );
			preg_match_all( '/\bthrow\s+new\s+\\\\?[A-Za-z_]+\s*\(\s*(.*?)\s*\)\s*;/s', $code, $m );
			foreach ( $m[1] as $argument ) {
				++$throws;
				$this->assertMatchesRegularExpression( '/^(esc_html|esc_attr|esc_html__|esc_attr__)\(|^\'[^\'.]*\'$/', $argument, "$file: throw new …( $argument )" );
			}
		}
		$this->assertGreaterThan( 0, $throws, 'the check saw the plugin\'s throw statements' );
	}
}
