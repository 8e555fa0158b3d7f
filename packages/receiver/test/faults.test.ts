// Faults: a thousand concurrent submissions with repeated keys, and generated bad payloads.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { reportSchema } from '@hrc/framework/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS, postReport, startReceiver, validReport, type Running } from './helpers.js';

const KEYS = 250;
const COPIES = 4;

describe.each(STORE_KINDS)('faults on %s', (kind) => {
  let r: Running;
  beforeAll(async () => {
    r = await startReceiver(kind);
  });
  afterAll(async () => r?.close());

  it(`takes ${KEYS * COPIES} submissions over ${KEYS} keys, 200 at a time: one row per key, none lost`, async () => {
    const before = await r.store.countReports();
    const keys = Array.from({ length: KEYS }, () => randomUUID());
    const bodies = new Map(
      keys.map((k, i) => [k, validReport({ description: `Gelijktijdige melding ${i}` })]),
    );
    const statuses = new Map<number, number>();
    type Key = ReturnType<typeof randomUUID>;
    // Like the form: a 409 (key in flight) is retried after its Retry-After, with the same key.
    const send = async (key: Key): Promise<string> => {
      for (let attempt = 0; attempt < 50; attempt++) {
        const res = await postReport(r.base, bodies.get(key), { key });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status === 201) return ((await res.json()) as { reference: string }).reference;
        await res.body?.cancel();
        if (res.status !== 409) throw new Error(`unexpected ${res.status}`);
        await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 50));
      }
      throw new Error('still in flight after 50 tries');
    };
    const jobs = keys.flatMap((key) => Array.from({ length: COPIES }, () => ({ key })));
    jobs.sort(() => Math.random() - 0.5);
    // 200 requests in flight at a time: enough for every key's copies to race each other, and few
    // enough that a loaded machine does not time out the connections themselves.
    const results: { key: Key; reference: string }[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 200 }, async () => {
        while (next < jobs.length) {
          const { key } = jobs[next++]!;
          results.push({ key, reference: await send(key) });
        }
      }),
    );

    expect(await r.store.countReports()).toBe(before + KEYS);
    const byKey = new Map<Key, Set<string>>();
    for (const { key, reference } of results) byKey.set(key, (byKey.get(key) ?? new Set()).add(reference));
    expect(byKey.size).toBe(KEYS);
    for (const [key, references] of byKey) {
      // Every answer for a key names the same report, and that report holds the key's payload.
      expect(references.size, key).toBe(1);
      const stored = await r.store.getReport([...references][0]!);
      expect(stored?.payload).toMatchObject({ description: bodies.get(key)!.description });
    }
    expect(statuses.get(422)).toBeUndefined();
  });

  it('answers every generated bad payload with a 4xx and stores nothing', async () => {
    const before = await r.store.countReports();
    const base = validReport();
    const fields = Object.keys(base);
    const badPayload = fc.oneof(
      // Any JSON at all (a valid report among them is astronomically unlikely; fc.pre filters it).
      fc.jsonValue(),
      // One field replaced by any value.
      fc
        .record({ field: fc.constantFrom(...fields), value: fc.jsonValue() })
        .map(({ field, value }) => ({ ...base, [field]: value })),
      // One field removed.
      fc
        .constantFrom(...fields)
        .map((field) => Object.fromEntries(Object.entries(base).filter(([k]) => k !== field))),
      // An unknown field added.
      fc
        .record({
          field: fc.string({ minLength: 1 }).filter((f) => !fields.includes(f)),
          value: fc.jsonValue(),
        })
        .map(({ field, value }) => ({ ...base, [field]: value })),
      // Filled by a bot: honeypot filled or sent too fast.
      fc
        .record({ honeypot: fc.string({ minLength: 1, maxLength: 500 }), fillMs: fc.nat() })
        .map((antiAbuse) => ({ ...base, antiAbuse })),
      fc.nat({ max: 2999 }).map((fillMs) => ({ ...base, antiAbuse: { honeypot: '', fillMs } })),
    );
    const body = fc.oneof(
      { weight: 5, arbitrary: badPayload.map((p) => JSON.stringify(p)) },
      // Not JSON at all.
      {
        weight: 1,
        arbitrary: fc.string().filter((s) => {
          try {
            JSON.parse(s);
            return false;
          } catch {
            return true;
          }
        }),
      },
    );
    const usedKeys: string[] = [];
    await fc.assert(
      fc.asyncProperty(body, async (raw) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(raw);
        } catch {
          parsed = undefined;
        }
        const valid = reportSchema.safeParse(parsed);
        fc.pre(
          !(valid.success && valid.data.antiAbuse.honeypot === '' && valid.data.antiAbuse.fillMs >= 3000),
        );
        const key = randomUUID();
        usedKeys.push(key);
        const res = await postReport(r.base, null, { key, raw });
        const answer = (await res.json()) as { error?: unknown; message?: unknown };
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(typeof answer.error).toBe('string');
        expect(typeof answer.message).toBe('string');
      }),
      { numRuns: kind === 'sqlite' ? 300 : 150 },
    );
    expect(await r.store.countReports()).toBe(before);
    // No key was kept either: each can still carry a real report.
    for (const key of usedKeys.slice(0, 20))
      expect((await postReport(r.base, validReport(), { key })).status).toBe(201);
  });
});
