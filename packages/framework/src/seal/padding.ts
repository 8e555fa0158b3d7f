/**
 * Padding before sealing, so a ciphertext's length tells only which of a few size buckets the report
 * falls into, not how long its story is. The plaintext is followed by one 0x80 byte and then zeros up to
 * the bucket (the ISO/IEC 7816-4 method): the last non-zero byte marks where the padding begins, whatever
 * bytes the plaintext holds.
 *
 * The buckets, in bytes of padded plaintext (the ciphertext is 16 bytes longer: the AES-GCM tag):
 * - 2 KiB: most reports: every field filled in and a description of about 1,000 to 1,500 Latin letters
 *   (a few hundred words);
 * - 8 KiB: long reports, up to the form's 5,000-character limit in the Latin alphabet, and about 3,500
 *   characters in Cyrillic, Greek or Arabic (two bytes each);
 * - 32 KiB: the longest reports in any script;
 * - 64 KiB: the rest of what a receiver accepts unsealed (REPORT_LIMITS.bodyBytes), such as text full of
 *   characters that JSON escapes. Nothing larger is sealed.
 */
import type { Bytes } from './bytes.js';
import { SealError } from './errors.js';

export const PADDING_BUCKETS = [2048, 8192, 32768, 65536] as const;

/**
 * The plaintext padded to the smallest bucket that holds it and the 0x80 marker. Evidence files use the
 * same method with their own buckets (evidence.ts).
 */
export function pad(plaintext: Uint8Array, buckets: readonly number[] = PADDING_BUCKETS): Bytes {
  const size = buckets.find((b) => plaintext.length < b);
  if (size === undefined) {
    throw new SealError('too-large', `${plaintext.length} bytes is more than the largest bucket`);
  }
  const out = new Uint8Array(size);
  out.set(plaintext);
  out[plaintext.length] = 0x80;
  return out;
}

/** The plaintext without its padding. */
export function unpad(padded: Bytes): Bytes {
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (end < 0 || padded[end] !== 0x80) throw new SealError('unreadable', 'the padding is not valid');
  return padded.subarray(0, end);
}
