import { chmodSync, closeSync, constants, existsSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { SealedMessage } from '@hrc/framework/seal';
import type { Counter, CounterDimension } from '@hrc/framework/statistics';
import { SQLITE_STATISTICS_MIGRATION, sortedKeys } from './statistics-sql.js';
import {
  MAX_MESSAGES,
  ReceiptTakenError,
  ReferenceTakenError,
  type AddedMessage,
  type MessageExtras,
  type MessageSender,
  sameMessage,
  type StoredFollowUp,
  type StoredMessage,
  type ClaimResult,
  type CounterKey,
  type ListOptions,
  type ReportPage,
  type ReportStatus,
  type Store,
  type StoredReport,
  type SaveExtras,
  type StoredPeriod,
  type StoredResponse,
} from './types.js';
import { EVIDENCE_MIGRATION_SQLITE, MESSAGE_EVIDENCE_MIGRATION_SQLITE, sameFiles } from './evidence.js';

/** Each entry brings the schema from version i to i + 1. Never edit one that has shipped. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE reports (
     reference TEXT PRIMARY KEY,
     idempotency_key TEXT NOT NULL UNIQUE,
     received_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('new', 'in-progress', 'closed')),
     payload TEXT NOT NULL
   ) STRICT;
   CREATE INDEX reports_received_at ON reports (received_at DESC, reference DESC);
   CREATE TABLE idempotency_keys (
     key TEXT PRIMARY KEY,
     fingerprint TEXT NOT NULL,
     state TEXT NOT NULL CHECK (state IN ('in-flight', 'done')),
     created_at INTEGER NOT NULL,
     claimed_at INTEGER NOT NULL,
     response_status INTEGER,
     response_body TEXT
   ) STRICT;
   CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);`,
  EVIDENCE_MIGRATION_SQLITE,
  SQLITE_STATISTICS_MIGRATION,
  // Follow-up (docs/follow-up.md): deleting a report deletes its follow-up and conversation with it.
  `CREATE TABLE follow_ups (
     reference TEXT PRIMARY KEY REFERENCES reports (reference) ON DELETE CASCADE,
     verifier TEXT NOT NULL UNIQUE,
     resident_key TEXT NOT NULL,
     created_at TEXT NOT NULL,
     last_sender TEXT CHECK (last_sender IN ('resident', 'office')),
     last_message_at TEXT
   ) STRICT;
   CREATE TABLE follow_up_messages (
     id INTEGER PRIMARY KEY,
     reference TEXT NOT NULL REFERENCES follow_ups (reference) ON DELETE CASCADE,
     sender TEXT NOT NULL CHECK (sender IN ('resident', 'office')),
     sent_at TEXT NOT NULL,
     envelope TEXT NOT NULL
   ) STRICT;
   CREATE INDEX follow_up_messages_reference ON follow_up_messages (reference, id);`,
  // A message sent again with its Idempotency-Key is stored once; the office keeps a copy of its answers.
  `ALTER TABLE follow_up_messages ADD COLUMN idempotency_key TEXT;
   ALTER TABLE follow_up_messages ADD COLUMN office_copy TEXT;
   CREATE UNIQUE INDEX follow_up_messages_idempotency_key ON follow_up_messages (idempotency_key);`,
  MESSAGE_EVIDENCE_MIGRATION_SQLITE,
];

interface ReportRow {
  reference: string;
  received_at: string;
  updated_at: string;
  status: ReportStatus;
  payload: string;
  last_sender?: MessageSender | null;
  last_message_at?: string | null;
  verifier?: string | null;
}

interface FollowUpRow {
  reference: string;
  verifier: string;
  resident_key: string;
  created_at: string;
}

const toFollowUp = (row: FollowUpRow): StoredFollowUp => ({
  reference: row.reference,
  verifier: row.verifier,
  key: row.resident_key,
  createdAt: row.created_at,
});

/** The columns a list needs: the report, and its follow-up's last message when it has one. */
const LIST_COLUMNS = `r.reference, r.received_at, r.updated_at, r.status, r.payload,
  f.verifier, f.last_sender, f.last_message_at`;
const AWAITING = `f.verifier IS NOT NULL AND r.status <> 'closed' AND coalesce(f.last_sender, 'resident') = 'resident'`;

interface MessageRow {
  id: number;
  sender: MessageSender;
  sent_at: string;
  envelope: string;
  office_copy: string | null;
}

const toMessage = (row: MessageRow): StoredMessage => ({
  id: row.id,
  sender: row.sender,
  sentAt: row.sent_at,
  envelope: JSON.parse(row.envelope) as SealedMessage,
  ...(row.office_copy ? { copy: JSON.parse(row.office_copy) as SealedMessage } : {}),
});

interface KeyRow {
  fingerprint: string;
  state: 'in-flight' | 'done';
  response_status: number | null;
  response_body: string | null;
}

const toReport = (row: ReportRow): StoredReport => ({
  reference: row.reference,
  receivedAt: row.received_at,
  updatedAt: row.updated_at,
  status: row.status,
  payload: JSON.parse(row.payload) as StoredReport['payload'],
  ...(row.verifier
    ? {
        followUp: {
          awaitingReply: row.status !== 'closed' && (row.last_sender ?? 'resident') === 'resident',
          lastMessageAt: row.last_message_at ?? null,
        },
      }
    : {}),
});

/**
 * SQLite through better-sqlite3: a single file, zero set-up. WAL with synchronous=FULL makes every
 * commit durable before the call returns, so a 201 is only sent for a report that survives a crash.
 * Several processes may share the file; the busy timeout lets them queue for the write lock.
 */
export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly #db: Database.Database;
  /** Path of the database file. */
  readonly file: string;

  constructor(file: string) {
    this.file = file;
    if (isPath(file)) ownerOnly(file);
    this.#db = new Database(file);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = FULL');
    this.#db.pragma('busy_timeout = 5000');
    this.#db.pragma('foreign_keys = ON');
  }

  async migrate(): Promise<number> {
    const db = this.#db;
    const run = db.transaction(() => {
      db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
                 version INTEGER NOT NULL PRIMARY KEY,
                 applied_at TEXT NOT NULL
               )`);
      const current =
        (db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null }).v ?? 0;
      for (let v = current; v < MIGRATIONS.length; v++) {
        db.exec(MIGRATIONS[v]!);
        db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(
          v + 1,
          new Date().toISOString(),
        );
      }
      return MIGRATIONS.length;
    });
    // IMMEDIATE takes the write lock up front, so two processes starting together migrate in turn.
    return run.immediate();
  }

  async claimKey(key: string, fingerprint: string, now: Date, staleMs: number): Promise<ClaimResult> {
    const db = this.#db;
    const claim = db.transaction((): ClaimResult => {
      const t = now.getTime();
      const inserted = db
        .prepare(
          `INSERT INTO idempotency_keys (key, fingerprint, state, created_at, claimed_at)
           VALUES (?, ?, 'in-flight', ?, ?) ON CONFLICT (key) DO NOTHING`,
        )
        .run(key, fingerprint, t, t);
      if (inserted.changes === 1) return { state: 'claimed' };
      const row = db
        .prepare(
          'SELECT fingerprint, state, response_status, response_body FROM idempotency_keys WHERE key = ?',
        )
        .get(key) as KeyRow;
      if (row.fingerprint !== fingerprint) return { state: 'mismatch' };
      if (row.state === 'done') {
        return { state: 'done', response: { status: row.response_status!, body: row.response_body! } };
      }
      const retaken = db
        .prepare(
          `UPDATE idempotency_keys SET claimed_at = ? WHERE key = ? AND state = 'in-flight' AND claimed_at < ?`,
        )
        .run(t, key, t - staleMs);
      return retaken.changes === 1 ? { state: 'claimed' } : { state: 'in-flight' };
    });
    // A claim need not survive a crash (no answer was given for it yet), so it skips the fsync; the
    // report's own commit syncs the log, claim included.
    this.#db.pragma('synchronous = NORMAL');
    try {
      return claim.immediate();
    } finally {
      this.#db.pragma('synchronous = FULL');
    }
  }

  async saveReport(
    key: string,
    report: StoredReport,
    response: StoredResponse,
    { followUp, evidence = [], counters = [] }: SaveExtras = {},
  ): Promise<void> {
    const db = this.#db;
    const save = db.transaction(() => {
      try {
        db.prepare(
          `INSERT INTO reports (reference, idempotency_key, received_at, updated_at, status, payload)
           VALUES (?, ?, ?, ?, ?, ?)`,
        ).run(
          report.reference,
          key,
          report.receivedAt,
          report.updatedAt,
          report.status,
          JSON.stringify(report.payload),
        );
      } catch (error) {
        if (isUniqueViolation(error, 'reports.reference')) throw new ReferenceTakenError(report.reference);
        throw error;
      }
      if (followUp) {
        try {
          db.prepare(
            'INSERT INTO follow_ups (reference, verifier, resident_key, created_at) VALUES (?, ?, ?, ?)',
          ).run(report.reference, followUp.verifier, followUp.key, report.receivedAt);
        } catch (error) {
          if (isUniqueViolation(error, 'follow_ups.verifier')) throw new ReceiptTakenError();
          throw error;
        }
      }
      const file = db.prepare('INSERT INTO report_evidence (reference, position, sealed) VALUES (?, ?, ?)');
      evidence.forEach((sealed, i) => file.run(report.reference, i, Buffer.from(sealed)));
      db.prepare(
        `UPDATE idempotency_keys SET state = 'done', response_status = ?, response_body = ? WHERE key = ?`,
      ).run(response.status, response.body, key);
      this.#addCounters(counters);
    });
    save.immediate();
  }

  async getEvidence(reference: string, position: number): Promise<Uint8Array | undefined> {
    const row = this.#db
      .prepare('SELECT sealed FROM report_evidence WHERE reference = ? AND position = ?')
      .get(reference, position) as { sealed: Buffer } | undefined;
    return row && new Uint8Array(row.sealed);
  }

  async getMessageEvidence(reference: string, messageId: number, position: number) {
    const row = this.#db
      .prepare(
        `SELECT e.sealed FROM message_evidence e JOIN follow_up_messages m ON m.id = e.message_id
         WHERE m.reference = ? AND e.message_id = ? AND e.position = ?`,
      )
      .get(reference, messageId, position) as { sealed: Buffer } | undefined;
    return row && new Uint8Array(row.sealed);
  }

  async releaseKey(key: string): Promise<void> {
    this.#db.prepare(`DELETE FROM idempotency_keys WHERE key = ? AND state = 'in-flight'`).run(key);
  }

  async listReports({ limit, offset, status, awaitingReply }: ListOptions): Promise<ReportPage> {
    const conditions = [status ? 'r.status = ?' : '', awaitingReply ? AWAITING : ''].filter(Boolean);
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const args = status ? [status] : [];
    const from = 'reports r LEFT JOIN follow_ups f ON f.reference = r.reference';
    const rows = this.#db
      .prepare(
        `SELECT ${LIST_COLUMNS} FROM ${from} ${where}
         ORDER BY r.received_at DESC, r.reference DESC LIMIT ? OFFSET ?`,
      )
      .all(...args, limit, offset) as ReportRow[];
    const { n } = this.#db.prepare(`SELECT count(*) AS n FROM ${from} ${where}`).get(...args) as {
      n: number;
    };
    return { items: rows.map(toReport), total: n };
  }

  async findFollowUp(verifier: string) {
    const row = this.#db
      .prepare('SELECT reference, verifier, resident_key, created_at FROM follow_ups WHERE verifier = ?')
      .get(verifier) as FollowUpRow | undefined;
    const report = row && (await this.getReport(row.reference));
    return report && row ? { report, followUp: toFollowUp(row) } : undefined;
  }

  async getFollowUp(reference: string): Promise<StoredFollowUp | undefined> {
    const row = this.#db
      .prepare('SELECT reference, verifier, resident_key, created_at FROM follow_ups WHERE reference = ?')
      .get(reference) as FollowUpRow | undefined;
    return row && toFollowUp(row);
  }

  async listMessages(reference: string): Promise<StoredMessage[]> {
    const rows = this.#db
      .prepare(
        'SELECT id, sender, sent_at, envelope, office_copy FROM follow_up_messages WHERE reference = ? ORDER BY id',
      )
      .all(reference) as MessageRow[];
    return rows.map(toMessage);
  }

  async addMessage(
    reference: string,
    sender: MessageSender,
    envelope: SealedMessage,
    now: Date,
    extras: MessageExtras = {},
  ): Promise<AddedMessage> {
    const db = this.#db;
    const sentAt = now.toISOString();
    const key = extras.idempotencyKey ?? null;
    const add = db.transaction((): AddedMessage => {
      const exists = db.prepare('SELECT 1 FROM follow_ups WHERE reference = ?').get(reference);
      if (!exists) return undefined;
      if (key !== null) {
        const before = db
          .prepare(
            'SELECT id, reference, sender, sent_at, envelope, office_copy FROM follow_up_messages WHERE idempotency_key = ?',
          )
          .get(key) as (MessageRow & { reference: string }) | undefined;
        if (before) {
          const stored = toMessage(before);
          const files = (
            db
              .prepare('SELECT sealed FROM message_evidence WHERE message_id = ? ORDER BY position')
              .all(before.id) as { sealed: Buffer }[]
          ).map((r) => r.sealed);
          return sameMessage({ ...stored, reference: before.reference }, { reference, sender, envelope }) &&
            sameFiles(files, extras.evidence ?? [])
            ? { ...stored, replayed: true }
            : 'key-reused';
        }
      }
      const { n } = db
        .prepare('SELECT count(*) AS n FROM follow_up_messages WHERE reference = ?')
        .get(reference) as { n: number };
      if (n >= MAX_MESSAGES) return 'full';
      const { lastInsertRowid } = db
        .prepare(
          `INSERT INTO follow_up_messages (reference, sender, sent_at, envelope, idempotency_key, office_copy)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(
          reference,
          sender,
          sentAt,
          JSON.stringify(envelope),
          key,
          extras.copy ? JSON.stringify(extras.copy) : null,
        );
      const file = db.prepare('INSERT INTO message_evidence (message_id, position, sealed) VALUES (?, ?, ?)');
      (extras.evidence ?? []).forEach((sealed, i) => file.run(lastInsertRowid, i, Buffer.from(sealed)));
      db.prepare('UPDATE follow_ups SET last_sender = ?, last_message_at = ? WHERE reference = ?').run(
        sender,
        sentAt,
        reference,
      );
      return {
        id: Number(lastInsertRowid),
        sender,
        sentAt,
        envelope,
        ...(extras.copy ? { copy: extras.copy } : {}),
      };
    });
    return add.immediate();
  }

  async getReport(reference: string): Promise<StoredReport | undefined> {
    const row = this.#db
      .prepare('SELECT reference, received_at, updated_at, status, payload FROM reports WHERE reference = ?')
      .get(reference) as ReportRow | undefined;
    return row && toReport(row);
  }

  async setStatus(reference: string, status: ReportStatus, now: Date): Promise<StoredReport | undefined> {
    this.#db
      .prepare('UPDATE reports SET status = ?, updated_at = ? WHERE reference = ?')
      .run(status, now.toISOString(), reference);
    return this.getReport(reference);
  }

  async deleteReportsBefore(cutoff: Date): Promise<number> {
    return this.#db.prepare('DELETE FROM reports WHERE received_at < ?').run(cutoff.toISOString()).changes;
  }

  async deleteKeysBefore(cutoff: Date): Promise<number> {
    return this.#db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?').run(cutoff.getTime())
      .changes;
  }

  async countReports(): Promise<number> {
    return (this.#db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
  }

  async countEvidence(): Promise<number> {
    return (
      this.#db
        .prepare(
          'SELECT (SELECT count(*) FROM report_evidence) + (SELECT count(*) FROM message_evidence) AS n',
        )
        .get() as { n: number }
    ).n;
  }

  #addCounters(counters: readonly CounterKey[]): void {
    const add = this.#db.prepare(
      `INSERT INTO statistics_counters (month, dimension, key, count) VALUES (?, ?, ?, 1)
       ON CONFLICT (month, dimension, key) DO UPDATE SET count = count + 1`,
    );
    for (const c of sortedKeys(counters)) add.run(c.month, c.dimension, c.key);
  }

  async listCounters(from: string, to: string): Promise<Counter[]> {
    const rows = this.#db
      .prepare(
        `SELECT month, dimension, key, count FROM statistics_counters WHERE month BETWEEN ? AND ?
         ORDER BY month, dimension, key`,
      )
      .all(from, to) as { month: string; dimension: CounterDimension; key: string; count: number }[];
    return rows;
  }

  async listPeriods(): Promise<StoredPeriod[]> {
    return this.#db
      .prepare(
        'SELECT from_month AS "from", to_month AS "to", body AS json FROM statistics_periods ORDER BY from_month',
      )
      .all() as StoredPeriod[];
  }

  async savePeriod(
    period: StoredPeriod,
  ): Promise<{ saved: true } | { saved: false; overlaps: StoredPeriod }> {
    const db = this.#db;
    const save = db.transaction(() => {
      const overlaps = db
        .prepare(
          `SELECT from_month AS "from", to_month AS "to", body AS json FROM statistics_periods
           WHERE from_month <= ? AND to_month >= ? ORDER BY from_month LIMIT 1`,
        )
        .get(period.to, period.from) as StoredPeriod | undefined;
      if (overlaps) return { saved: false as const, overlaps };
      db.prepare('INSERT INTO statistics_periods (from_month, to_month, body) VALUES (?, ?, ?)').run(
        period.from,
        period.to,
        period.json,
      );
      return { saved: true as const };
    });
    return save.immediate();
  }

  async ping(): Promise<void> {
    this.#db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}

/** A file name, not `:memory:` or an empty name (a temporary database) or a `file:` URI. */
const isPath = (file: string) => file !== '' && file !== ':memory:' && !file.startsWith('file:');

/**
 * Reports are personal data: the database file is created readable and writable by its owner alone
 * (0600), whatever the umask. SQLite creates the -wal and -shm files with the mode of the database
 * file; files left by an earlier version with a wider mode are narrowed to 0600 as well.
 */
function ownerOnly(file: string): void {
  try {
    closeSync(openSync(file, constants.O_CREAT | constants.O_EXCL | constants.O_RDWR, 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}

function isUniqueViolation(error: unknown, column: string): boolean {
  return (
    error instanceof Error &&
    ['SQLITE_CONSTRAINT_PRIMARYKEY', 'SQLITE_CONSTRAINT_UNIQUE'].includes(
      (error as { code?: string }).code ?? '',
    ) &&
    error.message.includes(column)
  );
}
