<?php
/**
 * The admin list of reports.
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || exit;

if ( ! class_exists( 'WP_List_Table' ) ) {
	require_once ABSPATH . 'wp-admin/includes/class-wp-list-table.php';
}

/**
 * Reports list table.
 */
final class HRC_Reports_Table extends WP_List_Table {

	/**
	 * Set up.
	 */
	public function __construct() {
		parent::__construct(
			array(
				'singular' => 'report',
				'plural'   => 'reports',
				'ajax'     => false,
			)
		);
	}

	/**
	 * Columns.
	 */
	public function get_columns() {
		return array(
			'reference'   => __( 'Reference', 'hrc-widgets' ),
			'received_at' => __( 'Received', 'hrc-widgets' ),
			'domain'      => __( 'Area of life', 'hrc-widgets' ),
			'wish'        => __( 'Wish', 'hrc-widgets' ),
			'contact'     => __( 'Contact', 'hrc-widgets' ),
			'status'      => __( 'Status', 'hrc-widgets' ),
		);
	}

	/**
	 * The status filter.
	 */
	private function current_status(): string {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a list filter.
		$status = isset( $_GET['status'] ) ? sanitize_key( $_GET['status'] ) : '';
		return in_array( $status, HRC_Store::STATUSES, true ) ? $status : '';
	}

	/**
	 * Loads the page of rows.
	 */
	public function prepare_items() {
		$per_page              = 20;
		$result                = HRC_Store::list( $this->current_status(), $per_page, $this->get_pagenum() );
		$this->items           = $result['rows'];
		$this->_column_headers = array( $this->get_columns(), array(), array() );
		$this->set_pagination_args(
			array(
				'total_items' => $result['total'],
				'per_page'    => $per_page,
			)
		);
	}

	/**
	 * All / New / In progress / Closed.
	 */
	protected function get_views() {
		$counts  = HRC_Store::counts();
		$base    = admin_url( 'admin.php?page=' . HRC_Admin_Reports::PAGE );
		$current = $this->current_status();
		$views   = array(
			'all' => sprintf( '<a href="%s"%s>%s <span class="count">(%d)</span></a>', esc_url( $base ), '' === $current ? ' class="current" aria-current="page"' : '', esc_html__( 'All', 'hrc-widgets' ), array_sum( $counts ) ),
		);
		foreach ( HRC_Admin_Reports::status_labels() as $status => $label ) {
			$views[ $status ] = sprintf( '<a href="%s"%s>%s <span class="count">(%d)</span></a>', esc_url( add_query_arg( 'status', $status, $base ) ), $current === $status ? ' class="current" aria-current="page"' : '', esc_html( $label ), $counts[ $status ] );
		}
		return $views;
	}

	/**
	 * Reference, linking to the single view.
	 *
	 * @param array $item Row.
	 */
	protected function column_reference( $item ) {
		$url = admin_url( 'admin.php?page=' . HRC_Admin_Reports::PAGE . '&report=' . (int) $item['id'] );
		return sprintf( '<strong><a class="row-title" href="%s">%s</a></strong>', esc_url( $url ), esc_html( $item['reference'] ) );
	}

	/**
	 * Contact kind only: names and addresses stay in the single view.
	 *
	 * @param array $item Row.
	 */
	protected function column_contact( $item ) {
		$payload = (array) json_decode( $item['payload'], true );
		if ( HRC_Sealed::is_stored_envelope( $payload ) ) {
			// What it says, the office reads on the sealed reports screen.
			return sprintf( '<a href="%s">%s</a>', esc_url( HRC_Office_Page::url( (string) $item['reference'] ) ), esc_html__( 'Sealed', 'hrc-widgets' ) );
		}
		return 'contact' === ( $payload['contact']['kind'] ?? '' ) ? esc_html__( 'Wants contact', 'hrc-widgets' ) : esc_html__( 'Anonymous', 'hrc-widgets' );
	}

	/**
	 * Status label.
	 *
	 * @param array $item Row.
	 */
	protected function column_status( $item ) {
		return esc_html( HRC_Admin_Reports::status_labels()[ $item['status'] ] ?? $item['status'] );
	}

	/**
	 * Other columns.
	 *
	 * @param array  $item        Row.
	 * @param string $column_name Column.
	 */
	protected function column_default( $item, $column_name ) {
		switch ( $column_name ) {
			case 'received_at':
				return esc_html( HRC_Report_View::time( (string) $item['received_at'] ) );
			case 'domain':
				return esc_html( HRC_Report_View::domain( (string) $item['domain'] ) );
			case 'wish':
				return esc_html( HRC_Report_View::wish( (string) $item['wish'] ) );
		}
		return esc_html( (string) ( $item[ $column_name ] ?? '' ) );
	}

	/**
	 * Empty list.
	 */
	public function no_items() {
		esc_html_e( 'No reports yet.', 'hrc-widgets' );
	}
}
