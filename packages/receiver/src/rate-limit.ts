import { createHmac, randomBytes } from 'node:crypto';

export interface RateLimitOptions {
  /** Requests one client may make per window. */
  max: number;
  /** Window length in milliseconds. */
  windowMs: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * A fixed-window counter per client, keyed by an HMAC of the client address under a random salt that
 * lives only in memory and is replaced with every window. Addresses are never kept, and a hash cannot be
 * linked to one from an earlier window. Counters are per process: several instances each limit on their
 * own.
 */
export class RateLimiter {
  readonly #options: RateLimitOptions;
  #salt = randomBytes(32);
  #windowStart = 0;
  #counts = new Map<string, number>();

  constructor(options: RateLimitOptions) {
    this.#options = options;
  }

  /** Counts one request of the client and says whether it is within the limit. */
  check(clientAddress: string, now = Date.now()): RateDecision {
    const id = this.#idOf(clientAddress, now);
    const count = (this.#counts.get(id) ?? 0) + 1;
    this.#counts.set(id, count);
    return this.#decide(count, now);
  }

  /** Whether one more request of the client would be within the limit, without counting it. */
  peek(clientAddress: string, now = Date.now()): RateDecision {
    return this.#decide((this.#counts.get(this.#idOf(clientAddress, now)) ?? 0) + 1, now);
  }

  #idOf(clientAddress: string, now: number): string {
    if (now - this.#windowStart >= this.#options.windowMs) {
      this.#windowStart = now;
      this.#salt = randomBytes(32);
      this.#counts = new Map();
    }
    return createHmac('sha256', this.#salt).update(clientAddress).digest('base64url').slice(0, 22);
  }

  #decide(count: number, now: number): RateDecision {
    if (count <= this.#options.max) return { ok: true };
    return {
      ok: false,
      retryAfterSeconds: Math.max(1, Math.ceil((this.#windowStart + this.#options.windowMs - now) / 1000)),
    };
  }

  /** Hashed client ids currently counted (for inspection in tests; never contains an address). */
  get clientIds(): string[] {
    return [...this.#counts.keys()];
  }
}
