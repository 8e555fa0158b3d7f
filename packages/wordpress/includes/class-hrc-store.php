<?php
/**
 * The reports table and the idempotency keys table ($wpdb, dbDelta, schema version option).
 *
 * @package HrcWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Report storage.
 */
final class HRC_Store {

	public const DB_VERSION        = 2;
	public const DB_VERSION_OPTION = 'hrc_widgets_db_version';
	public const STATUSES          = array( 'new', 'in-progress', 'closed' );

	/** Open cases: never deleted by age alone, only when someone closes or deletes them. */
	public const OPEN_STATUSES = array( 'new', 'in-progress' );

	/**
	 * Table names.
	 */
	public static function reports_table(): string {
		global $wpdb;
		return $wpdb->prefix . 'hrc_reports';
	}

	/**
	 * Idempotency keys table.
	 */
	public static function keys_table(): string {
		global $wpdb;
		return $wpdb->prefix . 'hrc_idempotency';
	}

	/**
	 * Creates or updates the tables.
	 */
	public static function install(): void {
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$charset = $wpdb->get_charset_collate();
		$reports = self::reports_table();
		$keys    = self::keys_table();
		// Neither table has an IP address or user agent column: the contract forbids storing them.
		dbDelta(
			"CREATE TABLE $reports (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  reference varchar(20) NOT NULL,
  received_at datetime NOT NULL,
  status varchar(20) NOT NULL DEFAULT 'new',
  status_changed_at datetime NULL,
  locale varchar(10) NOT NULL DEFAULT '',
  domain varchar(40) NOT NULL DEFAULT '',
  wish varchar(20) NOT NULL DEFAULT '',
  contact_email varchar(191) NOT NULL DEFAULT '',
  payload longtext NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY reference (reference),
  KEY received_at (received_at),
  KEY status (status,status_changed_at),
  KEY contact_email (contact_email)
) $charset;
CREATE TABLE $keys (
  idem_key char(36) NOT NULL,
  fingerprint char(64) NOT NULL,
  state varchar(10) NOT NULL DEFAULT 'pending',
  response text NULL,
  created bigint(20) unsigned NOT NULL,
  PRIMARY KEY  (idem_key),
  KEY created (created)
) $charset;"
		);
		// Version 2 counts retention from the last status change; older rows count from their arrival.
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$wpdb->query( "UPDATE $reports SET status_changed_at = received_at WHERE status_changed_at IS NULL" );
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
	 * Claims an idempotency key. Exactly one request can claim a key: the primary key decides.
	 *
	 * @param string $key         UUID.
	 * @param string $fingerprint Payload fingerprint.
	 * @return bool Whether this request holds the key now.
	 */
	public static function claim_key( string $key, string $fingerprint ): bool {
		global $wpdb;
		$table = self::keys_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$done = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO $table (idem_key, fingerprint, state, created) VALUES (%s, %s, 'pending', %d)", strtolower( $key ), $fingerprint, time() ) );
		return 1 === $done;
	}

	/**
	 * The stored state of a key.
	 *
	 * @param string $key UUID.
	 */
	public static function get_key( string $key ): ?array {
		global $wpdb;
		$table = self::keys_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT fingerprint, state, response, created FROM $table WHERE idem_key = %s", strtolower( $key ) ), ARRAY_A );
		return $row ? $row : null;
	}

