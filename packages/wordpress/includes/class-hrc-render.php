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
	 * The framework content of a locale (copied from @hrc/framework at build time).
	 *
	 * @param string $locale nl or en.
	 */
	public static function content( string $locale ): array {
		static $cache = array();
		if ( ! isset( $cache[ $locale ] ) ) {
			$file             = HRC_WIDGETS_DIR . 'data/' . $locale . '.json';
			$data             = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions
			$cache[ $locale ] = is_array( $data ) ? $data : array();
		}
		return $cache[ $locale ];
	}

	/**
	 * nl or en: the block's choice, else the site setting.
	 *
	 * @param string $lang Requested language.
	 */
	public static function locale( string $lang ): string {
		return in_array( $lang, array( 'nl', 'en' ), true ) ? $lang : (string) HRC_Settings::get( 'default_locale' );
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
	 * Switches translations to the element's language while its fallback text is written.
	 *
	 * @param string   $locale nl or en.
	 * @param callable $fn     Writer.
	 */
	private static function in_locale( string $locale, callable $fn ): string {
		global $l10n;
		static $catalogues = array();
		// The element's language can differ from the site's: swap in the plugin's catalogue of that
		// language (English: none) while writing, whatever the site's language packs hold.
		if ( ! isset( $catalogues[ $locale ] ) ) {
			$catalogues[ $locale ] = new MO();
			$file                  = HRC_WIDGETS_DIR . 'languages/hrc-widgets-' . ( 'nl' === $locale ? 'nl_NL' : 'en_US' ) . '.mo';
			if ( is_readable( $file ) ) {
				$catalogues[ $locale ]->import_from_file( $file );
			}
		}
		$previous                = $l10n['hrc-widgets'] ?? null;
		$l10n['hrc-widgets']     = $catalogues[ $locale ]; // phpcs:ignore WordPress.WP.GlobalVariablesOverride
		$html                    = $fn();
		if ( null === $previous ) {
			unset( $l10n['hrc-widgets'] );
		} else {
			$l10n['hrc-widgets'] = $previous; // phpcs:ignore WordPress.WP.GlobalVariablesOverride
		}
		return $html;
	}

	/**
	 * The office's contact line.
	 */
	private static function office_line(): string {
		$name  = (string) HRC_Settings::get( 'office_name' );
		$url   = self::url( HRC_Settings::get( 'office_url' ), true );
		$phone = (string) HRC_Settings::get( 'office_phone' );
		if ( '' === $name && '' === $url && '' === $phone ) {
			return '';
		}
		$label = '' !== $name ? $name : __( 'the anti-discrimination office', 'hrc-widgets' );
		$who   = '' !== $url ? sprintf( '<a href="%s">%s</a>', $url, esc_html( $label ) ) : esc_html( $label );
		/* translators: %s: name of the anti-discrimination office, possibly a link */
		$line = sprintf( esc_html__( 'You can also contact %s.', 'hrc-widgets' ), $who );
		if ( '' !== $phone ) {
			/* translators: %s: phone number */
			$line .= ' ' . sprintf( esc_html__( 'Phone: %s', 'hrc-widgets' ), sprintf( '<a href="tel:%s">%s</a>', esc_attr( preg_replace( '/[^0-9+]/', '', $phone ) ), esc_html( $phone ) ) );
		}
		return '<p>' . $line . '</p>';
	}

	/**
	 * <hrc-report-form>.
	 *
	 * In the block editor's preview the form is marked `preview`: it sends nothing and its quick exit
	 * stays on the page, so keys typed in the editor never take the editor away.
	 *
	 * @param array $a Attributes: lang, askEqualityData ('', 'on', 'off'), ground, quickExitUrl,
	 *                 quickExitShortcut ('' or 'off').
	 */
	public static function report_form( array $a ): string {
		HRC_Assets::enqueue_element( 'hrc-report-form' );
		$locale   = self::locale( (string) ( $a['lang'] ?? '' ) );
		$equality = (string) ( $a['askEqualityData'] ?? '' );
		$ask      = '' === $equality ? (bool) HRC_Settings::get( 'equality' ) : 'on' === $equality;
		$html     = self::open(
			'hrc-report-form',
			array(
				'lang'              => $locale,
				'endpoint'            => self::url( rest_url( 'hrc/v1/reports' ) ),
				'office-name'         => HRC_Settings::get( 'office_name' ),
				'office-url'          => self::url( HRC_Settings::get( 'office_url' ), true ),
				'office-phone'        => HRC_Settings::get( 'office_phone' ),
				'privacy-url'         => self::url( HRC_Settings::get( 'privacy_url' ) ),
				'ask-equality-data'   => $ask,
				'quick-exit-url'      => self::url( $a['quickExitUrl'] ?? '' ),
				'quick-exit-shortcut' => 'off' === ( $a['quickExitShortcut'] ?? '' ) ? 'off' : '',
				'ground'              => sanitize_key( (string) ( $a['ground'] ?? '' ) ),
				'preview'             => self::$preview,
			)
		);
		$html    .= self::in_locale(
			$locale,
			static fn() => '<h2>' . esc_html__( 'Report discrimination', 'hrc-widgets' ) . '</h2><p>'
				. esc_html__( 'The report form needs JavaScript. Please turn it on, or use another browser.', 'hrc-widgets' ) . '</p>'
				. self::office_line()
		);
		return $html . '</hrc-report-form>';
	}

	/**
	 * <hrc-rights-cards>.
	 *
	 * @param array $a Attributes: lang, articles ("21,23"), chapter, variant, reportUrl.
	 */
	public static function rights_cards( array $a ): string {
		HRC_Assets::enqueue_element( 'hrc-rights-cards' );
		$locale   = self::locale( (string) ( $a['lang'] ?? '' ) );
		$numbers  = array_values( array_filter( array_map( 'intval', explode( ',', (string) ( $a['articles'] ?? '' ) ) ) ) );
		$chapter  = sanitize_key( (string) ( $a['chapter'] ?? '' ) );
		$variant  = in_array( $a['variant'] ?? '', array( 'compact', 'full' ), true ) ? $a['variant'] : '';
		$html     = self::open(
			'hrc-rights-cards',
			array(
				'lang'         => $locale,
				'articles'     => implode( ',', $numbers ),
				'chapter'      => $chapter,
				'variant'      => $variant,
				'office-name'  => HRC_Settings::get( 'office_name' ),
				'office-url'   => self::url( HRC_Settings::get( 'office_url' ), true ),
				'office-phone' => HRC_Settings::get( 'office_phone' ),
				'report-url'   => self::url( $a['reportUrl'] ?? '' ),
			)
		);
		$articles = self::content( $locale )['charter']['articles'] ?? array();
		$chosen   = array_filter(
			$articles,
			static fn( $art ) => $numbers ? in_array( (int) $art['number'], $numbers, true ) : ( '' !== $chapter && $art['chapter'] === $chapter )
		);
		$html    .= self::in_locale(
			$locale,
			static function () use ( $chosen ) {
				$out = '';
				foreach ( $chosen as $art ) {
					/* translators: 1: article number, 2: article title */
					$out .= '<article><h3>' . esc_html( sprintf( __( 'Article %1$d: %2$s', 'hrc-widgets' ), (int) $art['number'], $art['title'] ) ) . '</h3>'
						. '<p>' . esc_html( $art['plain']['meaning'] ?? '' ) . '</p>'
						. ( '' === self::url( $art['url'] ?? '' ) ? '' : '<p><a href="' . self::url( $art['url'] ) . '">' . esc_html__( 'Read more about this right', 'hrc-widgets' ) . '</a></p>' )
						. '</article>';
				}
				return $out;
			}
		);
		return $html . '</hrc-rights-cards>';
	}

	/**
	 * The status labels of the checklist.
	 */
	public static function status_labels(): array {
		return array(
			'not-started'    => __( 'Not started', 'hrc-widgets' ),
			'planned'        => __( 'Planned', 'hrc-widgets' ),
			'in-progress'    => __( 'In progress', 'hrc-widgets' ),
			'in-place'       => __( 'In place', 'hrc-widgets' ),
			'not-applicable' => __( 'Not applicable', 'hrc-widgets' ),
		);
	}

	/**
	 * Whether this is the block editor's server-rendered preview (the block-renderer REST route).
	 */
	private static function is_editor_preview(): bool {
		$route = $GLOBALS['wp']->query_vars['rest_route'] ?? '';
		return defined( 'REST_REQUEST' ) && REST_REQUEST && str_starts_with( (string) $route, '/wp/v2/block-renderer/' );
	}

	/**
	 * <hrc-framework-checklist> showing the published assessment, read-only; nothing while none is published.
	 *
	 * @param array $a Attributes: lang, compareSrc.
	 */
	public static function framework_checklist( array $a ): string {
		$assessment = HRC_Admin_Checklist::published();
		if ( null === $assessment ) {
			// An empty checklist would read as a city that did nothing: the page shows nothing until an
			// assessment is published, and the editor's preview says why.
			return self::is_editor_preview() ? '<div class="hrc-editor-notice"><p><strong>' . esc_html__( 'No assessment is published yet.', 'hrc-widgets' ) . '</strong> ' . esc_html__( 'This block shows nothing on the site until the city publishes its assessment under Human rights city → Checklist.', 'hrc-widgets' ) . '</p></div>' : '';
		}
		HRC_Assets::enqueue_element( 'hrc-framework-checklist' );
		$locale     = self::locale( (string) ( $a['lang'] ?? '' ) );
		$html       = self::open(
			'hrc-framework-checklist',
			array(
				'lang'        => $locale,
				'src'         => self::url( rest_url( 'hrc/v1/assessment' ) ),
				'readonly'    => true,
				'compare-src' => self::url( $a['compareSrc'] ?? '' ),
			)
		);
		$content    = self::content( $locale );
		$html      .= self::in_locale(
			$locale,
			static function () use ( $content, $assessment ) {
				$labels = self::status_labels();
				$out    = '';
				foreach ( $content['layers'] ?? array() as $layer ) {
					$out .= '<h3>' . esc_html( $layer['title'] ) . '</h3><ul>';
					foreach ( $content['elements'] ?? array() as $element ) {
						if ( $element['layer'] !== $layer['id'] ) {
							continue;
						}
						$status = $assessment['elements'][ $element['id'] ]['status'] ?? 'not-started';
						$out   .= '<li>' . esc_html( $element['title'] ) . ': ' . esc_html( $labels[ $status ] ?? $status ) . '</li>';
					}
					$out .= '</ul>';
				}
				return $out;
			}
		);
		return $html . '</hrc-framework-checklist>';
	}

	/**
	 * <hrc-declaration-badge>.
	 *
	 * @param array $a Attributes: lang, variant, size, showStatus.
	 */
	public static function declaration_badge( array $a ): string {
		HRC_Assets::enqueue_element( 'hrc-declaration-badge' );
		$locale  = self::locale( (string) ( $a['lang'] ?? '' ) );
		$city    = (string) HRC_Settings::get( 'city' );
		$year    = (string) HRC_Settings::get( 'declaration_year' );
		$url     = self::url( HRC_Settings::get( 'declaration_url' ) );
		$status  = ( $a['showStatus'] ?? true ) && null !== HRC_Admin_Checklist::published();
		$html    = self::open(
			'hrc-declaration-badge',
			array(
				'lang'            => $locale,
				'city'            => $city,
				'year'            => $year,
				'declaration-url' => $url,
				'variant'         => in_array( $a['variant'] ?? '', array( 'seal', 'horizontal', 'compact' ), true ) ? $a['variant'] : '',
				'size'            => in_array( $a['size'] ?? '', array( 's', 'm', 'l' ), true ) ? $a['size'] : '',
				'status-src'      => $status ? self::url( rest_url( 'hrc/v1/assessment' ) ) : '',
				'status-url'      => $status ? self::url( $a['statusUrl'] ?? '' ) : '',
			)
		);
		$html   .= self::in_locale(
			$locale,
			static function () use ( $city, $year, $url ) {
				/* translators: 1: city, 2: year */
				$text = '' !== $year ? sprintf( __( '%1$s, human rights city since %2$s', 'hrc-widgets' ), $city, $year ) : sprintf(
					/* translators: %s: city */
					__( '%s, human rights city', 'hrc-widgets' ),
					$city
				);
				return '' !== $url ? '<a href="' . $url . '">' . esc_html( $text ) . '</a>' : '<span>' . esc_html( $text ) . '</span>';
			}
		);
		return $html . '</hrc-declaration-badge>';
	}
}
