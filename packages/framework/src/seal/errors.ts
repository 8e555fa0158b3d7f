/**
 * Why sealing or opening failed. `code` is for programs (and for choosing a localized message); `message`
 * is plain English for logs and for the office's tools.
 */
export const SEAL_ERROR_CODES = [
  /** This browser or runtime has no WebCrypto (very old browsers, or a page not served over HTTPS). */
  'no-webcrypto',
  /** The office's public key is not a P-256 public key in JWK form (or is a private key). */
  'invalid-public-key',
  /** The key id is not of the allowed form, or differs from the `kid` inside the JWK. */
  'invalid-key-id',
  /** The report is larger than the largest padding bucket. */
  'too-large',
  /** The envelope is not a sealed report of a version this code knows. */
  'invalid-envelope',
  /** The envelope names a key that is not among the keys given for opening. */
  'unknown-key',
  /**
   * Decryption failed: the envelope was changed after sealing (ciphertext, key id or statistics), or it
   * was sealed to another key under the same key id.
   */
  'unreadable',
  /** The office key file is not a key file of a version this code knows. */
  'invalid-key-file',
  /** The passphrase does not open this key file (or the file was changed). */
  'wrong-passphrase',
  /** The new passphrase is too short. */
  'weak-passphrase',
] as const;
export type SealErrorCode = (typeof SEAL_ERROR_CODES)[number];

export class SealError extends Error {
  override name = 'SealError';
  constructor(
    readonly code: SealErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** WebCrypto's SubtleCrypto, or a SealError saying it is missing. */
export function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) {
    throw new SealError('no-webcrypto', 'no WebCrypto here (an old browser, or a page not on HTTPS)');
  }
  return s;
}
