<?php
/**
 * A stored report in words for the office: the admin list, the single view and the personal-data export
 * show grounds, areas of life, roles, wishes, equality answers and statuses as the form showed them to
 * the resident, in the reader's language. Grounds and areas of life come from the framework content
 * the plugin ships (assets/kit/content/<locale>.json); the form's own words are the plugin's translated strings.
 * The CSV export keeps the stable codes (docs/wordpress.md lists where their meaning is).
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Report labels.
 */
final class HRC_Report_View {

	/**
	 * The content language for the current reader: the admin's own language when the plugin has
	 * content in it, else English.
	 */
	public static function content_locale(): string {
		$lang = strtolower( substr( (string) ( function_exists( 'get_user_locale' ) ? get_user_locale() : get_locale() ), 0, 2 ) );
		return preg_match( '/^[a-z]{2}$/', $lang ) && is_readable( HRC_WIDGETS_DIR . 'assets/kit/content/' . $lang . '.json' ) ? $lang : 'en';
	}

	/**
	 * Id → label of a content list (grounds, domains) in the reader's language.
	 *
	 * @param string $list grounds or domains.
	 */
	private static function content_labels( string $list ): array {
		static $cache = array();
		$locale = self::content_locale();
		if ( ! isset( $cache[ $locale ][ $list ] ) ) {
			$labels = array();
			foreach ( HRC_Render::content( $locale )[ $list ] ?? array() as $item ) {
				if ( isset( $item['id'], $item['label'] ) ) {
					$labels[ (string) $item['id'] ] = (string) $item['label'];
				}
			}
			$cache[ $locale ][ $list ] = $labels;
		}
		return $cache[ $locale ][ $list ];
	}

	/**
	 * The area of life (domain) as the form named it.
	 *
	 * @param string $id Domain id.
	 */
	public static function domain( string $id ): string {
		return self::content_labels( 'domains' )[ $id ] ?? $id;
	}

	/**
	 * A ground as the form named it.
	 *
	 * @param string $id Ground id.
	 */
	public static function ground( string $id ): string {
		return self::content_labels( 'grounds' )[ $id ] ?? $id;
	}

	/**
	 * Who the resident is in the report, in the form's words.
	 *
	 * @param string $role victim, witness or organisation.
	 */
	public static function role( string $role ): string {
		$labels = array(
			'victim'       => __( 'It happened to me', 'hrc-widgets' ),
			'witness'      => __( 'I saw it happen to someone else', 'hrc-widgets' ),
			'organisation' => __( 'I report on behalf of an organisation', 'hrc-widgets' ),
		);
		return $labels[ $role ] ?? $role;
	}

	/**
	 * What the resident asked the office to do, in the form's words.
	 *
	 * @param string $wish register, advice or complaint-help.
	 */
	public static function wish( string $wish ): string {
		$labels = array(
			'register'       => __( 'Only register it', 'hrc-widgets' ),
			'advice'         => __( 'Advice about what I can do', 'hrc-widgets' ),
			'complaint-help' => __( 'Help with a complaint or other steps', 'hrc-widgets' ),
		);
		return $labels[ $wish ] ?? $wish;
	}

	/**
	 * The optional equality questions, in the form's words.
	 */
	public static function equality_questions(): array {
		return array(
			'gender'              => __( 'Gender', 'hrc-widgets' ),
			'ageGroup'            => __( 'Age', 'hrc-widgets' ),
			'migrationBackground' => __( 'Do you or your parents have a migration background?', 'hrc-widgets' ),
			'disability'          => __( 'Do you have a disability or chronic illness?', 'hrc-widgets' ),
		);
	}

