// Sealed reports at the receiver, on a SQLite file and a real PostgreSQL server: envelopes are checked
// and stored as ciphertext with their readable fields; idempotency, rate limits, retention, the webhook
// and the office API work for them; a receiver with office keys refuses plain reports and unknown keys.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficeKey, openEnvelope, type OfficeKey, type SealedReport } from '@hrc/framework/seal';
import { createReceiver } from '../src/server.js';
import { loadOfficeKeys, parseOfficeKeys } from '../src/sealed.js';
import type { StoredReport } from '../src/store/types.js';
import { verifyWebhook, SIGNATURE_HEADER } from '../src/webhook.js';
import {
  STORE_KINDS,
  office,
  postReport,
  sealedReport,
  sessionKey,
  startReceiver,
  validReport,
  type Running,
} from './helpers.js';

const DAY = 24 * 3600_000;
const MARKER = () => `marker-${randomUUID()}`;

const created = async (res: Response) => {
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as { reference: string; receivedAt: string };
};

describe.each(STORE_KINDS)('sealed reports on %s', (kind) => {
  let keyA: OfficeKey;
  let keyB: OfficeKey;
  let stranger: OfficeKey;
  let open: Running;
  let sealedOnly: Running;
  beforeAll(async () => {
    [keyA, keyB, stranger] = await Promise.all([
      sessionKey('2026-01-05-aaaa0001'),
      sessionKey('2026-11-26-bbbb0002'),
      sessionKey('2026-11-26-cccc0003'),
    ]);
    open = await startReceiver(kind);
    sealedOnly = await startReceiver(kind, { officeKeys: [keyA.publicJwk, keyB.publicJwk] });
  });
  afterAll(async () => {
    await open?.close();
    await sealedOnly?.close();
  });

  it('stores an envelope as it came, minus its anti-abuse signals: ciphertext and readable fields', async () => {
    const marker = MARKER();
    const envelope = await sealedReport(keyA, {
      description: `Discriminatie bij de woningcorporatie ${marker}`,
    });
    const { reference, receivedAt } = await created(await postReport(sealedOnly.base, envelope));
    const stored = (await sealedOnly.store.getReport(reference))!;
    const { antiAbuse: _, ...kept } = envelope;
    expect(stored).toMatchObject({ reference, receivedAt, status: 'new', payload: kept });
    expect(Object.keys(stored.payload).sort()).toEqual(['ciphertext', 'enc', 'kid', 'schemaVersion', 'type']);
    expect(JSON.stringify(stored)).not.toContain(marker);
    // What was kept is what the office opens.
    const opened = (await openEnvelope(stored.payload, [keyA, keyB])) as { description: string };
    expect(opened.description).toContain(marker);
    // The office API hands the envelope out as it is.
    const one = (await (await office(sealedOnly.base, `/reports/${reference}`)).json()) as StoredReport;
    expect(one.payload).toEqual(kept);
  });

  it('keeps the consented statistics readable, and only those', async () => {
    const statistics = {
      month: '2025-09',
      domain: 'housing',
      grounds: ['religion-or-belief', 'other'],
    } as const;
    const envelope = await sealedReport(
      keyB,
      {},
      { statistics: { ...statistics, grounds: [...statistics.grounds] } },
    );
    const { reference } = await created(await postReport(sealedOnly.base, envelope));
    const stored = (await sealedOnly.store.getReport(reference))!;
    expect((stored.payload as SealedReport).statistics).toEqual(statistics);
    expect((stored.payload as SealedReport).kid).toBe(keyB.kid);
  });

  it('accepts plain reports and envelopes to any key id when it has no office keys', async () => {
    await created(await postReport(open.base, validReport()));
    await created(await postReport(open.base, await sealedReport(stranger)));
  });

  it('with office keys, refuses a plain report with a reason and stores nothing', async () => {
    const before = await sealedOnly.store.countReports();
    for (const lang of ['en', 'nl']) {
      const res = await postReport(sealedOnly.base, validReport({ locale: lang }), {
        headers: { 'Accept-Language': lang },
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: string; message: string };
      expect(body.error).toBe('sealed-only');
      expect(body.message).toMatch(lang === 'nl' ? /alleen verzegelde/ : /sealed reports only/);
    }
    expect(await sealedOnly.store.countReports()).toBe(before);
  });

  it('with office keys, refuses an envelope sealed to another key id', async () => {
    const before = await sealedOnly.store.countReports();
    const res = await postReport(sealedOnly.base, await sealedReport(stranger));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'unknown-key', kid: stranger.kid });
    expect(await sealedOnly.store.countReports()).toBe(before);
  });

  it('refuses envelopes of the wrong shape, with the paths at fault', async () => {
    const good = await sealedReport(keyA);
    const cases: [string, unknown, string][] = [
      ['unpadded ciphertext', { ...good, ciphertext: good.ciphertext.slice(0, 100) }, 'ciphertext'],
      ['a readable field too many', { ...good, description: 'readable' }, ''],
      ['another version', { ...good, schemaVersion: 2 }, 'schemaVersion'],
      ['a kid with a slash', { ...good, kid: '../keys' }, 'kid'],
      [
        'statistics with free text',
        { ...good, statistics: { month: '2025-09', domain: 'housing', grounds: ['x'] } },
        'statistics.grounds.0',
      ],
      ['not base64url', { ...good, enc: `${good.enc.slice(0, 86)}=` }, 'enc'],
    ];
    for (const server of [open, sealedOnly]) {
      const before = await server.store.countReports();
      for (const [what, body, path] of cases) {
        const res = await postReport(server.base, body);
        expect(res.status, what).toBe(400);
        const json = (await res.json()) as { error: string; issues: { path: string }[]; fields?: unknown };
        expect(json.error, what).toBe('invalid-envelope');
        expect(
          json.issues.map((i) => i.path),
          what,
        ).toContain(path);
        // Not `fields`: the form would look for these paths among its own questions.
        expect(json.fields, what).toBeUndefined();
      }
      expect(await server.store.countReports()).toBe(before);
    }
  });

  it("turns away bots by the envelope's signals, and stores nothing", async () => {
    const before = await sealedOnly.store.countReports();
    for (const antiAbuse of [
      { honeypot: 'https://spam.example', fillMs: 200_000 },
      { honeypot: '', fillMs: 900 },
    ]) {
      const res = await postReport(sealedOnly.base, await sealedReport(keyA, { antiAbuse }));
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'rejected' });
    }
    expect(await sealedOnly.store.countReports()).toBe(before);
  });

  it('replays the same envelope under the same key, and refuses another envelope under it', async () => {
    const envelope = await sealedReport(keyA);
    const key = randomUUID();
    const before = await sealedOnly.store.countReports();
    const first = await created(await postReport(sealedOnly.base, envelope, { key }));
    // The same envelope, its members in another order: the same report.
    const reordered = Object.fromEntries(Object.entries(envelope).reverse());
    const again = await postReport(sealedOnly.base, reordered, { key });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(first);
    // The same report sealed again is another ciphertext: not a retry, so the key may not be reused.
    const resealed = await postReport(sealedOnly.base, await sealedReport(keyA), { key });
    expect(resealed.status).toBe(422);
    expect(await resealed.json()).toMatchObject({ error: 'idempotency-key-reused' });
    expect(await sealedOnly.store.countReports()).toBe(before + 1);
  });

  it('accepts the largest bucket (over 64 KiB sealed), while a plain report is held to 64 KiB', async () => {
    // Over 32 KiB of JSON lands in the 64 KiB bucket (the receiver cannot see what is inside).
    const envelope = await sealedReport(keyA, { description: 'x'.repeat(40_000) });
    const body = JSON.stringify(envelope);
    expect(envelope.ciphertext.length).toBe(87_403);
    expect(Buffer.byteLength(body)).toBeGreaterThan(64 * 1024);
    await created(await postReport(sealedOnly.base, envelope));
    const plain = JSON.stringify(validReport({ description: 'x'.repeat(70_000) }));
    const res = await postReport(open.base, undefined, { raw: plain });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: 'too-large' });
    const huge = await postReport(open.base, undefined, {
      raw: `{"type":"hrc-sealed-report","x":"${'A'.repeat(100_000)}"}`,
    });
    expect(huge.status).toBe(413);
  });

  it('deletes sealed reports with the same retention as plain ones', async () => {
    const r = await startReceiver(kind, { officeKeys: [keyA.publicJwk], retentionDays: 30 });
    try {
      const envelope = await sealedReport(keyA);
      const { antiAbuse: _, ...payload } = envelope;
      const at = (days: number) => new Date(Date.now() - days * DAY).toISOString();
      const old: StoredReport = {
        reference: 'HRC-2222-3333',
        receivedAt: at(31),
        updatedAt: at(31),
        status: 'new',
        payload,
      };
      const recent: StoredReport = {
        ...old,
        reference: 'HRC-4444-5555',
        receivedAt: at(29),
        updatedAt: at(29),
      };
      await r.store.claimKey('k-old', 'f', new Date(), 30_000);
      await r.store.saveReport('k-old', old, { status: 201, body: '{}' });
      await r.store.claimKey('k-recent', 'f', new Date(), 30_000);
      await r.store.saveReport('k-recent', recent, { status: 201, body: '{}' });
      expect(await r.receiver.sweep()).toBe(1);
      expect(await r.store.getReport(old.reference)).toBeUndefined();
      expect((await r.store.getReport(recent.reference))?.payload).toEqual(payload);
    } finally {
      await r.close();
    }
  });

  it('exports the readable fields of sealed reports in the server CSV, and nothing of their content', async () => {
    const r = await startReceiver(kind, { officeKeys: [keyA.publicJwk] });
    try {
      const marker = MARKER();
      const statistics = {
        month: '2025-09',
        domain: 'work',
        grounds: ['age', 'unknown'],
        role: 'witness',
        wish: 'register',
      } as const;
      const envelope = await sealedReport(
        keyA,
        { description: marker, domain: 'work', grounds: ['age'], groundUnknown: true },
        { statistics: { ...statistics, grounds: [...statistics.grounds] } },
      );
      const { reference } = await created(await postReport(r.base, envelope));
      const csv = await (await office(r.base, '/reports.csv')).text();
      expect(csv).not.toContain(marker);
      const line = csv.split('\r\n').find((l) => l.includes(reference))!;
      expect(line.split('","').slice(0, 14)).toEqual([
        `"${reference}`,
        expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
        'new',
        '',
        '2025-09',
        '',
        'work',
        'age',
        'true',
        '',
        'witness',
        '',
        'register',
        '',
      ]);
    } finally {
      await r.close();
    }
  });
});

