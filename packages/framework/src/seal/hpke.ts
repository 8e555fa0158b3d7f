/**
 * HPKE (RFC 9180), base and auth modes, single-shot, for one cipher suite: DHKEM(P-256, HKDF-SHA256) (0x0010),
 * HKDF-SHA256 (0x0001), AES-256-GCM (0x0002). Built on WebCrypto alone: ECDH for the KEM, HMAC for
 * HKDF's Extract and Expand (WebCrypto's HKDF does both in one step, and HPKE needs them apart), AES-GCM
 * for the AEAD. The function names follow the RFC's pseudocode so the two can be read side by side.
 */
import { type Bytes, concat, u16, utf8 } from './bytes.js';
import { subtle } from './errors.js';

const KEM_ID = 0x0010;
const KDF_ID = 0x0001;
const AEAD_ID = 0x0002;
/** Nsecret, Nh: SHA-256 output. */
const N_H = 32;
/** Nk, Nn: AES-256-GCM key and nonce. */
const N_K = 32;
const N_N = 12;
/** Npk = Nenc: an uncompressed P-256 point. */
export const N_ENC = 65;

export const P256 = { name: 'ECDH', namedCurve: 'P-256' } as const;
export const KEM_SUITE = concat(utf8('KEM'), u16(KEM_ID));
const HPKE_SUITE = concat(utf8('HPKE'), u16(KEM_ID), u16(KDF_ID), u16(AEAD_ID));
const VERSION_LABEL = utf8('HPKE-v1');
export const EMPTY = new Uint8Array(0);

