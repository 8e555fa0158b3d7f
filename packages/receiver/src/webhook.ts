import { createHmac, timingSafeEqual } from 'node:crypto';
import { isStoredEnvelope, readableFields } from './sealed.js';
import type { StoredReport } from './store/types.js';

/** Extra fields a case system may receive. None is personal data, but each is opt-in all the same. */
export const WEBHOOK_EXTRA_FIELDS = ['domain', 'groundsCount'] as const;
export type WebhookExtraField = (typeof WEBHOOK_EXTRA_FIELDS)[number];

export interface WebhookOptions {
  url: string;
  /** Shared secret for the HMAC-SHA256 signature. */
  secret: string;
  /** Extra fields to send besides reference, received time and status. */
  include?: readonly WebhookExtraField[];
  timeoutMs?: number;
  /** Delays between attempts, in milliseconds; the number of entries is the number of retries. */
  retryDelaysMs?: readonly number[];
}

export type WebhookEvent = 'report.created' | 'report.status-changed';

export const SIGNATURE_HEADER = 'HRC-Signature';

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, so a captured call cannot be replayed later. */
export function signWebhook(secret: string, body: string, timestamp: number): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

/** For case systems written in Node: checks the signature and that it is at most `toleranceS` old. */
export function verifyWebhook(
  secret: string,
  header: string | undefined,
  body: string,
  now = Date.now(),
  toleranceS = 300,
): boolean {
  const parts = Object.fromEntries((header ?? '').split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1 || Math.abs(now / 1000 - t) > toleranceS) return false;
  const expected = Buffer.from(signWebhook(secret, body, t).split('v1=')[1]!, 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A notice's body. A sealed report's notice of arrival carries its envelope, which only the office's key
 * opens, so a case system can take the report over without asking the receiver; a plain report's notice
 * carries nothing of its content. The extra fields of a sealed report come from its readable statistics,
 * and are left out when the resident did not agree to statistics.
 */
export function webhookBody(
  event: WebhookEvent,
  report: StoredReport,
  include: readonly WebhookExtraField[],
) {
  const p = report.payload;
  // Statistics list "other" and "unknown" among the grounds; a plain report's grounds are ids only.
  const counted = isStoredEnvelope(p)
    ? p.statistics && { ...p.statistics, grounds: readableFields(p).grounds as string[] }
    : p;
  return {
    event,
    reference: report.reference,
    receivedAt: report.receivedAt,
    status: report.status,
    ...(include.includes('domain') && counted ? { domain: counted.domain } : {}),
    ...(include.includes('groundsCount') && counted ? { groundsCount: counted.grounds.length } : {}),
    ...(event === 'report.created' && isStoredEnvelope(p) ? { envelope: p } : {}),
  };
}

/**
 * Tells the office's case system that something happened, without ever holding up the answer to the
 * reporter. Deliveries are retried a few times in memory; a receiver restart drops pending ones, and the
 * office list stays the source of truth.
 */
export class Webhook {
  readonly #options: Required<WebhookOptions>;
  readonly #log: (line: string) => void;
  readonly #pending = new Set<Promise<void>>();

  constructor(options: WebhookOptions, log: (line: string) => void) {
    this.#options = { include: [], timeoutMs: 5000, retryDelaysMs: [1000, 5000, 25000], ...options };
    this.#log = log;
  }

  notify(event: WebhookEvent, report: StoredReport): void {
    const body = JSON.stringify(webhookBody(event, report, this.#options.include));
    const delivery = this.#deliver(body).finally(() => this.#pending.delete(delivery));
    this.#pending.add(delivery);
  }

  /** Waits for deliveries under way (used when shutting down and in tests). */
  async settle(): Promise<void> {
    await Promise.all([...this.#pending]);
  }

  async #deliver(body: string): Promise<void> {
    const { url, secret, timeoutMs, retryDelaysMs } = this.#options;
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            [SIGNATURE_HEADER]: signWebhook(secret, body, Math.floor(Date.now() / 1000)),
          },
          body,
          signal: AbortSignal.timeout(timeoutMs),
          redirect: 'error',
        });
        await res.body?.cancel();
        if (res.ok) return;
        throw new Error(`answered ${res.status}`);
      } catch (error) {
        const delay = retryDelaysMs[attempt];
        if (delay === undefined) {
          this.#log(`webhook delivery failed for good: ${(error as Error).message}`);
          return;
        }
        await new Promise((r) => setTimeout(r, delay).unref());
      }
    }
  }
}
