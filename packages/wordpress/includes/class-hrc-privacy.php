<?php
/**
 * WordPress's personal-data tools (Tools → Export / Erase Personal Data): reports that give the
 * requester's e-mail address are exported or erased. Anonymous reports cannot be linked to anyone.
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Privacy exporter and eraser.
 */
final class HRC_Privacy {

	/**
	 * Hooks.
	 */
	public static function hooks(): void {
		add_filter( 'wp_privacy_personal_data_exporters', array( self::class, 'register_exporter' ) );
		add_filter( 'wp_privacy_personal_data_erasers', array( self::class, 'register_eraser' ) );
		add_action( 'admin_init', array( self::class, 'policy_text' ) );
	}

	/**
	 * Registers the exporter.
	 *
	 * @param array $exporters Exporters.
	 */
	public static function register_exporter( $exporters ) {
		$exporters['hrc-widgets'] = array(
			'exporter_friendly_name' => __( 'Discrimination reports', 'hrc-widgets' ),
			'callback'               => array( self::class, 'export' ),
		);
		return $exporters;
	}

	/**
	 * Registers the eraser.
	 *
	 * @param array $erasers Erasers.
	 */
	public static function register_eraser( $erasers ) {
		$erasers['hrc-widgets'] = array(
			'eraser_friendly_name' => __( 'Discrimination reports', 'hrc-widgets' ),
			'callback'             => array( self::class, 'erase' ),
		);
		return $erasers;
	}

	/**
	 * Export callback.
	 *
	 * @param string $email Address.
	 * @param int    $page  Page (all reports fit in one).
	 *
	 * @SuppressWarnings(PHPMD.UnusedFormalParameter) WordPress's exporter signature; every report fits in one page.
	 */
	public static function export( $email, $page = 1 ): array {
		$items = array();
		foreach ( HRC_Store::by_email( (string) $email ) as $row ) {
			$data = array();
			foreach ( HRC_Report_View::rows( $row ) as list( $name, $value ) ) {
				$data[] = array(
					'name'  => $name,
					'value' => $value,
				);
			}
			$items[] = array(
				'group_id'    => 'hrc-reports',
				'group_label' => __( 'Discrimination reports', 'hrc-widgets' ),
				'item_id'     => 'hrc-report-' . $row['reference'],
				'data'        => $data,
			);
		}
		return array(
			'data' => $items,
			'done' => true,
		);
	}

	/**
	 * Erase callback: the reports are deleted whole (a report without its reporter's consent to keep it
	 * is not kept in part).
	 *
	 * @param string $email Address.
	 * @param int    $page  Page.
	 *
	 * @SuppressWarnings(PHPMD.UnusedFormalParameter) WordPress's eraser signature; every report fits in one page.
	 */
	public static function erase( $email, $page = 1 ): array {
		$removed = 0;
		foreach ( HRC_Store::by_email( (string) $email ) as $row ) {
			$removed += HRC_Store::delete( (int) $row['id'] ) ? 1 : 0;
		}
		return array(
			'items_removed'  => $removed > 0,
			'items_retained' => false,
			'messages'       => array(),
			'done'           => true,
		);
	}

	/**
	 * Suggested text for the site's privacy policy.
	 */
	public static function policy_text(): void {
		if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
			return;
		}
		wp_add_privacy_policy_content(
			__( 'Human Rights City Widgets', 'hrc-widgets' ),
			'<p>' . esc_html__( 'When you report discrimination with the report form, we store what you entered, a reference and the time we received it. We do not store your IP address or browser details. You can report anonymously. If you leave contact details, we use them only to respond to your report. Once a report is closed, it is deleted automatically after the retention period set by the city.', 'hrc-widgets' ) . '</p>'
		);
	}
}