	/**
	 * Frees a key (a stale claim, or a failed attempt so the client's retry can proceed).
	 *
	 * @param string   $key     UUID.
	 * @param int|null $created Only the claim made at this time, so a fresh claim by another request stays.
	 */
	public static function release_key( string $key, ?int $created = null ): void {
		global $wpdb;
		$where = array( 'idem_key' => strtolower( $key ) );
		if ( null !== $created ) {
			$where['created'] = $created;
		}
		$wpdb->delete( self::keys_table(), $where ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	}

	/**
	 * Stores a report and completes its key in one transaction, so a 201 is only sent for a committed
	 * report and a replay always finds the answer.
	 *
	 * @param string $key     Claimed key.
	 * @param array  $payload Payload for storage (without anti-abuse signals).
	 * @return array|null The response body, or null when the database failed.
	 */
	public static function insert_report( string $key, array $payload ): ?array {
		global $wpdb;
		$now      = time();
		$received = gmdate( 'Y-m-d H:i:s', $now );
		$body     = array(
			'reference'  => '',
			'receivedAt' => gmdate( 'Y-m-d\TH:i:s\Z', $now ),
		);
		// A sealed report's columns hold only its readable statistics: no language, no e-mail address.
		$sealed   = HRC_Sealed::is_stored_envelope( $payload );
		$readable = $sealed ? HRC_Sealed::readable( $payload ) : $payload;
		$wpdb->query( 'START TRANSACTION' ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		for ( $attempt = 0; $attempt < 5; $attempt++ ) {
			$body['reference'] = HRC_Report_Rules::new_reference();
			$suppress          = $wpdb->suppress_errors( true );
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery
			$inserted = $wpdb->insert(
				self::reports_table(),
				array(
					'reference'         => $body['reference'],
					'received_at'       => $received,
					'status'            => 'new',
					'status_changed_at' => $received,
					'locale'            => $sealed ? '' : (string) ( $payload['locale'] ?? '' ),
					'domain'            => (string) ( $readable['domain'] ?? '' ),
					'wish'              => (string) ( $readable['wish'] ?? '' ),
					'contact_email'     => $sealed ? '' : substr( HRC_Report_Rules::contact_email( $payload ), 0, 191 ),
					'payload'           => wp_json_encode( $payload, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ),
				)
			);
			$wpdb->suppress_errors( $suppress );
			if ( 1 === $inserted ) {
				break;
			}
		}
		// A receipt's registration is stored with its report, or neither is (a taken verifier).
		if ( 1 !== $inserted || ! HRC_Follow_Up::register( $body['reference'], $payload, $received ) ) {
			$wpdb->query( 'ROLLBACK' ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
			return null;
		}
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$updated = $wpdb->update(
			self::keys_table(),
			array(
				'state'    => 'done',
				'response' => wp_json_encode(
					array(
						'status' => 201,
						'body'   => $body,
					)
				),
			),
			array( 'idem_key' => strtolower( $key ) )
		);
		// Counted in the same transaction: a stored report is counted once, a failed one not at all.
		if ( 1 !== $updated || ! HRC_Statistics::count_report( $payload, $now ) ) {
			$wpdb->query( 'ROLLBACK' ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
			return null;
		}
		$wpdb->query( 'COMMIT' ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		return $body;
	}

	/**
	 * Reports for the admin list.
	 *
	 * @param string $status   '' for all.
	 * @param int    $per_page Rows per page.
	 * @param int    $page     1-based page.
	 * @return array{rows: array, total: int}
	 */
	public static function list( string $status, int $per_page, int $page ): array {
		global $wpdb;
		$table = self::reports_table();
		$where = '' === $status ? '1=1' : $wpdb->prepare( 'status = %s', $status );
		// phpcs:disable WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$total = (int) $wpdb->get_var( "SELECT COUNT(*) FROM $table WHERE $where" );
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM $table WHERE $where ORDER BY received_at DESC, id DESC LIMIT %d OFFSET %d", $per_page, max( 0, ( $page - 1 ) * $per_page ) ), ARRAY_A );
		// phpcs:enable
		return array(
			'rows'  => $rows ? $rows : array(),
			'total' => $total,
		);
	}

	/**
	 * Counts per status.
	 */
	public static function counts(): array {
		global $wpdb;
		$table = self::reports_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$rows   = $wpdb->get_results( "SELECT status, COUNT(*) AS n FROM $table GROUP BY status", ARRAY_A );
		$counts = array_fill_keys( self::STATUSES, 0 );
		foreach ( (array) $rows as $row ) {
			$counts[ $row['status'] ] = (int) $row['n'];
		}
		return $counts;
	}

	/**
	 * One report by id.
	 *
	 * @param int $id Row id.
	 */
	public static function get( int $id ): ?array {
		global $wpdb;
		$table = self::reports_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM $table WHERE id = %d", $id ), ARRAY_A );
		return $row ? $row : null;
	}

	/**
	 * Every report, oldest first, in batches (for the CSV export).
	 *
	 * @param callable $each Called with each row.
	 */
	public static function each( callable $each ): void {
		global $wpdb;
		$table = self::reports_table();
		$last  = 0;
		do {
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
			$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM $table WHERE id > %d ORDER BY id LIMIT 200", $last ), ARRAY_A );
			foreach ( (array) $rows as $row ) {
				$each( $row );
				$last = (int) $row['id'];
			}
		} while ( $rows );
	}

	/**
	 * Changes a report's status.
	 *
	 * @param int    $id     Row id.
	 * @param string $status New status.
	 */
	public static function set_status( int $id, string $status ): bool {
		global $wpdb;
		$row = self::get( $id );
		if ( ! $row || ! in_array( $status, self::STATUSES, true ) ) {
			return false;
		}
		if ( $row['status'] === $status ) {
			return true;
		}
		// The time of the change is what retention counts from: a closed case is kept for the period after closing.
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery
		return false !== $wpdb->update(
			self::reports_table(),
			array(
				'status'            => $status,
				'status_changed_at' => gmdate( 'Y-m-d H:i:s' ),
			),
			array( 'id' => $id )
		);
	}

	/**
	 * Deletes one report.
	 *
	 * @param int $id Row id.
	 */
	public static function delete( int $id ): bool {
		global $wpdb;
		$deleted = 1 === $wpdb->delete( self::reports_table(), array( 'id' => $id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
		HRC_Follow_Up::delete_orphans();
		return $deleted;
	}

	/**
	 * Reports that give an e-mail address (personal-data export and erasure).
	 *
	 * @param string $email Address.
	 */
	public static function by_email( string $email ): array {
		global $wpdb;
		$table = self::reports_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM $table WHERE contact_email = %s ORDER BY id", strtolower( trim( $email ) ) ), ARRAY_A );
		return $rows ? $rows : array();
	}

	/**
	 * Retention: deletes closed reports whose status changed before a time, and idempotency keys past
	 * their keeping time. Open reports (new, in progress) are never deleted here, however old.
	 *
	 * @param int $closed_before Unix time.
	 * @return int Reports deleted.
	 */
	public static function delete_closed_before( int $closed_before ): int {
		global $wpdb;
		$reports = self::reports_table();
		$keys    = self::keys_table();
		// phpcs:disable WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$deleted = (int) $wpdb->query( $wpdb->prepare( "DELETE FROM $reports WHERE status = 'closed' AND status_changed_at < %s", gmdate( 'Y-m-d H:i:s', $closed_before ) ) );
		$wpdb->query( $wpdb->prepare( "DELETE FROM $keys WHERE created < %d", time() - HRC_Idempotency::KEEP_SECONDS ) );
		// phpcs:enable
		HRC_Follow_Up::delete_orphans();
		return $deleted;
	}

	/**
	 * What retention will delete next: closed reports grouped by the day they become due (UTC), earliest
	 * first, and how many closed reports there are in all.
	 *
	 * @param int $days  Retention period after closing.
	 * @param int $limit Days to list.
	 * @return array{days: array<int, array{date: string, count: int}>, closed: int}
	 */
	public static function upcoming_deletions( int $days, int $limit = 5 ): array {
		global $wpdb;
		$table = self::reports_table();
		// phpcs:disable WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$rows   = $wpdb->get_results( $wpdb->prepare( "SELECT DATE(status_changed_at + INTERVAL %d DAY) AS due, COUNT(*) AS n FROM $table WHERE status = 'closed' GROUP BY due ORDER BY due LIMIT %d", $days, $limit ), ARRAY_A );
		$closed = (int) $wpdb->get_var( "SELECT COUNT(*) FROM $table WHERE status = 'closed'" );
		// phpcs:enable
		return array(
			'days'   => array_map(
				static fn( $r ) => array(
					'date'  => (string) $r['due'],
					'count' => (int) $r['n'],
				),
				(array) $rows
			),
			'closed' => $closed,
		);
	}

	/**
	 * Open reports (new, in progress) that arrived before a time: kept, but worth a look.
	 *
	 * @param int $before Unix time.
	 */
	public static function open_older_than( int $before ): int {
		global $wpdb;
		$table = self::reports_table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM $table WHERE status <> 'closed' AND received_at < %s", gmdate( 'Y-m-d H:i:s', $before ) ) );
	}

	/**
	 * How many reports there are, or 0 when the table does not exist.
	 */
	public static function total(): int {
		global $wpdb;
		$table = self::reports_table();
		$suppress = $wpdb->suppress_errors( true );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$total = (int) $wpdb->get_var( "SELECT COUNT(*) FROM $table" );
		$wpdb->suppress_errors( $suppress );
		return $total;
	}

	/**
	 * Drops the tables (uninstall).
	 */
	public static function drop(): void {
		global $wpdb;
		// phpcs:disable WordPress.DB.DirectDatabaseQuery,WordPress.DB.PreparedSQL.InterpolatedNotPrepared,WordPress.DB.DirectDatabaseQuery.SchemaChange
		$wpdb->query( 'DROP TABLE IF EXISTS ' . self::reports_table() );
		$wpdb->query( 'DROP TABLE IF EXISTS ' . self::keys_table() );
		// phpcs:enable
	}
}
