// Requests an attacker would send, and the files a report leaves on disk: every refusal is a 4xx with a
// reason and stores nothing; nothing sent by a client turns into a server error.
import { randomUUID } from 'node:crypto';
import { chmodSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqliteStore } from '../src/store/sqlite.js';
import {
  TOKEN,
  newDatabase,
  office,
  postReport,
  startReceiver,
  validReport,
  type Running,
} from './helpers.js';
import { createReceiver } from '../src/server.js';

/** Sends raw bytes over a socket and collects everything the server writes back until it closes. */
function rawExchange(
  port: number,
  head: string,
  body: { bytes: number; chunk?: number } = { bytes: 0 },
): Promise<{ answer: string; error?: string }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let error: string | undefined;
    socket.on('data', (d) => (answer += d.toString('latin1')));
    socket.on('error', (e) => (error = (e as NodeJS.ErrnoException).code ?? e.message));
    socket.on('close', () => resolve({ answer, error }));
    const send = async () => {
      socket.write(head);
      const size = body.chunk ?? 16 * 1024;
      for (let sent = 0; sent < body.bytes && !socket.destroyed; sent += size) {
        const chunk = Buffer.alloc(Math.min(size, body.bytes - sent), 'x');
        if (!socket.write(chunk)) await new Promise((r) => socket.once('drain', r).once('close', r));
      }
      // Half-close: the request is complete; the answer can still come in.
      if (!socket.destroyed) socket.end();
    };
    socket.on('connect', () => void send());
  });
}

const port = (r: Running) => Number(new URL(r.base).port);

