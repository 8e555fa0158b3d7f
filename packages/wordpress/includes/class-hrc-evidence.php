<?php
/**
 * Evidence files of sealed reports (docs/sealed-reports.md, "Evidence files"): the multipart request
 * that carries a sealed report and its sealed files, their table, and the office's route to fetch one.
 *
 * The files arrive sealed in the resident's browser, each its own HPKE message bound to its report; the
 * site can neither open nor check them beyond their number and sizes (the office's browser checks each
 * against the SHA-256 the sealed report lists). They are kept in the database, in the same transaction
 * as their report, and deleted with it (docs/wordpress.md, "Evidence files", says why not as files).
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Sealed evidence files.
 */
final class HRC_Evidence {

	public const DB_VERSION        = 1;
	public const DB_VERSION_OPTION = 'hrc_widgets_evidence_db_version';

	/** The file parts' name as PHP reads it: the form sends them as `evidence[]`, a list in order. */
	public const PART = 'evidence';

	/** The envelope's text part. */
	public const REPORT_PART = 'report';

	/**
	 * The largest request with files: the envelope's 96 KiB, three of the largest sealed files, and
	 * 16 KiB of multipart framing (the contract's figure, as @hrc/receiver's EVIDENCE_BODY_BYTES).
	 */
	public const MAX_BODY_BYTES = 25281619;

	/**
	 * A file is kept in rows of at most this many bytes: each INSERT stays far below the smallest
	 * max_allowed_packet MySQL and MariaDB ship with (1 MiB in old versions), whatever the host set.
	 */
	public const CHUNK_BYTES = 524288;

	/**
	 * The table.
	 */
	public static function table(): string {
		global $wpdb;
		return $wpdb->prefix . 'hrc_evidence';
	}

