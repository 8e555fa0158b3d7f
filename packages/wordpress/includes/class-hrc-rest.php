<?php
/**
 * REST routes: `hrc/v1/reports` (the report endpoint contract, docs/report-endpoint.md) and
 * `hrc/v1/assessment` (the published checklist).
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * REST API.
 */
final class HRC_Rest {

	public const NS     = 'hrc/v1';
	public const ROUTE  = '/hrc/v1/reports';
	public const ASSESS = '/hrc/v1/assessment';

	/**
	 * Answers already given by before_callbacks(), by request object: WordPress still calls the route's
	 * callback after that filter returns a response, and the callback must not check (and count) the
	 * same request a second time.
	 *
	 * @var array<int, WP_REST_Response>
	 */
	private static array $answered = array();

	/**
	 * The report JSON Schema (copied from @hrc/framework at build time).
	 */
	public static function report_schema(): array {
		static $schema = null;
		$schema ??= HRC_Schema_Validator::load( HRC_WIDGETS_DIR . 'schema/report.schema.json' );
		return $schema;
	}

	/**
	 * The sealed report envelope's JSON Schema (copied from @hrc/framework at build time).
	 */
	public static function envelope_schema(): array {
		static $schema = null;
		$schema ??= HRC_Schema_Validator::load( HRC_WIDGETS_DIR . 'schema/sealed-report.schema.json' );
		return $schema;
	}

	/**
	 * Registers the routes.
	 */
	public static function register(): void {
		register_rest_route(
			self::NS,
			'/reports',
			array(
				'methods'             => 'POST',
				'callback'            => array( self::class, 'create' ),
				'permission_callback' => '__return_true',
				'args'                => HRC_Schema_Args::from_object_schema( self::report_schema() ),
			)
		);
		register_rest_route(
			self::NS,
			'/assessment',
			array(
				'methods'             => 'GET',
				'callback'            => array( self::class, 'assessment' ),
				'permission_callback' => '__return_true',
			)
		);
	}

	/**
	 * When WordPress's own argument check refused a report, answer in the contract's shape instead of
	 * WordPress's (`rest_invalid_param`), with the same checks in the same order as a valid request.
	 *
	 * @param mixed           $response Response so far (a WP_Error when the arguments failed).
	 * @param array           $handler  Route handler.
	 * @param WP_REST_Request $request  Request.
	 * @return mixed
	 *
	 * @SuppressWarnings(PHPMD.UnusedFormalParameter) WordPress's filter signature.
	 */
	public static function before_callbacks( $response, $handler, $request ) {
		if ( self::ROUTE !== $request->get_route() || 'POST' !== $request->get_method() || ! is_wp_error( $response ) ) {
			return $response;
		}
		$answer = self::handle( $request, $response );

		self::$answered[ spl_object_id( $request ) ] = $answer;
		return $answer;
	}

	/**
	 * Lets a form on another origin read the answer headers it acts on: Retry-After (how long to wait
	 * on 409 and 429) and Idempotent-Replayed.
	 *
	 * @param string[] $headers Headers WordPress exposes.
	 * @return string[]
	 */
	public static function exposed_headers( $headers ): array {
		return array_values( array_unique( array_merge( (array) $headers, array( 'Retry-After', 'Idempotent-Replayed' ) ) ) );
	}

	/**
	 * The route's callback: every argument passed WordPress's check.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public static function create( WP_REST_Request $request ): WP_REST_Response {
		$id = spl_object_id( $request );
		if ( isset( self::$answered[ $id ] ) ) {
			$answer = self::$answered[ $id ];
			unset( self::$answered[ $id ] );
			return $answer;
		}
		return self::handle( $request, null );
	}

	/**
	 * The contract, step by step: the request's form, then a sealed or a plain report.
	 *
	 * @param WP_REST_Request $request  Request.
	 * @param WP_Error|null   $wp_error WordPress's argument error, if any.
	 */
	private static function handle( WP_REST_Request $request, ?WP_Error $wp_error ): WP_REST_Response {
		$content_type = (string) $request->get_header( 'content-type' );
		// A sealed report with evidence files comes as multipart: its envelope and the sealed files.
		$files = null;
		if ( HRC_Evidence::is_multipart( $content_type ) ) {
			$parts = HRC_Evidence::read( $request );
			if ( $parts instanceof WP_REST_Response ) {
				return $parts;
			}
			$files = $parts['files'];
			$body  = $parts['report'];
		} elseif ( ! HRC_Report_Rules::is_json_type( $content_type ) ) {
			return self::error( 415, 'unsupported-media-type', __( 'Send the report as JSON.', 'hrc-widgets' ) );
		} else {
			$body = (string) $request->get_body();
		}
		// Sealed reports may be larger (padded); a plain one is held to the contract's 64 KiB below.
		if ( strlen( $body ) > HRC_Sealed::MAX_BODY_BYTES ) {
			return self::error( 413, 'too-large', __( 'The report is too large.', 'hrc-widgets' ) );
		}
		$payload = json_decode( $body, true );
		$sealed  = HRC_Sealed::is_envelope( $payload );
		if ( ! $sealed && strlen( $body ) > HRC_Report_Rules::MAX_BODY_BYTES ) {
			return self::error( 413, 'too-large', __( 'The report is too large.', 'hrc-widgets' ) );
		}
		if ( null === $payload && JSON_ERROR_NONE !== json_last_error() ) {
			return self::error( 400, 'malformed-json', __( 'The report could not be read.', 'hrc-widgets' ) );
		}
		$key     = trim( (string) $request->get_header( 'idempotency-key' ) );
		$refused = self::refuse_sender( $key );
		if ( $refused ) {
			return $refused;
		}
		if ( ! $sealed && null !== $files ) {
			return HRC_Evidence::needs_seal();
		}
		return $sealed ? self::handle_sealed( $key, $payload, $files ?? array() ) : self::handle_plain( $key, $payload, $wp_error );
	}

