<?php
/**
 * Follow-up's REST routes (docs/report-endpoint.md, "Follow-up"): `POST hrc/v1/follow-up` for residents
 * (a lookup token reads the conversation; with a message, adds to it) and, for users who may read
 * reports, `hrc/v1/office/reports/<reference>/messages` (the conversation, and the office's answer).
 *
 * Failed lookups are limited per address and for all addresses together; while either limit is
 * reached, every lookup is refused before the token is even looked up, so a right receipt among the
 * guesses is refused like the wrong ones.
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Follow-up routes.
 */
final class HRC_Follow_Up_Rest {

	public const ROUTE = '/hrc/v1/follow-up';

	/**
	 * Answers already given by before_callbacks(), by request object (see HRC_Rest::$answered).
	 *
	 * @var array<int, WP_REST_Response>
	 */
	private static array $answered = array();

	/**
	 * Registers the routes.
	 */
	public static function register(): void {
		register_rest_route(
			HRC_Rest::NS,
			'/follow-up',
			array(
				'methods'             => 'POST',
				'callback'            => array( self::class, 'resident' ),
				'permission_callback' => '__return_true',
			)
		);
		register_rest_route(
			HRC_Rest::NS,
			'/office/reports/(?P<reference>HRC-[A-Z0-9]{4}-[A-Z0-9]{4})/messages',
			array(
				array(
					'methods'             => 'GET',
					'callback'            => array( self::class, 'office_read' ),
					'permission_callback' => static fn() => current_user_can( HRC_Admin_Reports::capability() ),
				),
				array(
					'methods'             => 'POST',
					'callback'            => array( self::class, 'office_reply' ),
					'permission_callback' => static fn() => current_user_can( HRC_Admin_Reports::capability() ),
				),
			)
		);
		register_rest_route(
			HRC_Rest::NS,
			'/office/reports/(?P<reference>HRC-[A-Z0-9]{4}-[A-Z0-9]{4})/messages/(?P<id>\d+)/evidence/(?P<n>\d+)',
			array(
				'methods'             => 'GET',
				'callback'            => array( self::class, 'office_file' ),
				'permission_callback' => static fn() => current_user_can( HRC_Admin_Reports::capability() ),
			)
		);
	}

	/**
	 * GET hrc/v1/office/reports/<reference>/messages/<id>/evidence/<n>: a sealed evidence file of a
	 * resident's message, as bytes (HRC_Evidence::serve()), or 404.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public static function office_file( WP_REST_Request $request ): WP_REST_Response {
		return HRC_Evidence::sealed_file( HRC_Follow_Up::message_file( (string) $request['reference'], (int) $request['id'], (int) $request['n'] ) );
	}

	/**
	 * A body WordPress could not parse as JSON still gets the contract's answer (with the lockout first).
	 *
	 * @param mixed           $response Response so far (a WP_Error when the body is not JSON).
	 * @param array           $handler  Route handler.
	 * @param WP_REST_Request $request  Request.
	 * @return mixed
	 *
	 * @SuppressWarnings(PHPMD.UnusedFormalParameter) WordPress's filter signature.
	 */
	public static function before_callbacks( $response, $handler, $request ) {
		if ( self::ROUTE !== $request->get_route() || ! is_wp_error( $response ) ) {
			return $response;
		}
		$answer = self::handle( $request );

		self::$answered[ spl_object_id( $request ) ] = $answer;
		return $answer;
	}

	/**
	 * POST hrc/v1/follow-up.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public static function resident( WP_REST_Request $request ): WP_REST_Response {
		$id = spl_object_id( $request );
		if ( isset( self::$answered[ $id ] ) ) {
			$answer = self::$answered[ $id ];
			unset( self::$answered[ $id ] );
			return $answer;
		}
		return self::handle( $request );
	}

	/**
	 * The limits: failed lookups per address and in all, and messages per address.
	 */
	private static function limits(): array {
		$report = apply_filters( 'hrc_widgets_rate_limit', array( 'max' => 20, 'window' => 600 ) );
		/**
		 * Filters the follow-up limits: `lookup` (failed lookups per address), `global` (failed lookups
		 * from all addresses together) and `message` (resident messages per address), each `max`
		 * requests per `window` seconds.
		 *
		 * @param array $limits Limits.
		 */
		return apply_filters(
			'hrc_widgets_follow_up_limits',
			array(
				'lookup'  => array(
					'max'    => 10,
					'window' => 900,
				),
				'global'  => array(
					'max'    => 200,
					'window' => 900,
				),
				'message' => $report,
			)
		);
	}

