<?php
/**
 * The four blocks (blocks/<name>/block.json, dynamic render.php) and the same four as shortcodes.
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Blocks and shortcodes.
 */
final class HRC_Blocks {

	/**
	 * Registers blocks and shortcodes.
	 */
	public static function register(): void {
		add_filter( 'rest_request_before_callbacks', array( HRC_Render::class, 'note_preview' ), 10, 3 );
		foreach ( HRC_Catalog::ELEMENTS as $element ) {
			register_block_type( HRC_WIDGETS_DIR . 'blocks/' . substr( $element['block'], 4 ) );
			add_shortcode( $element['shortcode'], array( self::class, 'shortcode' ) );
		}
		// Before wpautop: classic content and the classic text widget; Shortcode blocks wherever blocks render.
		add_filter( 'the_content', array( self::class, 'separate_classic' ), 9 );
		add_filter( 'widget_text_content', array( self::class, 'separate' ), 9 );
		add_filter( 'render_block_data', array( self::class, 'separate_in_block' ) );
		add_filter( 'render_block_core/shortcode', 'shortcode_unautop' );
	}

	/**
	 * Puts each of the plugin's shortcodes in a paragraph of its own, so that wpautop() wraps it alone in
	 * `<p>…</p>`, which shortcode_unautop() then removes. Without this, several shortcodes (or a
	 * shortcode and text) end up in one `<p>` with `<br />` between them; the browser closes that `<p>`
	 * at the fallback's first block element (`<h2>`, `<article>`, `<ul>`) and pushes the rest of the
	 * fallback out of the element, where it shows a second time as plain text.
	 *
	 * @param string $text Text before wpautop().
	 */
	public static function separate( $text ) {
		$text = (string) $text;
		if ( ! str_contains( $text, '[hrc_' ) ) {
			return $text;
		}
		$tags = array_column( HRC_Catalog::ELEMENTS, 'shortcode' );
		return (string) preg_replace_callback(
			'/' . get_shortcode_regex( $tags ) . '/',
			// [[hrc_rights_cards]] is an escaped shortcode: text, left where it is.
			static fn( $m ) => '[' === $m[1] && ']' === $m[6] ? $m[0] : "\n\n" . $m[0] . "\n\n",
			$text
		);
	}

	/**
	 * The content filter for posts without blocks (block content is not run through wpautop; its
	 * Shortcode blocks are handled by separate_in_block()).
	 *
	 * @param string $content Post content.
	 */
	public static function separate_classic( $content ) {
		return has_blocks( $content ) ? $content : self::separate( $content );
	}

	/**
	 * A Shortcode block runs wpautop() on its text when it renders (in posts, synced patterns,
	 * templates and widget areas alike): its text is separated first, and the block's output goes
	 * through shortcode_unautop() (hooked to render_block_core/shortcode), which the widget areas
	 * would not otherwise apply.
	 *
	 * @param array $block Parsed block.
	 */
	public static function separate_in_block( $block ) {
		if ( 'core/shortcode' !== ( $block['blockName'] ?? '' ) ) {
			return $block;
		}
		$block['innerHTML']    = self::separate( $block['innerHTML'] ?? '' );
		$block['innerContent'] = array_map( static fn( $part ) => is_string( $part ) ? self::separate( $part ) : $part, $block['innerContent'] ?? array() );
		return $block;
	}

	/**
	 * [hrc_report_form], [hrc_rights_cards articles="21,23"], [hrc_framework_checklist], [hrc_declaration_badge].
	 *
	 * @param array|string $atts      Attributes.
	 * @param string|null  $content   Enclosed content (unused).
	 * @param string       $shortcode Shortcode name.
	 *
	 * @SuppressWarnings(PHPMD.UnusedFormalParameter) WordPress passes the enclosed content; these shortcodes take none.
	 */
	public static function shortcode( $atts, $content, $shortcode ): string {
		$tag   = str_replace( '_', '-', (string) $shortcode );
		$block = array();
		// Attributes as the element names them (HRC_Catalog); a bare or "no"/"off"/"false"/"0" boolean.
		foreach ( (array) $atts as $name => $value ) {
			if ( is_int( $name ) ) {
				// A bare attribute ([hrc_rights_cards search]) comes as a value without a name.
				$name  = (string) $value;
				$value = '';
			}
			$definition = HRC_Catalog::ELEMENTS[ $tag ]['attributes'][ strtolower( (string) $name ) ] ?? null;
			if ( null !== $definition ) {
				$block[ $definition['key'] ] = 'boolean' === $definition['kind'] ? ! in_array( strtolower( trim( (string) $value ) ), array( '0', 'false', 'no', 'off' ), true ) : (string) $value;
			}
		}
		return self::render( $tag, $block );
	}

	/**
	 * Markup of one element.
	 *
	 * @param string $tag   Element name.
	 * @param array  $attrs Block attributes.
	 */
	public static function render( string $tag, array $attrs ): string {
		switch ( $tag ) {
			case 'hrc-report-form':
				return HRC_Render::report_form( $attrs );
			case 'hrc-rights-cards':
				return HRC_Render::rights_cards( $attrs );
			case 'hrc-framework-checklist':
				return HRC_Render::framework_checklist( $attrs );
			case 'hrc-declaration-badge':
				return HRC_Render::declaration_badge( $attrs );
			case 'hrc-report-stats':
				return HRC_Statistics::render_element( $attrs );
		}
		return '';
	}
}