	/**
	 * The Idempotency-Key header and the rate limit (counted only for a request that got this far), or
	 * null when the report may be looked at.
	 *
	 * @param string $key Idempotency-Key header, trimmed.
	 */
	private static function refuse_sender( string $key ): ?WP_REST_Response {
		if ( '' === $key ) {
			return self::error( 400, 'idempotency-key-missing', __( 'The Idempotency-Key header is missing.', 'hrc-widgets' ) );
		}
		if ( ! HRC_Report_Rules::is_uuid( $key ) ) {
			return self::error( 400, 'idempotency-key-invalid', __( 'The Idempotency-Key header must be a UUID.', 'hrc-widgets' ) );
		}
		$wait = self::rate_limit();
		if ( $wait > 0 ) {
			$response = self::error( 429, 'rate-limited', __( 'Too many reports from this connection. Please try again later.', 'hrc-widgets' ) );
			$response->header( 'Retry-After', (string) $wait );
			return $response;
		}
		return null;
	}

	/**
	 * A plain (unsealed) report: refused where the site takes sealed ones only; checked against the
	 * schema and the contract's rules; stored.
	 *
	 * @param string        $key      Idempotency key.
	 * @param mixed         $payload  Decoded body.
	 * @param WP_Error|null $wp_error WordPress's argument error, if any.
	 */
	private static function handle_plain( string $key, $payload, ?WP_Error $wp_error ): WP_REST_Response {
		if ( self::office_keys() ) {
			return self::error( 400, 'sealed-only', __( 'This site accepts sealed reports only: the form must seal the report to the office key first.', 'hrc-widgets' ) );
		}
		if ( ! HRC_Schema_Validator::is_object( $payload ) ) {
			return self::invalid(
				array(
					array(
						'path'    => '',
						'code'    => 'invalid_type',
						'message' => 'expected object',
					),
				)
			);
		}
		$payload = HRC_Report_Rules::normalise( $payload );
		$issues  = HRC_Schema_Validator::validate( $payload, self::report_schema() );
		if ( ! $issues ) {
			$issues = HRC_Report_Rules::refine( $payload, time() );
		}
		if ( ! $issues && $wp_error ) {
			$issues = self::issues_from_wp_error( $wp_error );
		}
		if ( $issues ) {
			return self::invalid( $issues );
		}
		if ( HRC_Report_Rules::looks_automated( $payload ) ) {
			return self::error( 400, 'rejected', __( 'The report looks automated and was not accepted.', 'hrc-widgets' ) );
		}
		return self::store( $key, $payload );
	}

	/**
	 * The office's public keys from the settings (none: plain and sealed reports are both accepted).
	 */
	public static function office_keys(): array {
		return HRC_Sealed::parse_keys( (string) HRC_Settings::get( 'office_keys' ) )['keys'];
	}