	/**
	 * The transient of a counter in the current window: named after a keyed hash of the address (or
	 * '*' for all), so no address is written anywhere, and it expires with the window.
	 *
	 * @param string $kind  Counter kind.
	 * @param string $who   Address, or '*'.
	 * @param array  $limit `max`, `window`.
	 * @return array{name: string, wait: int, max: int}
	 */
	private static function counter( string $kind, string $who, array $limit ): array {
		$window = max( 1, (int) $limit['window'] );
		$bucket = intdiv( time(), $window );
		return array(
			'name' => 'hrc_fu_' . substr( hash_hmac( 'sha256', $kind . '|' . $who . '|' . $bucket, wp_salt( 'nonce' ) ), 0, 32 ),
			'wait' => max( 1, ( $bucket + 1 ) * $window - time() ),
			'max'  => (int) $limit['max'],
		);
	}

	/**
	 * Seconds to wait when the counter is at its limit (one more would be over), else 0. Counts nothing.
	 *
	 * @param array $counter From counter().
	 */
	private static function locked( array $counter ): int {
		return (int) get_transient( $counter['name'] ) >= $counter['max'] ? $counter['wait'] : 0;
	}

	/**
	 * Counts one request against a counter.
	 *
	 * @param array $counter From counter().
	 */
	private static function count( array $counter ): void {
		set_transient( $counter['name'], (int) get_transient( $counter['name'] ) + 1, $counter['wait'] );
	}

	/**
	 * The resident's request, step by step.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	private static function handle( WP_REST_Request $request ): WP_REST_Response {
		$limits   = self::limits();
		$client   = HRC_Rest::client_address();
		$per_addr = self::counter( 'lookup', $client, (array) $limits['lookup'] );
		$global   = self::counter( 'global', '*', (array) $limits['global'] );
		// Before anything is read or looked up: while over either limit, a right receipt is refused too.
		foreach ( array( $per_addr, $global ) as $counter ) {
			$wait = self::locked( $counter );
			if ( $wait > 0 ) {
				return self::too_many( $wait );
			}
		}
		$key = self::message_key( $request );
		if ( false === $key ) {
			return self::key_invalid();
		}
		$input = self::input( $request, $key );
		if ( $input instanceof WP_REST_Response ) {
			return $input;
		}
		$files   = $input['files'];
		$message = $input['message'] ?? null;
		$found   = HRC_Follow_Up::find( HRC_Follow_Up::verifier_of( $input['lookup'] ) );
		if ( null === $found ) {
			self::count( $per_addr );
			self::count( $global );
			// One answer for a receipt that never existed and for one whose report retention deleted.
			return self::unknown_receipt();
		}
		$added = null === $message ? null : self::add( (string) $found['reference'], $message, $key, self::counter( 'message', $client, (array) $limits['message'] ), $files );
		if ( $added instanceof WP_REST_Response ) {
			return $added;
		}
		$response = HRC_Rest::json( null === $message ? 200 : 201, self::conversation( $found ) );
		return empty( $added['replayed'] ) ? $response : self::replayed( $response );
	}

	/**
	 * The request's `{ lookup, message?, files }`, checked (the files against the message's list), or
	 * the refusal. A multipart body (a message with evidence files) needs an Idempotency-Key: the
	 * message and its files are sent once.
	 *
	 * @param WP_REST_Request $request Request.
	 * @param string|null     $key     The message's Idempotency-Key.
	 * @return array|WP_REST_Response
	 */
	private static function input( WP_REST_Request $request, ?string $key ) {
		$multipart = HRC_Evidence::is_multipart( (string) $request->get_header( 'content-type' ) );
		if ( $multipart && null === $key ) {
			return HRC_Rest::error( 400, 'idempotency-key-missing', __( 'A message with files needs an Idempotency-Key header (a UUID).', 'hrc-widgets' ) );
		}
		$input = self::parse( $request, $multipart );
		if ( $input instanceof WP_REST_Response ) {
			return $input;
		}
		$message = $input['message'] ?? null;
		$refused = HRC_Evidence::mismatch( is_array( $message ) ? $message : array(), $input['files'] );
		return $refused ? $refused : $input;
	}

	/**
	 * The optional Idempotency-Key of a message (a UUID, as for reports), lower-case: null without
	 * one, false when it is there but not a UUID.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return string|null|false
	 */
	private static function message_key( WP_REST_Request $request ) {
		$key = $request->get_header( 'idempotency-key' );
		if ( null === $key ) {
			return null;
		}
		$key = trim( (string) $key );
		return HRC_Report_Rules::is_uuid( $key ) ? strtolower( $key ) : false;
	}

