<?php
/**
 * Follow-up with a receipt (docs/follow-up.md): what is stored of it and the rules of its messages.
 * WordPress never sees a receipt: a sealed report registers the SHA-256 of the resident's lookup token
 * (the verifier) and the public half of the resident key; the messages of both directions are sealed
 * in browsers, to the office key or to the resident key, and stored as they came.
 *
 * Two tables of their own, with a schema version of their own: the conversation of a report goes with
 * the report (delete_orphans(), run whenever reports are deleted). Version 2 keeps a message's
 * Idempotency-Key (unique: a message sent again is stored once) and the office's own copy of its
 * answers. Version 3 adds the table of the sealed evidence files of residents' messages (chunked as
 * reports' files are, HRC_Evidence), deleted with their message.
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || defined( 'HRC_WIDGETS_TESTING' ) || exit;

/**
 * Follow-up storage and message rules.
 */
final class HRC_Follow_Up {

	public const DB_VERSION        = 3;
	public const DB_VERSION_OPTION = 'hrc_widgets_follow_up_db_version';

	/** A conversation holds at most this many messages. */
	public const MAX_MESSAGES = 200;

	/** The largest follow-up request: a message in its largest padding bucket, with its envelope. */
	public const MAX_BODY_BYTES = 98304;

	public const MESSAGE_TYPE = 'hrc-sealed-message';

	/**
	 * The ciphertext lengths a sealed message may have: one per padding bucket (2, 8, 32 and 64 KiB,
	 * plus the 16-byte tag, in base64url without padding).
	 */
	public const CIPHERTEXT_LENGTHS = array( 2752, 10944, 43712, 87403 );

	/**
	 * Table of follow-ups, one per report sent with a receipt.
	 */
	public static function follow_ups_table(): string {
		global $wpdb;
		return $wpdb->prefix . 'hrc_follow_ups';
	}

	/**
	 * Table of messages.
	 */
	public static function messages_table(): string {
		global $wpdb;
		return $wpdb->prefix . 'hrc_follow_up_messages';
	}

	/**
	 * Table of the sealed evidence files of residents' messages.
	 */
	public static function files_table(): string {
		global $wpdb;
		return $wpdb->prefix . 'hrc_message_evidence';
	}