	/**
	 * An answer to an equality question, in the form's words.
	 *
	 * @param string $value Answer code.
	 */
	public static function equality_answer( string $value ): string {
		$labels = array(
			'prefer-not-to-say' => __( 'Prefer not to say', 'hrc-widgets' ),
			'woman'             => __( 'Woman', 'hrc-widgets' ),
			'man'               => __( 'Man', 'hrc-widgets' ),
			'non-binary'        => __( 'Non-binary', 'hrc-widgets' ),
			'other'             => __( 'Other', 'hrc-widgets' ),
			'under-18'          => __( 'Under 18', 'hrc-widgets' ),
			'65-plus'           => __( '65 or older', 'hrc-widgets' ),
			'yes'               => __( 'Yes', 'hrc-widgets' ),
			'no'                => __( 'No', 'hrc-widgets' ),
		);
		// Age ranges such as 18-29 read the same in every language.
		return $labels[ $value ] ?? $value;
	}

	/**
	 * The name of the language the resident used the form in.
	 *
	 * @param string $locale Language code such as nl.
	 */
	public static function language( string $locale ): string {
		// The kit's one list of languages names each in itself (Nederlands, Deutsch, العربية).
		return HRC_Locales::all()[ $locale ]['name'] ?? $locale;
	}

	/**
	 * A date (Y-m-d, or a year and month) in the site's date format and the reader's language.
	 *
	 * @param array $when The report's `when`.
	 */
	public static function when( array $when ): string {
		if ( 'day' === ( $when['precision'] ?? '' ) ) {
			$time = strtotime( (string) ( $when['date'] ?? '' ) . ' 12:00:00 UTC' );
			return false === $time ? (string) ( $when['date'] ?? '' ) : date_i18n( (string) get_option( 'date_format' ), $time, true );
		}
		$time = gmmktime( 12, 0, 0, (int) ( $when['month'] ?? 1 ), 1, (int) ( $when['year'] ?? 1970 ) );
		return date_i18n( 'F Y', $time, true );
	}