	/**
	 * Creates or updates the table. Its own version option, beside the reports' and the statistics'.
	 */
	public static function install(): void {
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$table   = self::table();
		$charset = $wpdb->get_charset_collate();
		// Sealed bytes only: no name, no media type (those are inside the sealed report).
		dbDelta(
			"CREATE TABLE $table (
  report_id bigint(20) unsigned NOT NULL,
  position tinyint(3) unsigned NOT NULL,
  chunk smallint(5) unsigned NOT NULL,
  bytes mediumblob NOT NULL,
  PRIMARY KEY  (report_id,position,chunk)
) $charset;"
		);
		update_option( self::DB_VERSION_OPTION, self::DB_VERSION, false );
	}

	/**
	 * Creates the table on sites that had the plugin before it stored files.
	 */
	public static function maybe_upgrade(): void {
		if ( (int) get_option( self::DB_VERSION_OPTION, 0 ) < self::DB_VERSION ) {
			self::install();
		}
	}

	/**
	 * Drops the table (uninstall with "delete everything").
	 */
	public static function drop(): void {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared,WordPress.DB.DirectDatabaseQuery.SchemaChange
		$wpdb->query( 'DROP TABLE IF EXISTS ' . self::table() );
		delete_option( self::DB_VERSION_OPTION );
	}

	/**
	 * Whether a request's media type is multipart/form-data.
	 *
	 * @param string $content_type Content-Type header.
	 */
	public static function is_multipart( string $content_type ): bool {
		return 'multipart/form-data' === strtolower( trim( explode( ';', $content_type )[0] ) );
	}

	/**
	 * The sealed sizes a file may have, from the envelope schema (`evidence[].bytes`), and how many
	 * files a report may have.
	 *
	 * @return array{sizes: int[], files: int}
	 */
	public static function limits(): array {
		$list  = HRC_Rest::envelope_schema()['properties']['evidence'];
		$sizes = array_map( static fn( $s ) => (int) $s['const'], $list['items']['properties']['bytes']['anyOf'] );
		return array(
			'sizes' => $sizes,
			'files' => (int) $list['maxItems'],
		);
	}

	/**
	 * The envelope's text and the sealed files of a multipart request, as PHP parsed it, or the
	 * refusal: `413 evidence-too-large` (the body, a file, or more files than a report may have),
	 * `400 malformed-multipart` (parts other than one text part `report` and file parts `evidence[]`).
	 *
	 * @param WP_REST_Request $request Request.
	 * @return array{report: string, files: string[]}|WP_REST_Response
	 */
	public static function read( WP_REST_Request $request ) {
		$read = self::read_parts( $request, array( self::REPORT_PART ) );
		return is_array( $read ) ? array(
			'report' => $read['texts'][ self::REPORT_PART ],
			'files'  => $read['files'],
		) : $read;
	}

	/**
	 * The text parts named `$names` (each exactly once) and the sealed files of a multipart request: a
	 * report's (`report`), or a resident's follow-up message's (`lookup` and `message`). Refusals as
	 * read()'s.
	 *
	 * @param WP_REST_Request $request Request.
	 * @param string[]        $names   The text parts.
	 * @return array{texts: array<string, string>, files: string[]}|WP_REST_Response
	 */
	public static function read_parts( WP_REST_Request $request, array $names ) {
		$length = (int) $request->get_header( 'content-length' );
		// PHP drops every part of a body over post_max_size before WordPress runs: say so, not "malformed".
		if ( $length > self::MAX_BODY_BYTES || $length > wp_convert_hr_to_bytes( (string) ini_get( 'post_max_size' ) ) ) {
			return self::too_large();
		}
		$fields  = (array) $request->get_body_params();
		$uploads = (array) $request->get_file_params();
		$texts   = array();
		foreach ( $names as $name ) {
			// A repeated plain name reaches PHP as its last part only; `name[]` as an array: neither is one text.
			if ( ! is_string( $fields[ $name ] ?? null ) ) {
				return self::malformed();
			}
			$texts[ $name ] = $fields[ $name ];
		}
		if ( array_diff( array_keys( $fields ), $names ) || array_diff( array_keys( $uploads ), array( self::PART ) ) ) {
			return self::malformed();
		}
		$files = self::uploaded( $uploads[ self::PART ] ?? null );
		if ( ! is_array( $files ) ) {
			return $files;
		}
		return array(
			'texts' => $texts,
			'files' => $files,
		);
	}

	/**
	 * The bytes of the uploaded files of `evidence[]`, in order, or the refusal.
	 *
	 * @param mixed $upload PHP's entry for the parts (arrays of names, tmp_name, error, size), if any.
	 * @return string[]|WP_REST_Response
	 */
	private static function uploaded( $upload ) {
		if ( null === $upload ) {
			return array();
		}
		$tmp = $upload['tmp_name'] ?? null;
		// A plain `evidence` part, or `evidence[x][y]`: not the list the contract names.
		if ( ! is_array( $tmp ) || ! array_is_list( $tmp ) || array_filter( $tmp, static fn( $t ) => ! is_string( $t ) ) ) {
			return self::malformed();
		}
		$limits = self::limits();
		if ( count( $tmp ) > $limits['files'] ) {
			return self::too_large();
		}
		$files = array();
		foreach ( $tmp as $i => $path ) {
			$error = (int) ( $upload['error'][ $i ] ?? UPLOAD_ERR_NO_FILE );
			if ( UPLOAD_ERR_INI_SIZE === $error || UPLOAD_ERR_FORM_SIZE === $error || (int) ( $upload['size'][ $i ] ?? 0 ) > max( $limits['sizes'] ) ) {
				return self::too_large();
			}
			if ( UPLOAD_ERR_OK !== $error || ! is_uploaded_file( $path ) ) {
				return self::malformed();
			}
			$files[] = (string) file_get_contents( $path ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- PHP's own temporary file of this request.
		}
		return $files;
	}

	/**
	 * `400 evidence-mismatch` unless the files are exactly those the envelope lists: as many, each of
	 * the size it shows. An envelope sent as JSON has no files.
	 *
	 * @param array    $envelope Checked envelope.
	 * @param string[] $files    Sealed files.
	 */
	public static function mismatch( array $envelope, array $files ): ?WP_REST_Response {
		$listed = array_map( static fn( $e ) => (int) $e['bytes'], (array) ( $envelope['evidence'] ?? array() ) );
		if ( array_map( 'strlen', $files ) === $listed ) {
			return null;
		}
		return self::refusal( 400, 'evidence-mismatch', __( 'The files sent do not match the list in the sealed report or message (their number or sizes).', 'hrc-widgets' ) );
	}

	/**
	 * `400 evidence-needs-seal`: files come only with a sealed report.
	 */
	public static function needs_seal(): WP_REST_Response {
		return self::refusal( 400, 'evidence-needs-seal', __( 'Files can only be sent with a sealed report.', 'hrc-widgets' ) );
	}

	/**
	 * The idempotency fingerprint of a report with files: the report's and each file's SHA-256, so a
	 * retry with the same parts is a replay and other files under the same key a reuse.
	 *
	 * @param string   $fingerprint The report's fingerprint.
	 * @param string[] $files       Sealed files.
	 */
	public static function fingerprint( string $fingerprint, array $files ): string {
		if ( ! $files ) {
			return $fingerprint;
		}
		return hash( 'sha256', $fingerprint . implode( '', array_map( static fn( $f ) => hash( 'sha256', $f, true ), $files ) ) );
	}

	/**
	 * Stores the files of a report, inside the transaction that stores the report.
	 *
	 * @param int      $report_id The report's row id.
	 * @param string[] $files     Sealed files, in order.
	 * @return bool Whether every row was written.
	 */
	public static function insert( int $report_id, array $files ): bool {
		return self::write( self::table(), 'report_id', $report_id, $files );
	}

	/**
	 * One sealed file of a report, as it came, or null.
	 *
	 * @param int $report_id Report row id.
	 * @param int $position  0 for the first file.
	 */
	public static function get( int $report_id, int $position ): ?string {
		global $wpdb;
		$table = self::table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$chunks = $wpdb->get_col( $wpdb->prepare( "SELECT bytes FROM $table WHERE report_id = %d AND position = %d ORDER BY chunk", $report_id, $position ) );
		return $chunks ? implode( '', $chunks ) : null;
	}

	/**
	 * How many files the site keeps, of all reports (the tests count what a refusal stored).
	 */
	public static function total(): int {
		global $wpdb;
		$table = self::table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return (int) $wpdb->get_var( "SELECT COUNT(*) FROM $table WHERE chunk = 0" );
	}

	/**
	 * Stores the files of a resident's message, inside the transaction that stores the message.
	 *
	 * @param int      $message_id The message's row id.
	 * @param string[] $files      Sealed files, in order.
	 * @return bool Whether every row was written.
	 */
	public static function insert_for_message( int $message_id, array $files ): bool {
		return self::write( HRC_Follow_Up::files_table(), 'message_id', $message_id, $files );
	}

	/**
	 * Writes sealed files in chunks of CHUNK_BYTES, one row a chunk, under their owner's row id.
	 *
	 * @param string   $table  The files' table.
	 * @param string   $owner  Its column naming the owner: `report_id` or `message_id`.
	 * @param int      $id     The owner's row id.
	 * @param string[] $files  Sealed files, in order.
	 * @return bool Whether every row was written.
	 */
	private static function write( string $table, string $owner, int $id, array $files ): bool {
		global $wpdb;
		foreach ( array_values( $files ) as $position => $file ) {
			foreach ( str_split( $file, self::CHUNK_BYTES ) as $chunk => $bytes ) {
				// phpcs:ignore WordPress.DB.DirectDatabaseQuery
				$done = $wpdb->insert(
					$table,
					array(
						$owner     => $id,
						'position' => $position,
						'chunk'    => $chunk,
						'bytes'    => $bytes,
					),
					array( '%d', '%d', '%d', '%s' )
				);
				if ( 1 !== $done ) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * The sealed files of a message, in order.
	 *
	 * @param int $message_id Message row id.
	 * @return string[]
	 */
	public static function of_message( int $message_id ): array {
		global $wpdb;
		$table = HRC_Follow_Up::files_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$rows  = (array) $wpdb->get_results( $wpdb->prepare( "SELECT position, bytes FROM $table WHERE message_id = %d ORDER BY position, chunk", $message_id ), ARRAY_A );
		$files = array();
		foreach ( $rows as $row ) {
			$files[ (int) $row['position'] ] = ( $files[ (int) $row['position'] ] ?? '' ) . $row['bytes'];
		}
		return array_values( $files );
	}

	/**
	 * Deletes the files whose report is gone (deleted by hand, by retention or by the personal-data
	 * eraser). Called right after those deletions and by the daily clean-up.
	 *
	 * @return int Rows deleted.
	 */
	public static function delete_orphans(): int {
		global $wpdb;
		$table   = self::table();
		$reports = HRC_Store::reports_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return (int) $wpdb->query( "DELETE e FROM $table e LEFT JOIN $reports r ON r.id = e.report_id WHERE r.id IS NULL" );
	}

	/**
	 * REST: GET hrc/v1/office/reports/<id>/evidence/<n>, for users who may read reports (with the REST
	 * nonce: WordPress's cookie authentication needs it).
	 */
	public static function register_routes(): void {
		register_rest_route(
			HRC_Rest::NS,
			'/office/reports/(?P<id>\d+)/evidence/(?P<n>\d+)',
			array(
				'methods'             => 'GET',
				'callback'            => array( self::class, 'fetch' ),
				'permission_callback' => static fn() => current_user_can( HRC_Admin_Reports::capability() ),
			)
		);
	}

	/**
	 * GET hrc/v1/office/reports/<id>/evidence/<n>: the sealed bytes, sent by serve().
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public static function fetch( WP_REST_Request $request ): WP_REST_Response {
		return self::sealed_file( self::get( (int) $request['id'], (int) $request['n'] ) );
	}

	/**
	 * The answer with one sealed file (sent as bytes by serve()), or 404.
	 *
	 * @param string|null $sealed The sealed file, or null when there is none.
	 */
	public static function sealed_file( ?string $sealed ): WP_REST_Response {
		if ( null === $sealed ) {
			return self::refusal( 404, 'not-found', __( 'No such file.', 'hrc-widgets' ) );
		}
		$response = new WP_REST_Response( array( 'sealed' => $sealed ), 200 );
		// Opaque bytes, never shown or sniffed by a browser, never cached.
		$response->header( 'Content-Type', 'application/octet-stream' );
		$response->header( 'Content-Disposition', 'attachment; filename="sealed-evidence.bin"' );
		$response->header( 'Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; base-uri 'none'" );
		$response->header( 'Content-Length', (string) strlen( $sealed ) );
		$response->header( 'Cache-Control', 'no-store' );
		return $response;
	}

	/**
	 * Sends a file fetch()'s answer holds as bytes instead of JSON (hooked to rest_pre_serve_request).
	 *
	 * @param bool             $served  Whether another filter sent the answer.
	 * @param WP_HTTP_Response $result  The answer.
	 * @param WP_REST_Request  $request The request.
	 * @return bool
	 */
	public static function serve( $served, $result, $request ): bool {
		$route = '#^/' . preg_quote( HRC_Rest::NS, '#' ) . '/office/reports/(\d+|HRC-[A-Z0-9]{4}-[A-Z0-9]{4}/messages/\d+)/evidence/\d+$#D';
		$data  = $result instanceof WP_HTTP_Response ? $result->get_data() : null;
		if ( $served || 200 !== $result->get_status() || ! preg_match( $route, (string) $request->get_route() ) || ! is_string( $data['sealed'] ?? null ) ) {
			return (bool) $served;
		}
		// The answer's own Cache-Control is sent; WordPress's no-cache headers would come after the body.
		add_filter( 'rest_send_nocache_headers', '__return_false' );
		echo $data['sealed']; // phpcs:ignore WordPress.Security.EscapeOutput -- opaque bytes, sent as application/octet-stream with a CSP and nosniff.
		return true;
	}

	/**
	 * 413 evidence-too-large.
	 */
	private static function too_large(): WP_REST_Response {
		$limits = self::limits();
		/* translators: 1: largest sealed file in bytes, 2: number of files */
		return self::refusal( 413, 'evidence-too-large', sprintf( __( 'A file is too large, or there are too many: each sealed file may be at most %1$s bytes (a file of 7 MiB), and a report or message may have %2$s files.', 'hrc-widgets' ), number_format_i18n( max( $limits['sizes'] ) ), number_format_i18n( $limits['files'] ) ) );
	}

	/**
	 * 400 malformed-multipart.
	 */
	private static function malformed(): WP_REST_Response {
		return self::refusal( 400, 'malformed-multipart', __( 'The multipart body could not be read: send the text parts the endpoint names ("report": the sealed report; or "lookup" and "message": a follow-up message) and one file part "evidence[]" per file.', 'hrc-widgets' ) );
	}

	/**
	 * A refusal in the contract's shape, which no cache keeps.
	 *
	 * @param int    $status  HTTP status.
	 * @param string $code    Contract error code.
	 * @param string $message Reason.
	 */
	private static function refusal( int $status, string $code, string $message ): WP_REST_Response {
		$response = new WP_REST_Response(
			array(
				'error'   => $code,
				'message' => $message,
			),
			$status
		);
		$response->header( 'Cache-Control', 'no-store' );
		return $response;
	}
}
