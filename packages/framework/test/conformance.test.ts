// The conformance cases (conformance/requests/*.json and conformance/sealed/requests/*.json) agree with
// the schemas every receiver and the form share: a plain report a receiver must accept is valid, and one
// it must refuse with field reasons fails with the same paths and codes; an envelope it must accept is a
// valid envelope that the test office keys really open (to a valid report), and one it must refuse as
// an envelope is not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCases, requestBody, sealedOfficeKeys } from '../conformance/run.mjs';
import { CONFORMANCE_KEY_SEEDS } from '../conformance/sealed/seeds.mjs';
import { reportSchema } from '../src/index.js';
import {
  EVIDENCE_PART,
  deriveKeyPair,
  openEnvelope,
  openEvidenceFile,
  splitEvidence,
  type EvidenceList,
  sealedReportSchema,
  sealedMessageSchema,
  openMessage,
  SEALED_REPORT_TYPE,
  type OfficeKey,
} from '../src/seal/index.js';

const cases = loadCases();
const sealedCases = loadCases('sealed');
const isEnvelope = (input: unknown) => (input as { type?: unknown } | null)?.type === SEALED_REPORT_TYPE;

async function testKeys(): Promise<OfficeKey[]> {
  return Promise.all(
    Object.entries(CONFORMANCE_KEY_SEEDS).map(async ([kid, seed]) => {
      const { privateKey, publicJwk } = await deriveKeyPair(new TextEncoder().encode(seed));
      return {
        kid,
        privateKey,
        publicJwk: { kty: 'EC', crv: 'P-256', x: publicJwk.x!, y: publicJwk.y!, kid },
      };
    }),
  );
}

describe('conformance cases', () => {
  it('are there, each with a title and steps', () => {
    expect(cases.length).toBeGreaterThan(20);
    expect(sealedCases.length).toBeGreaterThan(4);
    for (const c of [...cases, ...sealedCases]) {
      expect(c.title, c.file).toBeTruthy();
      expect(c.steps.length, c.file).toBeGreaterThan(0);
    }
  });

  it.each([...cases, ...sealedCases].map((c) => [c.file!, c] as const))(
    '%s agrees with the report and envelope schemas',
    async (_, c) => {
      const keys = await testKeys();
      for (const { request, response } of c.steps) {
        const bytes = requestBody(request);
        if (!bytes || response.status === 415 || response.status === 413) continue;
        let input: unknown;
        try {
          input = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
        } catch {
          expect(response.error).toContain('malformed-json');
          continue;
        }
        if (isEnvelope(input)) {
          const envelope = sealedReportSchema.safeParse(input);
          if (response.status === 201) {
            expect(envelope.success ? [] : envelope.error.issues).toEqual([]);
            // Real envelopes, except the one whose ciphertext is filler to reach the largest size.
            if (request.expand) continue;
            const opened = await openEnvelope(input, keys);
            expect(reportSchema.safeParse(opened).success).toBe(true);
          } else if (response.error === 'invalid-envelope') {
            expect(envelope.success).toBe(false);
          } else if (response.error === 'unknown-key' || response.error === 'rejected') {
            expect(envelope.success).toBe(true);
          }
          continue;
        }
        const result = reportSchema.safeParse(input);
        if (response.status === 201) {
          expect(result.success ? [] : result.error.issues).toEqual([]);
        } else if (response.error === 'invalid' || response.fields) {
          expect(result.success).toBe(false);
          const issues = result.success
            ? []
            : result.error.issues.map((i) => ({
                path: i.path.join('.'),
                code: (i as { params?: { hrc?: string } }).params?.hrc ?? i.code,
              }));
          for (const field of response.fields ?? []) expect(issues).toContainEqual(field);
        } else if (response.error === 'sealed-only') {
          expect(result.success).toBe(true);
        }
      }
    },
  );

  it('seal the sealed set to the keys in office-keys.json, and one case to a key not among them', async () => {
    const keys = await testKeys();
    expect(sealedOfficeKeys()).toEqual(keys.map((k) => k.publicJwk));
    const kids = sealedCases.flatMap((c) =>
      c.steps.map((s) => (s.request.body as { kid?: string } | undefined)?.kid).filter(Boolean),
    );
    expect(new Set(kids)).toEqual(new Set(['conformance-a', 'conformance-b', 'conformance-unknown']));
  });

  it('build bodies no JSON file could hold: deep nesting, invalid UTF-8, oversize', () => {
    const byFile = (name: string) => cases.find((c) => c.file!.includes(name))!.steps[0]!.request;
    const nested = requestBody(byFile('deep-nesting'))!.toString('utf8');
    expect(nested.split('{"nested":').length - 1).toBe(5000);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(requestBody(byFile('utf-8')))).toThrow();
    expect(requestBody(byFile('64-kib'))!.length).toBeGreaterThan(64 * 1024);
    const largest = JSON.parse(requestBody(byFile('envelope-over-64-kib'))!.toString('utf8')) as {
      ciphertext: string;
    };
    expect(largest.ciphertext.length).toBe(87_403);
    expect(requestBody(byFile('envelope-over-64-kib'))!.length).toBeGreaterThan(64 * 1024);
  });
});

