<?php
/**
 * The markup of the four elements, shared by the blocks and the shortcodes: the custom element with the
 * city's settings as attributes and light-DOM fallback content (readable before and without
 * JavaScript, and what search engines see). Only attributes are saved in posts, never this markup, so a
 * newer kit never makes a saved block invalid.
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Element markup.
 */
final class HRC_Render {

	/** Whether the markup is for the block editor's preview (WordPress's block renderer route). */
	private static bool $preview = false;

	/**
	 * Notes a request to the block renderer, which draws the editor's preview of a dynamic block
	 * (also inside the iframed editor). Hooked to rest_request_before_callbacks.
	 *
	 * @param mixed           $response Response so far.
	 * @param array           $handler  Route handler.
	 * @param WP_REST_Request $request  Request.
	 * @return mixed The response, unchanged.
	 *
	 * @SuppressWarnings(PHPMD.UnusedFormalParameter) WordPress's filter signature.
	 */
	public static function note_preview( $response, $handler, $request ) {
		if ( $request instanceof WP_REST_Request && str_starts_with( $request->get_route(), '/wp/v2/block-renderer/' ) ) {
			self::$preview = true;
		}
		return $response;
	}

	/**
	 * The kit's URL rule on the server: http, https or a relative address; an address to contact (the
	 * office) may also be mailto: or tel:. Anything else (javascript:, data:, vbscript: …, however
	 * written) becomes '' and the attribute or link is left out.
	 *
	 * @param mixed $value   Address from a setting, an attribute or the content data.
	 * @param bool  $contact Whether mailto: and tel: are allowed.
	 */
	public static function url( $value, bool $contact = false ): string {
		$value = is_string( $value ) ? trim( $value ) : '';
		if ( '' === $value ) {
			return '';
		}
		return esc_url( $value, $contact ? array( 'http', 'https', 'mailto', 'tel' ) : array( 'http', 'https' ) );
	}

	/**
	 * The framework content of a locale, as the bundled kit has it (assets/kit/content/<locale>.json;
	 * a regional locale shows its language's content, a locale without content English).
	 *
	 * @param string $locale A language of the kit.
	 */
	public static function content( string $locale ): array {
		static $cache = array();
		if ( ! isset( $cache[ $locale ] ) ) {
			$data = null;
			foreach ( array_unique( array( strtolower( explode( '-', $locale )[0] ), 'en' ) ) as $tag ) {
				$file = HRC_WIDGETS_DIR . 'assets/kit/content/' . $tag . '.json';
				$data = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions
				if ( is_array( $data ) ) {
					break;
				}
			}
			$cache[ $locale ] = is_array( $data ) ? $data : array();
		}
		return $cache[ $locale ];
	}

	/**
	 * A language of the kit: the block's choice, else the site setting.
	 *
	 * @param string $lang Requested language.
	 */
	public static function locale( string $lang ): string {
		return HRC_Locales::has( $lang ) ? $lang : (string) HRC_Settings::get( 'default_locale' );
	}

	/**
	 * An opening tag with escaped attributes; `true` prints a boolean attribute, '' and null/false none.
	 *
	 * @param string $tag   Element.
	 * @param array  $attrs Attributes.
	 */
	public static function open( string $tag, array $attrs ): string {
		$out = '<' . $tag;
		foreach ( $attrs as $name => $value ) {
			if ( true === $value ) {
				$out .= ' ' . $name;
			} elseif ( null !== $value && false !== $value && '' !== (string) $value ) {
				$out .= sprintf( ' %s="%s"', $name, esc_attr( (string) $value ) );
			}
		}
		return $out . '>';
	}

	/**
	 * The attributes an editor set on a block or in a shortcode, checked as their kind says (see
	 * HRC_Catalog): by element attribute, the value to print ('' or false: left out). Options of the
	 * plugin's own that are not element attributes are left out too.
	 *
	 * @param string $tag   Element.
	 * @param array  $block Block attributes.
	 */
	public static function editor_attributes( string $tag, array $block ): array {
		$out = array();
		foreach ( HRC_Catalog::ELEMENTS[ $tag ]['attributes'] as $name => $definition ) {
			if ( empty( $definition['only'] ) ) {
				// Absent (a shortcode names only what it changes; blocks come with every default): not
				// set, except that a boolean is then its default.
				$out[ $name ] = self::check( $definition, $block[ $definition['key'] ] ?? ( 'boolean' === $definition['kind'] ? $definition['default'] : '' ) );
			}
		}
		return $out;
	}

	/**
	 * One value checked as its kind says; '' when it is not acceptable.
	 *
	 * @param array $definition An attribute of HRC_Catalog::ELEMENTS.
	 * @param mixed $value      Value.
	 * @return string|bool
	 */
	public static function check( array $definition, $value ) {
		$kind = $definition['kind'];
		if ( 'boolean' === $kind ) {
			return isset( $definition['when_off'] ) ? ( $value ? '' : $definition['when_off'] ) : (bool) $value;
		}
		$value  = is_scalar( $value ) ? trim( (string) $value ) : '';
		$values = self::values( $definition );
		if ( null !== $values ) {
			return in_array( $value, $values, true ) ? $value : '';
		}
		switch ( $kind ) {
			case 'url':
				return self::url( $value );
			case 'articles':
				$numbers = array_filter( array_map( 'intval', preg_split( '/[\s,;]+/', $value ) ), static fn( $n ) => $n >= 1 && $n <= 54 );
				return implode( ',', array_unique( $numbers ) );
			case 'token':
				return preg_match( '/^[A-Za-z0-9._-]{1,64}$/', $value ) ? $value : '';
		}
		return sanitize_text_field( $value );
	}

