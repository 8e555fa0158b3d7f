/** The office's public key as a JWK, its key id, and the raw form HPKE works with. */
import { type Bytes, toBase64url, utf8 } from './bytes.js';
import { SealError, subtle } from './errors.js';
import { P256 } from './hpke.js';

/**
 * A key id: 1 to 64 letters, digits, dots, underscores and hyphens, starting with a letter or digit.
 * Safe in a file name, an HTML attribute, a URL and a log line.
 */
export const KEY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function checkKeyId(kid: unknown): string {
  if (typeof kid !== 'string' || !KEY_ID.test(kid)) {
    throw new SealError('invalid-key-id', 'a key id is 1-64 of A-Z a-z 0-9 . _ -');
  }
  return kid;
}

/** A public P-256 key as the kit passes it around: only the members that make the key, and its kid. */
export interface OfficePublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
  kid?: string;
}

/**
 * The uncompressed point (0x04 || x || y) of a P-256 public JWK. WebCrypto checks that x and y are a
 * point on the curve, so a key of another curve or kind cannot pass whatever its `kty` and `crv` say.
 * A private key is refused outright: a page that was given the office's private key by mistake must
 * not use it.
 */
export async function publicKeyBytes(jwk: unknown): Promise<Bytes> {
  const s = subtle();
  const j = (typeof jwk === 'object' && jwk) || {};
  if (!('d' in j) && 'x' in j && 'y' in j) {
    try {
      const key = await s.importKey(
        'jwk',
        { kty: 'EC', crv: 'P-256', x: j.x, y: j.y } as JsonWebKey,
        P256,
        true,
        [],
      );
      return new Uint8Array(await s.exportKey('raw', key));
    } catch {
      // refused below
    }
  }
  throw new SealError('invalid-public-key', 'expected a P-256 public key as a JWK');
}

/** The JWK of an uncompressed P-256 point. */
export function publicJwkOf(point: Uint8Array, kid?: string): OfficePublicJwk {
  return {
    kty: 'EC',
    crv: 'P-256',
    x: toBase64url(point.subarray(1, 33)),
    y: toBase64url(point.subarray(33, 65)),
    ...(kid ? { kid } : {}),
  };
}

/** The JWK thumbprint (RFC 7638, SHA-256, base64url): the same for the same key, whatever else the JWK holds. */
export async function jwkThumbprint(jwk: unknown): Promise<string> {
  const { crv, kty, x, y } = publicJwkOf(await publicKeyBytes(jwk));
  const canonical = JSON.stringify({ crv, kty, x, y });
  return toBase64url(new Uint8Array(await subtle().digest('SHA-256', utf8(canonical))));
}

/** An office key unlocked for this session: the private key cannot be exported, only used. */
export interface OfficeKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: OfficePublicJwk;
}
