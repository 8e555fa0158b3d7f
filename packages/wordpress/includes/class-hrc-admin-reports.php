<?php
/**
 * Reports in the admin: the list (WP_List_Table) with status, a single view, status changes, deletion,
 * and the CSV export (nonce and capability checked, formula cells neutralised).
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Reports admin.
 */
final class HRC_Admin_Reports {

	public const PAGE = 'hrc-widgets-reports';

	/**
	 * Who may read reports (they hold personal data).
	 */
	public static function capability(): string {
		/**
		 * Filters the capability needed to read, export and change reports.
		 *
		 * @param string $capability Default manage_options.
		 */
		return (string) apply_filters( 'hrc_widgets_reports_capability', 'manage_options' );
	}

	/**
	 * Hooks.
	 */
	public static function hooks(): void {
		add_action( 'admin_menu', array( self::class, 'menu' ) );
		add_action( 'admin_post_hrc_widgets_export', array( self::class, 'export' ) );
		add_action( 'admin_post_hrc_widgets_report', array( self::class, 'update' ) );
	}

	/**
	 * The plugin's menu, with the reports as its first page.
	 */
	public static function menu(): void {
		add_menu_page( __( 'Human rights city', 'hrc-widgets' ), __( 'Human rights city', 'hrc-widgets' ), self::capability(), self::PAGE, array( self::class, 'page' ), 'dashicons-groups', 58 );
		add_submenu_page( self::PAGE, __( 'Reports', 'hrc-widgets' ), __( 'Reports', 'hrc-widgets' ), self::capability(), self::PAGE, array( self::class, 'page' ) );
	}

	/**
	 * Status labels.
	 */
	public static function status_labels(): array {
		return array(
			'new'         => __( 'New', 'hrc-widgets' ),
			'in-progress' => __( 'In progress', 'hrc-widgets' ),
			'closed'      => __( 'Closed', 'hrc-widgets' ),
		);
	}

	/**
	 * The list, or one report.
	 */
	public static function page(): void {
		if ( ! current_user_can( self::capability() ) ) {
			return;
		}
		// phpcs:disable WordPress.Security.NonceVerification.Recommended -- reading which report to show.
		$id = isset( $_GET['report'] ) ? absint( $_GET['report'] ) : 0;
		if ( ! $id && isset( $_GET['reference'] ) ) {
			$id = self::id_for_reference( sanitize_text_field( wp_unslash( $_GET['reference'] ) ) );
		}
		// phpcs:enable
		if ( $id ) {
			self::single( $id );
			return;
		}
		require_once HRC_WIDGETS_DIR . 'includes/class-hrc-reports-table.php';
		$table = new HRC_Reports_Table();
		$table->prepare_items();
		echo '<div class="wrap"><h1 class="wp-heading-inline">' . esc_html__( 'Reports', 'hrc-widgets' ) . '</h1> ';
		printf(
			'<a class="page-title-action" href="%s">%s</a><hr class="wp-header-end">',
			esc_url( wp_nonce_url( admin_url( 'admin-post.php?action=hrc_widgets_export' ), 'hrc_widgets_export' ) ),
			esc_html__( 'Export CSV', 'hrc-widgets' )
		);
		self::notice();
		$table->views();
		echo '<form method="get"><input type="hidden" name="page" value="' . esc_attr( self::PAGE ) . '" />';
		$table->display();
		echo '</form>';
		/* translators: %d: number of days */
		echo '<p class="description">' . esc_html( sprintf( __( 'Reports are deleted automatically %d days after they arrive.', 'hrc-widgets' ), (int) HRC_Settings::get( 'retention_days' ) ) ) . '</p></div>';
	}

