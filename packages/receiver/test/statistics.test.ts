// Statistics at the receiver, on a real SQLite file and a real PostgreSQL database: counters grow with
// accepted reports in their transaction and never shrink; the office publishes a period once; the
// public files are the stored publication, valid against the JSON Schema, readable from any origin.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import postgres from 'postgres';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { reportStatistics } from '@hrc/framework/seal';
import type { StatisticsDocument } from '@hrc/framework/statistics';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createReceiver, type Receiver, type ReceiverOptions } from '../src/server.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/types.js';
import {
  newDatabase,
  office,
  postReport,
  sealedReport,
  sessionKey,
  STORE_KINDS,
  validReport,
  type DatabaseHandle,
  type StoreKind,
} from './helpers.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(
  readFileSync(require.resolve('@hrc/framework/schema/statistics.schema.json'), 'utf8'),
) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

/** The receiver's clock (Date alone: timers and sockets run as usual). */
function at(iso: string): void {
  vi.setSystemTime(new Date(iso));
}

interface Setup {
  base: string;
  receiver: Receiver;
  store: Store;
  db: DatabaseHandle;
  close(): Promise<void>;
}

async function start(kind: StoreKind, options: Omit<ReceiverOptions, 'db'> = {}): Promise<Setup> {
  const db = await newDatabase(kind);
  const store = await openStore(db.location);
  const receiver = await createReceiver({
    db: store,
    token: 'office-token-for-tests-0123456789',
    rateLimit: false,
    log: () => {},
    ...options,
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    receiver,
    store,
    db,
    async close() {
      await receiver.shutdown();
      await store.close();
      await db.cleanup();
    },
  };
}

const DOMAINS = ['work', 'housing', 'education', 'police'] as const;
const GROUNDS = ['age', 'religion-or-belief', 'disability', 'sexual-orientation'] as const;

/** The i-th of a set of varied reports. */
function report(i: number) {
  return validReport({
    description: `Melding nummer ${i}`,
    when: { precision: 'month', month: 1 + (i % 12), year: 2024 },
    domain: DOMAINS[i % DOMAINS.length],
    grounds: i % 7 === 0 ? [] : [GROUNDS[i % GROUNDS.length]],
    groundUnknown: i % 7 === 0,
    role: i % 3 === 0 ? 'witness' : 'victim',
    wish: i % 2 === 0 ? 'register' : 'advice',
  });
}

const total = async (store: Store, from: string, to: string, dimension = 'reports', key = 'all') =>
  (await store.listCounters(from, to))
    .filter((c) => c.dimension === dimension && c.key === key)
    .reduce((sum, c) => sum + c.count, 0);

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterAll(() => {
  vi.useRealTimers();
});

describe.each(STORE_KINDS)('statistics (%s)', (kind) => {
  let s: Setup;
  afterEach(async () => {
    await s?.close();
  });

  it('counts each accepted report once, not refused ones or replays, and keeps the counts after retention', async () => {
    at('2025-03-10T12:00:00Z');
    s = await start(kind);
    const key = randomUUID();
    expect((await postReport(s.base, report(1), { key })).status).toBe(201);
    // The same report again with its key: the first answer, not a second count.
    const replay = await postReport(s.base, report(1), { key });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    // Refused: another report under the same key, a bot, an invalid report.
    expect((await postReport(s.base, report(2), { key })).status).toBe(422);
    expect(
      (await postReport(s.base, validReport({ antiAbuse: { honeypot: 'x', fillMs: 90_000 } }))).status,
    ).toBe(400);
    expect((await postReport(s.base, validReport({ domain: 'nowhere' }))).status).toBe(400);
    for (let i = 2; i <= 6; i++) expect((await postReport(s.base, report(i))).status).toBe(201);
    at('2025-04-02T08:00:00Z');
    for (let i = 7; i <= 9; i++) expect((await postReport(s.base, report(i))).status).toBe(201);

    expect(await s.store.countReports()).toBe(9);
    const before = await s.store.listCounters('2025-01', '2025-12');
    expect(await total(s.store, '2025-03', '2025-03')).toBe(6);
    expect(await total(s.store, '2025-04', '2025-04')).toBe(3);
    // Per report: one domain, one role, one wish, one area; at least one ground.
    for (const dimension of ['domain', 'role', 'wish', 'area']) {
      expect(before.filter((c) => c.dimension === dimension).reduce((a, c) => a + c.count, 0)).toBe(9);
    }
    expect(await total(s.store, '2025-01', '2025-12', 'domain', 'housing')).toBe(3); // reports 1, 5, 9
    expect(await total(s.store, '2025-01', '2025-12', 'ground', 'unknown')).toBe(1); // report 7
    expect(await total(s.store, '2025-01', '2025-12', 'role', 'witness')).toBe(3); // 3, 6, 9
    expect(await total(s.store, '2025-01', '2025-12', 'area', 'unspecified')).toBe(9);

    // A year and more later, retention deletes every report; the counts stay as they were.
    at('2026-05-01T00:00:00Z');
    expect(await s.receiver.sweep()).toBe(9);
    expect(await s.store.countReports()).toBe(0);
    expect(await s.store.listCounters('2025-01', '2025-12')).toEqual(before);
  });

  it('counts each report once when copies of it race each other, and the counts equal the reports', async () => {
    at('2025-03-10T12:00:00Z');
    s = await start(kind);
    const keys = Array.from({ length: 40 }, () => randomUUID());
    // Three copies of each report at once, as a form retrying on a bad connection would send them.
    const answers = await Promise.all(
      keys.flatMap((key, i) =>
        [0, 1, 2].map(async () => {
          for (let attempt = 0; attempt < 50; attempt++) {
            const res = await postReport(s.base, report(i), { key });
            await res.body?.cancel();
            if (res.status !== 409) return res.status;
            await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 50));
          }
          return 409;
        }),
      ),
    );
    expect(answers.every((status) => status === 201)).toBe(true);
    expect(await s.store.countReports()).toBe(40);
    expect(await total(s.store, '2025-03', '2025-03')).toBe(40);
    const counters = await s.store.listCounters('2025-03', '2025-03');
    for (const dimension of ['domain', 'role', 'wish', 'area']) {
      expect(counters.filter((c) => c.dimension === dimension).reduce((a, c) => a + c.count, 0)).toBe(40);
    }
  });

  it('refuses, in the database itself, to lower or delete a counter or to change a published period', async () => {
    at('2025-03-10T12:00:00Z');
    s = await start(kind);
    expect((await postReport(s.base, report(1))).status).toBe(201);
    expect(await s.store.savePeriod({ from: '2024-01', to: '2024-12', json: '{}' })).toEqual({ saved: true });
    const attempts = [
      `UPDATE statistics_counters SET count = count - 1`,
      `DELETE FROM statistics_counters`,
      `UPDATE statistics_periods SET body = '{"x":1}'`,
      `DELETE FROM statistics_periods`,
    ];
    if (kind === 'sqlite') {
      const raw = new Database(s.db.location);
      try {
        for (const sql of attempts) expect(() => raw.exec(sql)).toThrow(/statistics counters|published/);
      } finally {
        raw.close();
      }
    } else {
      const raw = postgres(s.db.location, { max: 1, onnotice: () => {} });
      try {
        for (const sql of attempts)
          await expect(raw.unsafe(sql)).rejects.toThrow(/statistics counters|published/);
      } finally {
        await raw.end();
      }
    }
    expect(await total(s.store, '2025-03', '2025-03')).toBe(1);
    expect(await s.store.listPeriods()).toEqual([{ from: '2024-01', to: '2024-12', json: '{}' }]);
  });

  it('counts a sealed report from its readable statistics, and one without them not at all', async () => {
    at('2025-06-20T09:00:00Z');
    const key = await sessionKey('office-2025');
    s = await start(kind, { officeKeys: [key.publicJwk] });
    const plain = report(3);
    const counted = await sealedReport(key, plain, {
      statistics: reportStatistics(plain as never, 'noord'),
    });
    expect((await postReport(s.base, counted)).status).toBe(201);
    expect((await postReport(s.base, await sealedReport(key, report(4)))).status).toBe(201);
    expect(await s.store.countReports()).toBe(2);
    const counters = await s.store.listCounters('2025-01', '2025-12');
    // The month received (June), not the month it happened (September 2025 in the report).
    expect(counters.map((c) => `${c.month} ${c.dimension} ${c.key} ${c.count}`).sort()).toEqual(
      [
        '2025-06 area noord 1',
        '2025-06 domain police 1',
        '2025-06 ground sexual-orientation 1',
        '2025-06 reports all 1',
        '2025-06 role witness 1',
        '2025-06 wish advice 1',
      ].sort(),
    );
  });

  it(
    'publishes a period once, serves it unchanged, and refuses what cannot be published',
    { timeout: 120_000 },
    async () => {
      at('2025-03-05T10:00:00Z');
      s = await start(kind, {
        statistics: {
          publisher: { name: 'Middelstad Anti-Discrimination Office', url: 'https://middelstad.example/' },
        },
      });
      for (let i = 0; i < 24; i++) expect((await postReport(s.base, report(i))).status).toBe(201);
      at('2025-04-05T10:00:00Z');
      for (let i = 24; i < 40; i++) expect((await postReport(s.base, report(i))).status).toBe(201);

      // Nothing published yet: a valid, empty file.
      const empty = await fetch(`${s.base}/statistics.json`);
      expect(empty.status).toBe(200);
      const emptyDoc = (await empty.json()) as StatisticsDocument;
      expect(emptyDoc.periods).toEqual([]);
      expect(validate(emptyDoc)).toBe(true);

      // The year is not over yet.
      const early = await office(s.base, '/statistics/periods', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ from: '2025-02', to: '2025-05' }),
      });
      expect(early.status).toBe(400);
      expect(await early.json()).toMatchObject({ error: 'period-not-over' });

      at('2026-01-15T09:00:00Z');
      const overview = (await (await office(s.base, '/statistics/periods')).json()) as Record<
        string,
        unknown
      >;
      expect(overview).toMatchObject({
        threshold: 5,
        published: [],
        suggested: [{ from: '2025-01', to: '2025-12' }],
        months: [
          { month: '2025-03', reports: 24 },
          { month: '2025-04', reports: 16 },
        ],
      });

      // A year takes seconds to work out; four months are enough to see every rule at work.
      const preview = await office(s.base, '/statistics/preview?from=2025-02&to=2025-05');
      expect(preview.status).toBe(200);
      const previewed = (await preview.json()) as { period: { reports: unknown }; fewer: number };
      expect(previewed.period.reports).toMatchObject({ total: 40 });
      // February has no reports: shown as fewer than 5, never as 0.
      expect(previewed.fewer).toBeGreaterThan(0);
      // A preview stores nothing.
      expect(await s.store.listPeriods()).toEqual([]);

      const published = await office(s.base, '/statistics/periods', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ from: '2025-02', to: '2025-05' }),
      });
      expect(published.status).toBe(201);
      const { period } = (await published.json()) as { period: Record<string, unknown> };
      expect(period).toMatchObject({
        from: '2025-02',
        to: '2025-05',
        threshold: 5,
        publishedAt: '2026-01-15T09:00:00.000Z',
        reports: { total: 40 },
      });
      // Empty months are "fewer than 5"; one more month is withheld so that they cannot be worked out.
      expect((period.reports as { months: unknown[] }).months).toEqual([
        { lt: 5 },
        24,
        { gte: 5 },
        { lt: 5 },
      ]);

      const res = await fetch(`${s.base}/statistics.json`, { headers: { Origin: 'https://ngo.example' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('cache-control')).toBe('public, max-age=300');
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(res.headers.get('set-cookie')).toBeNull();
      const text = await res.text();
      const doc = JSON.parse(text) as StatisticsDocument;
      expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
      expect(doc.publisher).toEqual({
        name: 'Middelstad Anti-Discrimination Office',
        url: 'https://middelstad.example/',
      });
      expect(doc.periods).toEqual([period]);

      const head = await fetch(`${s.base}/statistics.json`, { method: 'HEAD' });
      expect([head.status, head.headers.get('etag'), await head.text()]).toEqual([
        200,
        res.headers.get('etag'),
        '',
      ]);
      // Unchanged when the client already has it.
      const etag = res.headers.get('etag')!;
      const again = await fetch(`${s.base}/statistics.json`, { headers: { 'If-None-Match': etag } });
      expect(again.status).toBe(304);

      const csv = await fetch(`${s.base}/statistics.csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(csv.headers.get('access-control-allow-origin')).toBe('*');
      const lines = (await csv.text()).trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        '"period_from","period_to","table","category","month","count","fewer_than","at_least"',
      );
      expect(lines).toContain('"2025-02","2025-05","reports","","","40","",""');
      expect(lines).toContain('"2025-02","2025-05","reports","","2025-02","","5",""');

      // Published once: the same or an overlapping period again is refused, with the period it overlaps.
      for (const body of [
        { from: '2025-02', to: '2025-05' },
        { from: '2025-01', to: '2025-12' },
        { from: '2025-05', to: '2025-05' },
        { from: '2024-06', to: '2025-02' },
      ]) {
        const refused = await office(s.base, '/statistics/periods', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        expect(refused.status).toBe(409);
        expect(await refused.json()).toMatchObject({
          error: 'period-overlaps',
          overlaps: { from: '2025-02', to: '2025-05' },
        });
      }

      // More reports, even in the published months (a clock set back), leave the publication as it was.
      at('2025-03-20T10:00:00Z');
      for (let i = 40; i < 50; i++) expect((await postReport(s.base, report(i))).status).toBe(201);
      at('2026-02-01T10:00:00Z');
      for (let i = 50; i < 55; i++) expect((await postReport(s.base, report(i))).status).toBe(201);
      expect(await total(s.store, '2025-01', '2025-12')).toBe(50);
      expect(await (await fetch(`${s.base}/statistics.json`)).text()).toBe(text);
      const overviewAfter = (await (await office(s.base, '/statistics/periods')).json()) as Record<
        string,
        unknown
      >;
      expect(overviewAfter).toMatchObject({
        published: [
          { from: '2025-02', to: '2025-05', publishedAt: '2026-01-15T09:00:00.000Z', withheld: false },
        ],
        suggested: [],
      });
    },
  );

  it('answers bad requests with a reason and stores nothing from them', async () => {
    at('2026-03-01T10:00:00Z');
    s = await start(kind);
    const post = (body: string, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
      office(s.base, '/statistics/periods', { method: 'POST', headers, body });
    const cases: [Response, number, string][] = [
      [await fetch(`${s.base}/statistics/periods`), 401, 'unauthorized'],
      [await fetch(`${s.base}/statistics/preview?from=2025-01&to=2025-12`), 401, 'unauthorized'],
      [
        await post('{"from":"2025-01","to":"2025-12"}', { 'Content-Type': 'text/plain' }),
        415,
        'unsupported-media-type',
      ],
      [await post('{"from":'), 400, 'malformed-json'],
      [await post('[]'), 400, 'invalid-period'],
      [await post('{"from":"2025-1","to":"2025-12"}'), 400, 'invalid-period'],
      [await post('{"from":"2025-12","to":"2025-01"}'), 400, 'invalid-period'],
      [await post('{"from":"2010-01","to":"2025-12"}'), 400, 'invalid-period'],
      [await post('{"from":"2025-13","to":"2025-12"}'), 400, 'invalid-period'],
      [await post('{"from":2025,"to":"2025-12"}'), 400, 'invalid-period'],
      [await post('{"from":"2026-01","to":"2026-03"}'), 400, 'period-not-over'],
      [
        await post(JSON.stringify({ from: '2025-01', to: '2025-12', pad: 'x'.repeat(2000) })),
        413,
        'too-large',
      ],
      [await office(s.base, '/statistics/preview?from=2025-01'), 400, 'invalid-period'],
      [await office(s.base, '/statistics/periods', { method: 'DELETE' }), 405, 'method-not-allowed'],
      [await fetch(`${s.base}/statistics.json`, { method: 'POST', body: '{}' }), 405, 'method-not-allowed'],
      [await fetch(`${s.base}/statistics.xml`), 404, 'not-found'],
    ];
    for (const [res, status, error] of cases) {
      expect([res.status, ((await res.json()) as { error: string }).error]).toEqual([status, error]);
    }
    expect(await s.store.listPeriods()).toEqual([]);
  });

  it('publishes with the city’s threshold and areas', async () => {
    at('2025-05-05T10:00:00Z');
    const key = await sessionKey('office-2025');
    s = await start(kind, {
      officeKeys: [key.publicJwk],
      statistics: {
        threshold: 3,
        areas: [
          { id: 'noord', label: 'Noord' },
          { id: 'zuid', label: 'Zuid' },
        ],
      },
    });
    for (let i = 0; i < 30; i++) {
      const plain = report(i);
      const area = ['noord', 'zuid', undefined][i % 3];
      const sealed = await sealedReport(key, plain, { statistics: reportStatistics(plain as never, area) });
      expect((await postReport(s.base, sealed)).status).toBe(201);
    }
    at('2025-06-01T00:00:00Z');
    const res = await office(s.base, '/statistics/periods', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ from: '2025-05', to: '2025-05' }),
    });
    expect(res.status).toBe(201);
    const doc = (await (await fetch(`${s.base}/statistics.json`)).json()) as StatisticsDocument;
    expect(validate(doc)).toBe(true);
    expect(doc.periods[0]).toMatchObject({
      threshold: 3,
      reports: { total: 30, months: [30] },
      areas: { labels: { noord: 'Noord', zuid: 'Zuid' }, counts: { noord: 10, zuid: 10, unspecified: 10 } },
    });
  });
  it('counts a plain report under the area it names, others and unknown ids as unspecified, and refuses a malformed id', async () => {
    at('2025-07-08T09:00:00Z');
    s = await start(kind, {
      statistics: {
        threshold: 2,
        areas: [
          { id: 'noord', label: 'Noord' },
          { id: 'zuid', label: 'Zuid' },
        ],
      },
    });
    for (const area of ['noord', 'noord', 'zuid', undefined, 'gone']) {
      const body = area ? { ...report(1), area } : report(1);
      expect((await postReport(s.base, body)).status).toBe(201);
    }
    const stored = await s.store.listCounters('2025-07', '2025-07');
    const areas = Object.fromEntries(
      stored.filter((c) => c.dimension === 'area').map((c) => [c.key, c.count] as const),
    );
    // The counters keep what the report named; publishing counts ids not in the city's list as unspecified.
    expect(areas).toEqual({ noord: 2, zuid: 1, unspecified: 1, gone: 1 });
    for (const bad of ['Noord', 'unspecified', 'noord zuid', '', 7]) {
      const res = await postReport(s.base, { ...report(2), area: bad });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { fields: { path: string }[] };
      expect(body.fields.map((f) => f.path)).toContain('area');
    }
    expect(await total(s.store, '2025-07', '2025-07')).toBe(5);
    at('2025-08-01T00:00:00Z');
    const published = await office(s.base, '/statistics/periods', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ from: '2025-07', to: '2025-07' }),
    });
    expect(published.status).toBe(201);
    const text = await (await fetch(`${s.base}/statistics.json`)).text();
    expect(validate(JSON.parse(text))).toBe(true);
    // An id the city does not list is never published: it could be anything a page sent.
    expect(text).not.toContain('gone');
  });
});

describe('statistics settings', () => {
  it('refuses a wrong threshold, area or publisher address at start', async () => {
    const wrong: NonNullable<ReceiverOptions['statistics']>[] = [
      { threshold: 1 },
      { threshold: 2.5 },
      { areas: [{ id: 'Noord', label: 'Noord' }] },
      { areas: [{ id: 'unspecified', label: 'Elders' }] },
      { areas: [{ id: 'noord', label: '' }] },
      {
        areas: [
          { id: 'noord', label: 'Noord' },
          { id: 'noord', label: 'Noord 2' },
        ],
      },
      { publisher: { name: 'Bureau', url: 'javascript:alert(1)' } },
      { publisher: { name: 'Bureau', url: '/relative' } },
      { publisher: { name: '' } },
    ];
    for (const statistics of wrong) {
      await expect(createReceiver({ db: ':memory:', statistics, log: () => {} })).rejects.toThrow();
    }
  });
});