async function hmac(key: Bytes, data: Bytes): Promise<Bytes> {
  // HMAC pads a short key with zeros, so an empty salt is the same as HashLen zero bytes (RFC 5869 §2.2);
  // WebCrypto refuses empty HMAC keys, so it gets the zeros.
  const k = await subtle().importKey(
    'raw',
    key.length ? key : new Uint8Array(N_H),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return new Uint8Array(await subtle().sign('HMAC', k, data));
}

/** LabeledExtract(salt, label, ikm) (RFC 9180 §4). */
export const labeledExtract = (suite: Bytes, salt: Bytes, label: string, ikm: Bytes) =>
  hmac(salt, concat(VERSION_LABEL, suite, utf8(label), ikm));

/** LabeledExpand(prk, label, info, L) (RFC 9180 §4), for L up to Nh (32): all this suite ever asks. */
export async function labeledExpand(suite: Bytes, prk: Bytes, label: string, info: Bytes, length: number) {
  const labeledInfo = concat(u16(length), VERSION_LABEL, suite, utf8(label), info);
  // HKDF-Expand's first block, T(1) = HMAC(PRK, info || 0x01), is enough for up to Nh bytes.
  return (await hmac(prk, concat(labeledInfo, new Uint8Array([1])))).slice(0, length);
}

/** DH(sk, pk): the x coordinate of the shared point. */
async function dh(sk: CryptoKey, pk: CryptoKey): Promise<Bytes> {
  return new Uint8Array(await subtle().deriveBits({ name: 'ECDH', public: pk }, sk, 256));
}

/** DeserializePublicKey: WebCrypto checks that the point is on the curve. */
export const importPublicKey = (pkm: Bytes) => subtle().importKey('raw', pkm, P256, true, []);

async function extractAndExpand(dhValue: Bytes, kemContext: Bytes) {
  const eaePrk = await labeledExtract(KEM_SUITE, EMPTY, 'eae_prk', dhValue);
  return labeledExpand(KEM_SUITE, eaePrk, 'shared_secret', kemContext, N_H);
}

/** The sender's static key in auth mode: its private key, and its serialized public key (pkSm). */
export interface SenderKey {
  privateKey: CryptoKey;
  publicKey: Bytes;
}

/**
 * Encap(pkR), or AuthEncap(pkR, skS) when `sender` is given. The ephemeral key pair is fresh unless one
 * is given (the RFC's test vectors fix it). `pkRm` is the recipient's serialized public key.
 */
export async function encap(pkRm: Bytes, ephemeral?: CryptoKeyPair, sender?: SenderKey) {
  const pkR = await importPublicKey(pkRm);
  const { privateKey, publicKey } = ephemeral ?? (await subtle().generateKey(P256, false, ['deriveBits']));
  const enc = new Uint8Array(await subtle().exportKey('raw', publicKey));
  // AuthEncap: dh = DH(skE, pkR) || DH(skS, pkR), kem_context = enc || pkRm || pkSm.
  const dhValue = sender
    ? concat(await dh(privateKey, pkR), await dh(sender.privateKey, pkR))
    : await dh(privateKey, pkR);
  const kemContext = sender ? concat(enc, pkRm, sender.publicKey) : concat(enc, pkRm);
  const sharedSecret = await extractAndExpand(dhValue, kemContext);
  return { sharedSecret, enc };
}

/**
 * Decap(enc, skR), or AuthDecap(enc, skR, pkS) when the sender's public key `pkSm` is given. The private
 * key cannot tell its public key when it is not extractable: pkRm comes along.
 */
export async function decap(enc: Bytes, skR: CryptoKey, pkRm: Bytes, pkSm?: Bytes): Promise<Bytes> {
  const pkE = await importPublicKey(enc);
  if (!pkSm) return extractAndExpand(await dh(skR, pkE), concat(enc, pkRm));
  const pkS = await importPublicKey(pkSm);
  return extractAndExpand(concat(await dh(skR, pkE), await dh(skR, pkS)), concat(enc, pkRm, pkSm));
}

/** The two modes the kit uses (RFC 9180 §5): 0x00 base, 0x02 auth. Neither has a PSK. */
export const MODE_BASE = 0x00;
export const MODE_AUTH = 0x02;

/** KeySchedule for mode_base or mode_auth (no PSK): the AEAD key and base nonce. */
export async function keySchedule(sharedSecret: Bytes, info: Bytes, mode = MODE_BASE) {
  const pskIdHash = await labeledExtract(HPKE_SUITE, EMPTY, 'psk_id_hash', EMPTY);
  const infoHash = await labeledExtract(HPKE_SUITE, EMPTY, 'info_hash', info);
  const context = concat(new Uint8Array([mode]), pskIdHash, infoHash);
  const secret = await labeledExtract(HPKE_SUITE, sharedSecret, 'secret', EMPTY);
  return {
    context,
    secret,
    key: await labeledExpand(HPKE_SUITE, secret, 'key', context, N_K),
    baseNonce: await labeledExpand(HPKE_SUITE, secret, 'base_nonce', context, N_N),
  };
}

const aesKey = (key: Bytes, use: 'encrypt' | 'decrypt') =>
  subtle().importKey('raw', key, 'AES-GCM', false, [use]);

/**
 * SealBase(pkR, info, aad, pt), single-shot: the one message uses sequence number 0, so its nonce is the
 * base nonce. Returns the encapsulated key and the ciphertext (with its 16-byte tag).
 */
export const sealBase = (pkRm: Bytes, info: Bytes, aad: Bytes, pt: Bytes, ephemeral?: CryptoKeyPair) =>
  seal(pkRm, info, aad, pt, ephemeral);

/**
 * SealAuth(pkR, info, aad, pt, skS), single-shot: as SealBase, and only the holder of the sender's
 * private key (or of the recipient's) can make a ciphertext that opens with `openAuth` and pkSm.
 */
export const sealAuth = (
  pkRm: Bytes,
  info: Bytes,
  aad: Bytes,
  pt: Bytes,
  sender: SenderKey,
  ephemeral?: CryptoKeyPair,
) => seal(pkRm, info, aad, pt, ephemeral, sender);

async function seal(
  pkRm: Bytes,
  info: Bytes,
  aad: Bytes,
  pt: Bytes,
  ephemeral?: CryptoKeyPair,
  sender?: SenderKey,
) {
  const { sharedSecret, enc } = await encap(pkRm, ephemeral, sender);
  const { key, baseNonce } = await keySchedule(sharedSecret, info, sender ? MODE_AUTH : MODE_BASE);
  const ct = await subtle().encrypt(
    { name: 'AES-GCM', iv: baseNonce, additionalData: aad },
    await aesKey(key, 'encrypt'),
    pt,
  );
  return { enc, ct: new Uint8Array(ct) };
}

/** OpenBase(enc, skR, info, aad, ct). Rejects (WebCrypto's OperationError) when anything does not match. */
export const openBase = (enc: Bytes, skR: CryptoKey, pkRm: Bytes, info: Bytes, aad: Bytes, ct: Bytes) =>
  open(enc, skR, pkRm, info, aad, ct);

/** OpenAuth(enc, skR, info, aad, ct, pkS): rejects as well when the message was not sealed with skS. */
export const openAuth = (
  enc: Bytes,
  skR: CryptoKey,
  pkRm: Bytes,
  info: Bytes,
  aad: Bytes,
  ct: Bytes,
  pkSm: Bytes,
) => open(enc, skR, pkRm, info, aad, ct, pkSm);

async function open(
  enc: Bytes,
  skR: CryptoKey,
  pkRm: Bytes,
  info: Bytes,
  aad: Bytes,
  ct: Bytes,
  pkSm?: Bytes,
) {
  const { key, baseNonce } = await keySchedule(
    await decap(enc, skR, pkRm, pkSm),
    info,
    pkSm ? MODE_AUTH : MODE_BASE,
  );
  const pt = await subtle().decrypt(
    { name: 'AES-GCM', iv: baseNonce, additionalData: aad },
    await aesKey(key, 'decrypt'),
    ct,
  );
  return new Uint8Array(pt);
}
