/**
 * Office keys: a P-256 key pair whose private half lives in a file, encrypted with a key derived from a
 * passphrase (PBKDF2-SHA256, then AES-256-GCM key wrapping). Unlocking gives a CryptoKey that cannot be
 * exported: for the session, the private key can open reports but no script can read it out.
 */
import * as z from 'zod/mini';
import { type Bytes, BASE64URL, fromBase64url, toBase64url, utf8 } from './bytes.js';
import { SealError, subtle } from './errors.js';
import { P256 } from './hpke.js';
import {
  KEY_ID,
  type OfficeKey,
  type OfficePublicJwk,
  checkKeyId,
  jwkThumbprint,
  publicJwkOf,
  publicKeyBytes,
} from './keys.js';
import { isoDateTime } from '../schemas/iso.js';

/**
 * PBKDF2-HMAC-SHA256 iterations for new key files: the figure OWASP's Password Storage Cheat Sheet gives
 * for PBKDF2-HMAC-SHA256 (600,000). A key file is unlocked once a session, so the half second or so it
 * costs on an office laptop is nothing, while every guess of someone who stole the file costs as much.
 * Files state their count; opening accepts this many up to ten million, so a later kit can raise it.
 */
export const PBKDF2_ITERATIONS = 600_000;
const MAX_ITERATIONS = 10_000_000;

/** The shortest passphrase accepted for a new key file, in characters. Several random words are better. */
export const MIN_PASSPHRASE_LENGTH = 12;

export const OFFICE_KEY_FILE_TYPE = 'hrc-office-key';

const b64 = (length: number) => z.string().check(z.length(length), z.regex(BASE64URL));

export const officeKeyFileSchema = z.strictObject({
  type: z.literal(OFFICE_KEY_FILE_TYPE),
  version: z.literal(1),
  /** For whoever finds the file: what it is. */
  note: z.optional(z.string().check(z.maxLength(1000))),
  kid: z.string().check(z.regex(KEY_ID)),
  createdAt: isoDateTime(),
  publicKey: z.strictObject({
    kty: z.literal('EC'),
    crv: z.literal('P-256'),
    x: b64(43),
    y: b64(43),
    kid: z.optional(z.string()),
  }),
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.int().check(z.minimum(PBKDF2_ITERATIONS), z.maximum(MAX_ITERATIONS)),
    /** 16 random bytes. */
    salt: b64(22),
  }),
  cipher: z.strictObject({
    name: z.literal('AES-GCM'),
    /** 12 random bytes. */
    iv: b64(16),
  }),
  /** The private key as PKCS#8, encrypted with AES-256-GCM (tag included). */
  wrappedKey: z.string().check(z.minLength(1), z.maxLength(1000), z.regex(BASE64URL)),
});
export type OfficeKeyFile = z.infer<typeof officeKeyFileSchema>;

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

async function passphraseKey(passphrase: string, salt: Bytes, iterations: number, use: KeyUsage) {
  // NFC, so the same passphrase typed on another system (composed or decomposed accents) gives the same key.
  const base = await subtle().importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    [use],
  );
}

/** The wrapped private key is bound to the file's key id and public key: editing either breaks unlocking. */
const fileAad = (kid: string, jwk: OfficePublicJwk) =>
  utf8(`${OFFICE_KEY_FILE_TYPE}/v1/${kid}/${jwk.x}.${jwk.y}`);

/**
 * A key id for a new key: its creation date and the first four bytes of its JWK thumbprint in hex, e.g.
 * "2026-11-26-3fa9c01b": sorts by age, and reads aloud or off a printed sheet without ambiguity.
 */
export async function defaultKeyId(publicJwk: OfficePublicJwk, now = new Date()): Promise<string> {
  const thumbprint = fromBase64url(await jwkThumbprint(publicJwk)).subarray(0, 4);
  const hex = Array.from(thumbprint, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${now.toISOString().slice(0, 10)}-${hex}`;
}

/**
 * A new office key pair. Returns the key file to save (the private key, wrapped with `passphrase`) and the
 * public JWK (with its `kid`) to give to the pages that carry the report form. Nothing else keeps the
 * private key: lose the file or the passphrase and the reports sealed to it cannot be opened.
 */
export async function createOfficeKey(
  passphrase: string,
  options: { kid?: string; now?: Date } = {},
): Promise<{ file: OfficeKeyFile; publicJwk: OfficePublicJwk; kid: string }> {
  if (passphrase.normalize('NFC').length < MIN_PASSPHRASE_LENGTH) {
    throw new SealError('weak-passphrase', `a passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters`);
  }
  const now = options.now ?? new Date();
  const pair = await subtle().generateKey(P256, true, ['deriveBits']);
  const point = new Uint8Array(await subtle().exportKey('raw', pair.publicKey));
  const kid = checkKeyId(options.kid ?? (await defaultKeyId(publicJwkOf(point), now)));
  const publicJwk = publicJwkOf(point, kid);
  const salt = random(16);
  const iv = random(12);
  const wrappingKey = await passphraseKey(passphrase, salt, PBKDF2_ITERATIONS, 'wrapKey');
  const wrapped = await subtle().wrapKey('pkcs8', pair.privateKey, wrappingKey, {
    name: 'AES-GCM',
    iv,
    additionalData: fileAad(kid, publicJwk),
  });
  const file: OfficeKeyFile = {
    type: OFFICE_KEY_FILE_TYPE,
    version: 1,
    note:
      `The private key "${kid}" of a report office, encrypted with a passphrase. Reports sealed to this key ` +
      'can be opened only with this file and its passphrase: keep both, apart from each other.',
    kid,
    createdAt: now.toISOString(),
    publicKey: publicJwk,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64url(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64url(iv) },
    wrappedKey: toBase64url(new Uint8Array(wrapped)),
  };
  return { file, publicJwk, kid };
}

/** Unlocks a key file with its passphrase, into a private key that cannot be exported. */
export async function unlockOfficeKey(file: unknown, passphrase: string): Promise<OfficeKey> {
  const parsed = officeKeyFileSchema.safeParse(file);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join('.') || '(file)').join(', ');
    throw new SealError('invalid-key-file', `not an office key file of a known version (${where})`);
  }
  const f = parsed.data;
  const publicJwk = publicJwkOf(await publicKeyBytes(f.publicKey), f.kid);
  const unwrappingKey = await passphraseKey(
    passphrase,
    fromBase64url(f.kdf.salt),
    f.kdf.iterations,
    'unwrapKey',
  );
  try {
    const privateKey = await subtle().unwrapKey(
      'pkcs8',
      fromBase64url(f.wrappedKey),
      unwrappingKey,
      { name: 'AES-GCM', iv: fromBase64url(f.cipher.iv), additionalData: fileAad(f.kid, publicJwk) },
      P256,
      false,
      ['deriveBits'],
    );
    return { kid: f.kid, privateKey, publicJwk };
  } catch {
    throw new SealError(
      'wrong-passphrase',
      `the passphrase does not open key "${f.kid}" (or the file was changed)`,
    );
  }
}