	/**
	 * 400 idempotency-key-invalid.
	 */
	private static function key_invalid(): WP_REST_Response {
		return HRC_Rest::error( 400, 'idempotency-key-invalid', __( 'The Idempotency-Key header must be a UUID.', 'hrc-widgets' ) );
	}

	/**
	 * Marks an answer as given again for a message stored before with the same Idempotency-Key.
	 *
	 * @param WP_REST_Response $response Response.
	 */
	private static function replayed( WP_REST_Response $response ): WP_REST_Response {
		$response->header( 'Idempotent-Replayed', 'true' );
		return $response;
	}

	/**
	 * The refusal of a message that was not stored, or null when it was (or was stored before with
	 * its Idempotency-Key).
	 *
	 * @param array|string|null $added From HRC_Follow_Up::add_message().
	 * @param WP_REST_Response  $gone  The answer when the follow-up is gone.
	 */
	private static function refuse_added( $added, WP_REST_Response $gone ): ?WP_REST_Response {
		if ( 'full' === $added ) {
			return self::full();
		}
		if ( 'key-reused' === $added ) {
			return HRC_Rest::error( 422, 'idempotency-key-reused', __( 'This Idempotency-Key was used for another message.', 'hrc-widgets' ) );
		}
		if ( 'gone' === $added ) {
			return $gone;
		}
		// The database refused the insert: the server's fault, not the request's.
		return is_array( $added ) ? null : HRC_Rest::error( 500, 'storage-failed', __( 'The message could not be stored. Please try again.', 'hrc-widgets' ) );
	}

	/**
	 * The request's `{ lookup, message? }`, checked, or the refusal; from a multipart body (a message
	 * with evidence files: text parts `lookup` and `message`, file parts `evidence[]`), with `files`.
	 *
	 * @param WP_REST_Request $request   Request.
	 * @param bool            $multipart Whether the body is multipart.
	 * @return array|WP_REST_Response
	 */
	private static function parse( WP_REST_Request $request, bool $multipart = false ) {
		$files = array();
		if ( $multipart ) {
			$parts = HRC_Evidence::read_parts( $request, array( 'lookup', 'message' ) );
			if ( $parts instanceof WP_REST_Response ) {
				return $parts;
			}
			$message = json_decode( $parts['texts']['message'], true );
			if ( null === $message && JSON_ERROR_NONE !== json_last_error() ) {
				return HRC_Rest::error( 400, 'malformed-json', __( 'The request could not be read.', 'hrc-widgets' ) );
			}
			$files = $parts['files'];
			$input = array(
				'lookup'  => $parts['texts']['lookup'],
				'message' => $message,
			);
		} else {
			$input = self::read( $request );
		}
		if ( $input instanceof WP_REST_Response ) {
			return $input;
		}
		$object = is_array( $input ) && ! array_is_list( $input );
		$keys   = $object ? array_keys( $input ) : array( '(body)' );
		if ( ! $object || ! HRC_Follow_Up::is_b64( $input['lookup'] ?? null, 43 ) || array_diff( $keys, array( 'lookup', 'message' ) ) ) {
			return HRC_Rest::error( 400, 'invalid-lookup', __( 'Send the lookup made from the receipt, and nothing else.', 'hrc-widgets' ) );
		}
		if ( array_key_exists( 'message', $input ) ) {
			$refused = self::refuse_message( $input['message'] );
			if ( $refused ) {
				return $refused;
			}
		}
		return $input + array( 'files' => $files );
	}

	/**
	 * Adds the resident's message, within the address's budget for messages: the stored message
	 * (`replayed` when its Idempotency-Key had stored it before), or the refusal.
	 *
	 * @param string      $reference Reference.
	 * @param array       $message   Checked message.
	 * @param string|null $key       Idempotency-Key.
	 * @param array       $counter   The address's message counter.
	 * @param string[]    $files     The message's sealed evidence files.
	 * @return array|WP_REST_Response
	 */
	private static function add( string $reference, array $message, ?string $key, array $counter, array $files = array() ) {
		$wait = self::locked( $counter );
		if ( $wait > 0 ) {
			return self::too_many( $wait );
		}
		self::count( $counter );
		$added   = HRC_Follow_Up::add_message( $reference, 'resident', $message, $key, null, $files );
		$refused = self::refuse_added( $added, self::unknown_receipt() );
		return $refused ? $refused : $added;
	}

