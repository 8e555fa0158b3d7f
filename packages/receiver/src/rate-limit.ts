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

  check(clientAddress: string, now = Date.now()): RateDecision {
    const { max, windowMs } = this.#options;
    if (now - this.#windowStart >= windowMs) {
      this.#windowStart = now;
      this.#salt = randomBytes(32);
      this.#counts = new Map();
    }
    const id = createHmac('sha256', this.#salt).update(clientAddress).digest('base64url').slice(0, 22);
    const count = (this.#counts.get(id) ?? 0) + 1;
    this.#counts.set(id, count);
    if (count <= max) return { ok: true };
    return {
      ok: false,
      retryAfterSeconds: Math.max(1, Math.ceil((this.#windowStart + windowMs - now) / 1000)),
    };
  }

  /** Hashed client ids currently counted (for inspection in tests; never contains an address). */
  get clientIds(): string[] {
    return [...this.#counts.keys()];
  }
}
