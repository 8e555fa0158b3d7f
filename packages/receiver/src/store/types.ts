import type { ReportPayload } from '@hrc/framework/schemas';
import type { FollowUpRegistration, SealedMessage, SealedReport } from '@hrc/framework/seal';
import type { Counter } from '@hrc/framework/statistics';

export const REPORT_STATUSES = ['new', 'in-progress', 'closed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** What is kept of a plain report: the payload minus its anti-abuse signals. Never an address or agent. */
export type PlainPayload = Omit<ReportPayload, 'antiAbuse'>;

/**
 * What is kept of a sealed report: its envelope minus the anti-abuse signals, i.e. the ciphertext and
 * the readable fields (type, schema version, key id, HPKE's `enc`, the consented statistics).
 */
export type StoredEnvelope = Omit<SealedReport, 'antiAbuse'>;

/** A stored report's payload: plain, or a sealed envelope (`type: "hrc-sealed-report"`). */
export type StoredPayload = PlainPayload | StoredEnvelope;

export interface StoredReport {
  reference: string;
  /**
   * In lists, for a report the resident can follow up with a receipt: whether it awaits the office's
   * answer (not closed, and the last message is the resident's, or there is none yet).
   */
  followUp?: { awaitingReply: boolean; lastMessageAt: string | null };
  /** ISO 8601, UTC, millisecond precision. */
  receivedAt: string;
  status: ReportStatus;
  /** ISO 8601 of the last status change. */
  updatedAt: string;
  payload: StoredPayload;
}

/** What is saved with a sealed report besides its envelope. */
export interface SaveExtras {
  /** The receipt's verifier and resident key, when the resident can follow up. */
  followUp?: FollowUpRegistration;
  /** The sealed evidence files listed in the envelope, in order. */
  evidence?: readonly Uint8Array[];
  /** The statistics counters the report adds one to, in the same transaction. */
  counters?: readonly CounterKey[];
}

/** The first answer given for an idempotency key; a replay returns it unchanged. */
export interface StoredResponse {
  status: number;
  body: string;
}

export type ClaimResult =
  | { state: 'claimed' }
  | { state: 'in-flight' }
  | { state: 'mismatch' }
  | { state: 'done'; response: StoredResponse };

export interface ListOptions {
  limit: number;
  offset: number;
  status?: ReportStatus | undefined;
  /** Only reports with a follow-up that await the office's answer. */
  awaitingReply?: boolean | undefined;
}

export const MESSAGE_SENDERS = ['resident', 'office'] as const;
export type MessageSender = (typeof MESSAGE_SENDERS)[number];

/** A message of a follow-up conversation: sealed, so the receiver keeps only who sent it and when. */
export interface StoredMessage {
  id: number;
  sender: MessageSender;
  /** ISO 8601, UTC: when the receiver received it. */
  sentAt: string;
  envelope: SealedMessage;
  /** The office's own copy of its answer, sealed to its key (office messages only; none before v6). */
  copy?: SealedMessage;
}

/** What comes with a message besides its envelope. */
export interface MessageExtras {
  /** The client's Idempotency-Key: a message sent again with it is stored once. */
  idempotencyKey?: string | undefined;
  /** The office's own copy of its answer. */
  copy?: SealedMessage | undefined;
  /**
   * The sealed evidence files of a resident's message, in order (the envelope's `evidence` lists their
   * sizes); stored with it in one transaction. A message sent again with its key must have the same files.
   */
  evidence?: readonly Uint8Array[] | undefined;
}

/**
 * What adding a message came to: the message (`replayed` when the idempotency key had stored it
 * before), 'full', 'key-reused' (the key was used for another message), or undefined (no follow-up).
 */
export type AddedMessage = (StoredMessage & { replayed?: true }) | 'full' | 'key-reused' | undefined;

/** Whether a stored message is the one sent again with the same idempotency key. */
export const sameMessage = (
  a: { reference: string; sender: string; envelope: SealedMessage },
  b: { reference: string; sender: string; envelope: SealedMessage },
) =>
  a.reference === b.reference &&
  a.sender === b.sender &&
  a.envelope.enc === b.envelope.enc &&
  a.envelope.ciphertext === b.envelope.ciphertext &&
  a.envelope.kid === b.envelope.kid &&
  a.envelope.to === b.envelope.to;

/** A report's follow-up: the receipt's verifier (SHA-256 of the lookup token) and the resident key. */
export interface StoredFollowUp extends FollowUpRegistration {
  reference: string;
  createdAt: string;
}

/** The most messages one conversation keeps; further messages are refused. */
export const MAX_MESSAGES = 200;

/** A counter one accepted report adds one to (docs/statistics.md). */
export type CounterKey = Omit<Counter, 'count'>;

/** A published period of statistics, as stored: the JSON published, kept as text and never recomputed. */
export interface StoredPeriod {
  /** First month, `YYYY-MM`. */
  from: string;
  /** Last month, included. */
  to: string;
  /** The period's JSON exactly as it was published. */
  json: string;
}

export interface ReportPage {
  items: StoredReport[];
  total: number;
}

/**
 * One interface, two databases. Every method that decides between concurrent requests does so with
 * the database's own constraints and transactions, so several receiver processes sharing one database
 * agree with each other.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Brings the schema up to date; safe to run from several processes at once. */
  migrate(): Promise<number>;
  /**
   * Claims an idempotency key for a request whose payload has `fingerprint`. A key left in flight for
   * longer than `staleMs` (a process that died mid-request) may be claimed again.
   */
  claimKey(key: string, fingerprint: string, now: Date, staleMs: number): Promise<ClaimResult>;
  /**
   * Stores the report, its sealed evidence files (if any) and the key's answer in one transaction,
   * adding one to each of `counters` in the same transaction (the statistics the resident agreed to).
   * Resolves once committed; rejects with
   * `ReferenceTakenError` if the reference already exists (the caller draws another).
   */
  saveReport(key: string, report: StoredReport, response: StoredResponse, extras?: SaveExtras): Promise<void>;
  /**
   * A sealed evidence file of a report (`evidence` of `saveReport`), by its place in the list; deleted
   * with the report.
   */
  getEvidence(reference: string, position: number): Promise<Uint8Array | undefined>;
  /**
   * A sealed evidence file of a message of the report's conversation (`evidence` of `addMessage`), by
   * its place in the message's list; deleted with the report.
   */
  getMessageEvidence(reference: string, messageId: number, position: number): Promise<Uint8Array | undefined>;
  /** The report whose receipt has this verifier, with its follow-up; nothing when there is none. */
  findFollowUp(verifier: string): Promise<{ report: StoredReport; followUp: StoredFollowUp } | undefined>;
  getFollowUp(reference: string): Promise<StoredFollowUp | undefined>;
  /** A conversation's messages, oldest first. */
  listMessages(reference: string): Promise<StoredMessage[]>;
  /**
   * Adds a message to the conversation of a report with a follow-up. Resolves to undefined when the
   * report has none (or is gone), to 'full' when the conversation holds MAX_MESSAGES already. With an
   * idempotency key, a message stored before with the same key is given back (`replayed`) instead of
   * stored again, and 'key-reused' when the key was used for another message (or the same message with
   * other files). The message's evidence files are stored with it, in the same transaction.
   */
  addMessage(
    reference: string,
    sender: MessageSender,
    envelope: SealedMessage,
    now: Date,
    extras?: MessageExtras,
  ): Promise<AddedMessage>;
  /** Gives up a claimed key that produced no answer, so a retry can go ahead. */
  releaseKey(key: string): Promise<void>;
  listReports(options: ListOptions): Promise<ReportPage>;
  getReport(reference: string): Promise<StoredReport | undefined>;
  setStatus(reference: string, status: ReportStatus, now: Date): Promise<StoredReport | undefined>;
  /** Deletes reports received before `cutoff`; returns how many. */
  deleteReportsBefore(cutoff: Date): Promise<number>;
  /** Deletes idempotency keys created before `cutoff`; returns how many. */
  deleteKeysBefore(cutoff: Date): Promise<number>;
  countReports(): Promise<number>;
  /** How many evidence files the store holds, of all reports and their messages. */
  countEvidence(): Promise<number>;
  /** The statistics counters of the months from `from` to `to` (both included, `YYYY-MM`). */
  listCounters(from: string, to: string): Promise<Counter[]>;
  /** The published periods, oldest first. */
  listPeriods(): Promise<StoredPeriod[]>;
  /**
   * Stores a published period unless it overlaps one stored before (checked and stored in one
   * transaction, so two offices publishing at once cannot both succeed). Answers the overlapped period.
   */
  savePeriod(period: StoredPeriod): Promise<{ saved: true } | { saved: false; overlaps: StoredPeriod }>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Another report holds a follow-up with the same verifier (a replayed registration). */
export class ReceiptTakenError extends Error {
  constructor() {
    super('a report with this receipt exists');
    this.name = 'ReceiptTakenError';
  }
}

/** A freshly drawn reference collided with a stored one. */
export class ReferenceTakenError extends Error {
  constructor(reference: string) {
    super(`reference ${reference} exists`);
    this.name = 'ReferenceTakenError';
  }
}