	/**
	 * A sealed report: checked as an envelope, its key id against the office keys (if any), its
	 * anti-abuse signals (if any); stored as it came, minus those signals. WordPress cannot open it.
	 *
	 * @param string   $key      Idempotency key.
	 * @param array    $envelope Decoded envelope.
	 * @param string[] $files    Its sealed evidence files (none when it came as JSON).
	 */
	private static function handle_sealed( string $key, array $envelope, array $files ): WP_REST_Response {
		$issues = HRC_Sealed::check( $envelope, self::envelope_schema() );
		if ( $issues ) {
			return self::invalid_envelope( $issues );
		}
		$keys = self::office_keys();
		if ( $keys && ! in_array( $envelope['kid'], array_column( $keys, 'kid' ), true ) ) {
			$response = self::error( 400, 'unknown-key', __( 'The report is sealed to a key this site does not know; the page may carry an old or wrong office key.', 'hrc-widgets' ) );
			$data     = $response->get_data();
			$data['kid'] = $envelope['kid'];
			$response->set_data( $data );
			return $response;
		}
		// The resident key of a receipt must be a point on P-256, or the office could not answer.
		if ( isset( $envelope['followUp'] ) && ! HRC_Follow_Up::is_resident_key( (string) $envelope['followUp']['key'] ) ) {
			return self::invalid_envelope(
				array(
					array(
						'path' => 'followUp.key',
						'code' => 'invalid_key',
					),
				)
			);
		}
		if ( isset( $envelope['antiAbuse'] ) && HRC_Report_Rules::looks_automated( $envelope ) ) {
			return self::error( 400, 'rejected', __( 'The report looks automated and was not accepted.', 'hrc-widgets' ) );
		}
		$mismatch = HRC_Evidence::mismatch( $envelope, $files );
		if ( $mismatch ) {
			return $mismatch;
		}
		return self::store( $key, HRC_Sealed::for_storage( $envelope ), $files );
	}

	/**
	 * 400 invalid-envelope with its issues.
	 *
	 * @param array $issues Issues (path, code).
	 */
	private static function invalid_envelope( array $issues ): WP_REST_Response {
		$response = self::error( 400, 'invalid-envelope', __( 'The sealed report is not a valid envelope.', 'hrc-widgets' ) );
		$data     = $response->get_data();
		// Not `fields`: the form would look for these paths among its own questions.
		$data['issues'] = $issues;
		$response->set_data( $data );
		return $response;
	}

	/**
	 * Idempotent storage.
	 *
	 * @param string   $key     Idempotency key.
	 * @param array    $payload Valid payload.
	 * @param string[] $files   Sealed evidence files, stored with the report.
	 */
	private static function store( string $key, array $payload, array $files = array() ): WP_REST_Response {
		$fingerprint = HRC_Evidence::fingerprint( HRC_Report_Rules::fingerprint( $payload ), $files );
		$claimed     = HRC_Store::claim_key( $key, $fingerprint );
		if ( ! $claimed ) {
			$row      = HRC_Store::get_key( $key );
			$decision = HRC_Idempotency::decide( $row, $fingerprint, time() );
			if ( HRC_Idempotency::RETAKE === $decision ) {
				HRC_Store::release_key( $key, (int) $row['created'] );
				$claimed = HRC_Store::claim_key( $key, $fingerprint );
				$decision = $claimed ? HRC_Idempotency::PROCEED : HRC_Idempotency::IN_FLIGHT;
			}
			if ( HRC_Idempotency::REPLAY === $decision ) {
				$first    = json_decode( (string) $row['response'], true );
				$response = self::json( (int) $first['status'], $first['body'] );
				$response->header( 'Idempotent-Replayed', 'true' );
				return $response;
			}
			if ( HRC_Idempotency::REUSED === $decision ) {
				return self::error( 422, 'idempotency-key-reused', __( 'This Idempotency-Key was used for another report.', 'hrc-widgets' ) );
			}
			if ( HRC_Idempotency::IN_FLIGHT === $decision || null === $row ) {
				$response = self::error( 409, 'idempotency-key-in-flight', __( 'This report is still being processed.', 'hrc-widgets' ) );
				$response->header( 'Retry-After', '1' );
				return $response;
			}
		}
		// Only a copy of a stored envelope carries a verifier that exists: nothing is stored from it.
		if ( HRC_Follow_Up::receipt_taken( $payload ) ) {
			HRC_Store::release_key( $key );
			return self::error( 400, 'receipt-taken', __( 'This receipt belongs to another report already. Send the report again from the form to get a new receipt.', 'hrc-widgets' ) );
		}
		$body = HRC_Store::insert_report( $key, HRC_Report_Rules::for_storage( $payload ), $files );
		if ( null === $body ) {
			HRC_Store::release_key( $key );
			return self::error( 500, 'storage-failed', __( 'The report could not be stored. Please try again.', 'hrc-widgets' ) );
		}
		self::notify( $body['reference'] );
		return self::json( 201, $body );
	}

	/**
	 * Counts this request against the connection's budget.
	 *
	 * The budget is kept in a transient named after a keyed hash of the IP address and the current
	 * window, so the address itself is never written anywhere and the hash expires with the window.
	 *
	 * @return int Seconds to wait, or 0 when the request may proceed.
	 */
	private static function rate_limit(): int {
		/**
		 * Filters the report rate limit per connection.
		 *
		 * @param array $limit `max` requests per `window` seconds.
		 */
		$limit  = apply_filters( 'hrc_widgets_rate_limit', array( 'max' => 20, 'window' => 600 ) );
		$window = max( 1, (int) $limit['window'] );
		$bucket = intdiv( time(), $window );
		$ip     = self::client_address();
		$name   = 'hrc_rl_' . substr( hash_hmac( 'sha256', $ip . '|' . $bucket, wp_salt( 'nonce' ) ), 0, 32 );
		$count  = (int) get_transient( $name );
		$wait   = ( $bucket + 1 ) * $window - time();
		if ( $count >= (int) $limit['max'] ) {
			return max( 1, $wait );
		}
		set_transient( $name, $count + 1, max( 1, $wait ) );
		return 0;
	}

