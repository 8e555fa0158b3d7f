// Sealed reports with evidence files at the receiver, on a SQLite file and a real PostgreSQL server:
// one multipart request stores the envelope and its sealed files in one transaction; the office API hands
// the files out as they came, and the office opens them; refusals (too large, too many, not matching the
// envelope, files with a plain report, a broken body) store nothing; retention deletes the files with
// their report; a replay is answered once.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SEALED_EVIDENCE_SIZES,
  openEnvelope,
  openEvidenceFile,
  sealEvidence,
  sealReport,
  splitEvidence,
  type EvidenceInput,
  type OfficeKey,
  type SealedReport,
} from '@hrc/framework/seal';
import { EVIDENCE_BODY_BYTES } from '../src/evidence.js';
import type { StoredReport } from '../src/store/types.js';
import type { SqliteStore } from '../src/store/sqlite.js';
import { STORE_KINDS, TOKEN, sessionKey, startReceiver, validReport, type Running } from './helpers.js';

const DAY = 24 * 3600_000;

/** Sealed as the form does it: the files, then the report listing them. */
async function sealWithFiles(key: OfficeKey, id: string, files: EvidenceInput[], marker = '') {
  const evidence = (await sealEvidence(files, key.publicJwk, key.kid, id))!;
  const envelope = await sealReport(
    validReport({ description: `Weigering ${marker}` }),
    key.publicJwk,
    key.kid,
    {
      evidence,
    },
  );
  return { envelope, sealed: evidence.sealed };
}

function multipart(
  envelope: unknown,
  files: readonly Uint8Array<ArrayBuffer>[],
  extra?: (f: FormData) => void,
): FormData {
  const body = new FormData();
  body.append('report', JSON.stringify(envelope));
  for (const [i, f] of files.entries()) body.append('evidence[]', new Blob([f]), `evidence-${i}`);
  extra?.(body);
  return body;
}

const post = (
  base: string,
  body: FormData | string,
  key = randomUUID(),
  headers: Record<string, string> = {},
) => fetch(`${base}/reports`, { method: 'POST', headers: { 'Idempotency-Key': key, ...headers }, body });

/**
 * One request on a connection of its own (no keep-alive), answered in full. `declared` sends a larger
 * Content-Length than the body: how a client starts an upload the receiver refuses from its headers.
 */
function raw(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: Uint8Array; declared?: number } = {},
): Promise<{ status: number; type: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = {
      ...init.headers,
      ...(init.declared ? { 'Content-Length': String(init.declared) } : {}),
    };
    const req = request(url, { method: init.method ?? 'GET', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, type: res.headers['content-type'], body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    if (init.body) req.write(init.body);
    if (!init.declared) req.end();
  });
}
const auth = { Authorization: `Bearer ${TOKEN}` };

const png = (n: number, fill: number): EvidenceInput => ({
  name: 'screenshot.png',
  type: 'image/png',
  data: new Uint8Array(n).fill(fill),
});

