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
		add_action( 'admin_post_hrc_widgets_delete', array( self::class, 'delete' ) );
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
		$confirm = $id && isset( $_GET['hrc-confirm'] ) && 'delete' === $_GET['hrc-confirm'];
		// phpcs:enable
		if ( $confirm ) {
			self::confirm_delete( $id );
			return;
		}
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
			esc_url( self::export_url() ),
			esc_html__( 'Export CSV', 'hrc-widgets' )
		);
		self::notice();
		$table->views();
		echo '<form method="get"><input type="hidden" name="page" value="' . esc_attr( self::PAGE ) . '" />';
		$table->display();
		echo '</form>';
		self::retention_summary();
		echo '</div>';
	}

	/**
	 * The export URL (nonce included).
	 */
	public static function export_url(): string {
		return wp_nonce_url( admin_url( 'admin-post.php?action=hrc_widgets_export' ), 'hrc_widgets_export' );
	}

	/**
	 * A day (Y-m-d) in the site's date format.
	 *
	 * @param string $day Date.
	 */
	private static function day( string $day ): string {
		$time = strtotime( $day . ' 12:00:00 UTC' );
		return false === $time ? $day : date_i18n( (string) get_option( 'date_format' ), $time, true );
	}

	/**
	 * What the daily clean-up keeps and what it deletes next (on the reports and the settings page).
	 */
	public static function retention_summary(): void {
		$days     = (int) HRC_Settings::get( 'retention_days' );
		$upcoming = HRC_Store::upcoming_deletions( $days );
		$open_old = HRC_Store::open_older_than( time() - $days * DAY_IN_SECONDS );
		echo '<section class="hrc-retention" aria-labelledby="hrc-retention-title"><h2 id="hrc-retention-title">' . esc_html__( 'Automatic deletion', 'hrc-widgets' ) . '</h2>';
		/* translators: %d: number of days */
		echo '<p>' . esc_html( sprintf( __( 'Closed reports are deleted %d days after they were closed. New and in-progress reports are never deleted because of their age: they stay until someone closes or deletes them.', 'hrc-widgets' ), $days ) ) . '</p>';
		if ( ! $upcoming['days'] ) {
			echo '<p>' . esc_html__( 'There are no closed reports, so nothing will be deleted.', 'hrc-widgets' ) . '</p>';
		} else {
			echo '<table class="widefat striped hrc-upcoming"><caption>' . esc_html__( 'Next deletions', 'hrc-widgets' ) . '</caption><thead><tr><th scope="col">' . esc_html__( 'Deleted from', 'hrc-widgets' ) . '</th><th scope="col">' . esc_html__( 'Closed reports', 'hrc-widgets' ) . '</th></tr></thead><tbody>';
			foreach ( $upcoming['days'] as $due ) {
				printf( '<tr><td>%s</td><td>%d</td></tr>', esc_html( self::day( $due['date'] ) ), (int) $due['count'] );
			}
			echo '</tbody></table>';
			/* translators: %d: number of reports */
			echo '<p>' . esc_html( sprintf( __( 'Closed reports in all: %d.', 'hrc-widgets' ), $upcoming['closed'] ) ) . '</p>';
		}
		if ( $open_old > 0 ) {
			/* translators: 1: number of reports, 2: number of days */
			echo '<p>' . esc_html( sprintf( __( 'Open reports that arrived more than %2$d days ago: %1$d. They are kept; close them when the case is done.', 'hrc-widgets' ), $open_old, $days ) ) . '</p>';
		}
		$next = wp_next_scheduled( HRC_Plugin::CRON_HOOK );
		if ( $next ) {
			/* translators: %s: date and time */
			echo '<p class="description">' . esc_html( sprintf( __( 'The clean-up runs once a day; next: %s.', 'hrc-widgets' ), wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $next ) ) ) . '</p>';
		}
		echo '</section>';
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
	 * When a report will be deleted, or that it is kept while open.
	 *
	 * @param array $row Database row.
	 */
	private static function deletion_note( array $row ): string {
		if ( 'closed' !== $row['status'] ) {
			return __( 'Kept while the case is open: reports are deleted automatically only after they are closed.', 'hrc-widgets' );
		}
		$days = (int) HRC_Settings::get( 'retention_days' );
		$due  = gmdate( 'Y-m-d', (int) strtotime( (string) $row['status_changed_at'] . ' UTC' ) + $days * DAY_IN_SECONDS );
		/* translators: %s: date */
		return sprintf( __( 'Deleted automatically from %s.', 'hrc-widgets' ), self::day( $due ) );
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
		/* translators: %s: reference */
		echo '<h1>' . esc_html( sprintf( __( 'Report %s', 'hrc-widgets' ), $row['reference'] ) ) . '</h1>';
		self::notice();
		if ( HRC_Sealed::is_stored_envelope( (array) json_decode( (string) $row['payload'], true ) ) ) {
			printf(
				'<div class="notice notice-info inline"><p>%s <a href="%s">%s</a></p></div>',
				esc_html__( 'This report is sealed: it opens only in the office\'s browser, with the office key. WordPress keeps it encrypted.', 'hrc-widgets' ),
				esc_url( HRC_Office_Page::url( (string) $row['reference'] ) ),
				esc_html__( 'Open it on the sealed reports screen', 'hrc-widgets' )
			);
		}
		echo '<table class="widefat striped hrc-report"><tbody>';
		foreach ( HRC_Report_View::rows( $row ) as list( $label, $value ) ) {
			printf( '<tr><th scope="row">%s</th><td>%s</td></tr>', esc_html( $label ), nl2br( esc_html( $value ) ) );
		}
		echo '</tbody></table>';
		echo '<p class="description">' . esc_html( self::deletion_note( $row ) ) . '</p>';
		echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '">';
		wp_nonce_field( 'hrc_widgets_report_' . $id );
		echo '<input type="hidden" name="action" value="hrc_widgets_report" /><input type="hidden" name="report" value="' . esc_attr( (string) $id ) . '" />';
		echo '<p><label for="hrc-status">' . esc_html__( 'Status', 'hrc-widgets' ) . '</label> <select id="hrc-status" name="status">';
		foreach ( self::status_labels() as $status => $label ) {
			printf( '<option value="%s" %s>%s</option>', esc_attr( $status ), selected( $row['status'], $status, false ), esc_html( $label ) );
		}
		echo '</select> ';
		submit_button( __( 'Save status', 'hrc-widgets' ), 'primary', 'save', false );
		echo '</p></form>';
		printf(
			'<p><a class="button button-link-delete" href="%s">%s</a></p>',
			esc_url( admin_url( 'admin.php?page=' . self::PAGE . '&report=' . $id . '&hrc-confirm=delete' ) ),
			esc_html__( 'Delete report…', 'hrc-widgets' )
		);
		printf( '<p><a href="%s">%s</a></p></div>', esc_url( admin_url( 'admin.php?page=' . self::PAGE ) ), esc_html__( 'Back to the reports', 'hrc-widgets' ) );
	}

	/**
	 * The confirmation step before a report is deleted: what will go, and a form that does it.
	 *
	 * @param int $id Row id.
	 */
	private static function confirm_delete( int $id ): void {
		$row = HRC_Store::get( $id );
		echo '<div class="wrap">';
		if ( ! $row ) {
			echo '<h1>' . esc_html__( 'Report not found', 'hrc-widgets' ) . '</h1></div>';
			return;
		}
		/* translators: %s: reference */
		echo '<h1>' . esc_html( sprintf( __( 'Delete report %s?', 'hrc-widgets' ), $row['reference'] ) ) . '</h1>';
		echo '<div class="notice notice-warning inline"><p>' . esc_html__( 'The report is deleted for good: it cannot be restored, and it will no longer be in the list, the CSV export or the personal-data export.', 'hrc-widgets' ) . '</p></div>';
		printf(
			'<dl><dt>%s</dt><dd>%s</dd><dt>%s</dt><dd>%s</dd><dt>%s</dt><dd>%s</dd></dl>',
			esc_html__( 'Reference', 'hrc-widgets' ),
			esc_html( $row['reference'] ),
			esc_html__( 'Received', 'hrc-widgets' ),
			esc_html( HRC_Report_View::time( (string) $row['received_at'] ) ),
			esc_html__( 'Status', 'hrc-widgets' ),
			esc_html( self::status_labels()[ $row['status'] ] ?? $row['status'] )
		);
		echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '">';
		wp_nonce_field( 'hrc_widgets_delete_' . $id );
		echo '<input type="hidden" name="action" value="hrc_widgets_delete" /><input type="hidden" name="report" value="' . esc_attr( (string) $id ) . '" />';
		echo '<p>';
		submit_button( __( 'Yes, delete this report', 'hrc-widgets' ), 'delete', 'confirm', false );
		printf( ' <a class="button" href="%s">%s</a>', esc_url( admin_url( 'admin.php?page=' . self::PAGE . '&report=' . $id ) ), esc_html__( 'No, keep it', 'hrc-widgets' ) );
		echo '</p></form></div>';
	}

	/**
	 * Saves a status change.
	 */
	public static function update(): void {
		$id = isset( $_POST['report'] ) ? absint( $_POST['report'] ) : 0;
		if ( ! current_user_can( self::capability() ) || ! check_admin_referer( 'hrc_widgets_report_' . $id ) ) {
			wp_die( esc_html__( 'You may not change reports.', 'hrc-widgets' ), 403 );
		}
		HRC_Store::set_status( $id, sanitize_key( wp_unslash( $_POST['status'] ?? '' ) ) );
		wp_safe_redirect( admin_url( 'admin.php?page=' . self::PAGE . '&report=' . $id . '&hrc-done=status' ) );
		exit;
	}

	/**
	 * Deletes a report, from the confirmation form only (its own nonce).
	 */
	public static function delete(): void {
		$id = isset( $_POST['report'] ) ? absint( $_POST['report'] ) : 0;
		if ( ! current_user_can( self::capability() ) || ! check_admin_referer( 'hrc_widgets_delete_' . $id ) ) {
			wp_die( esc_html__( 'You may not change reports.', 'hrc-widgets' ), 403 );
		}
		HRC_Store::delete( $id );
		wp_safe_redirect( admin_url( 'admin.php?page=' . self::PAGE . '&hrc-done=deleted' ) );
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
				$payload = (array) json_decode( $row['payload'], true );
				$record  = array(
					'reference'  => $row['reference'],
					'receivedAt' => str_replace( ' ', 'T', $row['received_at'] ) . 'Z',
					'status'     => $row['status'],
					// WordPress cannot open a sealed report: its line has the readable statistics alone, and
					// the sealed reports screen's export (made in the office's browser) fills in the rest.
					'payload'    => HRC_Sealed::is_stored_envelope( $payload ) ? HRC_Sealed::readable( $payload ) : $payload,
				);
				echo HRC_Csv::report_line( $definition, $record ); // phpcs:ignore WordPress.Security.EscapeOutput -- CSV, not HTML.
			}
		);
		exit;
	}
}
