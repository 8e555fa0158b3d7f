<?php
/**
 * The city's settings (Settings API, manage_options). They reach the elements as attributes.
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Settings page and access.
 */
final class HRC_Settings {

	public const OPTION = 'hrc_widgets_settings';
	public const PAGE   = 'hrc-widgets-settings';

	/**
	 * Default values.
	 */
	public static function defaults(): array {
		return array(
			'city'             => '',
			'default_locale'   => HRC_Locales::from_wp_locale( (string) get_locale() ) ? HRC_Locales::from_wp_locale( (string) get_locale() ) : 'en',
			'office_name'      => '',
			'office_url'       => '',
			'office_phone'     => '',
			'privacy_url'      => '',
			'declaration_year' => '',
			'declaration_url'  => '',
			'equality'         => false,
			'retention_days'   => 365,
			'notify_email'     => '',
			'trusted_proxies'  => '',
			'office_keys'      => '',
			'follow_up_url'    => '',
			'reply_days'       => 0,
			'areas'            => array(),
			'uninstall_delete' => false,
		);
	}

	/**
	 * One setting.
	 *
	 * @param string $key Setting name.
	 * @return mixed
	 */
	public static function get( string $key ) {
		$all = wp_parse_args( (array) get_option( self::OPTION, array() ), self::defaults() );
		return $all[ $key ] ?? null;
	}

	/**
	 * Admin hooks.
	 */
	public static function hooks(): void {
		add_action( 'admin_menu', array( self::class, 'menu' ), 20 );
		add_action( 'admin_init', array( self::class, 'register' ) );
		add_filter( 'plugin_row_meta', array( self::class, 'plugin_row' ), 10, 2 );
	}

	/**
	 * On the plugins screen, before anyone deactivates and deletes the plugin: how many reports there
	 * are, whether deleting the plugin keeps them, and the export link.
	 *
	 * @param array  $meta The row's links.
	 * @param string $file Plugin file.
	 */
	public static function plugin_row( $meta, $file ) {
		if ( plugin_basename( HRC_WIDGETS_FILE ) !== $file || ! current_user_can( HRC_Admin_Reports::capability() ) ) {
			return $meta;
		}
		$text   = self::reports_count_text() . ' ' . ( self::get( 'uninstall_delete' )
			? __( 'Deleting the plugin deletes them too, as set in its settings.', 'hrc-widgets' )
			: __( 'Deleting the plugin keeps them.', 'hrc-widgets' ) );
		$meta[] = esc_html( $text ) . ' <a href="' . esc_url( HRC_Admin_Reports::export_url() ) . '">' . esc_html__( 'Export all reports as CSV', 'hrc-widgets' ) . '</a>';
		return $meta;
	}

	/**
	 * The settings page under the plugin's menu.
	 */
	public static function menu(): void {
		add_submenu_page( HRC_Admin_Reports::PAGE, __( 'Human rights city settings', 'hrc-widgets' ), __( 'Settings', 'hrc-widgets' ), 'manage_options', self::PAGE, array( self::class, 'page' ) );
	}

	/**
	 * Fields with labels and types.
	 */
	private static function fields(): array {
		return array(
			'city'             => array( __( 'City or municipality', 'hrc-widgets' ), 'text' ),
			'default_locale'   => array( __( 'Default language of the widgets', 'hrc-widgets' ), 'locale' ),
			'office_name'      => array( __( 'Name of the anti-discrimination office', 'hrc-widgets' ), 'text' ),
			'office_url'       => array( __( 'Website of the office', 'hrc-widgets' ), 'url' ),
			'office_phone'     => array( __( 'Phone number of the office', 'hrc-widgets' ), 'text' ),
			'privacy_url'      => array( __( 'Privacy statement', 'hrc-widgets' ), 'url' ),
			'declaration_year' => array( __( 'Year the human rights declaration was adopted', 'hrc-widgets' ), 'year' ),
			'declaration_url'  => array( __( 'Link to the declaration', 'hrc-widgets' ), 'url' ),
			'equality'         => array( __( 'Ask the optional equality questions in the report form', 'hrc-widgets' ), 'checkbox' ),
			'retention_days'   => array( __( 'Delete closed reports after (days)', 'hrc-widgets' ), 'days' ),
			'notify_email'     => array( __( 'Send a notice of new reports to', 'hrc-widgets' ), 'email' ),
			'trusted_proxies'  => array( __( 'Trusted reverse proxies', 'hrc-widgets' ), 'proxies' ),
			'office_keys'      => array( __( 'Office public keys (sealed reports)', 'hrc-widgets' ), 'keys' ),
			'follow_up_url'    => array( __( 'Follow-up page (receipts)', 'hrc-widgets' ), 'follow_up' ),
			'reply_days'       => array( __( 'The office answers within (working days)', 'hrc-widgets' ), 'follow_up' ),
			'areas'            => array( __( 'Parts of the city (statistics by area)', 'hrc-widgets' ), 'areas' ),
			'uninstall_delete' => array( __( 'When the plugin is deleted', 'hrc-widgets' ), 'uninstall' ),
		);
	}

