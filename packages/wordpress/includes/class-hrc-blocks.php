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

	public const TAGS = array( 'hrc-report-form', 'hrc-rights-cards', 'hrc-framework-checklist', 'hrc-declaration-badge' );

	/**
	 * Shortcode attribute (as an editor types it) → block attribute.
	 */
	private const SHORTCODE_ATTRS = array(
		'lang'                => 'lang',
		'ask-equality-data'   => 'askEqualityData',
		'ground'              => 'ground',
		'quick-exit-url'      => 'quickExitUrl',
		'quick-exit-shortcut' => 'quickExitShortcut',
		'articles'            => 'articles',
		'chapter'             => 'chapter',
		'variant'             => 'variant',
		'report-url'          => 'reportUrl',
		'compare-src'         => 'compareSrc',
		'size'                => 'size',
		'show-status'         => 'showStatus',
		'status-url'          => 'statusUrl',
	);

	/**
	 * Registers blocks and shortcodes.
	 */
	public static function register(): void {
		add_filter( 'rest_request_before_callbacks', array( HRC_Render::class, 'note_preview' ), 10, 3 );
		foreach ( self::TAGS as $tag ) {
			$name = substr( $tag, 4 );
			register_block_type( HRC_WIDGETS_DIR . 'blocks/' . $name );
			add_shortcode( str_replace( '-', '_', $tag ), array( self::class, 'shortcode' ) );
		}
	}

	/**
	 * [hrc_report_form], [hrc_rights_cards articles="21,23"], [hrc_framework_checklist], [hrc_declaration_badge].
	 *
	 * @param array|string $atts      Attributes.
	 * @param string|null  $content   Enclosed content (unused).
	 * @param string       $shortcode Shortcode name.
	 */
	public static function shortcode( $atts, $content, $shortcode ): string {
		$block = array();
		foreach ( (array) $atts as $name => $value ) {
			$key = self::SHORTCODE_ATTRS[ strtolower( (string) $name ) ] ?? null;
			if ( null !== $key ) {
				$block[ $key ] = 'showStatus' === $key ? ! in_array( strtolower( (string) $value ), array( '0', 'false', 'no', 'off' ), true ) : (string) $value;
			}
		}
		return self::render( str_replace( '_', '-', (string) $shortcode ), $block );
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
		}
		return '';
	}
}
