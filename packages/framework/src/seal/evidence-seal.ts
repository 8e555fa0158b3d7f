/**
 * Sealing evidence files (screenshots, photos, PDFs) sealed with a report: each file is its own HPKE message to
 * the office key, padded to a size bucket, and bound to its report and its place in the report's list.
 * docs/sealed-reports.md ("Evidence files") argues the construction. In short:
 *
 * - Each file gets its own `SealBase` (a fresh ephemeral key), with `info` =
 *   `hrc-sealed-evidence/v1/<kid>/<report id>/<index>/<count>`. The report id is a random id the form
 *   makes once per report (its Idempotency-Key); it travels only inside the sealed report. A file moved
 *   to another report, to another place in the list, or relabelled with another key id does not open.
 * - The sealed report lists the files (name, media type, size, and the SHA-256 of each sealed file), so
 *   the report in turn authenticates exactly which sealed files belong to it: a file left out, added or
 *   swapped by the host is noticed when the office opens the report.
 * - Readable to the receiver: only how many files there are and their sealed sizes (one per bucket).
 *
 * Like seal.ts, this module uses no zod: the form loads it only when a resident adds a file.
 */
import { type Bytes, concat, toBase64url, utf8 } from './bytes.js';
import { SealError, subtle } from './errors.js';
import { N_ENC, sealBase } from './hpke.js';
import { checkKeyId, publicKeyBytes } from './keys.js';
import { checkText, envelope, info, type MessageContent, type SealedMessage } from './message.js';
import { pad } from './padding.js';

export const SEALED_EVIDENCE_TYPE = 'hrc-sealed-evidence';

/**
 * What a report may carry: at most 3 files of at most 7 MiB each (after the form re-encoded images).
 * Three covers the cases offices describe (a screenshot of a message, a photo, a letter as PDF) while
 * keeping the largest request a phone must send near 25 MiB.
 */
export const EVIDENCE_LIMITS = { files: 3, fileBytes: 7 * 1024 * 1024 } as const;

/**
 * The name of each sealed file's part in the multipart request. With the brackets, PHP (which parses a
 * multipart body before any code runs, and keeps only the last of several parts of one plain name)
 * reads the files as a list, in order; every other parser reads them as parts of one name.
 */
export const EVIDENCE_PART = 'evidence[]';

/** The media types a sealed file may have: images as the form re-encodes them, and PDFs as they are. */
export const EVIDENCE_MEDIA_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type EvidenceMediaType = (typeof EVIDENCE_MEDIA_TYPES)[number];

/**
 * Padding buckets for files, in bytes of padded plaintext. Each is at most twice the one before, so
 * padding at most doubles a file (on average it adds about a third), and the sealed size tells only
 * which of six size classes a file falls in. The largest holds a 7 MiB file.
 */
export const EVIDENCE_BUCKETS = [
  128 * 1024,
  512 * 1024,
  1024 * 1024,
  2 * 1024 * 1024,
  4 * 1024 * 1024,
  8 * 1024 * 1024,
] as const;

/** The sizes a sealed file can have: `enc` (65 bytes), the padded file, and AES-GCM's 16-byte tag. */
export const SEALED_EVIDENCE_SIZES = EVIDENCE_BUCKETS.map((b) => N_ENC + b + 16);

/** The report id that binds files to their report: 1-64 letters, digits and hyphens (a UUID fits). */
export const EVIDENCE_REPORT_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;

/** What the sealed report says about one of its files (inside the ciphertext only). */
export interface EvidenceEntry {
  /** The file's name as the resident chose it (images get a new extension after re-encoding). */
  name: string;
  type: EvidenceMediaType;
  /** The file's size in bytes, before padding. */
  bytes: number;
  /** SHA-256 of the sealed file, base64url: the report vouches for exactly this ciphertext. */
  sha256: string;
}

/** The `evidence` member of a sealed report's plaintext: the report id and the files, in order. */
export interface EvidenceList {
  id: string;
  files: EvidenceEntry[];
}

export const evidenceInfo = (kid: string, reportId: string, index: number, count: number): Bytes =>
  utf8(`${SEALED_EVIDENCE_TYPE}/v1/${kid}/${reportId}/${index}/${count}`);