	/**
	 * The values an attribute of a list kind may take, or null for a free kind: the kit's languages
	 * (from its manifest, HRC_Locales), the framework's grounds and chapters, a choice's options.
	 *
	 * @param array $definition An attribute of HRC_Catalog::ELEMENTS.
	 */
	public static function values( array $definition ): ?array {
		if ( 'locale' === $definition['kind'] ) {
			return array_keys( HRC_Locales::all() );
		}
		return $definition['values'] ?? HRC_Catalog::VALUES[ $definition['kind'] ] ?? null;
	}

	/**
	 * A fixed text of the fallback markup in a language of the kit: the plugin's gettext catalogue of
	 * that language (found by HRC_Locales; none: English), read directly, so the element's language
	 * may differ from the page's without switching WordPress's translations.
	 *
	 * @param string $text   English text (a msgid of the plugin's catalogue).
	 * @param string $locale A language of the kit.
	 */
	public static function translate( string $text, string $locale ): string {
		static $catalogues = array();
		if ( ! isset( $catalogues[ $locale ] ) ) {
			$catalogues[ $locale ] = new MO();
			$file                  = HRC_Locales::mo_file( $locale );
			if ( '' !== $file ) {
				$catalogues[ $locale ]->import_from_file( $file );
			}
		}
		return $catalogues[ $locale ]->translate( $text );
	}

	/**
	 * The element with its attributes and its fallback content.
	 *
	 * @param string $tag      Element.
	 * @param array  $attrs    Attributes (see open()).
	 * @param string $fallback HTML from HRC_Fallback.
	 */
	private static function element( string $tag, array $attrs, string $fallback ): string {
		HRC_Assets::enqueue_element( $tag );
		return self::open( $tag, $attrs ) . $fallback . '</' . $tag . '>';
	}

	/**
	 * The office's name, address and phone for the elements and their fallback.
	 */
	private static function office(): array {
		return array(
			'office-name'  => (string) HRC_Settings::get( 'office_name' ),
			'office-url'   => self::url( HRC_Settings::get( 'office_url' ), true ),
			'office-phone' => (string) HRC_Settings::get( 'office_phone' ),
		);
	}

	/**
	 * The public JWK the report form seals to, as JSON, or '' when the site has no office keys.
	 */
	private static function seal_key(): string {
		$keys = HRC_Rest::office_keys();
		return $keys ? (string) wp_json_encode( $keys[0], JSON_UNESCAPED_SLASHES ) : '';
	}

	/**
	 * <hrc-report-form>.
	 *
	 * In the block editor's preview the form is marked `preview`: it sends nothing and its quick exit
	 * stays on the page, so keys typed in the editor never take the editor away.
	 *
	 * @param array $a Block attributes (HRC_Catalog): askEqualityData '' follows the setting.
	 */
	public static function report_form( array $a ): string {
		$set    = self::editor_attributes( 'hrc-report-form', $a );
		$locale = self::locale( $set['lang'] );
		$ask    = '' === $set['ask-equality-data'] ? (bool) HRC_Settings::get( 'equality' ) : 'on' === $set['ask-equality-data'];
		$seal   = self::seal_key();
		$office = array(
			'name'  => (string) HRC_Settings::get( 'office_name' ),
			'url'   => (string) HRC_Settings::get( 'office_url' ),
			'phone' => (string) HRC_Settings::get( 'office_phone' ),
		);
		return self::element(
			'hrc-report-form',
			array(
				'lang'              => $locale,
				'endpoint'          => self::url( rest_url( 'hrc/v1/reports' ) ),
			) + self::office() + array(
				'privacy-url'       => self::url( HRC_Settings::get( 'privacy_url' ) ),
				'ask-equality-data' => $ask,
			) + $set + array(
				'preview'       => self::$preview,
				// The office's current public key (the first in the settings): the form seals to it.
				'seal-key'      => $seal,
				// With it and the follow-up page, the form gives the resident a receipt (docs/follow-up.md).
				'follow-up-url' => HRC_Report_Status::form_url(),
				// The city's areas from the settings, the list statistics count by: never a block's own.
				'areas'         => HRC_Settings::areas_json(),
				// Evidence files (the block's own option) only with sealing: they are sealed with the report.
				'evidence'      => ! empty( $a['evidence'] ) && '' !== $seal,
			),
			self::prerendered_report_form( $locale, $set ) . HRC_Fallback::reportForm( $locale, $office, (int) ( $set['heading-level'] ?: 2 ) )
		);
	}

