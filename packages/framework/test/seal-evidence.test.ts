// Evidence files sealed with a report (docs/sealed-reports.md, "Evidence files"): the round trip, the
// padding buckets, and the refusals: a changed file, a file swapped between two reports or between two
// places of one report, a file relabelled with another key id, and a list that does not match.
import { describe, expect, it } from 'vitest';
import { reportSchema, type ReportPayload } from '../src/schemas/index.js';
import {
  EVIDENCE_BUCKETS,
  EVIDENCE_LIMITS,
  SEALED_EVIDENCE_SIZES,
  SealError,
  openEnvelope,
  openEvidenceFile,
  sealEvidence,
  sealEvidenceFile,
  sealMessageWithEvidence,
  sealReport,
  sealedMessageSchema,
  sealedReportSchema,
  openMessage,
  splitEvidence,
  type EvidenceInput,
  type OfficeKey,
} from '../src/seal/index.js';
import { publicJwkOf } from '../src/seal/keys.js';
import { readFileSync } from 'node:fs';

const report = reportSchema.parse(
  JSON.parse(readFileSync(new URL('../examples/report.example.json', import.meta.url), 'utf8')),
) as ReportPayload;

async function sessionKey(kid: string): Promise<OfficeKey> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  const point = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { kid, privateKey: pair.privateKey, publicJwk: publicJwkOf(point, kid) };
}

const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);
const file = (name: string, n: number, fill = 7): EvidenceInput => ({
  name,
  type: 'image/png',
  data: bytes(n, fill),
});
const ID_A = '0b6c1b4e-5f0a-4c55-9b1e-3d1a2f7c9e01';
const ID_B = '7f2d9c3a-1b4e-4f6a-8c2d-5e9f0a1b3c4d';

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (e: unknown) => e,
  );
  if (!(error instanceof SealError)) throw error;
  return error.code;
}

/** A report with files, sealed as the form does it: the files first, then the report listing them. */
async function sealWithFiles(key: OfficeKey, id: string, files: EvidenceInput[]) {
  const evidence = (await sealEvidence(files, key.publicJwk, key.kid, id))!;
  const envelope = await sealReport(report, key.publicJwk, key.kid, { evidence });
  return { envelope, sealed: evidence.sealed };
}

