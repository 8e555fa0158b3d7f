/**
 * What a receipt is turned into, in the browser (docs/follow-up.md). The receipt is stretched once with
 * PBKDF2-HMAC-SHA256 (600,000 rounds, in WebCrypto); HKDF then splits the result into two unrelated
 * values:
 *
 * - the **lookup token**, sent to the receiver to find the conversation. The receiver keeps only its
 *   SHA-256, the **verifier**: a stolen database gives neither the token nor the receipt, and every
 *   guess at a receipt costs the full PBKDF2;
 * - the **resident key**, a P-256 key pair (RFC 9180 DeriveKeyPair), to which the office seals its
 *   messages. Its public half goes to the receiver with the report; its private half exists only in the
 *   resident's browser, re-made from the receipt each visit.
 *
 * The receiver never sees the receipt or the stretched secret, so it can read neither the resident's
 * messages (sealed to the office) nor the office's (sealed to the resident key).
 */
import { type Bytes, concat, fromBase64url, toBase64url, utf8 } from './bytes.js';
import { deriveKeyPair } from './derive.js';
import { subtle } from './errors.js';

/** PBKDF2 rounds for a receipt: the figure OWASP gives for PBKDF2-HMAC-SHA256, as for office key files. */
export const RECEIPT_ITERATIONS = 600_000;
/** PBKDF2's salt: fixed, so the same receipt finds its conversation anywhere; names the format's version. */
export const RECEIPT_SALT = 'hrc-follow-up/v1/receipt';
const LOOKUP_INFO = 'hrc-follow-up/v1/lookup';
const RESIDENT_KEY_INFO = 'hrc-follow-up/v1/resident-key';

/** What the form sends with a sealed report so the resident can follow it up: readable, bound to it. */
export interface FollowUpRegistration {
  /** SHA-256 of the lookup token, base64url (43 characters). */
  verifier: string;
  /** The resident key's public point (uncompressed P-256, 65 bytes), base64url (87 characters). */
  key: string;
}

export interface FollowUpKeys extends FollowUpRegistration {
  /** The lookup token, base64url (43 characters): sent on every visit, never stored by the receiver. */
  lookup: string;
  /** The resident key's private half, not extractable: opens the office's messages. */
  privateKey: CryptoKey;
}

/** SHA-256 of a lookup token's bytes, as the receiver computes it too. */
export async function verifierOf(lookup: Bytes): Promise<string> {
  return toBase64url(new Uint8Array(await subtle().digest('SHA-256', lookup)));
}

const hkdf = async (secret: CryptoKey, info: string) =>
  new Uint8Array(
    await subtle().deriveBits(
      { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8(info) },
      secret,
      256,
    ),
  );

/**
 * The lookup token, verifier and resident key of a receipt (20 ASCII digits, as `checkReceipt` gives
 * them). Takes about a second on a phone: PBKDF2 is the point.
 */
export async function deriveFollowUp(digits: string, iterations = RECEIPT_ITERATIONS): Promise<FollowUpKeys> {
  const s = subtle();
  const password = await s.importKey('raw', utf8(digits), 'PBKDF2', false, ['deriveBits']);
  const stretched = new Uint8Array(
    await s.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: utf8(RECEIPT_SALT), iterations },
      password,
      256,
    ),
  );
  const secret = await s.importKey('raw', stretched, 'HKDF', false, ['deriveBits']);
  stretched.fill(0);
  const lookup = await hkdf(secret, LOOKUP_INFO);
  const ikm = await hkdf(secret, RESIDENT_KEY_INFO);
  const { privateKey, publicJwk } = await deriveKeyPair(ikm);
  ikm.fill(0);
  const point = concat(Uint8Array.of(4), fromBase64url(publicJwk.x!), fromBase64url(publicJwk.y!));
  return {
    lookup: toBase64url(lookup),
    verifier: await verifierOf(lookup),
    key: toBase64url(point),
    privateKey,
  };
}
