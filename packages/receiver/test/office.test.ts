// The office side: token, list, detail, status, CSV export, admin page, retention and the webhook.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCsvHeader, reportCsvRow } from '@hrc/framework/report-csv';
import { createReceiver } from '../src/server.js';
import type { StoredReport } from '../src/store/types.js';
import { SIGNATURE_HEADER, verifyWebhook } from '../src/webhook.js';
import {
  STORE_KINDS,
  TOKEN,
  office,
  postReport,
  startReceiver,
  validReport,
  type Running,
} from './helpers.js';

const DAY = 24 * 3600_000;

async function submit(r: Running, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await postReport(r.base, validReport(overrides));
  expect(res.status).toBe(201);
  return ((await res.json()) as { reference: string }).reference;
}

function oldReport(reference: string, daysAgo: number): StoredReport {
  const at = new Date(Date.now() - daysAgo * DAY).toISOString();
  const { antiAbuse: _, ...payload } = validReport() as StoredReport['payload'] & { antiAbuse: unknown };
  return { reference, receivedAt: at, updatedAt: at, status: 'new', payload };
}

describe.each(STORE_KINDS)('office side on %s', (kind) => {
  let r: Running;
  const refs: string[] = [];
  beforeAll(async () => {
    r = await startReceiver(kind);
    for (let i = 0; i < 7; i++) {
      refs.push(await submit(r, { description: `Melding nummer ${i}` }));
      // Distinct receipt times, so "newest first" has one right answer.
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
  });
  afterAll(async () => r?.close());

  it('needs the Bearer token, compared exactly', async () => {
    for (const auth of [undefined, 'Bearer wrong-token-wrong-token', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`]) {
      const res = await fetch(`${r.base}/reports`, { headers: auth ? { Authorization: auth } : {} });
      expect(res.status, auth).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.json()).toMatchObject({ error: 'unauthorized' });
    }
    for (const path of [`/reports/${refs[0]}`, '/reports.csv']) {
      expect((await fetch(`${r.base}${path}`)).status).toBe(401);
    }
    expect((await office(r.base, '/reports')).status).toBe(200);
  });

  it('lists reports newest first, paged, with a status filter', async () => {
    const first = (await (await office(r.base, '/reports?limit=3')).json()) as {
      items: StoredReport[];
      total: number;
      limit: number;
      offset: number;
    };
    expect(first.total).toBe(7);
    expect(first.limit).toBe(3);
    expect(first.items.map((x) => x.reference)).toEqual(refs.slice().reverse().slice(0, 3));
    const last = (await (await office(r.base, '/reports?limit=3&offset=6')).json()) as {
      items: StoredReport[];
    };
    expect(last.items.map((x) => x.reference)).toEqual([refs[0]]);
    for (const bad of ['limit=0', 'limit=201', 'offset=-1', 'status=done', 'limit=abc']) {
      expect((await office(r.base, `/reports?${bad}`)).status, bad).toBe(400);
    }
  });

  it('shows one report and changes its status', async () => {
    const ref = refs[2]!;
    const one = (await (await office(r.base, `/reports/${ref}`)).json()) as StoredReport;
    expect(one).toMatchObject({
      reference: ref,
      status: 'new',
      payload: { description: 'Melding nummer 2' },
    });
    expect((await office(r.base, '/reports/HRC-ZZZZ-ZZZZ')).status).toBe(404);

    const patch = (body: string, type = 'application/json') =>
      office(r.base, `/reports/${ref}`, { method: 'PATCH', headers: { 'Content-Type': type }, body });
    const res = await patch(JSON.stringify({ status: 'in-progress' }));
    expect(res.status).toBe(200);
    const updated = (await res.json()) as StoredReport;
    expect(updated.status).toBe('in-progress');
    expect(updated.updatedAt > one.updatedAt).toBe(true);
    expect((await r.store.getReport(ref))?.status).toBe('in-progress');
    expect((await patch(JSON.stringify({ status: 'done' }))).status).toBe(400);
    expect((await patch('{')).status).toBe(400);
    expect((await patch('status=closed', 'application/x-www-form-urlencoded')).status).toBe(415);

    const filtered = (await (await office(r.base, '/reports?status=in-progress')).json()) as {
      items: StoredReport[];
      total: number;
    };
    expect(filtered.total).toBe(1);
    expect(filtered.items[0]!.reference).toBe(ref);
  });

  it('exports CSV with every cell quoted and formula cells neutralised', async () => {
    const ref = await submit(r, {
      description: '=HYPERLINK("https://evil.example","klik")\nregel twee',
      place: '@SUM(A1:A2)',
      groundOther: '-2+3',
      organisation: 'x;=2+5',
      role: 'organisation',
      contact: { kind: 'contact', name: 'Tab', phone: '+31 6 1234 5678', language: 'nl' },
    });
    const res = await office(r.base, '/reports.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="reports-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split('\r\n');
    // The columns and spelling are @hrc/framework's, shared with the WordPress plugin.
    expect(`${lines[0]}\r\n`).toBe(reportCsvHeader());
    expect(lines[0]).toMatch(/^"reference","receivedAt","status",/);
    const row = text.slice(text.indexOf(`"${ref}"`));
    expect(row.startsWith(reportCsvRow((await r.store.getReport(ref))!))).toBe(true);
    expect(row).toContain(`"x;=2+5"`);
    expect(row).toContain(`"'=HYPERLINK(""https://evil.example"",""klik"")\nregel twee"`);
    expect(row).toContain(`"'@SUM(A1:A2)"`);
    expect(row).toContain(`"'-2+3"`);
    expect(row).toContain(`"'+31 6 1234 5678"`);
    // No cell anywhere starts with a formula character.
    for (const cell of text.match(/"(?:[^"]|"")*"/g) ?? []) expect(cell.slice(1)).not.toMatch(/^[=+\-@\t\r]/);
    expect(text.match(/"HRC-[A-Z0-9-]+"/g)).toHaveLength(8);
  });
});

describe('office side switched off', () => {
  it('answers 403 to every office request when no token is set', async () => {
    const r = await startReceiver('sqlite', { token: undefined });
    try {
      const res = await fetch(`${r.base}/reports`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: 'office-disabled' });
      expect((await postReport(r.base, validReport())).status).toBe(201);
    } finally {
      await r.close();
    }
  });

  it('refuses a token shorter than 16 characters', async () => {
    await expect(createReceiver({ db: ':memory:', token: 'short', log: () => {} })).rejects.toThrow(
      /16 characters/,
    );
  });

  it('slows down token guessing with 429', async () => {
    const r = await startReceiver('sqlite');
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        statuses.push(
          (
            await fetch(`${r.base}/reports`, {
              headers: { Authorization: `Bearer guess-${i}-xxxxxxxxxxxxxx` },
            })
          ).status,
        );
      }
      expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(10)).toEqual([429, 429]);
    } finally {
      await r.close();
    }
  });
});

describe('admin page', () => {
  let r: Running;
  beforeAll(async () => {
    r = await startReceiver('sqlite');
  });
  afterAll(async () => r?.close());

  it('speaks the browser’s language where it has words for it, right to left where that is written so', async () => {
    const page = async (accept: string) =>
      (await (await fetch(`${r.base}/admin`, { headers: { 'Accept-Language': accept } })).text()).match(
        /<html[^>]*>/,
      )?.[0];
    expect(await page('ar-MA,ar;q=0.9,en;q=0.5')).toBe('<html lang="ar" dir="rtl">');
    expect(await page('de-AT')).toBe('<html lang="de" dir="ltr">');
    expect(await page('qaa, nl;q=0.5')).toBe('<html lang="nl" dir="ltr">');
    expect(await page('qaa')).toBe('<html lang="en" dir="ltr">');
    // The office texts of a language, with English where it has none yet: every text is there.
    const en = (await (await fetch(`${r.base}/admin/locales/en.json`)).json()) as { office: object };
    const ar = await fetch(`${r.base}/admin/locales/ar.json`);
    expect(ar.status).toBe(200);
    const arabic = (await ar.json()) as { locale: string; dir: string; office: object };
    expect(arabic).toMatchObject({ locale: 'ar', dir: 'rtl' });
    expect(Object.keys(arabic.office)).toEqual(Object.keys(en.office));
    for (const missing of ['qaa', '..%2Fpackage', 'en.json%00', '%E0%A4%A']) {
      const res = await fetch(`${r.base}/admin/locales/${missing}.json`);
      expect(res.status, missing).toBe(404);
      expect(await res.json()).toMatchObject({ error: 'not-found' });
    }
    expect((await fetch(`${r.base}/admin/locales/en.json`, { method: 'POST' })).status).toBe(405);
  });

  it('is served with a strict CSP and no inline script or style', async () => {
    const res = await fetch(`${r.base}/admin`, { headers: { 'Accept-Language': 'nl' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).not.toContain('unsafe');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('<html lang="nl" dir="ltr">');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    for (const asset of ['/admin/admin.js', '/admin/admin.css']) {
      const a = await fetch(`${r.base}${asset}`);
      expect(a.status).toBe(200);
      expect(a.headers.get('content-security-policy')).toBe(csp);
    }
    const labels = await fetch(`${r.base}/admin/labels.json`, { headers: { 'Accept-Language': 'nl' } });
    expect(labels.status).toBe(200);
    expect(labels.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const nl = (await labels.json()) as { grounds: Record<string, string>; domains: Record<string, string> };
    expect(nl.domains.housing).toBe('Wonen');
    expect(nl.grounds['religion-or-belief']).toBe('Godsdienst of overtuiging');
    const en = await (
      await fetch(`${r.base}/admin/labels.json`, { headers: { 'Accept-Language': 'en' } })
    ).json();
    expect(en.domains.housing).toBe('Housing');
    expect((await fetch(`${r.base}/admin/labels.json`, { method: 'POST' })).status).toBe(405);
    const js = await (await fetch(`${r.base}/admin/admin.js`)).text();
    expect(js).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|localStorage|sessionStorage|eval\(/,
    );
  });
});

describe.each(STORE_KINDS)('retention on %s', (kind) => {
  it('deletes reports older than the retention period at start and on sweep', async () => {
    const r = await startReceiver(kind, { retentionDays: 30 });
    try {
      const key = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
      const save = (ref: string, days: number, n: number) =>
        r.store.saveReport(key(n), oldReport(ref, days), { status: 201, body: '{}' });
      await save('HRC-AAAA-AAAA', 31, 1);
      await save('HRC-BBBB-BBBB', 29, 2);
      const fresh = await submit(r);
      expect(await r.receiver.sweep()).toBe(1);
      expect(await r.store.getReport('HRC-AAAA-AAAA')).toBeUndefined();
      expect(await r.store.getReport('HRC-BBBB-BBBB')).toBeDefined();
      expect(await r.store.getReport(fresh)).toBeDefined();

      // A receiver started on a database with expired reports removes them before it answers anything.
      await save('HRC-CCCC-CCCC', 400, 3);
      const again = await createReceiver({ db: r.store, retentionDays: 30, log: () => {} });
      expect(await r.store.getReport('HRC-CCCC-CCCC')).toBeUndefined();
      await again.shutdown();
    } finally {
      await r.close();
    }
  });
});

describe('webhook', () => {
  let hook: ReturnType<typeof createServer>;
  let hookUrl: string;
  const received: { body: string; signature: string | undefined }[] = [];
  const secret = 'webhook-secret-0123456789';
  beforeAll(async () => {
    hook = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ body, signature: req.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => new Promise<void>((resolve) => hook.close(() => resolve())));

  it('sends a signed notice with no personal data by default, on receipt and on status change', async () => {
    received.length = 0;
    const r = await startReceiver('sqlite', { webhook: { url: hookUrl, secret } });
    try {
      const ref = await submit(r);
      await office(r.base, `/reports/${ref}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: '{"status":"closed"}',
      });
      await r.receiver.settle();
      expect(received).toHaveLength(2);
      for (const { body, signature } of received) {
        expect(verifyWebhook(secret, signature, body)).toBe(true);
        expect(verifyWebhook('another-secret-0123456789', signature, body)).toBe(false);
        expect(verifyWebhook(secret, signature, body.replace('HRC', 'HRX'))).toBe(false);
        expect(Object.keys(JSON.parse(body)).sort()).toEqual(['event', 'receivedAt', 'reference', 'status']);
        expect(body).not.toMatch(/samira|Stationsstraat|hoofddoek/i);
      }
      expect(JSON.parse(received[0]!.body)).toMatchObject({
        event: 'report.created',
        reference: ref,
        status: 'new',
      });
      expect(JSON.parse(received[1]!.body)).toMatchObject({
        event: 'report.status-changed',
        reference: ref,
        status: 'closed',
      });
    } finally {
      await r.close();
    }
  });

  it('adds the domain and number of grounds only when asked, and retries a failing case system', async () => {
    received.length = 0;
    let failures = 1;
    const flaky = createServer((req, res) => {
      if (failures-- > 0) return void res.writeHead(503).end();
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ body, signature: req.headers['hrc-signature'] as string });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => flaky.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(flaky.address() as AddressInfo).port}/`;
    const r = await startReceiver('sqlite', {
      webhook: { url, secret, include: ['domain', 'groundsCount'], retryDelaysMs: [50] },
    });
    try {
      await submit(r);
      await r.receiver.settle();
      expect(received).toHaveLength(1);
      expect(JSON.parse(received[0]!.body)).toMatchObject({ domain: 'housing', groundsCount: 1 });
    } finally {
      await r.close();
      await new Promise<void>((resolve) => flaky.close(() => resolve()));
    }
  });
});