	/**
	 * The body as JSON, or the refusal.
	 *
	 * @param WP_REST_Request $request Request.
	 * @return mixed|WP_REST_Response
	 */
	private static function read( WP_REST_Request $request ) {
		if ( ! HRC_Report_Rules::is_json_type( (string) $request->get_header( 'content-type' ) ) ) {
			return HRC_Rest::error( 415, 'unsupported-media-type', __( 'Send the request as JSON.', 'hrc-widgets' ) );
		}
		$body = (string) $request->get_body();
		if ( strlen( $body ) > HRC_Follow_Up::MAX_BODY_BYTES ) {
			return HRC_Rest::error( 413, 'too-large', __( 'The message is too large.', 'hrc-widgets' ) );
		}
		$input = json_decode( $body, true );
		if ( null === $input && JSON_ERROR_NONE !== json_last_error() ) {
			return HRC_Rest::error( 400, 'malformed-json', __( 'The request could not be read.', 'hrc-widgets' ) );
		}
		return $input;
	}

	/**
	 * Why a resident's message is refused (not a sealed message to the office, or to a key the site
	 * does not know), or null.
	 *
	 * @param mixed $message Message.
	 */
	private static function refuse_message( $message ): ?WP_REST_Response {
		$issues = HRC_Follow_Up::check_message( $message, 'office' );
		if ( $issues ) {
			return self::invalid_message( $issues );
		}
		return self::refuse_kid( (string) $message['kid'] );
	}

	/**
	 * 400 unknown-key when the site has office keys and none has this key id, else null.
	 *
	 * @param string $kid Key id of a message.
	 */
	private static function refuse_kid( string $kid ): ?WP_REST_Response {
		$keys = HRC_Rest::office_keys();
		if ( ! $keys || in_array( $kid, array_column( $keys, 'kid' ), true ) ) {
			return null;
		}
		$response    = HRC_Rest::error( 400, 'unknown-key', __( 'The message is sealed to a key this site does not know; the page may carry an old or wrong office key.', 'hrc-widgets' ) );
		$data        = $response->get_data();
		$data['kid'] = $kid;
		$response->set_data( $data );
		return $response;
	}

	/**
	 * The conversation as the resident sees it: their own messages only as "sent then", the office's
	 * answers without the office's copy.
	 *
	 * @param array $found From HRC_Follow_Up::find().
	 */
	private static function conversation( array $found ): array {
		$days = (int) HRC_Settings::get( 'reply_days' );
		return array(
			'reference'       => (string) $found['reference'],
			'status'          => (string) $found['status'],
			'receivedAt'      => HRC_Follow_Up::utc( (string) $found['received_at'] ),
			'statusChangedAt' => HRC_Follow_Up::utc( (string) ( $found['status_changed_at'] ?? $found['received_at'] ) ),
		) + ( $days > 0 ? array( 'replyWithinWorkingDays' => $days ) : array() ) + array(
			'messages' => array_map(
				static fn( $m ) => 'office' === $m['from'] ? array(
					'from'    => 'office',
					'sentAt'  => $m['sentAt'],
					'message' => $m['message'],
				) : array(
					'from'   => 'resident',
					'sentAt' => $m['sentAt'],
				) + ( empty( $m['message']['evidence'] ) ? array() : array( 'files' => count( (array) $m['message']['evidence'] ) ) ),
				HRC_Follow_Up::messages( (string) $found['reference'] )
			),
		);
	}