describe.each(STORE_KINDS)('evidence files on %s', (kind) => {
  let key: OfficeKey;
  let r: Running;
  beforeAll(async () => {
    key = await sessionKey('2026-11-26-eeee0001');
    r = await startReceiver(kind, { officeKeys: [key.publicJwk] });
  });
  afterAll(async () => {
    await r?.close();
  });

  it('stores a sealed report with its files; the office downloads and opens them', async () => {
    const id = randomUUID();
    const marker = `marker-${randomUUID()}`;
    const files = [
      png(2000, 1),
      {
        name: 'letter.pdf',
        type: 'application/pdf',
        data: new TextEncoder().encode(`%PDF-1.4 ${marker}`),
      } as EvidenceInput,
    ];
    const { envelope, sealed } = await sealWithFiles(key, id, files, marker);
    const res = await post(r.base, multipart(envelope, sealed), id);
    expect(res.status, await res.clone().text()).toBe(201);
    const { reference } = (await res.json()) as { reference: string };

    const stored = (await r.store.getReport(reference))!;
    expect(stored.payload).toMatchObject({ type: 'hrc-sealed-report', evidence: envelope.evidence });
    expect(JSON.stringify(stored)).not.toContain(marker);

    const kept: Uint8Array[] = [];
    for (const i of [0, 1]) {
      const answer = await raw(`${r.base}/reports/${reference}/evidence/${i}`, { headers: auth });
      expect(answer.status).toBe(200);
      expect(answer.type).toBe('application/octet-stream');
      const bytes = new Uint8Array(answer.body);
      expect(bytes).toEqual(sealed[i]);
      expect(Buffer.from(bytes).toString('latin1')).not.toContain(marker);
      kept.push(bytes);
    }
    if (kind === 'sqlite') {
      // Nothing readable in any file SQLite wrote: not the PDF's text, not its name.
      const file = (r.store as SqliteStore).file;
      for (const f of [file, `${file}-wal`].filter((f) => existsSync(f))) {
        const bytes = readFileSync(f).toString('latin1');
        expect(bytes).not.toContain(marker);
        expect(bytes).not.toContain('letter.pdf');
      }
    }
    expect((await raw(`${r.base}/reports/${reference}/evidence/2`, { headers: auth })).status).toBe(404);
    expect((await raw(`${r.base}/reports/${reference}/evidence/0`)).status).toBe(401);

    const { evidence } = splitEvidence(
      await openEnvelope(stored.payload, key),
      (stored.payload as SealedReport).evidence,
    );
    const pdf = await openEvidenceFile(kept[1]!, key, key.kid, evidence!, 1);
    expect(new TextDecoder().decode(pdf.data)).toBe(`%PDF-1.4 ${marker}`);
  });

  it('answers a retry of the same request once, and refuses other files under the same key', async () => {
    const id = randomUUID();
    const { envelope, sealed } = await sealWithFiles(key, id, [png(100, 3)]);
    const first = await post(r.base, multipart(envelope, sealed), id);
    expect(first.status).toBe(201);
    const again = await post(r.base, multipart(envelope, sealed), id);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    const other = sealed[0]!.slice();
    other[200] = other[200]! ^ 1;
    expect((await post(r.base, multipart(envelope, [other]), id)).status).toBe(422);
  });

  it('refuses, with a reason and storing nothing, what does not fit', async () => {
    const before = await r.store.countReports();
    const id = randomUUID();
    const { envelope, sealed } = await sealWithFiles(key, id, [png(100, 1), png(100, 2)]);
    const cases: [string, Response, number, string][] = [
      [
        'a file left out',
        await post(r.base, multipart(envelope, sealed.slice(0, 1))),
        400,
        'evidence-mismatch',
      ],
      [
        'a file added',
        await post(r.base, multipart(envelope, [...sealed, sealed[0]!])),
        400,
        'evidence-mismatch',
      ],
      [
        'a file of another size',
        await post(r.base, multipart(envelope, [sealed[0]!, new Uint8Array(SEALED_EVIDENCE_SIZES[1]!)])),
        400,
        'evidence-mismatch',
      ],
      [
        'the envelope without its files',
        await post(r.base, JSON.stringify(envelope), randomUUID(), { 'Content-Type': 'application/json' }),
        400,
        'evidence-mismatch',
      ],
      [
        'four files',
        await post(r.base, multipart(envelope, [...sealed, ...sealed])),
        413,
        'evidence-too-large',
      ],
      [
        'a file larger than the largest bucket',
        await post(r.base, multipart(envelope, [new Uint8Array(Math.max(...SEALED_EVIDENCE_SIZES) + 1)])),
        413,
        'evidence-too-large',
      ],
      [
        'a plain report with files',
        await post(r.base, multipart(validReport(), sealed)),
        400,
        'evidence-needs-seal',
      ],
      [
        'another part',
        await post(
          r.base,
          multipart(envelope, sealed, (f) => f.append('note', 'x')),
        ),
        400,
        'malformed-multipart',
      ],
      [
        'no report part',
        await post(
          r.base,
          (() => {
            const f = new FormData();
            f.append('evidence[]', new Blob([sealed[0]!]));
            return f;
          })(),
        ),
        400,
        'malformed-multipart',
      ],
      [
        'a broken body',
        await post(r.base, '--x\r\nnonsense', randomUUID(), {
          'Content-Type': 'multipart/form-data; boundary=x',
        }),
        400,
        'malformed-multipart',
      ],
    ];
    for (const [what, res, status, error] of cases) {
      const body = (await res.json()) as { error: string; message: string };
      expect([what, res.status, body.error], what).toEqual([what, status, error]);
      expect(body.message.length).toBeGreaterThan(10);
    }
    expect(await r.store.countReports()).toBe(before);
  });

  it('refuses a body over the limit with 413 from its headers, before reading it', async () => {
    const res = await raw(`${r.base}/reports`, {
      method: 'POST',
      headers: { 'Idempotency-Key': randomUUID(), 'Content-Type': 'multipart/form-data; boundary=x' },
      body: new Uint8Array(1024),
      declared: EVIDENCE_BODY_BYTES + 1,
    });
    expect(res.status).toBe(413);
    expect((JSON.parse(res.body.toString()) as { error: string }).error).toBe('evidence-too-large');
  });

  it('deletes the files with their report when retention deletes it', async () => {
    const days = await startReceiver(kind, { officeKeys: [key.publicJwk], retentionDays: 30 });
    try {
      const { envelope, sealed } = await sealWithFiles(key, randomUUID(), [png(10, 1)]);
      const { antiAbuse: _, ...payload } = envelope;
      const at = (d: number) => new Date(Date.now() - d * DAY).toISOString();
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
      for (const [k, rep] of [
        ['k-old', old],
        ['k-recent', recent],
      ] as const) {
        await days.store.claimKey(k, 'f', new Date(), 30_000);
        await days.store.saveReport(k, rep, { status: 201, body: '{}' }, { evidence: sealed });
      }
      expect(await days.store.getEvidence(old.reference, 0)).toEqual(sealed[0]);
      expect(await days.receiver.sweep()).toBe(1);
      expect(await days.store.getEvidence(old.reference, 0)).toBeUndefined();
      expect(await days.store.getEvidence(recent.reference, 0)).toEqual(sealed[0]);
    } finally {
      await days.close();
    }
  });
});