	/**
	 * Row id of a reference.
	 *
	 * @param string $reference Reference.
	 */
	private static function id_for_reference( string $reference ): int {
		global $wpdb;
		$table = HRC_Store::reports_table();
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT id FROM $table WHERE reference = %s", $reference ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}

	/**
	 * A saved-change notice.
	 */
	private static function notice(): void {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- display only.
		$done = isset( $_GET['hrc-done'] ) ? sanitize_key( $_GET['hrc-done'] ) : '';
		$text = array(
			'status'  => __( 'Status saved.', 'hrc-widgets' ),
			'deleted' => __( 'Report deleted.', 'hrc-widgets' ),
		);
		if ( isset( $text[ $done ] ) ) {
			echo '<div class="notice notice-success is-dismissible"><p>' . esc_html( $text[ $done ] ) . '</p></div>';
		}
	}

	/**
	 * One report.
	 *
	 * @param int $id Row id.
	 */
	private static function single( int $id ): void {
		$row = HRC_Store::get( $id );
		echo '<div class="wrap">';
		if ( ! $row ) {
			echo '<h1>' . esc_html__( 'Report not found', 'hrc-widgets' ) . '</h1></div>';
			return;
		}
		$payload = (array) json_decode( $row['payload'], true );
		/* translators: %s: reference */
		echo '<h1>' . esc_html( sprintf( __( 'Report %s', 'hrc-widgets' ), $row['reference'] ) ) . '</h1>';
		self::notice();
		$fields = HRC_Csv::report_row( $payload, $row['reference'], $row['received_at'] . ' UTC', self::status_labels()[ $row['status'] ] ?? $row['status'] );
		echo '<table class="widefat striped hrc-report"><tbody>';
		foreach ( $fields as $name => $value ) {
			$value = is_bool( $value ) ? ( $value ? __( 'yes', 'hrc-widgets' ) : __( 'no', 'hrc-widgets' ) ) : ( is_array( $value ) ? implode( ', ', $value ) : (string) $value );
			if ( '' === $value ) {
				continue;
			}
			printf( '<tr><th scope="row">%s</th><td>%s</td></tr>', esc_html( $name ), nl2br( esc_html( $value ) ) );
		}
		echo '</tbody></table>';
		echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '">';
		wp_nonce_field( 'hrc_widgets_report_' . $id );
		echo '<input type="hidden" name="action" value="hrc_widgets_report" /><input type="hidden" name="report" value="' . esc_attr( (string) $id ) . '" />';
		echo '<p><label for="hrc-status">' . esc_html__( 'Status', 'hrc-widgets' ) . '</label> <select id="hrc-status" name="status">';
		foreach ( self::status_labels() as $status => $label ) {
			printf( '<option value="%s" %s>%s</option>', esc_attr( $status ), selected( $row['status'], $status, false ), esc_html( $label ) );
		}
		echo '</select> ';
		submit_button( __( 'Save status', 'hrc-widgets' ), 'primary', 'save', false );
		echo ' ';
		submit_button( __( 'Delete report', 'hrc-widgets' ), 'delete', 'delete', false );
		echo '</p></form>';
		printf( '<p><a href="%s">%s</a></p></div>', esc_url( admin_url( 'admin.php?page=' . self::PAGE ) ), esc_html__( 'Back to the reports', 'hrc-widgets' ) );
	}

	/**
	 * Saves a status change or deletes a report.
	 */
	public static function update(): void {
		$id = isset( $_POST['report'] ) ? absint( $_POST['report'] ) : 0;
		if ( ! current_user_can( self::capability() ) || ! check_admin_referer( 'hrc_widgets_report_' . $id ) ) {
			wp_die( esc_html__( 'You may not change reports.', 'hrc-widgets' ), 403 );
		}
		if ( isset( $_POST['delete'] ) ) {
			HRC_Store::delete( $id );
			wp_safe_redirect( admin_url( 'admin.php?page=' . self::PAGE . '&hrc-done=deleted' ) );
			exit;
		}
		HRC_Store::set_status( $id, sanitize_key( wp_unslash( $_POST['status'] ?? '' ) ) );
		wp_safe_redirect( admin_url( 'admin.php?page=' . self::PAGE . '&report=' . $id . '&hrc-done=status' ) );
		exit;
	}

	/**
	 * The CSV export.
	 */
	public static function export(): void {
		if ( ! current_user_can( self::capability() ) ) {
			wp_die( esc_html__( 'You may not export reports.', 'hrc-widgets' ), 403 );
		}
		check_admin_referer( 'hrc_widgets_export' );
		nocache_headers();
		header( 'Content-Type: text/csv; charset=utf-8' );
		header( 'Content-Disposition: attachment; filename="reports-' . gmdate( 'Y-m-d' ) . '.csv"' );
		header( 'X-Content-Type-Options: nosniff' );
		echo "\xEF\xBB\xBF"; // A byte order mark, so spreadsheet programs read UTF-8.
		// The columns and their spelling are @hrc/framework's, the same as @hrc/receiver's export.
		$definition = HRC_Csv::load_definition( HRC_WIDGETS_DIR . 'data/report-csv.json' );
		echo HRC_Csv::report_header( $definition ); // phpcs:ignore WordPress.Security.EscapeOutput -- CSV, not HTML.
		HRC_Store::each(
			static function ( array $row ) use ( $definition ) {
				$record = array(
					'reference'  => $row['reference'],
					'receivedAt' => str_replace( ' ', 'T', $row['received_at'] ) . 'Z',
					'status'     => $row['status'],
					'payload'    => (array) json_decode( $row['payload'], true ),
				);
				echo HRC_Csv::report_line( $definition, $record ); // phpcs:ignore WordPress.Security.EscapeOutput -- CSV, not HTML.
			}
		);
		exit;
	}
}
