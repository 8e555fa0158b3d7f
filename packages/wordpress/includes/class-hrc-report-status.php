<?php
/**
 * The page residents come back to with their receipt: `[hrc_report_status]` prints <hrc-report-status>
 * pointed at this site's follow-up route, with the office's public key (the element seals the
 * resident's messages to it) and name. The report form links to this page (the "Follow-up page"
 * setting) and gives a receipt only where the site has office public keys and this page.
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The status page's shortcode.
 */
final class HRC_Report_Status {

	public const TAG       = 'hrc-report-status';
	public const SHORTCODE = 'hrc_report_status';

	/**
	 * Hooks.
	 */
	public static function hooks(): void {
		add_action( 'init', array( self::class, 'register' ) );
		// Where WordPress has the script-modules API, the element's module is registered like the blocks'.
		add_action( 'init', array( self::class, 'register_module' ), 5 );
	}

	/**
	 * The shortcode.
	 */
	public static function register(): void {
		add_shortcode( self::SHORTCODE, array( self::class, 'shortcode' ) );
	}

	/**
	 * The element's module (WordPress 6.5+).
	 */
	public static function register_module(): void {
		$url = HRC_Assets::kit_url( self::TAG . '.js' );
		if ( HRC_Assets::has_module_api() && null !== $url ) {
			wp_register_script_module( '@hrc/' . self::TAG, $url, array(), HRC_WIDGETS_VERSION );
		}
	}

	/**
	 * The follow-up page's address for the report form, when the site answers receipts: office public
	 * keys (follow-up is built on sealed reports) and the page set. '' otherwise.
	 */
	public static function form_url(): string {
		if ( ! HRC_Rest::office_keys() ) {
			return '';
		}
		return HRC_Render::url( HRC_Settings::get( 'follow_up_url' ) );
	}

	/**
	 * The element's `seal-key`: the office key, or with several (while keys are rotated) the set, so an
	 * answer sent with any of them is confirmed; the resident's messages are sealed to the first.
	 *
	 * @param array $keys Office public keys (JWKs with a kid).
	 */
	private static function seal_key( array $keys ): string {
		if ( ! $keys ) {
			return '';
		}
		return (string) wp_json_encode( 1 === count( $keys ) ? $keys[0] : array( 'keys' => array_values( $keys ) ), JSON_UNESCAPED_SLASHES );
	}

	/**
	 * [hrc_report_status lang="nl" quick-exit-url="…" heading-level="2"].
	 *
	 * @param array|string $atts Attributes.
	 */
	public static function shortcode( $atts ): string {
		$atts   = array_change_key_case( (array) $atts, CASE_LOWER );
		$keys   = HRC_Rest::office_keys();
		$locale = HRC_Render::locale( (string) ( $atts['lang'] ?? '' ) );
		$level  = (string) ( $atts['heading-level'] ?? '' );
		HRC_Assets::enqueue_element( self::TAG );
		$open = HRC_Render::open(
			self::TAG,
			array(
				'lang'           => $locale,
				'endpoint'       => HRC_Render::url( rest_url( 'hrc/v1/follow-up' ) ),
				'seal-key'       => self::seal_key( $keys ),
				'office-name'    => (string) HRC_Settings::get( 'office_name' ),
				'quick-exit-url' => HRC_Render::url( $atts['quick-exit-url'] ?? '' ),
				'heading-level'  => in_array( $level, array( '2', '3', '4', '5', '6' ), true ) ? $level : '',
			)
		);
		$fallback = '<p>' . esc_html__( 'Follow up your report here with the receipt you kept. This page needs JavaScript.', 'hrc-widgets' ) . '</p>';
		return $open . $fallback . '</' . self::TAG . '>';
	}
}
