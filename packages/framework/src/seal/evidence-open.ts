/**
 * Evidence files at the office: the schemas of the file list (inside the sealed report) and of the
 * readable sizes (in the envelope), and opening a sealed file. evidence-seal.ts explains the binding.
 */
import * as z from 'zod/mini';
import { type Bytes, BASE64URL } from './bytes.js';
import { SealError } from './errors.js';
import {
  EVIDENCE_LIMITS,
  EVIDENCE_MEDIA_TYPES,
  EVIDENCE_REPORT_ID,
  SEALED_EVIDENCE_SIZES,
  evidenceInfo,
  sha256,
  type EvidenceEntry,
  type EvidenceList,
} from './evidence-seal.js';
import { N_ENC, openBase } from './hpke.js';
import { type OfficeKey, publicKeyBytes } from './keys.js';
import { unpad } from './padding.js';

/** What the sealed report says about one of its files (inside the ciphertext only). */
export const evidenceEntrySchema = z.strictObject({
  /** The file's name as the resident chose it (images get a new extension after re-encoding). */
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  type: z.enum(EVIDENCE_MEDIA_TYPES),
  /** The file's size in bytes, before padding. */
  bytes: z.int().check(z.minimum(1), z.maximum(EVIDENCE_LIMITS.fileBytes)),
  /** SHA-256 of the sealed file, base64url: the report vouches for exactly this ciphertext. */
  sha256: z.string().check(z.length(43), z.regex(BASE64URL)),
});

/** The `evidence` member of a sealed report's plaintext. */
export const evidenceListSchema = z.strictObject({
  id: z.string().check(z.regex(EVIDENCE_REPORT_ID)),
  files: z.array(evidenceEntrySchema).check(z.minLength(1), z.maxLength(EVIDENCE_LIMITS.files)),
});

/** The readable list in the envelope: one entry per file, with its sealed size alone. */
export const sealedEvidenceListSchema = z
  .array(
    z.strictObject({
      bytes: z.union(
        SEALED_EVIDENCE_SIZES.map((n) => z.literal(n)) as [
          z.ZodMiniLiteral<number>,
          ...z.ZodMiniLiteral<number>[],
        ],
      ),
    }),
  )
  .check(z.minLength(1), z.maxLength(EVIDENCE_LIMITS.files));

/**
 * Splits an opened report into the report and its evidence list (checked against the schema and against
 * the sizes the envelope shows, `sealedSizes`). A report without files has no `evidence` member. Throws
 * `unreadable` when the list is not valid or does not match the envelope: files were added or left out.
 */
export function splitEvidence(
  opened: unknown,
  sealedSizes: readonly { bytes: number }[] = [],
): { report: unknown; evidence: EvidenceList | undefined } {
  const has = !!opened && typeof opened === 'object' && 'evidence' in opened;
  if (!has) {
    if (sealedSizes.length) {
      throw new SealError('unreadable', 'the envelope shows files that the sealed report does not list');
    }
    return { report: opened, evidence: undefined };
  }
  const { evidence, ...report } = opened as { evidence: unknown };
  const parsed = evidenceListSchema.safeParse(evidence);
  if (!parsed.success) throw new SealError('unreadable', 'the opened report lists its files wrongly');
  if (parsed.data.files.length !== sealedSizes.length) {
    throw new SealError(
      'unreadable',
      `the sealed report lists ${parsed.data.files.length} files, the envelope ${sealedSizes.length}`,
    );
  }
  return { report, evidence: parsed.data };
}

/**
 * Opens file `index` of a report whose opened evidence list is `list` and whose envelope names key
 * `kid`. Refuses (`unreadable`) a sealed file that is not the one the report lists (another report's,
 * another place's, or changed), and (`unknown-key`) a key id none of `keys` has.
 */
export async function openEvidenceFile(
  sealed: Uint8Array,
  keys: OfficeKey | readonly OfficeKey[],
  kid: string,
  list: EvidenceList,
  index: number,
): Promise<{ entry: EvidenceEntry; data: Bytes }> {
  const entry = list.files[index];
  if (!entry) throw new SealError('invalid-envelope', `the report has no file ${index + 1}`);
  const ring: readonly OfficeKey[] = Array.isArray(keys) ? keys : [keys as OfficeKey];
  const key = ring.find((k) => k.kid === kid);
  if (!key) throw new SealError('unknown-key', `the file is sealed to key "${kid}", which is not unlocked`);
  const bytes = new Uint8Array(sealed);
  if (!SEALED_EVIDENCE_SIZES.includes(bytes.length) || (await sha256(bytes)) !== entry.sha256) {
    throw new SealError('unreadable', `file ${index + 1} is not the file this report was sealed with`);
  }
  let padded: Bytes;
  try {
    padded = await openBase(
      bytes.slice(0, N_ENC),
      key.privateKey,
      await publicKeyBytes(key.publicJwk),
      evidenceInfo(kid, list.id, index, list.files.length),
      new Uint8Array(0),
      bytes.slice(N_ENC),
    );
  } catch (error) {
    if (error instanceof SealError && error.code === 'no-webcrypto') throw error;
    throw new SealError(
      'unreadable',
      `file ${index + 1} does not open with key "${key.kid}": it was changed or moved`,
    );
  }
  const data = unpad(padded).slice();
  if (data.length !== entry.bytes) throw new SealError('unreadable', `file ${index + 1} has the wrong size`);
  return { entry, data };
}