	/**
	 * Registers the setting, section and fields.
	 */
	public static function register(): void {
		register_setting(
			self::PAGE,
			self::OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => array( self::class, 'sanitize' ),
				'default'           => self::defaults(),
			)
		);
		add_settings_section( 'hrc_main', '', '__return_false', self::PAGE );
		foreach ( self::fields() as $key => list( $label, $type ) ) {
			add_settings_field(
				$key,
				$label,
				array( self::class, 'field' ),
				self::PAGE,
				'hrc_main',
				array(
					'key'       => $key,
					'type'      => $type,
					// The uninstall checkbox carries its own label; the row title only introduces it.
					'label_for' => 'uninstall' === $type ? null : 'hrc-' . $key,
				)
			);
		}
	}

	/**
	 * Cleans submitted values; anything unusable falls back to the current value with a notice.
	 *
	 * @param mixed $input Submitted values.
	 *
	 * @SuppressWarnings(PHPMD.NPathComplexity) One independent check per setting.
	 */
	public static function sanitize( $input ): array {
		$input   = is_array( $input ) ? $input : array();
		$current = wp_parse_args( (array) get_option( self::OPTION, array() ), self::defaults() );
		$out     = $current;
		foreach ( array( 'city', 'office_name', 'office_phone' ) as $key ) {
			$out[ $key ] = sanitize_text_field( wp_unslash( $input[ $key ] ?? '' ) );
		}
		foreach ( array( 'office_url', 'privacy_url', 'declaration_url' ) as $key ) {
			$out[ $key ] = esc_url_raw( trim( wp_unslash( $input[ $key ] ?? '' ) ), array( 'http', 'https' ) );
		}
		$locale                = (string) ( $input['default_locale'] ?? '' );
		$out['default_locale'] = HRC_Locales::has( $locale ) ? $locale : $current['default_locale'];
		$year                  = trim( (string) ( $input['declaration_year'] ?? '' ) );
		if ( '' === $year || ( ctype_digit( $year ) && (int) $year >= 1948 && (int) $year <= 2100 ) ) {
			$out['declaration_year'] = $year;
		} else {
			add_settings_error( self::OPTION, 'year', __( 'The year of the declaration must be a year such as 2011.', 'hrc-widgets' ) );
		}
		$out['equality'] = ! empty( $input['equality'] );
		$days            = (int) ( $input['retention_days'] ?? 0 );
		if ( $days >= 1 && $days <= 3650 ) {
			$out['retention_days'] = $days;
		} else {
			add_settings_error( self::OPTION, 'days', __( 'Keep reports between 1 and 3650 days.', 'hrc-widgets' ) );
		}
		$proxies = HRC_Client_Address::parse_list( (string) wp_unslash( $input['trusted_proxies'] ?? '' ) );
		if ( $proxies['invalid'] ) {
			/* translators: %s: the entries that are not addresses */
			add_settings_error( self::OPTION, 'proxies', sprintf( __( 'These trusted proxies are not IP addresses or ranges: %s', 'hrc-widgets' ), implode( ', ', $proxies['invalid'] ) ) );
		} else {
			$out['trusted_proxies'] = implode( "\n", $proxies['valid'] );
		}
		// options.php has unslashed the input already; JSON keeps its backslashes (a key file's note has some).
		$out['office_keys'] = self::sanitize_office_keys( (string) ( $input['office_keys'] ?? '' ), (string) $current['office_keys'] );
		$out['uninstall_delete'] = ! empty( $input['uninstall_delete'] );
		$out                     = self::sanitize_follow_up( $input, $out );
		$out                     = self::sanitize_areas( $input, $out );

		$email = sanitize_email( wp_unslash( $input['notify_email'] ?? '' ) );
		if ( '' === trim( (string) ( $input['notify_email'] ?? '' ) ) || is_email( $email ) ) {
			$out['notify_email'] = $email;
		} else {
			add_settings_error( self::OPTION, 'email', __( 'The notification address is not a valid e-mail address.', 'hrc-widgets' ) );
		}
		return $out;
	}

	/**
	 * Follow-up's settings: the page residents come back to with their receipt, and the promise of an
	 * answer within so many working days (0: no promise).
	 *
	 * @param array $input Submitted values.
	 * @param array $out   Cleaned values so far.
	 */
	private static function sanitize_follow_up( array $input, array $out ): array {
		$out['follow_up_url'] = esc_url_raw( trim( wp_unslash( $input['follow_up_url'] ?? '' ) ), array( 'http', 'https' ) );
		$days                 = trim( (string) ( $input['reply_days'] ?? '' ) );
		if ( '' === $days || ( ctype_digit( $days ) && (int) $days <= 365 ) ) {
			$out['reply_days'] = (int) $days;
		} else {
			add_settings_error( self::OPTION, 'reply_days', __( 'The answer promise is a number of working days from 1 to 365, or 0 for none.', 'hrc-widgets' ) );
		}
		return $out;
	}

	/**
	 * The city's areas, as the report form asks from them and statistics count them (HRC_Areas).
	 *
	 * @return array<int, array{id: string, label: string}>
	 */
	public static function areas(): array {
		return HRC_Areas::checked( self::get( 'areas' ) );
	}

	/**
	 * The areas as the list the report form's `areas` attribute takes (JSON), or '' for none.
	 */
	public static function areas_json(): string {
		$areas = self::areas();
		return $areas ? (string) wp_json_encode( $areas, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) : '';
	}

	/** The transient that keeps a refused list of areas, as typed, for its author's next view of the page. */
	private static function areas_draft_key(): string {
		return 'hrc_widgets_areas_draft_' . get_current_user_id();
	}

	/**
	 * The areas as typed, checked (HRC_Areas::parse()); refused, the list stays as it was, each
	 * problem is a settings error naming its line, and the text is kept for the field to show again.
	 * A form without the field (an older page) leaves the list as it is. A list rather than text is
	 * the stored form, which WordPress passes through this callback again when it first adds the
	 * option: kept if it follows the rules.
	 *
	 * @param array $input Submitted values.
	 * @param array $out   Cleaned values so far.
	 */
	private static function sanitize_areas( array $input, array $out ): array {
		if ( ! array_key_exists( 'areas', $input ) ) {
			return $out;
		}
		if ( is_array( $input['areas'] ) ) {
			$checked      = HRC_Areas::checked( $input['areas'] );
			$out['areas'] = count( $checked ) === count( $input['areas'] ) ? $checked : self::areas();
			return $out;
		}
		$text   = (string) $input['areas'];
		$parsed = HRC_Areas::parse( $text );
		if ( ! $parsed['problems'] ) {
			delete_transient( self::areas_draft_key() );
			$out['areas'] = $parsed['areas'];
			return $out;
		}
		set_transient( self::areas_draft_key(), $text, 600 );
		foreach ( array_slice( $parsed['problems'], 0, 10 ) as $i => $problem ) {
			add_settings_error( self::OPTION, 'areas-' . $i, self::area_problem( $problem ) );
		}
		$out['areas'] = self::areas();
		return $out;
	}

	/**
	 * A problem with the areas, in words.
	 *
	 * @param array $problem From HRC_Areas::parse().
	 */
	private static function area_problem( array $problem ): string {
		$line = (int) $problem['line'];
		$id   = (string) $problem['id'];
		switch ( $problem['code'] ) {
			case 'too-many':
				/* translators: %d: the most areas */
				return sprintf( __( 'Parts of the city: list at most %d, one per line.', 'hrc-widgets' ), HRC_Areas::MAX );
			case 'text':
				return __( 'Parts of the city: the text holds characters that are not valid text. Type the list again.', 'hrc-widgets' );
			case 'id':
				/* translators: %1$d: line number, %2$s: the id as typed */
				return sprintf( __( 'Parts of the city, line %1$d: the id "%2$s" must be 1 to 64 lower-case letters (a to z), digits or hyphens, start with a letter or digit, and not be "unspecified".', 'hrc-widgets' ), $line, $id );
			case 'duplicate':
				/* translators: %1$d: line number, %2$s: the id */
				return sprintf( __( 'Parts of the city, line %1$d: the id "%2$s" is given twice. Each part needs an id of its own.', 'hrc-widgets' ), $line, $id );
			case 'label':
				/* translators: %1$d: line number, %2$d: the longest name */
				return sprintf( __( 'Parts of the city, line %1$d: the name after "=" needs 1 to %2$d characters.', 'hrc-widgets' ), $line, HRC_Areas::LABEL_MAX );
			default:
				/* translators: %d: line number */
				return sprintf( __( 'Parts of the city, line %d: write each part as its id, "=" and its name, such as noord=Noord.', 'hrc-widgets' ), $line );
		}
	}

	/**
	 * The areas' field: the list as stored, or the text just refused, as typed, with what is wrong.
	 *
	 * @param string $id   Field id.
	 * @param string $name Field name.
	 */
	private static function areas_field( string $id, string $name ): void {
		$draft = get_transient( self::areas_draft_key() );
		$text  = is_string( $draft ) ? $draft : HRC_Areas::text( self::areas() );
		if ( is_string( $draft ) ) {
			delete_transient( self::areas_draft_key() );
		}
		$problems = is_string( $draft ) ? HRC_Areas::parse( $draft )['problems'] : array();
		$describe = $id . '-help' . ( $problems ? ' ' . $id . '-problems' : '' );
		printf(
			'<textarea id="%s" name="%s" rows="6" class="regular-text code" spellcheck="false" aria-describedby="%s"%s>%s</textarea>',
			esc_attr( $id ),
			esc_attr( $name ),
			esc_attr( $describe ),
			$problems ? ' aria-invalid="true"' : '',
			esc_textarea( $text )
		);
		if ( $problems ) {
			echo '<div id="' . esc_attr( $id ) . '-problems" class="notice notice-error inline"><p>' . esc_html__( 'This list was not saved; the parts of the city stay as they were until it is corrected:', 'hrc-widgets' ) . '</p><ul>';
			foreach ( array_slice( $problems, 0, 10 ) as $problem ) {
				echo '<li>' . esc_html( self::area_problem( $problem ) ) . '</li>';
			}
			echo '</ul></div>';
		}
		echo '<p class="description" id="' . esc_attr( $id ) . '-help">' . esc_html__( 'Only if the office wants to count reports by part of the city (districts, say): one part per line, as its id, "=" and its name, such as noord=Noord. The report form then asks, optionally, in which part it happened ("I\'d rather not say" is the default), and the statistics can publish how many reports each part had. The id is what reports and counts keep: lower-case letters, digits and hyphens; once reports use it, change only the name. At most 100 parts. Give a receiver that counts the same reports the same list. Empty: the form does not ask.', 'hrc-widgets' ) . '</p>';
	}

	/**
	 * The follow-up settings' fields.
	 *
	 * @param string $key  Setting name.
	 * @param string $id   Field id.
	 * @param string $name Field name.
	 */
	private static function follow_up_field( string $key, string $id, string $name ): void {
		$value = self::get( $key );
		if ( 'reply_days' === $key ) {
			printf( '<input type="number" id="%s" name="%s" value="%s" class="small-text" min="0" max="365" aria-describedby="%s-help" />', esc_attr( $id ), esc_attr( $name ), esc_attr( (string) (int) $value ), esc_attr( $id ) );
			echo '<p class="description" id="' . esc_attr( $id ) . '-help">' . esc_html__( 'Shown to residents who come back with their receipt: "The office answers within N working days". 0 shows no promise.', 'hrc-widgets' ) . '</p>';
			return;
		}
		printf( '<input type="url" id="%s" name="%s" value="%s" class="regular-text" aria-describedby="%s-help" />', esc_attr( $id ), esc_attr( $name ), esc_attr( (string) $value ), esc_attr( $id ) );
		echo '<p class="description" id="' . esc_attr( $id ) . '-help">' . esc_html__( 'The page with the [hrc_report_status] shortcode, where residents come back with their receipt to read the office\'s answers and add information. With office public keys and this page, the report form gives residents a receipt after sending and links to this page.', 'hrc-widgets' ) . '</p>';
	}

	/**
	 * The office public keys as stored (pretty JSON, '' for none), or the current value with a settings
	 * error saying what is wrong with the text given.
	 *
	 * @param string $text    Submitted text.
	 * @param string $current Stored value.
	 */
	private static function sanitize_office_keys( string $text, string $current ): string {
		$keys = HRC_Sealed::parse_keys( $text );
		if ( '' === $keys['error'] ) {
			return $keys['keys'] ? (string) wp_json_encode( $keys['keys'], JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT ) : '';
		}
		$messages = array(
			'json'      => __( 'The office public keys are not JSON. Paste the public key as the office page or hrc-keygen prints it.', 'hrc-widgets' ),
			'key-file'  => __( 'That is an office key file, which holds the private key. Never put it on the website: paste only the public key.', 'hrc-widgets' ),
			'private'   => __( 'That is a private key. Never put it on the website: paste only the public key.', 'hrc-widgets' ),
			'kid'       => __( 'Every office public key needs its key id ("kid"): letters, digits, dots, underscores and hyphens.', 'hrc-widgets' ),
			'not-p256'  => __( 'An office public key is not a P-256 public key in JWK form.', 'hrc-widgets' ),
			'duplicate' => __( 'Two office public keys have the same key id.', 'hrc-widgets' ),
		);
		add_settings_error( self::OPTION, 'office_keys', $messages[ $keys['error'] ] ?? $messages['not-p256'] );
		return $current;
	}

	/**
	 * Prints one field.
	 *
	 * @param array $args Field arguments.
	 */
	public static function field( array $args ): void {
		$key   = $args['key'];
		$id    = 'hrc-' . $key;
		$name  = self::OPTION . '[' . $key . ']';
		$value = self::get( $key );
		switch ( $args['type'] ) {
			case 'uninstall':
				self::uninstall_field( $id, $name, (bool) $value );
				break;
			case 'follow_up':
				self::follow_up_field( $key, $id, $name );
				break;
			case 'areas':
				self::areas_field( $id, $name );
				break;
			case 'proxies':
				printf( '<textarea id="%s" name="%s" rows="2" class="regular-text code" aria-describedby="%s-help">%s</textarea>', esc_attr( $id ), esc_attr( $name ), esc_attr( $id ), esc_textarea( (string) $value ) );
				echo '<p class="description" id="' . esc_attr( $id ) . '-help">' . esc_html__( 'Only if this site runs behind your own reverse proxy or load balancer: its addresses or ranges (such as 10.0.0.0/8), one per line. Reports from behind it are then rate-limited by the address the proxy saw (the last X-Forwarded-For entry it added), instead of all residents sharing the proxy\'s address. Leave empty otherwise: the header is then ignored, as anyone can send it.', 'hrc-widgets' ) . '</p>';
				break;
			case 'keys':
				printf( '<textarea id="%s" name="%s" rows="6" class="large-text code" spellcheck="false" aria-describedby="%s-help">%s</textarea>', esc_attr( $id ), esc_attr( $name ), esc_attr( $id ), esc_textarea( (string) $value ) );
				echo '<p class="description" id="' . esc_attr( $id ) . '-help">' . esc_html__( 'Reports are then sealed in the resident\'s browser to the office\'s key, and only the office opens them, in its own browser ("Open sealed reports"). Paste the public key as the office page or hrc-keygen prints it (a JWK with its "kid"), or several as a list. The report form seals to the first key; with keys here, the site accepts only reports sealed to one of them. After a new key, keep the old one below it for a while. Never paste a key file: it holds the private key.', 'hrc-widgets' ) . '</p>';
				break;
			case 'checkbox':
				printf( '<input type="checkbox" id="%s" name="%s" value="1" %s />', esc_attr( $id ), esc_attr( $name ), checked( (bool) $value, true, false ) );
				echo '<p class="description">' . esc_html__( 'Off by default. Answers are optional and each question can be declined; they are special category data under article 9 GDPR.', 'hrc-widgets' ) . '</p>';
				break;
			case 'locale':
				printf( '<select id="%s" name="%s">', esc_attr( $id ), esc_attr( $name ) );
				// The kit's languages, each in its own name and direction.
				foreach ( HRC_Locales::all() as $code => $language ) {
					printf( '<option value="%s" lang="%s" dir="%s" %s>%s</option>', esc_attr( $code ), esc_attr( $code ), esc_attr( $language['dir'] ), selected( $value, $code, false ), esc_html( $language['name'] ) );
				}
				echo '</select>';
				break;
			default:
				$types = array(
					'url'   => 'url',
					'email' => 'email',
					'year'  => 'number',
					'days'  => 'number',
				);
				printf(
					'<input type="%s" id="%s" name="%s" value="%s" class="%s" %s />',
					esc_attr( $types[ $args['type'] ] ?? 'text' ),
					esc_attr( $id ),
					esc_attr( $name ),
					esc_attr( (string) $value ),
					in_array( $args['type'], array( 'year', 'days' ), true ) ? 'small-text' : 'regular-text',
					'days' === $args['type'] ? 'min="1" max="3650"' : ( 'year' === $args['type'] ? 'min="1948" max="2100"' : '' )
				);
				if ( 'retention_days' === $key ) {
					echo '<p class="description">' . esc_html__( 'Counted from the day a report is closed. New and in-progress reports are never deleted because of their age.', 'hrc-widgets' ) . '</p>';
				}
				if ( 'notify_email' === $key ) {
					echo '<p class="description">' . esc_html__( 'The notice holds only the reference and a link to the report in this admin, never what the person wrote.', 'hrc-widgets' ) . '</p>';
				}
		}
	}

	/**
	 * The uninstall choice, with how many reports there are and where to export them.
	 *
	 * @param string $id    Field id.
	 * @param string $name  Field name.
	 * @param bool   $value Current value.
	 */
	private static function uninstall_field( string $id, string $name, bool $value ): void {
		printf(
			'<label for="%s"><input type="checkbox" id="%s" name="%s" value="1" %s /> %s</label>',
			esc_attr( $id ),
			esc_attr( $id ),
			esc_attr( $name ),
			checked( $value, true, false ),
			esc_html__( 'Also delete all reports, the checklist and these settings', 'hrc-widgets' )
		);
		echo '<p class="description">' . esc_html__( 'Off by default: deleting the plugin keeps its data in the database, and installing it again brings everything back.', 'hrc-widgets' ) . '</p>';
		echo '<p class="description">' . esc_html( self::reports_count_text() ) . ' ';
		if ( current_user_can( HRC_Admin_Reports::capability() ) ) {
			printf( '<a href="%s">%s</a>', esc_url( HRC_Admin_Reports::export_url() ), esc_html__( 'Export all reports as CSV', 'hrc-widgets' ) );
		}
		echo '</p>';
	}

	/**
	 * How many reports the site keeps, as a sentence without plural forms.
	 */
	public static function reports_count_text(): string {
		/* translators: %d: number of reports */
		return sprintf( __( 'Reports kept on this site: %d.', 'hrc-widgets' ), HRC_Store::total() );
	}

	/**
	 * The page.
	 */
	public static function page(): void {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
		// Every message, WordPress's own "Settings saved." included: WordPress prints them itself only
		// on pages under its Settings menu.
		settings_errors();
		echo '<form action="options.php" method="post">';
		settings_fields( self::PAGE );
		do_settings_sections( self::PAGE );
		submit_button();
		echo '</form>';
		HRC_Admin_Reports::retention_summary();
		echo '</div>';
	}
}
