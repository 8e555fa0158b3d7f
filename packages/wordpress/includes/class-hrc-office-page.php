<?php
/**
 * "Open sealed reports": the admin screen where the office opens sealed reports in its own browser,
 * with its key file and passphrase. The private key is unlocked into the tab's memory and never sent to
 * WordPress; the screen fetches envelopes through an admin-only REST route and opens them in the
 * browser (assets/office/: the same modules as @hrc/receiver's office page). It also makes new keys,
 * prints their recovery sheet, and exports the reports as CSV, made in the browser.
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The sealed reports screen and its REST routes.
 */
final class HRC_Office_Page {

	public const PAGE = 'hrc-widgets-sealed';

	/**
	 * Hooks.
	 */
	public static function hooks(): void {
		add_action( 'admin_menu', array( self::class, 'menu' ), 15 );
		add_action( 'admin_enqueue_scripts', array( self::class, 'enqueue' ) );
	}

	/**
	 * Under the plugin's menu, after the reports.
	 */
	public static function menu(): void {
		add_submenu_page( HRC_Admin_Reports::PAGE, __( 'Open sealed reports', 'hrc-widgets' ), __( 'Open sealed reports', 'hrc-widgets' ), HRC_Admin_Reports::capability(), self::PAGE, array( self::class, 'page' ) );
	}

	/**
	 * The address of the screen, optionally opening one report.
	 *
	 * @param string $reference Reference to open.
	 */
	public static function url( string $reference = '' ): string {
		return admin_url( 'admin.php?page=' . self::PAGE ) . ( '' !== $reference ? '#' . rawurlencode( $reference ) : '' );
	}

	/**
	 * The screen's module, on the screen alone.
	 *
	 * @param string $hook Screen hook.
	 */
	public static function enqueue( $hook ): void {
		if ( ! str_ends_with( (string) $hook, self::PAGE ) || ! current_user_can( HRC_Admin_Reports::capability() ) ) {
			return;
		}
		HRC_Assets::enqueue_module( 'hrc-widgets-office', HRC_WIDGETS_URL . 'assets/office/office.js' );
		wp_enqueue_style( 'hrc-widgets-office', HRC_WIDGETS_URL . 'assets/office/office.css', array(), HRC_WIDGETS_VERSION );
	}

	/**
	 * REST: GET hrc/v1/office/reports (a page of stored reports, envelopes as they are) and
	 * POST hrc/v1/office/reports/<id> (a status change), for users who may read reports.
	 */
	public static function register_routes(): void {
		$allowed = static fn() => current_user_can( HRC_Admin_Reports::capability() );
		register_rest_route(
			HRC_Rest::NS,
			'/office/reports',
			array(
				'methods'             => 'GET',
				'callback'            => array( self::class, 'list' ),
				'permission_callback' => $allowed,
				'args'                => array(
					'page'     => array(
						'type'    => 'integer',
						'minimum' => 1,
						'default' => 1,
					),
					'per_page' => array(
						'type'    => 'integer',
						'minimum' => 1,
						'maximum' => 200,
						'default' => 25,
					),
					'status'   => array(
						'type'    => 'string',
						'enum'    => array_merge( array( '' ), HRC_Store::STATUSES ),
						'default' => '',
					),
					// Follow-up: only the reports that await the office's reply.
					'awaiting' => array(
						'type'    => 'string',
						'enum'    => array( '', 'reply' ),
						'default' => '',
					),
				),
			)
		);
		register_rest_route(
			HRC_Rest::NS,
			'/office/reports/(?P<id>\d+)',
			array(
				'methods'             => 'POST',
				'callback'            => array( self::class, 'update' ),
				'permission_callback' => $allowed,
				'args'                => array(
					'status' => array(
						'type'     => 'string',
						'enum'     => HRC_Store::STATUSES,
						'required' => true,
					),
				),
			)
		);
	}

	/**
	 * A stored row as the office's browser reads it.
	 *
	 * @param array $row Database row.
	 */
	private static function item( array $row ): array {
		$utc = static fn( $t ) => null === $t ? null : str_replace( ' ', 'T', (string) $t ) . 'Z';
		return array(
			'id'         => (int) $row['id'],
			'reference'  => (string) $row['reference'],
			'receivedAt' => $utc( $row['received_at'] ),
			'updatedAt'  => $utc( $row['status_changed_at'] ?? $row['received_at'] ),
			'status'     => (string) $row['status'],
			'payload'    => json_decode( (string) $row['payload'], true ),
		);
	}