describe('sealed reports and the rate limit', () => {
  it('counts envelopes like plain reports', async () => {
    const key = await sessionKey('office-rl');
    const r = await startReceiver('sqlite', {
      officeKeys: [key.publicJwk],
      rateLimit: { max: 2, windowMs: 60_000 },
    });
    try {
      await created(await postReport(r.base, await sealedReport(key)));
      // A refused plain report counts as well: the limit is on requests, before anything is read.
      expect((await postReport(r.base, validReport())).status).toBe(400);
      const res = await postReport(r.base, await sealedReport(key));
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await r.store.countReports()).toBe(1);
    } finally {
      await r.close();
    }
  });
});

describe('the webhook for a sealed report', () => {
  it('forwards the envelope on arrival, signed, which the office key opens; status changes carry none', async () => {
    const key = await sessionKey('office-wh');
    const calls: { body: string; signature: string | undefined }[] = [];
    const hook = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        calls.push({ body, signature: req.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    const secret = 'webhook-secret-0123456789';
    const r = await startReceiver('sqlite', {
      officeKeys: [key.publicJwk],
      webhook: {
        url: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/`,
        secret,
        include: ['domain', 'groundsCount'],
      },
    });
    try {
      const marker = MARKER();
      const envelope = await sealedReport(
        key,
        { description: marker },
        { statistics: { month: '2025-09', domain: 'housing', grounds: ['religion-or-belief', 'unknown'] } },
      );
      const { reference } = await created(await postReport(r.base, envelope));
      await office(r.base, `/reports/${reference}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ status: 'closed' }),
      });
      await r.receiver.settle();
      expect(calls).toHaveLength(2);
      for (const call of calls) expect(verifyWebhook(secret, call.signature, call.body)).toBe(true);
      const [arrival, change] = calls.map((c) => JSON.parse(c.body) as Record<string, unknown>);
      const { antiAbuse: _, ...kept } = envelope;
      expect(arrival).toMatchObject({
        event: 'report.created',
        reference,
        status: 'new',
        domain: 'housing',
        groundsCount: 1,
        envelope: kept,
      });
      expect(calls[0]!.body).not.toContain(marker);
      expect(((await openEnvelope(arrival!.envelope, key)) as { description: string }).description).toBe(
        marker,
      );
      expect(change).toMatchObject({ event: 'report.status-changed', reference, status: 'closed' });
      expect(change).not.toHaveProperty('envelope');
    } finally {
      await r.close();
      await new Promise((resolve) => hook.close(resolve));
    }
  });
});

