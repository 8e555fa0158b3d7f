<?php
/**
 * The kit's languages, read from the manifest of the bundled kit (assets/kit/manifest.json, `locales`):
 * the one list every package of the kit reads. A language added to the kit appears in the settings,
 * the block editor and the fallback markup without a change here.
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The languages of the bundled kit.
 */
final class HRC_Locales {

	/**
	 * Tag => name (in that language) and direction, in the manifest's order; English when the manifest
	 * cannot be read.
	 *
	 * @return array<string, array{name: string, dir: string}>
	 */
	public static function all(): array {
		static $list = null;
		if ( null === $list ) {
			$list = array();
			$file = HRC_WIDGETS_DIR . 'assets/kit/manifest.json';
			$data = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions
			foreach ( ( is_array( $data ) && is_array( $data['locales'] ?? null ) ) ? $data['locales'] : array() as $entry ) {
				$tag = is_array( $entry ) ? ( $entry['locale'] ?? null ) : null;
				if ( ! is_string( $tag ) || ! preg_match( '/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/', $tag ) ) {
					continue;
				}
				$list[ $tag ] = array(
					'name' => is_string( $entry['name'] ?? null ) && '' !== $entry['name'] ? $entry['name'] : $tag,
					'dir'  => 'rtl' === ( $entry['dir'] ?? '' ) ? 'rtl' : 'ltr',
				);
			}
			if ( ! $list ) {
				$list = array(
					'en' => array(
						'name' => 'English',
						'dir'  => 'ltr',
					),
				);
			}
		}
		return $list;
	}

	/**
	 * Whether the kit has this language.
	 *
	 * @param string $tag A language tag.
	 */
	public static function has( string $tag ): bool {
		return isset( self::all()[ $tag ] );
	}

	/**
	 * The kit's language for a WordPress locale (de_DE → de, pt_BR → pt-BR when the kit has it), or ''.
	 *
	 * @param string $wp_locale A WordPress locale.
	 */
	public static function from_wp_locale( string $wp_locale ): string {
		$tag = str_replace( '_', '-', $wp_locale );
		if ( self::has( $tag ) ) {
			return $tag;
		}
		$primary = strtolower( explode( '-', $tag )[0] );
		return self::has( $primary ) ? $primary : '';
	}

	/**
	 * The plugin's gettext catalogue for a kit language: languages/hrc-widgets-<wp locale>.mo, the
	 * WordPress locale found by its language (nl → nl_NL), or '' when there is none (English).
	 *
	 * @param string $tag A language tag of the kit.
	 */
	public static function mo_file( string $tag ): string {
		$primary = strtolower( explode( '-', $tag )[0] );
		foreach ( array_unique( array( str_replace( '-', '_', $tag ), $primary ) ) as $name ) {
			if ( is_readable( HRC_WIDGETS_DIR . 'languages/hrc-widgets-' . $name . '.mo' ) ) {
				return HRC_WIDGETS_DIR . 'languages/hrc-widgets-' . $name . '.mo';
			}
		}
		$found = glob( HRC_WIDGETS_DIR . 'languages/hrc-widgets-' . $primary . '_*.mo' );
		return $found ? $found[0] : '';
	}
}
