<?php
/**
 * Loads the kit's self-hosted ES modules (assets/kit/, copied from the kit's bundle at build time) only
 * on pages that show an element. Nothing is loaded from another site.
 *
 * WordPress 6.5+ has the script-modules API; older versions get a classic script handle whose tag is
 * rewritten to type="module".
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Script loading.
 */
final class HRC_Assets {

	/** Handles of classic scripts that are really modules (WordPress < 6.5, and the editor). */
	private static array $module_handles = array();

	/**
	 * Hooks.
	 */
	public static function hooks(): void {
		add_filter( 'script_loader_tag', array( self::class, 'module_tag' ), 10, 3 );
		add_action( 'init', array( self::class, 'register_editor' ) );
		add_action( 'enqueue_block_assets', array( self::class, 'editor_preview' ) );
	}

	/**
	 * Whether the script-modules API exists (WordPress 6.5+).
	 */
	public static function has_module_api(): bool {
		return function_exists( 'wp_register_script_module' ) && function_exists( 'wp_enqueue_script_module' );
	}

	/**
	 * URL of a file in the kit folder, or null when it is not there.
	 *
	 * @param string $file File name inside assets/kit/.
	 */
	public static function kit_url( string $file ): ?string {
		$path = HRC_WIDGETS_DIR . 'assets/kit/' . $file;
		return is_readable( $path ) ? HRC_WIDGETS_URL . 'assets/kit/' . $file : null;
	}

	/**
	 * Loads the module that defines one element.
	 *
	 * @param string $tag Element name such as hrc-report-form.
	 */
	public static function enqueue_element( string $tag ): void {
		$file = $tag . '.js';
		$url  = self::kit_url( $file );
		if ( null === $url ) {
			return;
		}
		if ( self::has_module_api() ) {
			wp_register_script_module( '@hrc/' . $tag, $url, array(), HRC_WIDGETS_VERSION );
			wp_enqueue_script_module( '@hrc/' . $tag );
			return;
		}
		self::enqueue_as_classic( 'hrc-kit-' . $tag, $url );
	}

	/**
	 * One of the plugin's own ES modules (an admin screen's script): the script-modules API where it
	 * exists, a classic handle printed as type="module" before.
	 *
	 * @param string $handle Handle.
	 * @param string $url    URL.
	 */
	public static function enqueue_module( string $handle, string $url ): void {
		if ( self::has_module_api() ) {
			wp_register_script_module( $handle, $url, array(), HRC_WIDGETS_VERSION );
			wp_enqueue_script_module( $handle );
			return;
		}
		self::enqueue_as_classic( $handle, $url );
	}

	/**
	 * A module through the classic API, printed in the footer as type="module".
	 *
	 * @param string $handle Handle.
	 * @param string $url    URL.
	 */
	private static function enqueue_as_classic( string $handle, string $url ): void {
		self::$module_handles[ $handle ] = true;
		wp_enqueue_script( $handle, $url, array(), HRC_WIDGETS_VERSION, true );
	}

	/**
	 * Rewrites the tag of module handles.
	 *
	 * @param string $tag    HTML.
	 * @param string $handle Handle.
	 * @param string $src    URL.
	 */
	public static function module_tag( $tag, $handle, $src ) {
		if ( ! isset( self::$module_handles[ $handle ] ) ) {
			return $tag;
		}
		return sprintf( '<script type="module" src="%s" id="%s-js"></script>' . "\n", esc_url( $src ), esc_attr( $handle ) );
	}

	/**
	 * The editor script shared by the four blocks (plain JavaScript on the wp.* globals).
	 */
	public static function register_editor(): void {
		wp_register_script(
			'hrc-widgets-editor',
			HRC_WIDGETS_URL . 'assets/editor.js',
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-server-side-render' ),
			HRC_WIDGETS_VERSION,
			true
		);
		wp_set_script_translations( 'hrc-widgets-editor', 'hrc-widgets', HRC_WIDGETS_DIR . 'languages' );
		// The kit's languages for the blocks' language menu: the one list, from the kit's manifest.
		$languages = array();
		foreach ( HRC_Locales::all() as $code => $language ) {
			$languages[] = array(
				'value' => $code,
				'label' => $language['name'],
			);
		}
		wp_add_inline_script( 'hrc-widgets-editor', 'window.hrcWidgetsLanguages = ' . wp_json_encode( $languages ) . ';', 'before' );
	}

	/**
	 * In the editor, the server-rendered preview holds the same elements as the page: the kit's
	 * autoloader defines whichever appear (also inside the site editor's iframe, which copies the
	 * scripts enqueued here).
	 */
	public static function editor_preview(): void {
		if ( ! is_admin() ) {
			return;
		}
		$loader = self::kit_url( 'hrc-loader.js' );
		if ( null !== $loader ) {
			self::enqueue_as_classic( 'hrc-kit-loader', $loader );
			return;
		}
		foreach ( HRC_Blocks::TAGS as $tag ) {
			$url = self::kit_url( $tag . '.js' );
			if ( null !== $url ) {
				self::enqueue_as_classic( 'hrc-kit-' . $tag, $url );
			}
		}
	}
}