	/**
	 * The report form's first step drawn in advance, to go first inside the element (docs/performance.md,
	 * "The first step drawn in advance"): the bundled kit's file of the form's language
	 * (assets/kit/prerender/), filled in with the kit folder's address, the form's quick exit and its
	 * heading level (HRC_Fallback::prerenderedReportForm). The browser draws the step at once, usable
	 * before any script; the element takes it over. Left out ('') in the block editor's preview (a
	 * preview draws the form differently), when the Shift shortcut is off (the drawn step shows its hint)
	 * and for a language the kit has no such file for.
	 *
	 * @param string $locale A language of the kit.
	 * @param array  $set    The form's checked attributes (editor_attributes()).
	 */
	private static function prerendered_report_form( string $locale, array $set ): string {
		if ( self::$preview || 'off' === $set['quick-exit-shortcut'] || ! preg_match( '/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/', $locale ) ) {
			return '';
		}
		$file = HRC_WIDGETS_DIR . 'assets/kit/prerender/hrc-report-form.' . $locale . '.html';
		if ( ! is_readable( $file ) || null === HRC_Assets::kit_url( 'hrc-report-form.css' ) ) {
			return '';
		}
		return HRC_Fallback::prerenderedReportForm(
			(string) file_get_contents( $file ), // phpcs:ignore WordPress.WP.AlternativeFunctions
			HRC_WIDGETS_URL . 'assets/kit/',
			// The address as the element reads it from its attribute (esc_url() wrote it as HTML).
			html_entity_decode( (string) $set['quick-exit-url'], ENT_QUOTES | ENT_HTML5, 'UTF-8' ),
			(int) ( $set['heading-level'] ?: 2 )
		);
	}

	/**
	 * <hrc-rights-cards>: the articles given, else the chapter's.
	 *
	 * @param array $a Block attributes (HRC_Catalog).
	 */
	public static function rights_cards( array $a ): string {
		$set    = self::editor_attributes( 'hrc-rights-cards', $a );
		$locale = self::locale( $set['lang'] );
		if ( '' !== $set['articles'] ) {
			$set['chapter'] = '';
		}
		return self::element(
			'hrc-rights-cards',
			array( 'lang' => $locale ) + $set + self::office(),
			HRC_Fallback::rightsCards( $locale, self::content( $locale ), $set['articles'], $set['chapter'], (int) ( $set['heading-level'] ?: 3 ), 'compact' === $set['variant'] )
		);
	}

	/**
	 * <hrc-framework-checklist>: the assessment at the address given, else this site's published one;
	 * without either, nothing (an empty checklist would read as a city that did nothing), and in the
	 * editor's preview a note saying why.
	 *
	 * @param array $a Block attributes (HRC_Catalog).
	 */
	public static function framework_checklist( array $a ): string {
		$set        = self::editor_attributes( 'hrc-framework-checklist', $a );
		$assessment = null;
		if ( '' === $set['src'] ) {
			$assessment = HRC_Admin_Checklist::published();
			if ( null === $assessment ) {
				return self::$preview ? '<div class="hrc-editor-notice"><p><strong>' . esc_html__( 'No assessment is published yet.', 'hrc-widgets' ) . '</strong> ' . esc_html__( 'This block shows nothing on the site until the city publishes its assessment under Human rights city → Checklist.', 'hrc-widgets' ) . '</p></div>' : '';
			}
			$set['src'] = self::url( rest_url( 'hrc/v1/assessment' ) );
		}
		$locale = self::locale( $set['lang'] );
		return self::element(
			'hrc-framework-checklist',
			array( 'lang' => $locale ) + $set,
			HRC_Fallback::checklist( $locale, self::content( $locale ), $assessment, null === $assessment ? (string) ( $a['src'] ?? '' ) : '', (int) ( $set['heading-level'] ?: 2 ) )
		);
	}

	/**
	 * <hrc-declaration-badge>: the city's declaration from the settings; the progress line from the
	 * address given, else (when shown) from this site's published assessment.
	 *
	 * @param array $a Block attributes (HRC_Catalog): showStatus is the plugin's own.
	 */
	public static function declaration_badge( array $a ): string {
		$set    = self::editor_attributes( 'hrc-declaration-badge', $a );
		$locale = self::locale( $set['lang'] );
		if ( '' === $set['status-src'] && ( $a['showStatus'] ?? true ) && null !== HRC_Admin_Checklist::published() ) {
			$set['status-src'] = self::url( rest_url( 'hrc/v1/assessment' ) );
		}
		if ( '' === $set['status-src'] ) {
			$set['status-url'] = '';
		}
		$city = (string) HRC_Settings::get( 'city' );
		$year = (string) HRC_Settings::get( 'declaration_year' );
		return self::element(
			'hrc-declaration-badge',
			array(
				'lang'            => $locale,
				'city'            => $city,
				'year'            => $year,
				'declaration-url' => self::url( HRC_Settings::get( 'declaration_url' ) ),
			) + $set,
			HRC_Fallback::badge( $locale, $city, $year, (string) HRC_Settings::get( 'declaration_url' ) )
		);
	}
}