	/**
	 * The connection's address: REMOTE_ADDR, or behind one of the site's trusted proxies the address that
	 * proxy saw (HRC_Client_Address). Used only inside the rate limit's keyed hash.
	 */
	public static function client_address(): string {
		$remote    = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
		$forwarded = isset( $_SERVER['HTTP_X_FORWARDED_FOR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['HTTP_X_FORWARDED_FOR'] ) ) : '';
		$trusted   = HRC_Client_Address::parse_list( (string) HRC_Settings::get( 'trusted_proxies' ) )['valid'];
		return HRC_Client_Address::resolve( $remote, $forwarded, $trusted );
	}

	/**
	 * The notice to the office: the reference and a link, never the report's content.
	 *
	 * @param string $reference Reference.
	 */
	private static function notify( string $reference ): void {
		$to = (string) HRC_Settings::get( 'notify_email' );
		if ( '' === $to ) {
			return;
		}
		$link = admin_url( 'admin.php?page=' . HRC_Admin_Reports::PAGE . '&reference=' . rawurlencode( $reference ) );
		/* translators: %s: report reference such as HRC-7K3M-Q9PX */
		$subject = sprintf( __( 'New report %s', 'hrc-widgets' ), $reference );
		/* translators: 1: report reference, 2: link to the report in the admin */
		$message = sprintf( __( "A new report was received: %1\$s.\n\nRead it in the site's admin (you need to log in):\n%2\$s\n", 'hrc-widgets' ), $reference, $link );
		wp_mail( $to, $subject, $message );
	}

	/**
	 * WordPress's argument errors as contract issues (used only if the kit's own check found nothing).
	 *
	 * @param WP_Error $error Error.
	 */
	private static function issues_from_wp_error( WP_Error $error ): array {
		$data   = (array) $error->get_error_data();
		$params = array_merge( array_fill_keys( (array) ( $data['params'] ?? array() ), 'required' ), (array) ( $data['params'] ?? array() ) );
		$issues = array();
		foreach ( $params as $param => $message ) {
			if ( is_int( $param ) ) {
				continue;
			}
			$issues[] = array(
				'path'    => (string) $param,
				'code'    => 'invalid_value',
				'message' => (string) $message,
			);
		}
		return $issues ? $issues : array(
			array(
				'path'    => '',
				'code'    => 'custom',
				'message' => $error->get_error_message(),
			),
		);
	}

	/**
	 * 400 with field reasons.
	 *
	 * @param array $issues Issues.
	 */
	private static function invalid( array $issues ): WP_REST_Response {
		$response = self::error( 400, 'invalid', __( 'The report has errors.', 'hrc-widgets' ) );
		$data     = $response->get_data();
		$data['fields'] = array_values( $issues );
		$response->set_data( $data );
		return $response;
	}

	/**
	 * An error response.
	 *
	 * @param int    $status  HTTP status.
	 * @param string $code    Contract error code.
	 * @param string $message Human message.
	 */
	public static function error( int $status, string $code, string $message ): WP_REST_Response {
		return self::json(
			$status,
			array(
				'error'   => $code,
				'message' => $message,
			)
		);
	}

	/**
	 * JSON response that no cache keeps.
	 *
	 * @param int   $status Status.
	 * @param array $body   Body.
	 */
	public static function json( int $status, array $body ): WP_REST_Response {
		$response = new WP_REST_Response( $body, $status );
		$response->header( 'Cache-Control', 'no-store' );
		return $response;
	}

	/**
	 * GET hrc/v1/assessment: the published checklist.
	 */
	public static function assessment(): WP_REST_Response {
		$assessment = HRC_Admin_Checklist::published();
		if ( null === $assessment ) {
			$response = new WP_REST_Response(
				array(
					'error'   => 'not-published',
					'message' => __( 'No assessment has been published.', 'hrc-widgets' ),
				),
				404
			);
			$response->header( 'Cache-Control', 'no-store' );
			return $response;
		}
		if ( empty( $assessment['elements'] ) ) {
			// PHP arrays lose the difference between {} and []: the schema wants an object.
			$assessment['elements'] = new stdClass();
		}
		$response = new WP_REST_Response( $assessment, 200 );
		$response->header( 'Cache-Control', 'public, max-age=300' );
		return $response;
	}
}