describe('follow-up conformance cases', () => {
  const followUpCases = loadCases('follow-up');

  it.each(followUpCases.map((c) => [c.file!, c] as const))(
    '%s: accepted envelopes open and register a receipt; accepted messages open for the office',
    async (_, c) => {
      const keys = await testKeys();
      for (const { request, response } of c.steps) {
        if (response.status !== 201) continue;
        const input = request.body as Record<string, unknown>;
        if (request.at === 'follow-up') {
          expect(sealedMessageSchema.safeParse(input.message).success).toBe(true);
          const opened = await openMessage(input.message, 'HRC-CASE-CASE', { to: 'office', keys });
          expect(opened.text).toBeTruthy();
        } else {
          expect(sealedReportSchema.safeParse(input).success).toBe(true);
          expect(input.followUp).toBeDefined();
          expect(reportSchema.safeParse(await openEnvelope(input, keys)).success).toBe(true);
        }
      }
    },
  );
});

describe('evidence conformance cases', () => {
  const evidenceCases = loadCases('evidence');
  const file = (path: string) =>
    new Uint8Array(readFileSync(new URL(`../conformance/evidence/${path}`, import.meta.url)));
  type Part = { name: string; body?: unknown; file?: string; zeros?: number };
  const accepted = evidenceCases.flatMap((c) =>
    c.steps.filter((s) => s.response.status === 201 && s.response.stored === 1).map((s) => s.request),
  );

  it('are there: accepted reports with one and three files, and refusals', () => {
    expect(accepted.map((r) => (r.multipart as Part[]).length - 1).sort()).toEqual([1, 3]);
    expect(evidenceCases.length).toBeGreaterThan(5);
  });

  it('hold real sealed files: each accepted one opens at its place, and nowhere else', async () => {
    const keys = await testKeys();
    const opened: { list: EvidenceList; files: Uint8Array[]; kid: string }[] = [];
    for (const request of accepted) {
      const [report, ...parts] = request.multipart as Part[];
      const envelope = report!.body as { kid: string; evidence: { bytes: number }[] };
      expect(parts.every((p) => p.name === EVIDENCE_PART)).toBe(true);
      const { evidence } = splitEvidence(await openEnvelope(envelope, keys), envelope.evidence);
      const files = parts.map((p) => file(p.file!));
      for (const [i, sealed] of files.entries()) {
        const { data } = await openEvidenceFile(sealed, keys, envelope.kid, evidence!, i);
        expect(new TextDecoder().decode(data)).toMatch(/conformance/);
      }
      opened.push({ list: evidence!, files, kid: envelope.kid });
    }
    // A receiver cannot tell a file moved to another place or report (it holds no key); the office can.
    const [one, three] = opened.sort((a, b) => a.files.length - b.files.length);
    const refusals = [
      openEvidenceFile(three!.files[1]!, keys, three!.kid, three!.list, 0),
      openEvidenceFile(one!.files[0]!, keys, three!.kid, three!.list, 0),
      openEvidenceFile(three!.files[0]!, keys, one!.kid, one!.list, 0),
    ];
    for (const refusal of refusals) await expect(refusal).rejects.toMatchObject({ code: 'unreadable' });
  });
});

describe('follow-up evidence conformance cases', () => {
  const cases = loadCases('follow-up-evidence');
  const file = (path: string) =>
    new Uint8Array(readFileSync(new URL(`../conformance/follow-up-evidence/${path}`, import.meta.url)));
  type Part = { name: string; body?: unknown; text?: string; file?: string; zeros?: number };
  const accepted = cases.flatMap((c) =>
    c.steps
      .filter((s) => s.request.at === 'follow-up' && s.response.status === 201 && s.response.storedFiles)
      .map((s) => s.request),
  );

  it('are there: a message accepted with its files, and refusals', () => {
    expect(accepted).toHaveLength(1);
    expect(cases.length).toBeGreaterThanOrEqual(3);
  });

  it('hold a real sealed message and files: the message lists them, each opens at its place, and nowhere else', async () => {
    const keys = await testKeys();
    const parts = accepted[0]!.multipart as Part[];
    expect(parts.map((p) => p.name)).toEqual(['lookup', 'message', EVIDENCE_PART, EVIDENCE_PART]);
    const message = parts[1]!.body as { kid: string; evidence: { bytes: number }[] };
    expect(sealedMessageSchema.safeParse(message).success).toBe(true);
    const opened = await openMessage(message, 'HRC-CASE-CASE', { to: 'office', keys });
    expect(opened.text).toMatch(/letter/);
    const { evidence } = splitEvidence(opened, message.evidence);
    const files = parts.slice(2).map((p) => file(p.file!));
    for (const [i, sealed] of files.entries()) {
      const { data } = await openEvidenceFile(sealed, keys, message.kid, evidence!, i);
      expect(new TextDecoder().decode(data)).toMatch(/conformance/);
    }
    await expect(openEvidenceFile(files[1]!, keys, message.kid, evidence!, 0)).rejects.toMatchObject({
      code: 'unreadable',
    });
  });
});
