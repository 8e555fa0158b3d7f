/** Byte helpers for sealing: base64url without padding (RFC 4648 §5), UTF-8 and concatenation. */

/** Bytes backed by a plain ArrayBuffer, as WebCrypto takes them. */
export type Bytes = Uint8Array<ArrayBuffer>;

export const utf8 = (text: string): Bytes => new TextEncoder().encode(text);

/** Strict UTF-8 decoding: bytes that are not UTF-8 throw instead of becoming U+FFFD. */
export const fromUtf8 = (bytes: Uint8Array): string =>
  new TextDecoder('utf-8', { fatal: true }).decode(bytes);

export function concat(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** I2OSP(n, 2) of RFC 8017: a big-endian two-byte length. */
export const u16 = (n: number): Bytes => new Uint8Array([n >> 8, n & 0xff]);

export function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with one argument per byte has a limit on the number of arguments.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Decodes base64url without padding; anything else (other alphabets, padding, a cut-off last group, a
 * second spelling of the same bytes) throws.
 */
export function fromBase64url(text: string): Bytes {
  if (!BASE64URL.test(text) || text.length % 4 === 1) throw new TypeError('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  // One encoding per value: leftover bits in the last character must be zero.
  if (toBase64url(out) !== text) throw new TypeError('not canonical base64url');
  return out;
}