describe('office keys in the configuration', () => {
  it('takes JWKs with a kid, as a list, a JWK Set or files', async () => {
    const [a, b] = await Promise.all([sessionKey('key-a'), sessionKey('key-b')]);
    expect((await parseOfficeKeys([a.publicJwk, b.publicJwk])).map((k) => k.kid)).toEqual(['key-a', 'key-b']);
    expect(await parseOfficeKeys({ keys: [a.publicJwk] })).toEqual([a.publicJwk]);
    const dir = mkdtempSync(join(tmpdir(), 'hrc-keys-'));
    try {
      writeFileSync(join(dir, 'a.json'), JSON.stringify(a.publicJwk));
      writeFileSync(join(dir, 'set.json'), JSON.stringify({ keys: [b.publicJwk] }));
      const keys = await loadOfficeKeys([join(dir, 'a.json'), join(dir, 'set.json')]);
      expect(keys.map((k) => k.kid)).toEqual(['key-a', 'key-b']);
      expect((await loadOfficeKeys([JSON.stringify(a.publicJwk)]))[0]).toEqual(a.publicJwk);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a private key, a key file, a key without kid, a broken key and two keys with one kid', async () => {
    const a = await sessionKey('key-a');
    const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    const privateJwk = { ...(await crypto.subtle.exportKey('jwk', pair.privateKey)), kid: 'private' };
    const { file } = await createOfficeKey('correct horse battery staple');
    const { kid: _, ...noKid } = a.publicJwk;
    const refusals: [unknown, RegExp][] = [
      [privateJwk, /not a public key/],
      [file, /office key file, which holds the private key/],
      [noKid, /needs a "kid"/],
      [{ ...a.publicJwk, x: 'AAAA' }, /not a P-256 public key/],
      [[a.publicJwk, a.publicJwk], /two office keys have the key id "key-a"/],
    ];
    for (const [value, message] of refusals) {
      await expect(parseOfficeKeys(value)).rejects.toThrow(message);
      await expect(
        createReceiver({ db: ':memory:', officeKeys: value as never, log: () => {} }),
      ).rejects.toThrow(message);
    }
  });
});
