// The report endpoint contract (docs/report-endpoint.md), against a real SQLite file and a real
// PostgreSQL server.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSchema } from '@hrc/framework/schemas';
import type { SqliteStore } from '../src/store/sqlite.js';
import { REFERENCE_PATTERN } from '../src/reference.js';
import { payloadFingerprint } from '../src/submit.js';
import { STORE_KINDS, office, postReport, startReceiver, validReport, type Running } from './helpers.js';

describe.each(STORE_KINDS)('POST /reports on %s', (kind) => {
  let r: Running;
  beforeAll(async () => {
    r = await startReceiver(kind, { staleKeyMs: 2_000 });
  });
  afterAll(async () => r?.close());

  it('answers 201 with a reference and receipt time once the report is stored', async () => {
    const before = await r.store.countReports();
    const res = await postReport(r.base, validReport({ place: '  Stationsstraat  ' }));
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('idempotent-replayed')).toBeNull();
    const body = (await res.json()) as { reference: string; receivedAt: string };
    expect(Object.keys(body).sort()).toEqual(['receivedAt', 'reference']);
    expect(body.reference).toMatch(REFERENCE_PATTERN);
    expect(new Date(body.receivedAt).toISOString()).toBe(body.receivedAt);
    expect(await r.store.countReports()).toBe(before + 1);

    const stored = await r.store.getReport(body.reference);
    expect(stored?.status).toBe('new');
    expect(stored?.receivedAt).toBe(body.receivedAt);
    expect(stored?.payload).not.toHaveProperty('antiAbuse');
    expect(stored?.payload).toMatchObject({
      place: 'Stationsstraat',
      description: validReport().description,
    });
  });

  it('gives different, non-sequential references', async () => {
    const refs = new Set<string>();
    for (let i = 0; i < 5; i++) {
      refs.add(((await (await postReport(r.base, validReport())).json()) as { reference: string }).reference);
    }
    expect(refs.size).toBe(5);
  });

  it('replays the first answer for the same key and payload, storing one report', async () => {
    const key = randomUUID();
    const report = validReport();
    const first = await postReport(r.base, report, { key });
    const firstBody = await first.text();
    const count = await r.store.countReports();
    // Same payload with keys in another order and other spacing: still the same request.
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(report).reverse()), null, 2);
    for (const raw of [JSON.stringify(report), reordered]) {
      const again = await postReport(r.base, null, { key, raw });
      expect(again.status).toBe(201);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(again.headers.get('cache-control')).toBe('no-store');
      expect(await again.text()).toBe(firstBody);
    }
    // Keys are case-insensitive UUIDs.
    const upper = await postReport(r.base, report, { key: key.toUpperCase() });
    expect(await upper.text()).toBe(firstBody);
    expect(await r.store.countReports()).toBe(count);
  });

  it('answers 422 for the same key with another payload, storing nothing', async () => {
    const key = randomUUID();
    expect((await postReport(r.base, validReport(), { key })).status).toBe(201);
    const count = await r.store.countReports();
    const res = await postReport(r.base, validReport({ description: 'Iets anders.' }), { key });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: 'idempotency-key-reused', message: expect.any(String) });
    expect(await r.store.countReports()).toBe(count);
  });

  it('answers 409 with Retry-After while the key is in flight, and takes over a key left by a dead request', async () => {
    const key = randomUUID();
    const report = validReport();
    const { antiAbuse: _, ...kept } = reportSchema.parse(report);
    const claim = await r.store.claimKey(key, payloadFingerprint(kept), new Date(), 2_000);
    expect(claim.state).toBe('claimed');
    const res = await postReport(r.base, report, { key });
    expect(res.status).toBe(409);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(await res.json()).toMatchObject({ error: 'idempotency-key-in-flight' });
    // Once the claim is older than staleKeyMs, its process is taken for dead and a retry goes ahead.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await postReport(r.base, report, { key })).status).toBe(201);
  });

  it('answers 400 with field reasons, in the payload language, and stores nothing', async () => {
    const count = await r.store.countReports();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ contact: { kind: 'contact', email: 'not-an-email' } }, 'contact.email', 'invalid_format'],
      [{ contact: { kind: 'contact', name: 'A' } }, 'contact.email', 'email-or-phone'],
      [{ grounds: [], groundUnknown: false }, 'grounds', 'ground-required'],
      [{ role: 'organisation' }, 'organisation', 'organisation-required'],
      [{ contact: { kind: 'anonymous' }, wish: 'advice' }, 'wish', 'wish-needs-contact'],
      [{ when: { precision: 'day', date: '2999-01-01' } }, 'when.date', 'future'],
      [{ description: '   ' }, 'description', 'too_small'],
      [{ consent: false }, 'consent', 'invalid_value'],
      [{ extra: 1 }, '', 'unrecognized_keys'],
    ];
    for (const [overrides, path, code] of cases) {
      const res = await postReport(r.base, validReport(overrides));
      expect(res.status, JSON.stringify(overrides)).toBe(400);
      const body = (await res.json()) as {
        error: string;
        message: string;
        fields: { path: string; code: string; message: string }[];
      };
      expect(body.error).toBe('invalid');
      expect(body.message).toBe('De melding is onvolledig of niet geldig.');
      expect(body.fields).toContainEqual({ path, code, message: expect.any(String) });
    }
    const en = await postReport(r.base, validReport({ locale: 'en', consent: false }));
    expect(((await en.json()) as { message: string }).message).toBe('The report is incomplete or not valid.');
    expect(await r.store.countReports()).toBe(count);
  });

  it('refuses requests without a usable key, JSON or media type', async () => {
    const count = await r.store.countReports();
    const expectError = async (res: Response, status: number, error: string) => {
      expect(res.status).toBe(status);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.json()).toMatchObject({ error, message: expect.any(String) });
    };
    await expectError(await postReport(r.base, validReport(), { key: null }), 400, 'idempotency-key-missing');
    await expectError(
      await postReport(r.base, validReport(), { key: 'abc' }),
      400,
      'idempotency-key-invalid',
    );
    await expectError(await postReport(r.base, null, { raw: '{"schemaVersion":1,' }), 400, 'malformed-json');
    await expectError(
      await postReport(r.base, validReport(), { headers: { 'Content-Type': 'text/plain' } }),
      415,
      'unsupported-media-type',
    );
    const big = validReport({ description: 'x'.repeat(70 * 1024) });
    await expectError(await postReport(r.base, big), 413, 'too-large');
    expect(await r.store.countReports()).toBe(count);
  });

  it('answers 400 "rejected" to a filled honeypot or a too-fast fill, and stores nothing', async () => {
    const count = await r.store.countReports();
    for (const antiAbuse of [
      { honeypot: 'https://spam.example', fillMs: 60_000 },
      { honeypot: '', fillMs: 2_999 },
    ]) {
      const key = randomUUID();
      const res = await postReport(r.base, validReport({ antiAbuse }), { key });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'rejected' });
      // Nothing was kept for the key either: a real report may use it.
      expect((await postReport(r.base, validReport(), { key })).status).toBe(201);
    }
    expect(await r.store.countReports()).toBe(count + 2);
  });

  it('answers CORS preflights for allowed origins only, without credentials', async () => {
    const preflight = (origin: string) =>
      fetch(`${r.base}/reports`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type,idempotency-key',
        },
      });
    const ok = await preflight('https://www.middelstad.nl');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://www.middelstad.nl');
    expect(ok.headers.get('access-control-allow-methods')).toBe('POST');
    expect(ok.headers.get('access-control-allow-headers')).toBe('Content-Type, Idempotency-Key');
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    expect(ok.headers.get('access-control-expose-headers')).toBeNull();
    expect(ok.headers.get('cache-control')).toBe('no-store');

    const refused = await preflight('https://evil.example');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();

    const count = await r.store.countReports();
    const post = await postReport(r.base, validReport(), { headers: { Origin: 'https://evil.example' } });
    expect(post.status).toBe(403);
    expect(await r.store.countReports()).toBe(count);
    const allowed = await postReport(r.base, validReport(), {
      headers: { Origin: 'https://www.middelstad.nl' },
    });
    expect(allowed.status).toBe(201);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.middelstad.nl');
  });

  it('lets a page of an allowed origin read the 404 of a wrong address, so the form does not retry it', async () => {
    const origin = 'https://www.middelstad.nl';
    const preflight = await fetch(`${r.base}/report`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    const count = await r.store.countReports();
    const wrong = await fetch(`${r.base}/report`, {
      method: 'POST',
      headers: { Origin: origin, 'Content-Type': 'application/json' },
      body: JSON.stringify(validReport()),
    });
    expect(wrong.status).toBe(404);
    expect(wrong.headers.get('access-control-allow-origin')).toBe(origin);
    expect(await wrong.json()).toMatchObject({ error: 'not-found' });
    expect(await r.store.countReports()).toBe(count);
    // Other origins still read nothing.
    const other = await fetch(`${r.base}/report`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example' },
    });
    expect(other.status).toBe(404);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves /healthz and answers unknown paths with a JSON 404, never cached', async () => {
    const health = await fetch(`${r.base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', db: kind });
    expect(health.headers.get('cache-control')).toBe('no-store');
    const missing = await fetch(`${r.base}/nope`, { headers: { 'Accept-Language': 'nl-NL,nl;q=0.9' } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
    expect(await missing.json()).toEqual({ error: 'not-found', message: 'Op dit adres staat niets.' });
  });

  it('keeps no client address or user agent with the reports', async () => {
    const res = await postReport(r.base, validReport(), { headers: { 'User-Agent': 'Agent-Probe/1.0' } });
    const { reference } = (await res.json()) as { reference: string };
    const page = await (await office(r.base, '/reports?limit=200')).text();
    expect(page).toContain(reference);
    expect(page).not.toContain('127.0.0.1');
    expect(page).not.toContain('Agent-Probe');
  });
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After once a client passes the limit, keyed by a salted hash only', async () => {
    const r = await startReceiver('sqlite', { rateLimit: { max: 3, windowMs: 60_000 } });
    try {
      for (let i = 0; i < 3; i++) expect((await postReport(r.base, validReport())).status).toBe(201);
      const res = await postReport(r.base, validReport());
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      expect(await res.json()).toMatchObject({ error: 'rate-limited' });
      expect(await r.store.countReports()).toBe(3);
    } finally {
      await r.close();
    }
  });
});

describe('SQLite file', () => {
  it('holds no client address anywhere in the database files', async () => {
    const r = await startReceiver('sqlite');
    try {
      expect(
        (await postReport(r.base, validReport(), { headers: { 'User-Agent': 'Agent-Probe/1.0' } })).status,
      ).toBe(201);
      const file = (r.store as SqliteStore).file;
      const dir = dirname(file);
      const bytes = readdirSync(dir)
        .map((f) => readFileSync(join(dir, f)).toString('latin1'))
        .join('');
      expect(bytes).toContain('Stationsstraat');
      expect(bytes).not.toContain('127.0.0.1');
      expect(bytes).not.toContain('Agent-Probe');
    } finally {
      await r.close();
    }
  });
});