	/**
	 * GET hrc/v1/office/reports/<reference>/messages: the resident key to seal answers to, and every
	 * message (`followUp` null for a report sent without a receipt).
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public static function office_read( WP_REST_Request $request ): WP_REST_Response {
		$reference = (string) $request['reference'];
		$follow    = HRC_Follow_Up::get( $reference );
		if ( null === $follow ) {
			return self::report_exists( $reference ) ? HRC_Rest::json(
				200,
				array(
					'followUp' => null,
					'messages' => array(),
				)
			) : self::not_found();
		}
		return HRC_Rest::json(
			200,
			array(
				'followUp' => array(
					'key'       => (string) $follow['resident_key'],
					'createdAt' => HRC_Follow_Up::utc( (string) $follow['created_at'] ),
				),
				'messages' => HRC_Follow_Up::messages( $reference ),
			)
		);
	}

	/**
	 * POST hrc/v1/office/reports/<reference>/messages `{ message, copy }`: the office's answer, sealed in
	 * the office's browser to the resident key and sent with an office key (HPKE auth mode), and its
	 * copy sealed to that office key. An optional Idempotency-Key stores an answer sent again once.
	 *
	 * @param WP_REST_Request $request Request.
	 */
	public static function office_reply( WP_REST_Request $request ): WP_REST_Response {
		$reference = (string) $request['reference'];
		$key       = self::message_key( $request );
		if ( false === $key ) {
			return self::key_invalid();
		}
		$input   = json_decode( (string) $request->get_body(), true );
		$refused = self::refuse_reply( $input );
		if ( $refused ) {
			return $refused;
		}
		if ( null === HRC_Follow_Up::get( $reference ) ) {
			return self::report_exists( $reference )
				? HRC_Rest::error( 409, 'no-follow-up', __( 'This report was sent without a receipt, so there is no conversation to answer in.', 'hrc-widgets' ) )
				: self::not_found();
		}
		$added   = HRC_Follow_Up::add_message( $reference, 'office', $input['message'], $key, $input['copy'] );
		$refused = self::refuse_added( $added, self::not_found() );
		if ( $refused ) {
			return $refused;
		}
		$replayed = ! empty( $added['replayed'] );
		unset( $added['replayed'] );
		$response = HRC_Rest::json( 201, $added );
		return $replayed ? self::replayed( $response ) : $response;
	}

	/**
	 * Why the office's `{ message, copy }` is refused, or null: the answer is not a sealed message to
	 * the resident, the copy is not its copy (a message to the office with `copy: true` under the same
	 * key id), there are other members, or the key id is not one of the site's office keys.
	 *
	 * @param mixed $input Decoded body.
	 */
	private static function refuse_reply( $input ): ?WP_REST_Response {
		$object = is_array( $input ) && ! array_is_list( $input );
		$issues = HRC_Follow_Up::check_message( $object ? ( $input['message'] ?? null ) : null, 'resident' );
		if ( ! $issues && array_diff( array_keys( $input ), array( 'message', 'copy' ) ) ) {
			$issues = array(
				array(
					'path' => '',
					'code' => 'unrecognized_keys',
				),
			);
		}
		if ( $issues ) {
			return self::invalid_message( $issues );
		}
		$copy = $input['copy'] ?? null;
		if ( HRC_Follow_Up::check_message( $copy, 'office', true ) || $copy['kid'] !== $input['message']['kid'] ) {
			return self::invalid_message(
				array(
					array(
						'path' => 'copy',
						'code' => 'invalid_value',
					),
				)
			);
		}
		return self::refuse_kid( (string) $input['message']['kid'] );
	}

	/**
	 * Whether a report with this reference exists.
	 *
	 * @param string $reference Reference.
	 */
	private static function report_exists( string $reference ): bool {
		global $wpdb;
		$table = HRC_Store::reports_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return null !== $wpdb->get_var( $wpdb->prepare( "SELECT id FROM $table WHERE reference = %s", $reference ) );
	}

	/**
	 * 429 with Retry-After.
	 *
	 * @param int $wait Seconds.
	 */
	private static function too_many( int $wait ): WP_REST_Response {
		$response = HRC_Rest::error( 429, 'rate-limited', __( 'Too many tries from this connection, or from everyone just now. Please try again in a few minutes.', 'hrc-widgets' ) );
		$response->header( 'Retry-After', (string) $wait );
		return $response;
	}

	/**
	 * 409 conversation-full.
	 */
	private static function full(): WP_REST_Response {
		return HRC_Rest::error( 409, 'conversation-full', __( 'This conversation holds the most messages it can; contact the office another way.', 'hrc-widgets' ) );
	}

	/**
	 * 404 unknown-receipt: the same for a receipt that never existed and for a deleted report.
	 */
	private static function unknown_receipt(): WP_REST_Response {
		return HRC_Rest::error( 404, 'unknown-receipt', __( 'No report was found for this receipt. Check the digits; reports are deleted some time after they are closed.', 'hrc-widgets' ) );
	}

	/**
	 * 404 not-found (office routes).
	 */
	private static function not_found(): WP_REST_Response {
		return HRC_Rest::error( 404, 'not-found', __( 'Report not found', 'hrc-widgets' ) );
	}

	/**
	 * 400 invalid-message with its issues.
	 *
	 * @param array $issues Issues.
	 */
	private static function invalid_message( array $issues ): WP_REST_Response {
		$response       = HRC_Rest::error( 400, 'invalid-message', __( 'The message is not a sealed message.', 'hrc-widgets' ) );
		$data           = $response->get_data();
		$data['issues'] = $issues;
		$response->set_data( $data );
		return $response;
	}
}