describe('refusals', () => {
  let r: Running;
  const logs: string[] = [];
  beforeAll(async () => {
    r = await startReceiver('sqlite', { log: (line) => logs.push(line) });
  });
  afterAll(async () => r?.close());

  it('answers a body over the limit with 413 and a reason before closing, however much follows', async () => {
    const before = await r.store.countReports();
    const head = (length: string) =>
      `POST /reports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
      `Idempotency-Key: ${randomUUID()}\r\n${length}\r\n\r\n`;
    for (const [header, bytes] of [
      ['Content-Length: 300000', 300_000],
      ['Content-Length: 5000000', 5_000_000],
      ['Transfer-Encoding: chunked', 0],
    ] as const) {
      let answer: string;
      if (bytes === 0) {
        // Chunked, with no declared length: the limit is found while reading.
        const chunk = `4000\r\n${'x'.repeat(0x4000)}\r\n`;
        answer = (await rawExchange(port(r), head(header) + chunk.repeat(20) + '0\r\n\r\n')).answer;
      } else {
        answer = (await rawExchange(port(r), head(header), { bytes })).answer;
      }
      expect(answer, header).toMatch(/^HTTP\/1\.1 413 /);
      const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4).split('\r\n')[0]!) as {
        error: string;
        message: string;
      };
      expect(body).toEqual({ error: 'too-large', message: 'The report is too large.' });
    }
    expect(await r.store.countReports()).toBe(before);
  });

  it('answers a report nested 5,000 levels inside contact with 400 and no server error', async () => {
    logs.length = 0;
    const before = await r.store.countReports();
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const raw = JSON.stringify(validReport({ contact: { kind: 'anonymous', note: '§' } })).replace(
      '"§"',
      deep,
    );
    const res = await postReport(r.base, null, { raw });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: 'invalid',
      fields: expect.arrayContaining([
        expect.objectContaining({ path: 'contact', code: 'unrecognized_keys' }),
      ]),
    });
    // Nested everywhere it could be: the report itself, a list, a text field.
    for (const body of [deep, `[${deep}]`, JSON.stringify(validReport()).replace('"housing"', deep)]) {
      expect((await postReport(r.base, null, { raw: body })).status).toBe(400);
    }
    expect(await r.store.countReports()).toBe(before);
    expect(logs).toEqual([]);
  });

  it('refuses a body that is not UTF-8 instead of storing U+FFFD', async () => {
    const before = await r.store.countReports();
    const text = JSON.stringify(validReport({ description: 'Caf§ met de verhuurder' }));
    const [head, tail] = text.split('§') as [string, string];
    for (const bad of [[0xe9], [0xff], [0xed, 0xa0, 0x80] /* a lone surrogate */, [0xc0, 0xaf]]) {
      const res = await fetch(`${r.base}/reports`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
        body: Buffer.concat([Buffer.from(head), Buffer.from(bad), Buffer.from(tail)]),
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'malformed-json', message: expect.any(String) });
    }
    expect(await r.store.countReports()).toBe(before);
    // Valid UTF-8 (and characters outside the Basic Multilingual Plane) is kept as sent.
    const ok = await postReport(r.base, validReport({ description: 'Café 🏠 met de verhuurder' }));
    const { reference } = (await ok.json()) as { reference: string };
    expect((await r.store.getReport(reference))?.payload).toMatchObject({
      description: 'Café 🏠 met de verhuurder',
    });
  });

  it('answers malformed addresses with 400 or 404, never 5xx', async () => {
    logs.length = 0;
    for (const path of ['/reports/%E0%A4%A', '/reports/%', '/reports/%FF', '/reports/HRC-%ZZ']) {
      const res = await office(r.base, path);
      expect(res.status, path).toBe(404);
      expect(await res.json()).toMatchObject({ error: 'not-found' });
      expect((await fetch(`${r.base}${path}`)).status, `${path} without token`).toBe(401);
      const patch = await office(r.base, path, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: '{"status":"closed"}',
      });
      expect(patch.status, `PATCH ${path}`).toBe(404);
    }
    expect(logs).toEqual([]);
  });

  it('answers requests the HTTP parser refuses with a 4xx and a reason too', async () => {
    for (const [head, status, error] of [
      ['GET http://[x/reports HTTP/1.1\r\nHost: x\r\n\r\n', 400, 'bad-request'],
      ['GARBAGE\r\n\r\n', 400, 'bad-request'],
      ['POST /reports HTTP/1.1\r\nHost: x\r\nContent-Length: many\r\n\r\n', 400, 'bad-request'],
      [`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Long: ${'a'.repeat(20_000)}\r\n\r\n`, 431, 'headers-too-large'],
    ] as const) {
      const { answer } = await rawExchange(port(r), head);
      expect(answer.slice(0, 12), head.slice(0, 30)).toBe(`HTTP/1.1 ${status}`);
      expect(answer).toMatch(/\r\nContent-Type: application\/json; charset=utf-8\r\n/);
      const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { error: string };
      expect(body).toEqual({ error, message: expect.any(String) });
    }
  });

  it('refuses a status change whose body is not UTF-8', async () => {
    const res = await postReport(r.base, validReport());
    const { reference } = (await res.json()) as { reference: string };
    const patch = await office(r.base, `/reports/${reference}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: Buffer.concat([
        Buffer.from('{"status":"closed","note":"'),
        Buffer.from([0xff]),
        Buffer.from('"}'),
      ]),
    });
    expect(patch.status).toBe(400);
    expect((await r.store.getReport(reference))?.status).toBe('new');
  });

  it('serves the admin page files to GET and HEAD only', async () => {
    const files = [
      'admin.js',
      'admin.css',
      'texts.js',
      'util.js',
      'keys.js',
      'opening.js',
      'sheet.js',
      'seal.js',
    ];
    for (const path of ['/admin', ...files.map((f) => `/admin/${f}`)]) {
      expect((await fetch(`${r.base}${path}`)).status, path).toBe(200);
      expect((await fetch(`${r.base}${path}`, { method: 'HEAD' })).status, path).toBe(200);
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
        const res = await fetch(`${r.base}${path}`, { method });
        expect(res.status, `${method} ${path}`).toBe(405);
        expect(res.headers.get('allow')).toBe('GET, HEAD');
        expect(await res.json()).toMatchObject({ error: 'method-not-allowed', message: expect.any(String) });
      }
    }
    // Nothing else in the folder is served (the build script, say, or a file with a name like a route).
    for (const path of ['/admin/admin.html', '/admin/../package.json', '/admin/seal.js.map', '/admin/x.js']) {
      expect((await fetch(`${r.base}${path}`)).status, path).toBe(404);
    }
    // The office notice and public keys are public, like the page; they answer GET only.
    expect((await fetch(`${r.base}/admin/config.json`)).status).toBe(200);
    expect((await fetch(`${r.base}/admin/config.json`, { method: 'POST' })).status).toBe(405);
  });
});

