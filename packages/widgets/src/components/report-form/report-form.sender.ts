/**
 * Delivers one report to the receiver and does not give up: network failures, time-outs, 5xx, 409 and
 * 429 are retried with the same Idempotency-Key and body (so the receiver stores the report once),
 * with backoff, and at once when the browser comes back online. Only a 2xx or a refusal (other 4xx) ends it.
 */
import type { ReportError, ReportReceipt } from '@hrc/framework/schemas';
import type { SendState } from './report-form.types.js';

export type SendOutcome =
  | { kind: 'sent'; receipt: ReportReceipt }
  | { kind: 'refused'; status: number; error: ReportError }
  | { kind: 'cancelled' };

/**
 * A UUID v4. `crypto.randomUUID` exists only in secure contexts; elsewhere each 0 and 1 of the pattern
 * becomes a random hex digit and the 8 one of 8, 9, a or b (the variant), while the 4 (the version) stays.
 */
export const newKey = (): string =>
  crypto.randomUUID?.() ??
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+c / 4)))).toString(16),
  );

/** Wait before attempt n+1: 1 s, 2 s, 4 s … capped at a minute, with a little jitter. */
export const backoff = (attempt: number) =>
  Math.min(60_000, 1000 * 2 ** Math.max(0, attempt - 1)) * (1 + Math.random() * 0.2);

export interface SenderOptions {
  endpoint: string;
  /** The report as JSON, or a multipart body with a sealed report and its sealed files. */
  body: string | FormData;
  key: string;
  timeoutMs: number;
  onState: (state: SendState) => void;
}

export class ReportSender {
  private cancelled = false;
  private wakeUp: (() => void) | undefined;
  private readonly onOnline = () => this.wakeUp?.();

  constructor(private readonly opts: SenderOptions) {}

  /** Set when the person asked for the next attempt, which then says it is sending. */
  private asked = false;

  /** Tries again now instead of waiting for the next scheduled attempt. */
  retryNow(): void {
    this.asked = true;
    this.wakeUp?.();
  }

  /** Stops retrying (quick exit, or the element left the page). A request on its way is abandoned. */
  cancel(): void {
    this.cancelled = true;
    this.wakeUp?.();
  }

  async run(): Promise<SendOutcome> {
    window.addEventListener('online', this.onOnline);
    try {
      for (let attempt = 1; ; attempt++) {
        if (this.cancelled) return { kind: 'cancelled' };
        if (!navigator.onLine) {
          this.opts.onState({ phase: 'waiting', reason: 'offline', attempt });
          await this.sleep(undefined);
          attempt--;
          continue;
        }
        // An automatic retry keeps showing "not sent yet": the status is a live region, and a screen
        // reader would otherwise hear "sending" and "not sent yet" again at every attempt.
        if (attempt === 1 || this.asked) this.opts.onState({ phase: 'sending', attempt });
        this.asked = false;
        const result = await this.attempt();
        if (this.cancelled) return { kind: 'cancelled' };
        if ('kind' in result) return result;
        this.opts.onState({
          phase: 'waiting',
          reason: navigator.onLine ? result.reason : 'offline',
          attempt,
        });
        await this.sleep(navigator.onLine ? (result.retryAfterMs ?? backoff(attempt)) : undefined);
      }
    } finally {
      window.removeEventListener('online', this.onOnline);
    }
  }

  private sleep(ms: number | undefined): Promise<void> {
    return new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      if (ms !== undefined) timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }

  private async attempt(): Promise<
    | Exclude<SendOutcome, { kind: 'cancelled' }>
    | { reason: 'network' | 'timeout' | 'server' | 'busy'; retryAfterMs?: number }
  > {
    const abort = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, this.opts.timeoutMs);
    try {
      const res = await fetch(this.opts.endpoint, {
        method: 'POST',
        // A FormData body brings its own multipart Content-Type (with its boundary).
        headers: {
          ...(typeof this.opts.body === 'string' ? { 'Content-Type': 'application/json' } : {}),
          'Idempotency-Key': this.opts.key,
        },
        body: this.opts.body,
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        signal: abort.signal,
      });
      // Checked by hand rather than with the zod schemas: they would cost the element bytes for two fields.
      const json = (await res.json().catch(() => ({}))) as Partial<ReportReceipt & ReportError> | null;
      if (res.ok) {
        const reference = json?.reference;
        // A 2xx without a reference means something between us and the receiver answered: try again.
        return typeof reference === 'string' && reference
          ? { kind: 'sent', receipt: { reference: reference.slice(0, 64), receivedAt: json?.receivedAt } }
          : { reason: 'server' };
      }
      const retryAfter = Number(res.headers.get('Retry-After'));
      const retryAfterMs =
        Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter, 300) * 1000 : undefined;
      if (res.status === 409 || res.status === 429) return { reason: 'busy', retryAfterMs };
      if (res.status >= 500 || res.status < 400) return { reason: 'server', retryAfterMs };
      return {
        kind: 'refused',
        status: res.status,
        error: {
          error: String(json?.error ?? `http-${res.status}`),
          message: String(json?.message ?? ''),
          fields: Array.isArray(json?.fields)
            ? json.fields.filter((f) => typeof f?.path === 'string' && typeof f.code === 'string')
            : undefined,
        },
      };
    } catch {
      return { reason: timedOut ? 'timeout' : 'network' };
    } finally {
      clearTimeout(timer);
    }
  }
}
