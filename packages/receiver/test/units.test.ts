import { describe, expect, it } from 'vitest';
import { csvCell } from '../src/csv.js';
import { canonicalJson } from '../src/http.js';
import { langFrom, LOCALES } from '../src/messages.js';
import { RateLimiter } from '../src/rate-limit.js';
import { newReference, REFERENCE_ALPHABET, REFERENCE_PATTERN } from '../src/reference.js';
import { tokenMatches } from '../src/office.js';
import { signWebhook, verifyWebhook } from '../src/webhook.js';

describe('csvCell', () => {
  it('quotes every cell and doubles quotes', () => {
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell(undefined)).toBe('""');
    expect(csvCell(false)).toBe('"false"');
  });
  it.each(['=1+1', '+31 6', '-2', '@SUM(A1)', '\tx', '\rx'])('neutralises %j', (value) => {
    expect(csvCell(value)).toBe(`"'${value}"`);
  });
  it('leaves ordinary text alone', () => {
    expect(csvCell('Stationsstraat 1 = centrum')).toBe('"Stationsstraat 1 = centrum"');
  });
});

describe('references', () => {
  it('use only unambiguous characters and never repeat in a large sample', () => {
    expect(REFERENCE_ALPHABET).not.toMatch(/[01ILOU]/);
    const seen = new Set<string>();
    for (let i = 0; i < 5_000; i++) {
      const ref = newReference();
      expect(ref).toMatch(REFERENCE_PATTERN);
      seen.add(ref);
    }
    expect(seen.size).toBe(5_000);
  });
});

describe('RateLimiter', () => {
  it('limits per client within a window, and forgets clients when the window and salt roll over', () => {
    const limiter = new RateLimiter({ max: 2, windowMs: 1000 });
    expect(limiter.check('10.0.0.1', 0).ok).toBe(true);
    expect(limiter.check('10.0.0.1', 100).ok).toBe(true);
    expect(limiter.check('10.0.0.1', 200)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.check('10.0.0.2', 300).ok).toBe(true);
    const before = limiter.clientIds;
    expect(before.join()).not.toContain('10.0.0');
    expect(limiter.check('10.0.0.1', 1000).ok).toBe(true);
    // A new salt: the same address gives an id that cannot be linked to the previous window's.
    expect(before).not.toContain(limiter.clientIds[0]);
  });
});

describe('helpers', () => {
  it('canonicalJson ignores key order and spacing', () => {
    expect(canonicalJson(JSON.parse('{"b":1, "a":{"d":[1,{"y":2,"x":1}],"c":null}}'))).toBe(
      '{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}',
    );
  });
  it('langFrom picks the most preferred language the receiver has words for', () => {
    expect(langFrom('nl-NL,nl;q=0.9,en;q=0.8')).toBe('nl');
    expect(langFrom('en;q=0.5, nl;q=0.9')).toBe('nl');
    // qaa–qtz are private-use tags: no catalog will ever be one.
    expect(langFrom('qaa,nl;q=0.5')).toBe('nl');
    expect(langFrom('qaa,qab-XY')).toBe('en');
    expect(langFrom('nl;q=0, en')).toBe('en');
    expect(langFrom('*, nl;q=0.1')).toBe('nl');
    expect(langFrom(undefined)).toBe('en');
    expect(langFrom('qaa', 'nl')).toBe('nl');
    // Every catalog is reached by its tag and by a regional variant of it.
    for (const locale of LOCALES) {
      expect(langFrom(`qaa,${locale}-ZZ;q=0.8,en;q=0.1`)).toBe(locale);
      expect(langFrom(locale.toUpperCase())).toBe(locale);
    }
  });
  it('tokenMatches compares whole tokens', () => {
    expect(tokenMatches('abcdefghijklmnop', 'abcdefghijklmnop')).toBe(true);
    expect(tokenMatches('abcdefghijklmno', 'abcdefghijklmnop')).toBe(false);
    expect(tokenMatches('', 'abcdefghijklmnop')).toBe(false);
  });
  it('webhook signatures expire', () => {
    const body = '{"reference":"HRC-2345-6789"}';
    const t = 1_800_000_000;
    const header = signWebhook('secret-secret-secret', body, t);
    expect(verifyWebhook('secret-secret-secret', header, body, t * 1000 + 60_000)).toBe(true);
    expect(verifyWebhook('secret-secret-secret', header, body, t * 1000 + 600_000)).toBe(false);
    expect(verifyWebhook('secret-secret-secret', undefined, body, t * 1000)).toBe(false);
  });
});