	/**
	 * A UTC time from the database (Y-m-d H:i:s) or an ISO 8601 string, in the site's time zone and formats.
	 *
	 * @param string $utc Time.
	 */
	public static function time( string $utc ): string {
		$time = strtotime( str_contains( $utc, 'T' ) ? $utc : $utc . ' UTC' );
		if ( false === $time ) {
			return $utc;
		}
		return wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $time );
	}

	/**
	 * What WordPress can show of a sealed report: when it came, its status, its key id and the
	 * statistics the resident agreed to. The report itself opens only in the office's browser.
	 *
	 * @param array $row      Database row.
	 * @param array $envelope Stored envelope.
	 * @return array<int, array{0: string, 1: string}>
	 */
	private static function sealed_rows( array $row, array $envelope ): array {
		$r       = HRC_Sealed::readable( $envelope );
		$grounds = array_map( array( self::class, 'ground' ), (array) ( $r['grounds'] ?? array() ) );
		if ( ! empty( $r['groundUnknown'] ) ) {
			$grounds[] = __( 'I don’t know', 'hrc-widgets' );
		}
		$rows = array(
			array( __( 'Reference', 'hrc-widgets' ), (string) $row['reference'] ),
			array( __( 'Received', 'hrc-widgets' ), self::time( (string) $row['received_at'] ) ),
			array( __( 'Status', 'hrc-widgets' ), HRC_Admin_Reports::status_labels()[ $row['status'] ] ?? (string) $row['status'] ),
			array( __( 'Key id', 'hrc-widgets' ), (string) ( $envelope['kid'] ?? '' ) ),
		);
		if ( $r ) {
			$rows[] = array( __( 'When', 'hrc-widgets' ), self::when( (array) $r['when'] ) );
			$rows[] = array( __( 'Area of life', 'hrc-widgets' ), self::domain( (string) $r['domain'] ) );
			$rows[] = array( __( 'Grounds', 'hrc-widgets' ), implode( ', ', $grounds ) );
			$rows[] = array( __( 'Reported by', 'hrc-widgets' ), self::role( (string) ( $r['role'] ?? '' ) ) );
			$rows[] = array( __( 'Wish', 'hrc-widgets' ), self::wish( (string) ( $r['wish'] ?? '' ) ) );
		}
		return array_values( array_filter( $rows, static fn( $x ) => '' !== trim( $x[1] ) ) );
	}

	/**
	 * A part of the city by its name in the settings; an id no longer listed, as it is.
	 *
	 * @param string $id Area id from the report.
	 */
	private static function area( string $id ): string {
		return array_column( HRC_Settings::areas(), 'label', 'id' )[ $id ] ?? $id;
	}

	/**
	 * The rows of one report for reading: label and text, empty answers left out, in the form's order.
	 *
	 * @param array $row Database row (reference, received_at, status, payload).
	 * @return array<int, array{0: string, 1: string}>
	 */
	public static function rows( array $row ): array {
		$p = (array) json_decode( (string) $row['payload'], true );
		if ( HRC_Sealed::is_stored_envelope( $p ) ) {
			return self::sealed_rows( $row, $p );
		}
		$contact  = (array) ( $p['contact'] ?? array() );
		$grounds  = array_map( array( self::class, 'ground' ), array_map( 'strval', (array) ( $p['grounds'] ?? array() ) ) );
		$equality = (array) ( $p['equality'] ?? array() );
		if ( ! empty( $p['groundUnknown'] ) ) {
			$grounds[] = __( 'I don’t know', 'hrc-widgets' );
		}
		$rows = array(
			array( __( 'Reference', 'hrc-widgets' ), (string) $row['reference'] ),
			array( __( 'Received', 'hrc-widgets' ), self::time( (string) $row['received_at'] ) ),
			array( __( 'Status', 'hrc-widgets' ), HRC_Admin_Reports::status_labels()[ $row['status'] ] ?? (string) $row['status'] ),
			array( __( 'What happened', 'hrc-widgets' ), (string) ( $p['description'] ?? '' ) ),
			array( __( 'When', 'hrc-widgets' ), isset( $p['when'] ) ? self::when( (array) $p['when'] ) : '' ),
			array( __( 'Where', 'hrc-widgets' ), (string) ( $p['place'] ?? '' ) ),
			array( __( 'Part of the city', 'hrc-widgets' ), self::area( (string) ( $p['area'] ?? '' ) ) ),
			array( __( 'Area of life', 'hrc-widgets' ), self::domain( (string) ( $p['domain'] ?? '' ) ) ),
			array( __( 'Grounds', 'hrc-widgets' ), implode( ', ', $grounds ) ),
			array( __( 'Other ground', 'hrc-widgets' ), (string) ( $p['groundOther'] ?? '' ) ),
			array( __( 'Reported by', 'hrc-widgets' ), self::role( (string) ( $p['role'] ?? '' ) ) ),
			array( __( 'Organisation', 'hrc-widgets' ), (string) ( $p['organisation'] ?? '' ) ),
		);
		foreach ( self::equality_questions() as $key => $question ) {
			if ( isset( $equality[ $key ] ) ) {
				$rows[] = array( $question, self::equality_answer( (string) $equality[ $key ] ) );
			}
		}
		$rows[] = array( __( 'Contact', 'hrc-widgets' ), 'contact' === ( $contact['kind'] ?? '' ) ? __( 'Yes, contact me', 'hrc-widgets' ) : __( 'No, I want to stay anonymous', 'hrc-widgets' ) );
		$rows[] = array( __( 'Name', 'hrc-widgets' ), (string) ( $contact['name'] ?? '' ) );
		$rows[] = array( __( 'E-mail address', 'hrc-widgets' ), (string) ( $contact['email'] ?? '' ) );
		$rows[] = array( __( 'Phone number', 'hrc-widgets' ), (string) ( $contact['phone'] ?? '' ) );
		$rows[] = array( __( 'Contact language', 'hrc-widgets' ), (string) ( $contact['language'] ?? '' ) );
		$rows[] = array( __( 'Wish', 'hrc-widgets' ), self::wish( (string) ( $p['wish'] ?? '' ) ) );
		$rows[] = array( __( 'Language of the form', 'hrc-widgets' ), self::language( (string) ( $p['locale'] ?? '' ) ) );
		$rows[] = array( __( 'Sent', 'hrc-widgets' ), isset( $p['sentAt'] ) ? self::time( (string) $p['sentAt'] ) : '' );
		return array_values( array_filter( $rows, static fn( $r ) => '' !== trim( $r[1] ) ) );
	}
}
