import type { SealedMessage } from '@hrc/framework/seal';

/** The statuses an office sets, as the receiver reports them. */
export const FOLLOW_UP_STATUSES = ['new', 'in-progress', 'closed'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** One message of the conversation as the receiver gives it to the resident. */
export type ConversationMessage =
  | { from: 'office'; sentAt: string; message: SealedMessage }
  /** `files`: how many evidence files the resident sent with it (none when absent). */
  | { from: 'resident'; sentAt: string; files?: number };

/** The answer of the follow-up endpoint (docs/report-endpoint.md#follow-up). */
export interface Conversation {
  reference: string;
  status: FollowUpStatus;
  receivedAt: string;
  statusChangedAt: string;
  replyWithinWorkingDays?: number;
  messages: ConversationMessage[];
}

/** A message as the element shows it: the office's opened (or not), the resident's as a date. */
export interface ShownMessage {
  from: 'office' | 'resident';
  sentAt: string;
  /** The office's text, once opened; undefined for the resident's own, or when it did not open. */
  text?: string;
  /** How many evidence files the resident sent with their message. */
  files?: number;
  /**
   * Not opened with the office's public keys: changed, or not sent with the private half of the office
   * key it names (a message someone else put into the conversation). Its text is never shown.
   */
  unverified?: boolean;
}

/** What a request to the follow-up endpoint came to. */
export type FollowUpOutcome =
  | { kind: 'ok'; conversation: Conversation }
  /** No report with this receipt: a wrong receipt, or a report deleted after the retention period. */
  | { kind: 'unknown' }
  | { kind: 'limited'; seconds: number }
  /** Anything else: the network, a refusal, a server fault. `message` is the receiver's, if any. */
  | { kind: 'failed'; message?: string };

/** Where the element is. */
export type StatusPhase = 'enter' | 'opening' | 'open';
