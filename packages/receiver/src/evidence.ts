/**
 * Sealed reports with evidence files at the receiver (docs/sealed-reports.md, "Evidence files"). The
 * form sends one `multipart/form-data` request: a text part `report` (the envelope, JSON) and one file
 * part `evidence[]` per sealed file, in order. One request rather than the report first and the files
 * after: the receiver stores the report and its files in one transaction under one Idempotency-Key, or
 * nothing; there is never a report waiting for files, or a file without its report.
 */
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { EVIDENCE_LIMITS, EVIDENCE_PART, SEALED_EVIDENCE_SIZES } from '@hrc/framework/seal';
import { BASE_HEADERS } from './http.js';
import type { ErrorCode } from './messages.js';
import { SEALED_BODY_BYTES } from './sealed.js';
import type { StoredEnvelope } from './store/types.js';

const LARGEST_FILE = Math.max(...SEALED_EVIDENCE_SIZES);

/**
 * The largest request with files: the envelope's 96 KiB, the largest sealed file three times, and room
 * for the multipart headers and boundaries.
 */
export const EVIDENCE_BODY_BYTES = SEALED_BODY_BYTES + EVIDENCE_LIMITS.files * LARGEST_FILE + 16 * 1024;

export function isMultipart(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'multipart/form-data';
}

type Refusal = { ok: false; status: 400 | 413; code: ErrorCode };

/**
 * The text parts (`texts`, each exactly once: `report` for a report, `lookup` and `message` for a
 * follow-up message) and the sealed files of a multipart body, or why it cannot be read.
 */
export async function readMultipart<T extends string>(
  body: Buffer,
  contentType: string,
  texts: readonly T[],
): Promise<{ ok: true; texts: Record<T, string>; files: Uint8Array[] } | Refusal> {
  let form: FormData;
  try {
    // readBody's Buffer.concat is backed by a plain ArrayBuffer (never shared memory).
    form = await new Response(body as Uint8Array<ArrayBuffer>, {
      headers: { 'content-type': contentType },
    }).formData();
  } catch {
    return { ok: false, status: 400, code: 'malformed-multipart' };
  }
  const names = [...new Set([...form.keys()])];
  const values = texts.map((name) => form.getAll(name));
  const parts = form.getAll(EVIDENCE_PART);
  if (
    names.some((n) => n !== EVIDENCE_PART && !texts.includes(n as T)) ||
    values.some((v) => v.length !== 1 || typeof v[0] !== 'string') ||
    parts.some((p) => typeof p === 'string')
  ) {
    return { ok: false, status: 400, code: 'malformed-multipart' };
  }
  const files = parts as File[];
  if (files.length > EVIDENCE_LIMITS.files || files.some((f) => f.size > LARGEST_FILE)) {
    return { ok: false, status: 413, code: 'evidence-too-large' };
  }
  return {
    ok: true,
    texts: Object.fromEntries(texts.map((name, i) => [name, values[i]![0] as string])) as Record<T, string>,
    files: await Promise.all(files.map(async (f) => new Uint8Array(await f.arrayBuffer()))),
  };
}

/**
 * The files must be exactly those the envelope (of a report, or of a resident's message) lists: as many,
 * each of the size it shows. (Which ciphertext belongs to it only the office can check, against the
 * hashes inside it.)
 */
export function checkFiles(
  envelope: Pick<StoredEnvelope, 'evidence'>,
  files: readonly Uint8Array[],
): Refusal | undefined {
  const listed = envelope.evidence ?? [];
  if (listed.length !== files.length || listed.some((e, i) => e.bytes !== files[i]!.length)) {
    return { ok: false, status: 400, code: 'evidence-mismatch' };
  }
  return undefined;
}

/** The idempotency fingerprint of a report with files: the report's, and each file's SHA-256. */
export function withFiles(fingerprint: string, files: readonly Uint8Array[]): string {
  if (!files.length) return fingerprint;
  const h = createHash('sha256').update(fingerprint);
  for (const f of files) h.update(createHash('sha256').update(f).digest());
  return h.digest('base64url');
}

/**
 * Answers with one sealed file, for the office page to open in the browser: opaque bytes, never shown
 * or sniffed by a browser, never cached.
 */
export function sendSealedFile(res: ServerResponse, sealed: Uint8Array): void {
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
    'Content-Type': 'application/octet-stream',
    'Content-Disposition': 'attachment; filename="sealed-evidence.bin"',
    'Content-Length': String(sealed.length),
  });
  res.end(sealed);
}