	/**
	 * GET hrc/v1/office/reports.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public static function list( WP_REST_Request $request ): WP_REST_Response {
		$result = 'reply' === $request['awaiting']
			? HRC_Follow_Up::awaiting( (int) $request['per_page'], (int) $request['page'] )
			: HRC_Store::list( (string) $request['status'], (int) $request['per_page'], (int) $request['page'] );
		// Reports sent with a receipt carry their conversation's state, as on @hrc/receiver's list.
		$follow   = HRC_Follow_Up::summaries( $result['rows'] );
		$items    = array_map(
			static fn( $row ) => self::item( $row ) + ( isset( $follow[ $row['reference'] ] ) ? array( 'followUp' => $follow[ $row['reference'] ] ) : array() ),
			$result['rows']
		);
		$response = new WP_REST_Response(
			array(
				'items' => $items,
				'total' => $result['total'],
			)
		);
		$response->header( 'Cache-Control', 'no-store' );
		return $response;
	}

	/**
	 * POST hrc/v1/office/reports/<id>.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public static function update( WP_REST_Request $request ): WP_REST_Response {
		$id  = (int) $request['id'];
		$row = HRC_Store::get( $id );
		if ( ! $row || ! HRC_Store::set_status( $id, (string) $request['status'] ) ) {
			return new WP_REST_Response(
				array(
					'error'   => 'not-found',
					'message' => __( 'Report not found', 'hrc-widgets' ),
				),
				404
			);
		}
		$response = new WP_REST_Response( self::item( (array) HRC_Store::get( $id ) ) );
		$response->header( 'Cache-Control', 'no-store' );
		return $response;
	}

	/**
	 * Labels the browser shows answers with: the form's words, in the reader's language.
	 */
	private static function labels(): array {
		$ids = static function ( string $list ): array {
			$out = array();
			foreach ( HRC_Render::content( HRC_Report_View::content_locale() )[ $list ] ?? array() as $item ) {
				$out[ (string) $item['id'] ] = (string) $item['label'];
			}
			return $out;
		};
		$map = static function ( array $codes, callable $word ): array {
			return array_combine( $codes, array_map( $word, $codes ) );
		};
		return array(
			'domains'   => $ids( 'domains' ),
			'grounds'   => $ids( 'grounds' ),
			'roles'     => $map( array( 'victim', 'witness', 'organisation' ), array( HRC_Report_View::class, 'role' ) ),
			'wishes'    => $map( array( 'register', 'advice', 'complaint-help' ), array( HRC_Report_View::class, 'wish' ) ),
			'questions' => HRC_Report_View::equality_questions(),
			'answers'   => $map( array( 'prefer-not-to-say', 'woman', 'man', 'non-binary', 'other', 'under-18', '65-plus', 'yes', 'no' ), array( HRC_Report_View::class, 'equality_answer' ) ),
			'languages' => $map( array( 'nl', 'en' ), array( HRC_Report_View::class, 'language' ) ),
			'statuses'  => HRC_Admin_Reports::status_labels(),
		);
	}

	/**
	 * JSON for a script element of type application/json: safe inside HTML.
	 *
	 * @param mixed $value Value.
	 */
	private static function json( $value ): string {
		return (string) wp_json_encode( $value, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE );
	}

	/**
	 * The screen.
	 */
	public static function page(): void {
		if ( ! current_user_can( HRC_Admin_Reports::capability() ) ) {
			return;
		}
		$config = array(
			'rest'       => rest_url( HRC_Rest::NS . '/office/reports' ),
			'nonce'      => wp_create_nonce( 'wp_rest' ),
			'officeKeys' => HRC_Rest::office_keys(),
			'labels'     => self::labels(),
			'reportsUrl' => admin_url( 'admin.php?page=' . HRC_Admin_Reports::PAGE ),
		);
		echo '<div class="wrap hrc-office"><h1>' . esc_html__( 'Open sealed reports', 'hrc-widgets' ) . '</h1>';
		echo '<script type="application/json" id="hrc-office-texts">' . self::json( HRC_Office_Texts::all() ) . '</script>'; // phpcs:ignore WordPress.Security.EscapeOutput -- JSON with every HTML character escaped.
		echo '<script type="application/json" id="hrc-office-config">' . self::json( $config ) . '</script>'; // phpcs:ignore WordPress.Security.EscapeOutput -- as above.
		echo '<p id="status" role="status" aria-live="polite"></p>';
		require HRC_WIDGETS_DIR . 'includes/office-page-markup.php';
		echo '</div>';
	}
}