	/**
	 * Creates or updates the tables.
	 */
	public static function install(): void {
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$charset   = $wpdb->get_charset_collate();
		$follow    = self::follow_ups_table();
		$messages  = self::messages_table();
		$files     = self::files_table();
		// No receipt, no lookup token, no address: only the token's SHA-256 and ciphertext.
		dbDelta(
			"CREATE TABLE $follow (
  reference varchar(20) NOT NULL,
  verifier char(43) NOT NULL,
  resident_key char(87) NOT NULL,
  created_at datetime NOT NULL,
  last_sender varchar(10) NULL,
  last_message_at datetime NULL,
  PRIMARY KEY  (reference),
  UNIQUE KEY verifier (verifier)
) $charset;
CREATE TABLE $messages (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  reference varchar(20) NOT NULL,
  sender varchar(10) NOT NULL,
  sent_at datetime NOT NULL,
  envelope longtext NOT NULL,
  idempotency_key char(36) NULL,
  office_copy longtext NULL,
  PRIMARY KEY  (id),
  KEY reference (reference,id),
  UNIQUE KEY idempotency_key (idempotency_key)
) $charset;
CREATE TABLE $files (
  message_id bigint(20) unsigned NOT NULL,
  position tinyint(3) unsigned NOT NULL,
  chunk smallint(5) unsigned NOT NULL,
  bytes mediumblob NOT NULL,
  PRIMARY KEY  (message_id,position,chunk)
) $charset;"
		);
		update_option( self::DB_VERSION_OPTION, self::DB_VERSION, false );
	}

	/**
	 * Runs the installer after an update that changed the tables.
	 */
	public static function maybe_upgrade(): void {
		if ( (int) get_option( self::DB_VERSION_OPTION, 0 ) < self::DB_VERSION ) {
			self::install();
		}
	}

	/**
	 * Drops the tables (uninstall).
	 */
	public static function drop(): void {
		global $wpdb;
		// phpcs:disable WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared,WordPress.DB.DirectDatabaseQuery.SchemaChange
		$wpdb->query( 'DROP TABLE IF EXISTS ' . self::follow_ups_table() );
		$wpdb->query( 'DROP TABLE IF EXISTS ' . self::messages_table() );
		$wpdb->query( 'DROP TABLE IF EXISTS ' . self::files_table() );
		// phpcs:enable
		delete_option( self::DB_VERSION_OPTION );
	}

	/**
	 * The verifier of a lookup token: SHA-256 of its bytes, base64url, as the browser computes it.
	 *
	 * @param string $lookup Lookup token (43 base64url characters).
	 */
	public static function verifier_of( string $lookup ): string {
		return self::base64url( hash( 'sha256', (string) self::decode( $lookup ), true ) );
	}

	/**
	 * Whether a value is base64url of exactly `$length` characters.
	 *
	 * @param mixed $value  Value.
	 * @param int   $length Characters.
	 */
	public static function is_b64( $value, int $length ): bool {
		return is_string( $value ) && strlen( $value ) === $length && 1 === preg_match( '/^[A-Za-z0-9_-]*$/D', $value );
	}

	/**
	 * Base64url without padding.
	 *
	 * @param string $bytes Bytes.
	 */
	private static function base64url( string $bytes ): string {
		return rtrim( strtr( base64_encode( $bytes ), '+/', '-_' ), '=' );
	}

	/**
	 * Bytes of base64url text, or null.
	 *
	 * @param string $text Base64url.
	 */
	private static function decode( string $text ): ?string {
		$bytes = base64_decode( strtr( $text, '-_', '+/' ), true );
		return false === $bytes ? null : $bytes;
	}

	/**
	 * Whether a resident key (base64url of an uncompressed point) is a point on P-256, so the office can
	 * seal to it. OpenSSL refuses a point that is not on the curve.
	 *
	 * @param string $key Resident key.
	 */
	public static function is_resident_key( string $key ): bool {
		$raw = self::is_b64( $key, 87 ) ? self::decode( $key ) : null;
		if ( null === $raw || 65 !== strlen( $raw ) || "\x04" !== $raw[0] ) {
			return false;
		}
		// SubjectPublicKeyInfo of an EC key on prime256v1, followed by the point.
		$der    = (string) hex2bin( '3059301306072a8648ce3d020106082a8648ce3d030107034200' ) . $raw;
		$pem    = "-----BEGIN PUBLIC KEY-----\n" . chunk_split( base64_encode( $der ), 64, "\n" ) . "-----END PUBLIC KEY-----\n";
		$public = openssl_pkey_get_public( $pem );
		while ( false !== openssl_error_string() ) {
			// Empties OpenSSL's error queue, which would otherwise be reported by a later call.
			continue;
		}
		return false !== $public;
	}

	/**
	 * Checks a sealed message as receivers do (`sealedMessageSchema`, `officeCopySchema`): strict
	 * members, one of the padded lengths, and a key id: the office key it is sealed to, or for the
	 * resident the office key that sent it. The office's own copy of an answer is a message to the
	 * office with `copy: true`, and only a copy may carry `copy`. Returns the issues (path, code); none
	 * when it is valid.
	 *
	 * @param mixed  $message Decoded message.
	 * @param string $to      'office' (from the resident, or the office's copy) or 'resident' (from the office).
	 * @param bool   $copy    Whether it is the office's copy of an answer.
	 * @return array<int, array{path: string, code: string}>
	 */
	public static function check_message( $message, string $to, bool $copy = false ): array {
		if ( ! is_array( $message ) || array_is_list( $message ) ) {
			return array( self::issue( '', 'invalid_type' ) );
		}
		// A resident's message may list evidence files: their sealed sizes, as a report's envelope does.
		$files   = 'office' === $to && ! $copy;
		$allowed = array_merge(
			array( 'type', 'schemaVersion', 'to', 'kid', 'enc', 'ciphertext' ),
			$copy ? array( 'copy' ) : array(),
			$files ? array( 'evidence' ) : array()
		);
		$issues  = array();
		foreach ( array_diff( array_keys( $message ), $allowed ) as $extra ) {
			$issues[] = self::issue( (string) $extra, 'unrecognized_keys' );
		}
		$checks = array(
			'type'          => self::MESSAGE_TYPE === ( $message['type'] ?? null ),
			'schemaVersion' => 1 === ( $message['schemaVersion'] ?? null ),
			'to'            => ( $message['to'] ?? null ) === $to,
			'enc'           => self::is_b64( $message['enc'] ?? null, 87 ),
			'ciphertext'    => is_string( $message['ciphertext'] ?? null ) && in_array( strlen( $message['ciphertext'] ), self::CIPHERTEXT_LENGTHS, true ) && self::is_b64( $message['ciphertext'], strlen( $message['ciphertext'] ) ),
		);
		$checks['kid'] = is_string( $message['kid'] ?? null ) && 1 === preg_match( HRC_Sealed::KEY_ID, $message['kid'] );
		if ( $copy ) {
			$checks['copy'] = true === ( $message['copy'] ?? null );
		}
		$checks['evidence'] = ! array_key_exists( 'evidence', $message ) || self::is_file_list( $message['evidence'] );
		foreach ( $checks as $path => $valid ) {
			if ( ! $valid ) {
				$issues[] = self::issue( $path, 'invalid_value' );
			}
		}
		return $issues;
	}

	/**
	 * Whether a message's `evidence` is a list of 1 to 3 `{ bytes }`, each one of the sealed sizes.
	 *
	 * @param mixed $list The message's `evidence`.
	 */
	private static function is_file_list( $list ): bool {
		$limits = HRC_Evidence::limits();
		if ( ! is_array( $list ) || ! array_is_list( $list ) || ! $list || count( $list ) > $limits['files'] ) {
			return false;
		}
		foreach ( $list as $entry ) {
			if ( ! is_array( $entry ) || array( 'bytes' ) !== array_keys( $entry ) || ! in_array( $entry['bytes'], $limits['sizes'], true ) ) {
				return false;
			}
		}
		return true;
	}

	/**
	 * One issue.
	 *
	 * @param string $path Path.
	 * @param string $code Code.
	 */
	private static function issue( string $path, string $code ): array {
		return array(
			'path' => $path,
			'code' => $code,
		);
	}

	/**
	 * Whether a stored payload registers a receipt whose verifier another report holds already.
	 *
	 * @param array $payload Payload for storage.
	 */
	public static function receipt_taken( array $payload ): bool {
		$verifier = $payload['followUp']['verifier'] ?? null;
		if ( ! HRC_Sealed::is_stored_envelope( $payload ) || ! is_string( $verifier ) ) {
			return false;
		}
		global $wpdb;
		$table = self::follow_ups_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return null !== $wpdb->get_var( $wpdb->prepare( "SELECT reference FROM $table WHERE verifier = %s", $verifier ) );
	}

	/**
	 * Stores the follow-up of a report just inserted (called inside HRC_Store::insert_report()'s
	 * transaction). True when there is nothing to register or it was registered; false when the
	 * database refused it (the verifier is taken): the report is then rolled back.
	 *
	 * @param string $reference Report reference.
	 * @param array  $payload   Stored payload.
	 * @param string $received  Arrival time, `Y-m-d H:i:s` UTC.
	 */
	public static function register( string $reference, array $payload, string $received ): bool {
		$follow = $payload['followUp'] ?? null;
		if ( ! HRC_Sealed::is_stored_envelope( $payload ) || ! is_array( $follow ) ) {
			return true;
		}
		global $wpdb;
		$suppress = $wpdb->suppress_errors( true );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$inserted = $wpdb->insert(
			self::follow_ups_table(),
			array(
				'reference'    => $reference,
				'verifier'     => (string) $follow['verifier'],
				'resident_key' => (string) $follow['key'],
				'created_at'   => $received,
			)
		);
		$wpdb->suppress_errors( $suppress );
		return 1 === $inserted;
	}

	/**
	 * The report and follow-up a verifier belongs to, or null. Joined with the reports, so a follow-up
	 * whose report is gone is found no more than one that never existed.
	 *
	 * @param string $verifier Verifier.
	 */
	public static function find( string $verifier ): ?array {
		global $wpdb;
		$follow  = self::follow_ups_table();
		$reports = HRC_Store::reports_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT r.reference, r.status, r.received_at, r.status_changed_at, f.resident_key, f.created_at FROM $follow f JOIN $reports r ON r.reference = f.reference WHERE f.verifier = %s", $verifier ), ARRAY_A );
		return $row ? $row : null;
	}

	/**
	 * The follow-up of a report by reference, or null.
	 *
	 * @param string $reference Reference.
	 */
	public static function get( string $reference ): ?array {
		global $wpdb;
		$follow = self::follow_ups_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT reference, resident_key, created_at, last_sender, last_message_at FROM $follow WHERE reference = %s", $reference ), ARRAY_A );
		return $row ? $row : null;
	}

	/**
	 * A conversation's messages, oldest first, as the office gets them: the office's answers with the
	 * office's own copy (`copy`; none on answers stored before copies were kept).
	 *
	 * @param string $reference Reference.
	 * @return array<int, array{id: int, from: string, sentAt: string, message: array, copy?: array}>
	 */
	public static function messages( string $reference ): array {
		global $wpdb;
		$table = self::messages_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT id, sender, sent_at, envelope, office_copy FROM $table WHERE reference = %s ORDER BY id", $reference ), ARRAY_A );
		return array_map( array( self::class, 'message_of' ), (array) $rows );
	}

	/**
	 * A stored row as a message.
	 *
	 * @param array $row Row: id, sender, sent_at, envelope, office_copy.
	 */
	private static function message_of( array $row ): array {
		return array(
			'id'      => (int) $row['id'],
			'from'    => (string) $row['sender'],
			'sentAt'  => self::utc( (string) $row['sent_at'] ),
			'message' => json_decode( (string) $row['envelope'], true ),
		) + ( null === $row['office_copy'] ? array() : array( 'copy' => json_decode( (string) $row['office_copy'], true ) ) );
	}

	/**
	 * Whether a stored message is the one sent again with the same Idempotency-Key: the same
	 * conversation, sender and sealed envelope.
	 *
	 * @param array  $row       Stored row: reference, sender, envelope.
	 * @param string $reference Reference.
	 * @param string $sender    Sender.
	 * @param array  $envelope  Envelope sent now.
	 */
	private static function same_message( array $row, string $reference, string $sender, array $envelope ): bool {
		$stored = (array) json_decode( (string) $row['envelope'], true );
		foreach ( array( 'to', 'kid', 'enc', 'ciphertext' ) as $member ) {
			if ( ( $stored[ $member ] ?? null ) !== ( $envelope[ $member ] ?? null ) ) {
				return false;
			}
		}
		return $row['reference'] === $reference && $row['sender'] === $sender;
	}

	/**
	 * Adds a message to a conversation, in a transaction that locks the follow-up's row: the count and
	 * the insert cannot interleave with another message's, and a message sent twice at once with one
	 * Idempotency-Key is stored by the first and found by the second.
	 *
	 * @param string      $reference Reference.
	 * @param string      $sender    'resident' or 'office'.
	 * @param array       $envelope  Checked sealed message.
	 * @param string|null $key       The message's Idempotency-Key (a UUID, lower-case), if it came with one.
	 * @param array|null  $copy      The office's own copy of its answer (office messages).
	 * @param string[]    $files     The sealed evidence files of a resident's message, in order.
	 * @return array|string|null The stored message (with `replayed` true when the key had stored it
	 *                           before); 'full' when the conversation holds the most it can;
	 *                           'key-reused' when the key was used for another message (or the same
	 *                           with other files); 'gone' when there is no follow-up (retention or
	 *                           erasure may delete it between the lookup and this); null when the
	 *                           database failed.
	 */
	public static function add_message( string $reference, string $sender, array $envelope, ?string $key = null, ?array $copy = null, array $files = array() ) {
		global $wpdb;
		$follow = self::follow_ups_table();
		$table  = self::messages_table();
		$now    = gmdate( 'Y-m-d H:i:s' );
		$wpdb->query( 'START TRANSACTION' ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		// phpcs:disable WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$exists = $wpdb->get_var( $wpdb->prepare( "SELECT reference FROM $follow WHERE reference = %s FOR UPDATE", $reference ) );
		$before = null === $exists || null === $key ? null : $wpdb->get_row( $wpdb->prepare( "SELECT id, reference, sender, sent_at, envelope, office_copy FROM $table WHERE idempotency_key = %s", $key ), ARRAY_A );
		$count  = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM $table WHERE reference = %s", $reference ) );
		// phpcs:enable
		$result = null;
		if ( is_array( $before ) ) {
			$same   = self::same_message( $before, $reference, $sender, $envelope ) && HRC_Evidence::of_message( (int) $before['id'] ) === array_values( $files );
			$result = $same ? self::message_of( $before ) + array( 'replayed' => true ) : 'key-reused';
		} elseif ( null !== $exists && $count >= self::MAX_MESSAGES ) {
			$result = 'full';
		} elseif ( null !== $exists ) {
			$result = self::insert_message( $reference, $sender, $envelope, $now, $key, $copy );
			if ( is_array( $result ) && $files && ! HRC_Evidence::insert_for_message( (int) $result['id'], $files ) ) {
				$result = null;
			}
		} else {
			$result = 'gone';
		}
		$wpdb->query( is_array( $result ) && empty( $result['replayed'] ) ? 'COMMIT' : 'ROLLBACK' ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		return $result;
	}

	/**
	 * Inserts a message and marks who wrote last (inside add_message()'s transaction).
	 *
	 * @param string      $reference Reference.
	 * @param string      $sender    Sender.
	 * @param array       $envelope  Envelope.
	 * @param string      $now       `Y-m-d H:i:s` UTC.
	 * @param string|null $key       Idempotency-Key.
	 * @param array|null  $copy      The office's copy.
	 * @return array|string|null The stored message; 'key-reused' when the key's unique index refused it
	 *                           (the same key used at once in another conversation); null on failure.
	 */
	private static function insert_message( string $reference, string $sender, array $envelope, string $now, ?string $key, ?array $copy ) {
		global $wpdb;
		$suppress = $wpdb->suppress_errors( true );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$inserted = $wpdb->insert(
			self::messages_table(),
			array(
				'reference'       => $reference,
				'sender'          => $sender,
				'sent_at'         => $now,
				'envelope'        => (string) wp_json_encode( $envelope, JSON_UNESCAPED_SLASHES ),
				'idempotency_key' => $key,
				'office_copy'     => null === $copy ? null : (string) wp_json_encode( $copy, JSON_UNESCAPED_SLASHES ),
			)
		);
		$wpdb->suppress_errors( $suppress );
		if ( 1 !== $inserted ) {
			return null !== $key && str_contains( (string) $wpdb->last_error, 'Duplicate' ) ? 'key-reused' : null;
		}
		$id = (int) $wpdb->insert_id;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$updated = $wpdb->update(
			self::follow_ups_table(),
			array(
				'last_sender'     => $sender,
				'last_message_at' => $now,
			),
			array( 'reference' => $reference )
		);
		return false === $updated ? null : array(
			'id'      => $id,
			'from'    => $sender,
			'sentAt'  => self::utc( $now ),
			'message' => $envelope,
		) + ( null === $copy ? array() : array( 'copy' => $copy ) );
	}

	/**
	 * Whether a report awaits the office's reply: not closed, and the resident wrote last or nobody
	 * has written yet.
	 *
	 * @param string      $status      Report status.
	 * @param string|null $last_sender Who wrote last.
	 */
	public static function awaits_reply( string $status, ?string $last_sender ): bool {
		return 'closed' !== $status && 'office' !== $last_sender;
	}

	/**
	 * The follow-up summaries of some reports, by reference: `awaitingReply` and `lastMessageAt`.
	 *
	 * @param array $rows Report rows (reference, status).
	 * @return array<string, array{awaitingReply: bool, lastMessageAt: string|null}>
	 */
	public static function summaries( array $rows ): array {
		$references = array_values( array_filter( array_map( static fn( $r ) => (string) ( $r['reference'] ?? '' ), $rows ) ) );
		if ( ! $references ) {
			return array();
		}
		global $wpdb;
		$follow = self::follow_ups_table();
		$marks  = implode( ', ', array_fill( 0, count( $references ), '%s' ) );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared,WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare
		$found  = $wpdb->get_results( $wpdb->prepare( "SELECT reference, last_sender, last_message_at FROM $follow WHERE reference IN ($marks)", $references ), ARRAY_A );
		$status = array_column( $rows, 'status', 'reference' );
		$out    = array();
		foreach ( (array) $found as $f ) {
			$out[ $f['reference'] ] = array(
				'awaitingReply' => self::awaits_reply( (string) ( $status[ $f['reference'] ] ?? '' ), $f['last_sender'] ),
				'lastMessageAt' => null === $f['last_message_at'] ? null : self::utc( (string) $f['last_message_at'] ),
			);
		}
		return $out;
	}

	/**
	 * Reports that await a reply, newest first, for the office's list.
	 *
	 * @param int $per_page Rows per page.
	 * @param int $page     1-based page.
	 * @return array{rows: array, total: int}
	 */
	public static function awaiting( int $per_page, int $page ): array {
		global $wpdb;
		$follow  = self::follow_ups_table();
		$reports = HRC_Store::reports_table();
		$from    = "$reports r JOIN $follow f ON f.reference = r.reference WHERE r.status <> 'closed' AND COALESCE(f.last_sender, 'resident') = 'resident'";
		// phpcs:disable WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$total = (int) $wpdb->get_var( "SELECT COUNT(*) FROM $from" );
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT r.* FROM $from ORDER BY r.received_at DESC, r.id DESC LIMIT %d OFFSET %d", $per_page, max( 0, ( $page - 1 ) * $per_page ) ), ARRAY_A );
		// phpcs:enable
		return array(
			'rows'  => $rows ? $rows : array(),
			'total' => $total,
		);
	}

	/**
	 * Deletes the follow-ups and messages whose report is gone (retention, the office, the eraser):
	 * a conversation goes with its report.
	 *
	 * @return int Follow-ups deleted.
	 */
	public static function delete_orphans(): int {
		global $wpdb;
		$follow   = self::follow_ups_table();
		$messages = self::messages_table();
		$reports  = HRC_Store::reports_table();
		// phpcs:disable WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$files    = self::files_table();
		$wpdb->query( "DELETE m FROM $messages m LEFT JOIN $reports r ON r.reference = m.reference WHERE r.id IS NULL" );
		$wpdb->query( "DELETE e FROM $files e LEFT JOIN $messages m ON m.id = e.message_id WHERE m.id IS NULL" );
		$deleted = (int) $wpdb->query( "DELETE f FROM $follow f LEFT JOIN $reports r ON r.reference = f.reference WHERE r.id IS NULL" );
		// phpcs:enable
		return $deleted;
	}

	/**
	 * One sealed evidence file of a message of the conversation of `$reference`, or null.
	 *
	 * @param string $reference  Reference.
	 * @param int    $message_id Message id.
	 * @param int    $position   0 for the first file.
	 */
	public static function message_file( string $reference, int $message_id, int $position ): ?string {
		global $wpdb;
		$table    = self::files_table();
		$messages = self::messages_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$chunks = $wpdb->get_col( $wpdb->prepare( "SELECT e.bytes FROM $table e JOIN $messages m ON m.id = e.message_id WHERE m.reference = %s AND e.message_id = %d AND e.position = %d ORDER BY e.chunk", $reference, $message_id, $position ) );
		return $chunks ? implode( '', $chunks ) : null;
	}

	/**
	 * How many evidence files residents' messages hold, of all conversations.
	 */
	public static function files_total(): int {
		global $wpdb;
		$table = self::files_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return (int) $wpdb->get_var( "SELECT COUNT(*) FROM $table WHERE chunk = 0" );
	}

	/**
	 * A stored UTC time as ISO 8601.
	 *
	 * @param string $time `Y-m-d H:i:s`.
	 */
	public static function utc( string $time ): string {
		return str_replace( ' ', 'T', $time ) . 'Z';
	}
}
