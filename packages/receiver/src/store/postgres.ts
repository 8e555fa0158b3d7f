import postgres from 'postgres';
import type { SealedMessage } from '@hrc/framework/seal';
import type { Counter } from '@hrc/framework/statistics';
import { POSTGRES_STATISTICS_MIGRATION, sortedKeys } from './statistics-sql.js';
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
import { EVIDENCE_MIGRATION_POSTGRES, MESSAGE_EVIDENCE_MIGRATION_POSTGRES, sameFiles } from './evidence.js';

/** Each entry brings the schema from version i to i + 1. Never edit one that has shipped. */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE reports (
     reference text PRIMARY KEY,
     idempotency_key text NOT NULL UNIQUE,
     received_at timestamptz NOT NULL,
     updated_at timestamptz NOT NULL,
     status text NOT NULL CHECK (status IN ('new', 'in-progress', 'closed')),
     payload jsonb NOT NULL
   );
   CREATE INDEX reports_received_at ON reports (received_at DESC, reference DESC);
   CREATE TABLE idempotency_keys (
     key text PRIMARY KEY,
     fingerprint text NOT NULL,
     state text NOT NULL CHECK (state IN ('in-flight', 'done')),
     created_at timestamptz NOT NULL,
     claimed_at timestamptz NOT NULL,
     response_status integer,
     response_body text
   );
   CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);`,
  EVIDENCE_MIGRATION_POSTGRES,
  POSTGRES_STATISTICS_MIGRATION,
  // Follow-up (docs/follow-up.md): deleting a report deletes its follow-up and conversation with it.
  `CREATE TABLE follow_ups (
     reference text PRIMARY KEY REFERENCES reports (reference) ON DELETE CASCADE,
     verifier text NOT NULL UNIQUE,
     resident_key text NOT NULL,
     created_at timestamptz NOT NULL,
     last_sender text CHECK (last_sender IN ('resident', 'office')),
     last_message_at timestamptz
   );
   CREATE TABLE follow_up_messages (
     id bigserial PRIMARY KEY,
     reference text NOT NULL REFERENCES follow_ups (reference) ON DELETE CASCADE,
     sender text NOT NULL CHECK (sender IN ('resident', 'office')),
     sent_at timestamptz NOT NULL,
     envelope jsonb NOT NULL
   );
   CREATE INDEX follow_up_messages_reference ON follow_up_messages (reference, id);`,
  // A message sent again with its Idempotency-Key is stored once; the office keeps a copy of its answers.
  `ALTER TABLE follow_up_messages ADD COLUMN idempotency_key text UNIQUE;
   ALTER TABLE follow_up_messages ADD COLUMN office_copy jsonb;`,
  MESSAGE_EVIDENCE_MIGRATION_POSTGRES,
];

/** Any constant will do; it only has to be the same in every receiver process. */
const MIGRATION_LOCK = 0x4852_4301;
/** Taken while a period is checked against the published ones and stored. */
const PUBLISH_LOCK = 0x4852_4302;

interface ReportRow {
  reference: string;
  received_at: Date;
  updated_at: Date;
  status: ReportStatus;
  payload: StoredReport['payload'];
  verifier?: string | null;
  last_sender?: MessageSender | null;
  last_message_at?: Date | null;
}

const toReport = (row: ReportRow): StoredReport => ({
  reference: row.reference,
  receivedAt: row.received_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
  status: row.status,
  payload: row.payload,
  ...(row.verifier
    ? {
        followUp: {
          awaitingReply: row.status !== 'closed' && (row.last_sender ?? 'resident') === 'resident',
          lastMessageAt: row.last_message_at?.toISOString() ?? null,
        },
      }
    : {}),
});

interface MessageRow {
  id: string;
  sender: MessageSender;
  sent_at: Date;
  envelope: SealedMessage;
  office_copy: SealedMessage | null;
}

const toMessage = (row: MessageRow): StoredMessage => ({
  id: Number(row.id),
  sender: row.sender,
  sentAt: row.sent_at.toISOString(),
  envelope: row.envelope,
  ...(row.office_copy ? { copy: row.office_copy } : {}),
});

interface FollowUpRow {
  reference: string;
  verifier: string;
  resident_key: string;
  created_at: Date;
}

const toFollowUp = (row: FollowUpRow): StoredFollowUp => ({
  reference: row.reference,
  verifier: row.verifier,
  key: row.resident_key,
  createdAt: row.created_at.toISOString(),
});

export interface PostgresStoreOptions {
  /** Connections in the pool. */
  max?: number;
}

/**
 * PostgreSQL through `postgres`: for several receiver processes behind a load balancer. Idempotency
 * is decided by the primary key on `idempotency_keys`, so the processes agree without talking to each
 * other. With the server's default `synchronous_commit = on`, a committed report is on disk.
 */
export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly #sql: postgres.Sql;

  constructor(url: string, options: PostgresStoreOptions = {}) {
    this.#sql = postgres(url, {
      max: options.max ?? 10,
      onnotice: () => {},
      // The receiver only ever talks to its own database; no need for a connection to linger.
      idle_timeout: 60,
      connection: { application_name: 'hrc-receiver' },
    });
  }

  async migrate(): Promise<number> {
    return this.#sql.begin(async (tx) => {
      // Several instances may start at once: the first migrates, the others wait and find nothing to do.
      await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
      await tx`CREATE TABLE IF NOT EXISTS schema_version (
                 version integer PRIMARY KEY,
                 applied_at timestamptz NOT NULL DEFAULT now()
               )`;
      const [{ v }] =
        (await tx`SELECT coalesce(max(version), 0)::int AS v FROM schema_version`) as unknown as [
          { v: number },
        ];
      for (let version = v; version < MIGRATIONS.length; version++) {
        await tx.unsafe(MIGRATIONS[version]!);
        await tx`INSERT INTO schema_version (version) VALUES (${version + 1})`;
      }
      return MIGRATIONS.length;
    });
  }

  async claimKey(key: string, fingerprint: string, now: Date, staleMs: number): Promise<ClaimResult> {
    const sql = this.#sql;
    const inserted = await sql.begin(async (tx) => {
      // A claim need not survive a crash (no answer was given for it yet): skip waiting for the flush.
      // Other sessions see it as soon as it commits all the same.
      await tx`SET LOCAL synchronous_commit = off`;
      return tx`
        INSERT INTO idempotency_keys (key, fingerprint, state, created_at, claimed_at)
        VALUES (${key}, ${fingerprint}, 'in-flight', ${now}, ${now})
        ON CONFLICT (key) DO NOTHING`;
    });
    if (inserted.count === 1) return { state: 'claimed' };
    const [row] = await sql<
      { fingerprint: string; state: string; response_status: number | null; response_body: string | null }[]
    >`SELECT fingerprint, state, response_status, response_body FROM idempotency_keys WHERE key = ${key}`;
    // Deleted between the two statements (released after a fault): let the client try again.
    if (!row) return { state: 'in-flight' };
    if (row.fingerprint !== fingerprint) return { state: 'mismatch' };
    if (row.state === 'done') {
      return { state: 'done', response: { status: row.response_status!, body: row.response_body! } };
    }
    const stale = new Date(now.getTime() - staleMs);
    const retaken = await sql`
      UPDATE idempotency_keys SET claimed_at = ${now}
      WHERE key = ${key} AND state = 'in-flight' AND claimed_at < ${stale}`;
    return retaken.count === 1 ? { state: 'claimed' } : { state: 'in-flight' };
  }

  async saveReport(
    key: string,
    report: StoredReport,
    response: StoredResponse,
    { followUp, evidence = [], counters = [] }: SaveExtras = {},
  ): Promise<void> {
    try {
      await this.#sql.begin(async (tx) => {
        await tx`
          INSERT INTO reports (reference, idempotency_key, received_at, updated_at, status, payload)
          VALUES (${report.reference}, ${key}, ${report.receivedAt}, ${report.updatedAt}, ${report.status},
                  ${tx.json(report.payload as unknown as postgres.JSONValue)})`;
        if (followUp) {
          await tx`
            INSERT INTO follow_ups (reference, verifier, resident_key, created_at)
            VALUES (${report.reference}, ${followUp.verifier}, ${followUp.key}, ${report.receivedAt})`;
        }
        for (const [i, sealed] of evidence.entries()) {
          await tx`INSERT INTO report_evidence (reference, position, sealed)
                   VALUES (${report.reference}, ${i}, ${Buffer.from(sealed)})`;
        }
        await tx`
          UPDATE idempotency_keys SET state = 'done', response_status = ${response.status},
                 response_body = ${response.body}
          WHERE key = ${key}`;
        await addCounters(tx, counters);
      });
    } catch (error) {
      if (error instanceof postgres.PostgresError && error.constraint_name === 'reports_pkey') {
        throw new ReferenceTakenError(report.reference);
      }
      if (error instanceof postgres.PostgresError && error.constraint_name === 'follow_ups_verifier_key') {
        throw new ReceiptTakenError();
      }
      throw error;
    }
  }

  async getEvidence(reference: string, position: number): Promise<Uint8Array | undefined> {
    const [row] = await this.#sql<{ sealed: Buffer }[]>`
      SELECT sealed FROM report_evidence WHERE reference = ${reference} AND position = ${position}`;
    return row && new Uint8Array(row.sealed);
  }

  async getMessageEvidence(reference: string, messageId: number, position: number) {
    const [row] = await this.#sql<{ sealed: Buffer }[]>`
      SELECT e.sealed FROM message_evidence e JOIN follow_up_messages m ON m.id = e.message_id
      WHERE m.reference = ${reference} AND e.message_id = ${messageId} AND e.position = ${position}`;
    return row && new Uint8Array(row.sealed);
  }

  async releaseKey(key: string): Promise<void> {
    await this.#sql`DELETE FROM idempotency_keys WHERE key = ${key} AND state = 'in-flight'`;
  }

  async listReports({ limit, offset, status, awaitingReply }: ListOptions): Promise<ReportPage> {
    const sql = this.#sql;
    const byStatus = status ? sql`r.status = ${status}` : sql`TRUE`;
    const awaiting = awaitingReply
      ? sql`f.verifier IS NOT NULL AND r.status <> 'closed' AND coalesce(f.last_sender, 'resident') = 'resident'`
      : sql`TRUE`;
    const from = sql`reports r LEFT JOIN follow_ups f ON f.reference = r.reference`;
    const rows = await sql<ReportRow[]>`
      SELECT r.reference, r.received_at, r.updated_at, r.status, r.payload,
             f.verifier, f.last_sender, f.last_message_at
      FROM ${from} WHERE ${byStatus} AND ${awaiting}
      ORDER BY r.received_at DESC, r.reference DESC LIMIT ${limit} OFFSET ${offset}`;
    const [{ n }] = (await sql`
      SELECT count(*)::int AS n FROM ${from} WHERE ${byStatus} AND ${awaiting}`) as unknown as [
      { n: number },
    ];
    return { items: rows.map(toReport), total: n };
  }

  async findFollowUp(verifier: string) {
    const [row] = await this.#sql<FollowUpRow[]>`
      SELECT reference, verifier, resident_key, created_at FROM follow_ups WHERE verifier = ${verifier}`;
    const report = row && (await this.getReport(row.reference));
    return report && row ? { report, followUp: toFollowUp(row) } : undefined;
  }

  async getFollowUp(reference: string): Promise<StoredFollowUp | undefined> {
    const [row] = await this.#sql<FollowUpRow[]>`
      SELECT reference, verifier, resident_key, created_at FROM follow_ups WHERE reference = ${reference}`;
    return row && toFollowUp(row);
  }

  async listMessages(reference: string): Promise<StoredMessage[]> {
    const rows = await this.#sql<MessageRow[]>`
      SELECT id, sender, sent_at, envelope, office_copy FROM follow_up_messages
      WHERE reference = ${reference} ORDER BY id`;
    return rows.map(toMessage);
  }

  async addMessage(
    reference: string,
    sender: MessageSender,
    envelope: SealedMessage,
    now: Date,
    extras: MessageExtras = {},
  ): Promise<AddedMessage> {
    const key = extras.idempotencyKey ?? null;
    const copy = (extras.copy ?? null) as unknown as postgres.JSONValue | null;
    return this.#sql
      .begin(async (tx): Promise<AddedMessage> => {
        // The row lock makes concurrent messages of one conversation count and update in turn, so a
        // message sent twice at once with one idempotency key is stored by the first and found by the second.
        const [found] = await tx`SELECT 1 FROM follow_ups WHERE reference = ${reference} FOR UPDATE`;
        if (!found) return undefined;
        if (key !== null) {
          const [before] = await tx<(MessageRow & { reference: string })[]>`
          SELECT id, reference, sender, sent_at, envelope, office_copy FROM follow_up_messages
          WHERE idempotency_key = ${key}`;
          if (before) {
            const stored = toMessage(before);
            const files = await tx<{ sealed: Buffer }[]>`
            SELECT sealed FROM message_evidence WHERE message_id = ${before.id} ORDER BY position`;
            return sameMessage({ ...stored, reference: before.reference }, { reference, sender, envelope }) &&
              sameFiles(
                files.map((f) => f.sealed),
                extras.evidence ?? [],
              )
              ? { ...stored, replayed: true as const }
              : 'key-reused';
          }
        }
        const [{ n }] = (await tx`
        SELECT count(*)::int AS n FROM follow_up_messages WHERE reference = ${reference}`) as unknown as [
          { n: number },
        ];
        if (n >= MAX_MESSAGES) return 'full' as const;
        const [row] = await tx<{ id: string }[]>`
        INSERT INTO follow_up_messages (reference, sender, sent_at, envelope, idempotency_key, office_copy)
        VALUES (${reference}, ${sender}, ${now}, ${tx.json(envelope as unknown as postgres.JSONValue)},
                ${key}, ${copy === null ? null : tx.json(copy)})
        RETURNING id`;
        for (const [i, sealed] of (extras.evidence ?? []).entries()) {
          await tx`INSERT INTO message_evidence (message_id, position, sealed)
                   VALUES (${row!.id}, ${i}, ${Buffer.from(sealed)})`;
        }
        await tx`UPDATE follow_ups SET last_sender = ${sender}, last_message_at = ${now} WHERE reference = ${reference}`;
        return {
          id: Number(row!.id),
          sender,
          sentAt: now.toISOString(),
          envelope,
          ...(extras.copy ? { copy: extras.copy } : {}),
        };
      })
      .catch((error: unknown) => {
        // The same key used at once in another conversation: the unique index refuses the second.
        if ((error as { code?: string }).code === '23505') return 'key-reused' as const;
        throw error;
      });
  }

  async getReport(reference: string): Promise<StoredReport | undefined> {
    const [row] = await this.#sql<ReportRow[]>`
      SELECT reference, received_at, updated_at, status, payload FROM reports WHERE reference = ${reference}`;
    return row && toReport(row);
  }

  async setStatus(reference: string, status: ReportStatus, now: Date): Promise<StoredReport | undefined> {
    const [row] = await this.#sql<ReportRow[]>`
      UPDATE reports SET status = ${status}, updated_at = ${now} WHERE reference = ${reference}
      RETURNING reference, received_at, updated_at, status, payload`;
    return row && toReport(row);
  }

  async deleteReportsBefore(cutoff: Date): Promise<number> {
    return (await this.#sql`DELETE FROM reports WHERE received_at < ${cutoff}`).count;
  }

  async deleteKeysBefore(cutoff: Date): Promise<number> {
    return (await this.#sql`DELETE FROM idempotency_keys WHERE created_at < ${cutoff}`).count;
  }

  async countReports(): Promise<number> {
    const [{ n }] = (await this.#sql`SELECT count(*)::int AS n FROM reports`) as unknown as [{ n: number }];
    return n;
  }

  async countEvidence(): Promise<number> {
    const [{ n }] = (await this.#sql`
      SELECT ((SELECT count(*) FROM report_evidence) + (SELECT count(*) FROM message_evidence))::int AS n`) as unknown as [
      { n: number },
    ];
    return n;
  }

  async listCounters(from: string, to: string): Promise<Counter[]> {
    return this.#sql<Counter[]>`
      SELECT month, dimension, key, count FROM statistics_counters WHERE month BETWEEN ${from} AND ${to}
      ORDER BY month, dimension, key`;
  }

  async listPeriods(): Promise<StoredPeriod[]> {
    return this.#sql<StoredPeriod[]>`
      SELECT from_month AS "from", to_month AS "to", body AS json FROM statistics_periods ORDER BY from_month`;
  }

  async savePeriod(
    period: StoredPeriod,
  ): Promise<{ saved: true } | { saved: false; overlaps: StoredPeriod }> {
    return this.#sql.begin(async (tx) => {
      // Two processes publishing at once: the second waits, then sees the first one's period.
      await tx`SELECT pg_advisory_xact_lock(${PUBLISH_LOCK})`;
      const [overlaps] = await tx<StoredPeriod[]>`
        SELECT from_month AS "from", to_month AS "to", body AS json FROM statistics_periods
        WHERE from_month <= ${period.to} AND to_month >= ${period.from} ORDER BY from_month LIMIT 1`;
      if (overlaps) return { saved: false as const, overlaps };
      await tx`INSERT INTO statistics_periods (from_month, to_month, body)
               VALUES (${period.from}, ${period.to}, ${period.json})`;
      return { saved: true as const };
    });
  }

  async ping(): Promise<void> {
    await this.#sql`SELECT 1`;
  }

  async close(): Promise<void> {
    await this.#sql.end({ timeout: 5 });
  }
}

/** Adds one to each counter, in the same transaction as the report. */
async function addCounters(tx: postgres.TransactionSql, counters: readonly CounterKey[]): Promise<void> {
  if (counters.length === 0) return;
  const rows = sortedKeys(counters).map((c) => ({
    month: c.month,
    dimension: c.dimension,
    key: c.key,
    count: 1,
  }));
  await tx`
    INSERT INTO statistics_counters ${tx(rows, 'month', 'dimension', 'key', 'count')}
    ON CONFLICT (month, dimension, key) DO UPDATE SET count = statistics_counters.count + 1`;
}
