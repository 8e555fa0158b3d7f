/**
 * DeriveKeyPair for DHKEM(P-256, HKDF-SHA256) (RFC 9180 §7.1.3): the same key pair from the same input
 * keying material. WebCrypto cannot multiply a scalar by the base point, but it imports a PKCS#8 private
 * key without its public half and computes that half itself, which is the multiplication we need.
 * Used to check the RFC's test vectors, and for keys that must be re-created from a secret the person
 * keeps (such as a receipt code) rather than stored.
 */
import { type Bytes, concat } from './bytes.js';
import { subtle } from './errors.js';
import { EMPTY, KEM_SUITE, P256, labeledExpand, labeledExtract } from './hpke.js';

/** The order of the P-256 group. */
const ORDER = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

/** PKCS#8 PrivateKeyInfo for a P-256 ECPrivateKey holding only the 32-byte scalar (RFC 5915, no publicKey). */
const PKCS8_PREFIX = Uint8Array.from([
  0x30, 0x41, 0x02, 0x01, 0x00, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08,
  0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x04, 0x27, 0x30, 0x25, 0x02, 0x01, 0x01, 0x04, 0x20,
]);

const toBigInt = (bytes: Uint8Array) => bytes.reduce((n, b) => (n << 8n) | BigInt(b), 0n);

/**
 * The key pair derived from `ikm` (at least 32 bytes of secret input). The private key is not
 * extractable; `skm` (the scalar) is returned only when `withScalar` asks for it, for tests.
 */
export async function deriveKeyPair(ikm: Bytes, withScalar = false) {
  if (ikm.length < 32) throw new RangeError('DeriveKeyPair needs at least 32 bytes of input keying material');
  const dkpPrk = await labeledExtract(KEM_SUITE, EMPTY, 'dkp_prk', ikm);
  for (let counter = 0; counter < 256; counter++) {
    // The bit mask for P-256 is 0xff: every candidate byte is kept.
    const skm = await labeledExpand(KEM_SUITE, dkpPrk, 'candidate', Uint8Array.of(counter), 32);
    const sk = toBigInt(skm);
    if (sk === 0n || sk >= ORDER) continue;
    const pkcs8 = concat(PKCS8_PREFIX, skm);
    const extractable = await subtle().importKey('pkcs8', pkcs8, P256, true, ['deriveBits']);
    const jwk = await subtle().exportKey('jwk', extractable);
    const privateKey = await subtle().importKey('pkcs8', pkcs8, P256, false, ['deriveBits']);
    const publicJwk: JsonWebKey = { kty: 'EC', crv: 'P-256', x: jwk.x!, y: jwk.y! };
    return { privateKey, publicJwk, ...(withScalar ? { skm } : {}) };
  }
  throw new Error('DeriveKeyPairError');
}