describe('office token guessing', () => {
  it('refuses every token, the right one too, while a client is locked out', async () => {
    const r = await startReceiver('sqlite');
    try {
      const withToken = (token: string) =>
        fetch(`${r.base}/reports`, { headers: { Authorization: `Bearer ${token}` } });
      // The right token does not count against the client.
      expect((await withToken(TOKEN)).status).toBe(200);
      for (let i = 0; i < 10; i++) expect((await withToken(`guess-${i}-xxxxxxxxxxxxxx`)).status).toBe(401);
      const right = await withToken(TOKEN);
      expect(right.status).toBe(429);
      expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await right.json()).toMatchObject({ error: 'rate-limited' });
      expect((await withToken('guess-11-xxxxxxxxxxxxxx')).status).toBe(429);
      expect((await withToken(TOKEN)).status).toBe(429);
    } finally {
      await r.close();
    }
  });
});

describe('headers a form on another origin reads', () => {
  it('are exposed to it on every answer to a post: Retry-After and Idempotent-Replayed', async () => {
    const r = await startReceiver('sqlite', { rateLimit: { max: 2, windowMs: 60_000 } });
    try {
      const origin = { Origin: 'https://www.middelstad.nl' };
      const key = randomUUID();
      const report = validReport();
      const answers = [
        await postReport(r.base, report, { key, headers: origin }),
        await postReport(r.base, report, { key, headers: origin }),
        await postReport(r.base, validReport(), { headers: origin }),
      ];
      expect(answers.map((a) => a.status)).toEqual([201, 201, 429]);
      expect(answers[1]!.headers.get('idempotent-replayed')).toBe('true');
      expect(answers[2]!.headers.get('retry-after')).toMatch(/^\d+$/);
      for (const a of answers) {
        expect(a.headers.get('access-control-allow-origin')).toBe('https://www.middelstad.nl');
        expect(a.headers.get('access-control-expose-headers')).toBe('Retry-After, Idempotent-Replayed');
      }
    } finally {
      await r.close();
    }
  });
});

describe('SQLite file modes', () => {
  it('creates the database, -wal and -shm readable by their owner alone, whatever the umask', async () => {
    const db = await newDatabase('sqlite');
    const umask = process.umask(0);
    try {
      const receiver = await createReceiver({ db: db.location, log: () => {} });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      const base = `http://127.0.0.1:${(receiver.address() as { port: number }).port}`;
      expect((await postReport(base, validReport())).status).toBe(201);
      const file = (receiver.store as SqliteStore).file;
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(statSync(f).mode & 0o777, f).toBe(0o600);
      await receiver.shutdown();
    } finally {
      process.umask(umask);
      await db.cleanup();
    }
  });

  it('narrows files an earlier version left readable to others', async () => {
    const db = await newDatabase('sqlite');
    try {
      const first = await createReceiver({ db: db.location, log: () => {} });
      await first.shutdown();
      chmodSync(db.location, 0o644);
      const again = await createReceiver({ db: db.location, log: () => {} });
      expect(statSync(db.location).mode & 0o777).toBe(0o600);
      await again.shutdown();
    } finally {
      await db.cleanup();
    }
  });
});