describe('evidence files sealed with a report', () => {
  it('round trip: the envelope shows count and sealed sizes; the office opens the report, then each file', async () => {
    const key = await sessionKey('office-1');
    const files = [file('screenshot.png', 1000, 1), file('photo.png', 600_000, 2)];
    const { envelope, sealed } = await sealWithFiles(key, ID_A, files);
    expect(sealedReportSchema.safeParse(envelope).success).toBe(true);
    expect(envelope.evidence).toEqual([{ bytes: 65 + 128 * 1024 + 16 }, { bytes: 65 + 1024 * 1024 + 16 }]);
    expect(sealed.map((s) => s.length)).toEqual(envelope.evidence!.map((e) => e.bytes));

    const opened = await openEnvelope(envelope, key);
    const { report: inner, evidence } = splitEvidence(opened, envelope.evidence);
    expect(reportSchema.safeParse(inner).success).toBe(true);
    expect(evidence!.id).toBe(ID_A);
    expect(evidence!.files.map((f) => [f.name, f.type, f.bytes])).toEqual([
      ['screenshot.png', 'image/png', 1000],
      ['photo.png', 'image/png', 600_000],
    ]);
    for (const [i, f] of files.entries()) {
      const got = await openEvidenceFile(sealed[i]!, [key], envelope.kid, evidence!, i);
      expect(got.data).toEqual(f.data);
    }
  });

  it('pads each file to the smallest bucket that holds it and its marker byte; 7 MiB is the most', async () => {
    const key = await sessionKey('office-1');
    for (const [n, bucket] of [
      [1, EVIDENCE_BUCKETS[0]],
      [128 * 1024 - 1, EVIDENCE_BUCKETS[0]],
      [128 * 1024, EVIDENCE_BUCKETS[1]],
      [EVIDENCE_LIMITS.fileBytes, EVIDENCE_BUCKETS[5]],
    ] as const) {
      const { sealed } = await sealEvidenceFile(file('f.png', n), key.publicJwk, key.kid, ID_A, 0, 1);
      expect(sealed.length).toBe(65 + bucket + 16);
    }
    expect(SEALED_EVIDENCE_SIZES).toHaveLength(6);
    expect(
      await refusal(
        sealEvidenceFile(file('f.png', EVIDENCE_LIMITS.fileBytes + 1), key.publicJwk, key.kid, ID_A, 0, 1),
      ),
    ).toBe('too-large');
    expect(
      await refusal(
        sealEvidence(
          [1, 2, 3, 4].map((i) => file(`${i}.png`, 10)),
          key.publicJwk,
          key.kid,
          ID_A,
        ),
      ),
    ).toBe('too-large');
  });

  it('refuses a file changed after sealing', async () => {
    const key = await sessionKey('office-1');
    const { envelope, sealed } = await sealWithFiles(key, ID_A, [file('a.png', 5000)]);
    const { evidence } = splitEvidence(await openEnvelope(envelope, key), envelope.evidence);
    const changed = sealed[0]!.slice();
    changed[100] = changed[100]! ^ 1;
    expect(await refusal(openEvidenceFile(changed, key, envelope.kid, evidence!, 0))).toBe('unreadable');
  });

  it('refuses a file swapped in from another report, even when the report list is bypassed', async () => {
    const key = await sessionKey('office-1');
    const a = await sealWithFiles(key, ID_A, [file('a.png', 5000, 1)]);
    const b = await sealWithFiles(key, ID_B, [file('b.png', 5000, 2)]);
    const listA = splitEvidence(await openEnvelope(a.envelope, key), a.envelope.evidence).evidence!;
    const listB = splitEvidence(await openEnvelope(b.envelope, key), b.envelope.evidence).evidence!;
    // B's file under A's report: its hash is not the one A lists.
    expect(await refusal(openEvidenceFile(b.sealed[0]!, key, 'office-1', listA, 0))).toBe('unreadable');
    // Even with A's list edited to carry B's hash (a list the office would never see, since the list is
    // inside A's sealed report), HPKE's info binds the file to report B's id: it does not open.
    const forged = { ...listA, files: [{ ...listA.files[0]!, sha256: listB.files[0]!.sha256 }] };
    expect(await refusal(openEvidenceFile(b.sealed[0]!, key, 'office-1', forged, 0))).toBe('unreadable');
  });

  it('refuses files swapped between places of one report, and a relabelled key id', async () => {
    const key = await sessionKey('office-1');
    const other = {
      ...(await sessionKey('office-2')),
      privateKey: key.privateKey,
      publicJwk: { ...key.publicJwk, kid: 'office-2' },
    };
    const { envelope, sealed } = await sealWithFiles(key, ID_A, [
      file('a.png', 5000, 1),
      file('b.png', 5000, 2),
    ]);
    const list = splitEvidence(await openEnvelope(envelope, key), envelope.evidence).evidence!;
    const swapped = { ...list, files: [list.files[1]!, list.files[0]!] };
    expect(await refusal(openEvidenceFile(sealed[1]!, key, 'office-1', swapped, 0))).toBe('unreadable');
    // The same private key under another key id: the info names the kid, so it does not open.
    expect(await refusal(openEvidenceFile(sealed[0]!, [other], 'office-2', list, 0))).toBe('unreadable');
    expect(await refusal(openEvidenceFile(sealed[0]!, [key], 'office-3', list, 0))).toBe('unknown-key');
  });

  it('notices a file left out or added: the envelope and the sealed list must agree', async () => {
    const key = await sessionKey('office-1');
    const { envelope } = await sealWithFiles(key, ID_A, [file('a.png', 10), file('b.png', 10)]);
    const opened = await openEnvelope(envelope, key);
    expect(() => splitEvidence(opened, envelope.evidence!.slice(1))).toThrow(/lists 2 files, the envelope 1/);
    const plain = await sealReport(report, key.publicJwk, key.kid);
    expect(() => splitEvidence(report, [{ bytes: SEALED_EVIDENCE_SIZES[0]! }])).toThrow(SealError);
    expect(splitEvidence(await openEnvelope(plain, key), plain.evidence).evidence).toBeUndefined();
  });

  it('the envelope schema allows only bucket sizes and at most three files', async () => {
    const key = await sessionKey('office-1');
    const { envelope } = await sealWithFiles(key, ID_A, [file('a.png', 10)]);
    expect(sealedReportSchema.safeParse({ ...envelope, evidence: [{ bytes: 1234 }] }).success).toBe(false);
    expect(sealedReportSchema.safeParse({ ...envelope, evidence: [] }).success).toBe(false);
    const four = Array.from({ length: 4 }, () => ({ bytes: SEALED_EVIDENCE_SIZES[0] }));
    expect(sealedReportSchema.safeParse({ ...envelope, evidence: four }).success).toBe(false);
    expect(
      sealedReportSchema.safeParse({
        ...envelope,
        evidence: [{ bytes: SEALED_EVIDENCE_SIZES[0], name: 'x' }],
      }).success,
    ).toBe(false);
  });
});

describe('a follow-up message with evidence files', () => {
  it('lists its files inside the sealed message and their sealed sizes outside; the office opens both', async () => {
    const key = await sessionKey('office-2026');
    const { message, sealed } = await sealMessageWithEvidence(
      'See the photo.',
      [file('door.png', 3000), file('letter.pdf', 100, 9)],
      key.publicJwk,
      key.kid,
      'HRC-2222-3333',
      ID_A,
    );
    expect(sealedMessageSchema.safeParse(message).success).toBe(true);
    expect(message.evidence).toEqual(sealed.map((f) => ({ bytes: f.length })));
    const opened = await openMessage(message, 'HRC-2222-3333', { to: 'office', keys: key });
    expect(opened.text).toBe('See the photo.');
    const { evidence } = splitEvidence(opened, message.evidence);
    expect(evidence!.id).toBe(`message-${ID_A}`);
    const { data, entry } = await openEvidenceFile(sealed[1]!, key, key.kid, evidence!, 1);
    expect(entry.name).toBe('letter.pdf');
    expect(data).toEqual(bytes(100, 9));
    // The list inside must match the sizes outside: a file dropped from the envelope is noticed.
    expect(() => splitEvidence(opened, message.evidence!.slice(0, 1))).toThrow(SealError);
    // Moved to another conversation, it does not open.
    await expect(openMessage(message, 'HRC-4444-5555', { to: 'office', keys: key })).rejects.toMatchObject({
      code: 'unreadable',
    });
  });

  it('is refused with no files, and the envelope of a message to the resident cannot list files', async () => {
    const key = await sessionKey('office-2026');
    await expect(
      sealMessageWithEvidence('x', [], key.publicJwk, key.kid, 'HRC-2222-3333', ID_A),
    ).rejects.toBeInstanceOf(SealError);
    const { message } = await sealMessageWithEvidence(
      'x',
      [file('a.png', 10)],
      key.publicJwk,
      key.kid,
      'HRC-2222-3333',
      ID_A,
    );
    expect(sealedMessageSchema.safeParse({ ...message, to: 'resident' }).success).toBe(false);
  });
});