export const sha256 = async (bytes: Bytes) =>
  toBase64url(new Uint8Array(await subtle().digest('SHA-256', bytes)));

function checkReportId(reportId: string): void {
  if (!EVIDENCE_REPORT_ID.test(reportId)) {
    throw new SealError('invalid-key-id', 'a report id is 1-64 of A-Z a-z 0-9 -');
  }
}

/** One file to seal: its bytes as the form will send them (images already re-encoded). */
export interface EvidenceInput {
  name: string;
  type: EvidenceMediaType;
  data: Bytes;
}

/**
 * Seals file `index` of `count` for report `reportId`: `enc || ciphertext`, padded to a bucket.
 * Returns the sealed bytes and the entry the report lists for it.
 */
export async function sealEvidenceFile(
  file: EvidenceInput,
  publicJwk: unknown,
  kid: string,
  reportId: string,
  index: number,
  count: number,
): Promise<{ sealed: Bytes; entry: EvidenceEntry }> {
  checkKeyId(kid);
  checkReportId(reportId);
  if (file.data.length === 0 || file.data.length > EVIDENCE_LIMITS.fileBytes) {
    throw new SealError(
      'too-large',
      `a file of ${file.data.length} bytes cannot be sealed (1 byte to 7 MiB)`,
    );
  }
  const pkRm = await publicKeyBytes(publicJwk);
  const padded = pad(file.data, EVIDENCE_BUCKETS);
  const { enc, ct } = await sealBase(
    pkRm,
    evidenceInfo(kid, reportId, index, count),
    new Uint8Array(0),
    padded,
  );
  const sealed = concat(enc, ct);
  return {
    sealed,
    entry: {
      name: file.name.slice(0, 200) || 'file',
      type: file.type,
      bytes: file.data.length,
      sha256: await sha256(sealed),
    },
  };
}

/**
 * Seals a report together with its files: first each file, then the report with the list of the
 * files (and their ciphertexts' hashes) inside it. Returns what to send: the envelope (`evidence` lists
 * the sealed sizes) and the sealed files, in order. With no files, the report is sealed as before.
 */
export async function sealEvidence(
  files: readonly EvidenceInput[],
  publicJwk: unknown,
  kid: string,
  reportId: string,
): Promise<{ list: EvidenceList; sealed: Bytes[] } | undefined> {
  if (files.length === 0) return undefined;
  if (files.length > EVIDENCE_LIMITS.files) {
    throw new SealError('too-large', `at most ${EVIDENCE_LIMITS.files} files can be sealed with a report`);
  }
  const sealed: Bytes[] = [];
  const entries: EvidenceEntry[] = [];
  for (const [i, file] of files.entries()) {
    const one = await sealEvidenceFile(file, publicJwk, kid, reportId, i, files.length);
    sealed.push(one.sealed);
    entries.push(one.entry);
  }
  return { list: { id: reportId, files: entries }, sealed };
}

/**
 * A resident's follow-up message with evidence files (docs/follow-up.md, "Evidence files"): the files
 * sealed as a report's are, bound to the message by `message-<messageId>` (its Idempotency-Key, a UUID)
 * in place of the report id, so that no report's file opens as a message's; then the message sealed to
 * the same office key with the files' list inside it, and their sealed sizes readable in the envelope.
 * Returns the envelope and the sealed files, in order.
 */
export async function sealMessageWithEvidence(
  text: string,
  files: readonly EvidenceInput[],
  publicJwk: unknown,
  kid: string,
  reference: string,
  messageId: string,
): Promise<{ message: SealedMessage; sealed: Bytes[] }> {
  const evidence = await sealEvidence(files, publicJwk, kid, `message-${messageId}`);
  if (!evidence) throw new SealError('too-large', 'a message with files needs at least one file');
  const content: MessageContent = { text: checkText(text), evidence: evidence.list };
  const sealed = await sealBase(
    await publicKeyBytes(publicJwk),
    info('office', checkKeyId(kid)),
    utf8(reference),
    pad(utf8(JSON.stringify(content))),
  );
  const message = {
    ...envelope('office', kid, sealed),
    evidence: evidence.sealed.map((f) => ({ bytes: f.length })),
  };
  return { message, sealed: evidence.sealed };
}
