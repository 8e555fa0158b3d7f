/** Opening a sealed report with the office's private key: in the office's browser, or a Node tool. */
import { sealInfo, statisticsAad } from './binding.js';
import { fromBase64url, fromUtf8 } from './bytes.js';
import { sealedReportSchema } from './envelope-schema.js';
import { SealError } from './errors.js';
import { openBase } from './hpke.js';
import { type OfficeKey, publicKeyBytes } from './keys.js';
import { unpad } from './padding.js';

/**
 * The report inside `envelope`, opened with whichever of `keys` the envelope names. The result is the
 * JSON the form sealed, not yet checked: check it against the report schema before trusting it.
 * Throws a SealError: `invalid-envelope`, `unknown-key` or `unreadable` (changed after sealing, or
 * sealed to another key under the same key id).
 */
export async function openEnvelope(
  envelope: unknown,
  keys: OfficeKey | readonly OfficeKey[],
): Promise<unknown> {
  const parsed = sealedReportSchema.safeParse(envelope);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join('.') || '(envelope)').join(', ');
    throw new SealError('invalid-envelope', `not a sealed report of a known version (${where})`);
  }
  const env = parsed.data;
  const ring: readonly OfficeKey[] = Array.isArray(keys) ? keys : [keys as OfficeKey];
  const key = ring.find((k) => k.kid === env.kid);
  if (!key) {
    const known = ring.map((k) => `"${k.kid}"`).join(', ') || 'none';
    throw new SealError(
      'unknown-key',
      `the report is sealed to key "${env.kid}"; the keys unlocked here: ${known}`,
    );
  }
  let padded;
  try {
    padded = await openBase(
      fromBase64url(env.enc),
      key.privateKey,
      await publicKeyBytes(key.publicJwk),
      sealInfo(env.kid),
      statisticsAad(env.statistics),
      fromBase64url(env.ciphertext),
    );
  } catch (error) {
    if (error instanceof SealError && error.code === 'no-webcrypto') throw error;
    throw new SealError(
      'unreadable',
      `key "${key.kid}" cannot open this report: it was changed after sealing (its ciphertext, key id or ` +
        'statistics), or it was sealed to another key under the same key id',
    );
  }
  const plaintext = unpad(padded);
  try {
    return JSON.parse(fromUtf8(plaintext)) as unknown;
  } catch {
    throw new SealError('unreadable', 'the opened report is not JSON');
  }
}
