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

	/** Elements whose module the plugin itself asked for on this page (a block or shortcode printed one). */
	private static array $requested = array();

	/**
	 * Hooks.
	 */
	public static function hooks(): void {
		add_filter( 'script_loader_tag', array( self::class, 'module_tag' ), 10, 3 );
		// Before the blocks register (init, 10): their block.json names these modules (viewScriptModule).
		add_action( 'init', array( self::class, 'register_modules' ), 5 );
		add_action( 'init', array( self::class, 'register_editor' ) );
		add_action( 'enqueue_block_assets', array( self::class, 'editor_preview' ) );
		add_filter( 'render_block', array( self::class, 'unused_module' ), 10, 2 );
		add_action( 'wp_enqueue_scripts', array( self::class, 'page_head' ) );
	}

	/**
	 * The elements a front-end page will show, known before its head is printed: in a block theme, those
	 * its template already rendered (a block that printed nothing does not count); in a classic theme,
	 * whose content is rendered after the head, those whose block or shortcode is in the queried post.
	 *
	 * @return string[] Element tags.
	 */
	public static function page_elements(): array {
		$tags = array_keys( self::$requested );
		$post = is_singular() ? get_queried_object() : null;
		if ( $post instanceof WP_Post && ! wp_is_block_theme() ) {
			foreach ( HRC_Catalog::ELEMENTS as $tag => $element ) {
				if ( has_block( $element['block'], $post ) || has_shortcode( $post->post_content, $element['shortcode'] ) ) {
					$tags[] = $tag;
				}
			}
		}
		return array_values( array_unique( $tags ) );
	}

	/**
	 * In the head of a page with the kit's elements (docs/performance.md, "The loading path"): the kit's
	 * style sheet, which keeps the report form's room so nothing below it moves, and a modulepreload hint
	 * for every module file the elements import (from the manifest), so the browser fetches them in one
	 * wave instead of one level of imports per round trip. The element modules themselves are printed as
	 * before.
	 */
	public static function page_head(): void {
		$tags = self::page_elements();
		if ( ! $tags ) {
			return;
		}
		$css = self::kit_url( 'hrc-kit.css' );
		if ( null !== $css ) {
			wp_enqueue_style( 'hrc-kit', $css, array(), HRC_WIDGETS_VERSION );
		}
		$files = self::preload_files( $tags );
		if ( $files ) {
			add_action(
				'wp_head',
				static function () use ( $files ): void {
					foreach ( $files as $url ) {
						printf( '<link rel="modulepreload" href="%s" />' . "\n", esc_url( $url ) );
					}
				},
				3
			);
		}
	}

	/**
	 * The module files the elements import, from the kit's manifest (`preload`), without the elements'
	 * own modules (WordPress prints those with a version in the URL): URLs, each once.
	 *
	 * @param string[] $tags Element tags.
	 * @return string[]
	 */
	public static function preload_files( array $tags ): array {
		$file     = HRC_WIDGETS_DIR . 'assets/kit/manifest.json';
		$manifest = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions
		$urls     = array();
		foreach ( $tags as $tag ) {
			$list = $manifest['preload'][ $tag ] ?? array();
			foreach ( is_array( $list ) ? $list : array() as $path ) {
				// Only the kit's own chunk files: a manifest that names anything else is ignored.
				if ( is_string( $path ) && preg_match( '#^\./chunks/[A-Za-z0-9._-]+\.js$#', $path ) ) {
					$url = self::kit_url( substr( $path, 2 ) );
					if ( null !== $url ) {
						$urls[ $url ] = true;
					}
				}
			}
		}
		return array_keys( $urls );
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
	 * Registers each element's module as a script module (WordPress 6.5+), under the id the blocks'
	 * viewScriptModule names: WordPress then loads it wherever a block renders.
	 */
	public static function register_modules(): void {
		if ( ! self::has_module_api() ) {
			return;
		}
		foreach ( array_keys( HRC_Catalog::ELEMENTS ) as $tag ) {
			$url = self::kit_url( $tag . '.js' );
			if ( null !== $url ) {
				wp_register_script_module( '@hrc/' . $tag, $url, array(), HRC_WIDGETS_VERSION );
			}
		}
	}

	/**
	 * Loads the module that defines one element (for shortcodes, and for blocks before WordPress 6.5).
	 *
	 * @param string $tag Element name such as hrc-report-form.
	 */
	public static function enqueue_element( string $tag ): void {
		self::$requested[ $tag ] = true;
		$file = $tag . '.js';
		$url  = self::kit_url( $file );
		if ( null === $url ) {
			return;
		}
		if ( self::has_module_api() ) {
			wp_enqueue_script_module( '@hrc/' . $tag );
			return;
		}
		self::enqueue_as_classic( 'hrc-kit-' . $tag, $url );
	}

	/**
	 * WordPress 6.5+ enqueues a block's viewScriptModule whenever the block renders, also when it prints
	 * nothing (a checklist before any assessment is published): such a module is dequeued again unless
	 * the plugin asked for it on this page. A later block or shortcode that prints the element asks
	 * for it again.
	 *
	 * @param string $content Rendered block.
	 * @param array  $block   Parsed block.
	 */
	public static function unused_module( $content, $block ) {
		$name = (string) ( $block['blockName'] ?? '' );
		$tag  = 'hrc-' . substr( $name, 4 );
		if ( str_starts_with( $name, 'hrc/' ) && '' === trim( (string) $content ) && ! isset( self::$requested[ $tag ] ) && function_exists( 'wp_dequeue_script_module' ) ) {
			wp_dequeue_script_module( '@hrc/' . $tag );
		}
		return $content;
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
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render' ),
			HRC_WIDGETS_VERSION,
			true
		);
		add_action( 'enqueue_block_editor_assets', array( self::class, 'editor_data' ) );
	}

	/**
	 * What the editor script draws for each block, in the admin's language: its controls (from
	 * HRC_Catalog), grouped, with the lists' options; ground and chapter names come from the kit's
	 * content.
	 */
	public static function editor_data(): void {
		$labels  = HRC_Catalog::labels();
		$admin   = HRC_Locales::from_wp_locale( get_user_locale() );
		$content = HRC_Render::content( '' !== $admin ? $admin : 'en' );
		$names   = array(
			// The kit's languages, each in its own name (from the kit's manifest).
			'locale'  => array_map( static fn( $language ) => $language['name'], HRC_Locales::all() ),
			'ground'  => array_column( $content['grounds'] ?? array(), 'label', 'id' ),
			'chapter' => array(),
		);
		foreach ( $content['charter']['chapters'] ?? array() as $chapter ) {
			$names['chapter'][ $chapter['id'] ] = trim( ( $chapter['numeral'] ?? '' ) . ' ' . $chapter['title'] );
		}
		$blocks = array();
		foreach ( HRC_Catalog::ELEMENTS as $element ) {
			foreach ( $element['attributes'] as $definition ) {
				$text    = $labels[ $element['block'] ][ $definition['key'] ];
				$values  = HRC_Render::values( $definition );
				$control = array(
					'key'   => $definition['key'],
					'kind'  => $definition['kind'],
					'label' => $text['label'],
					'help'  => $text['help'] ?? '',
					'group' => $definition['group'],
				);
				if ( null !== $values ) {
					$named              = $text['options'] ?? $names[ $definition['kind'] ];
					$control['options'] = array( array( 'value' => '', 'label' => $text['empty'] ?? '' ) );
					foreach ( $values as $value ) {
						$control['options'][] = array(
							'value' => $value,
							'label' => $named[ $value ] ?? $value,
						);
					}
				}
				$blocks[ $element['block'] ][] = $control;
			}
		}
		wp_add_inline_script(
			'hrc-widgets-editor',
			'window.hrcWidgetsEditor = ' . wp_json_encode(
				array(
					'groups' => $labels['groups'],
					'blocks' => $blocks,
				)
			) . ';',
			'before'
		);
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
		foreach ( array_keys( HRC_Catalog::ELEMENTS ) as $tag ) {
			$url = self::kit_url( $tag . '.js' );
			if ( null !== $url ) {
				self::enqueue_as_classic( 'hrc-kit-' . $tag, $url );
			}
		}
	}
}
