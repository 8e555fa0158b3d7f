/**
 * Sealed reports at the receiver (docs/sealed-reports.md): the office's public keys it is configured
 * with, telling an envelope from a plain report, and what is kept of an envelope. The receiver never
 * holds a private key and never opens a report; it checks the envelope's shape and key id, and stores
 * the ciphertext with the few readable fields.
 */
import { readFileSync } from 'node:fs';
import {
  KEY_ID,
  SEALED_REPORT_TYPE,
  publicKeyBytes,
  sealedReportSchema,
  type OfficePublicJwk,
  type SealedReport,
} from '@hrc/framework/seal';
import type { StoredEnvelope, StoredPayload } from './store/types.js';

/**
 * The largest sealed request body, in bytes. A report that fills the 64 KiB a receiver accepts unsealed
 * is padded to the 64 KiB bucket, whose ciphertext in base64url is 87,403 characters; with the other
 * fields of the envelope that stays well under 96 KiB.
 */
export const SEALED_BODY_BYTES = 96 * 1024;

/** An envelope, as the receiver tells it from a plain report: an object that names a `type`. */
export function looksSealed(input: unknown): boolean {
  return typeof input === 'object' && input !== null && !Array.isArray(input) && Object.hasOwn(input, 'type');
}

export function isStoredEnvelope(payload: StoredPayload): payload is StoredEnvelope {
  return (payload as { type?: unknown }).type === SEALED_REPORT_TYPE;
}

export type EnvelopeCheck =
  | { ok: true; envelope: StoredEnvelope; antiAbuse: SealedReport['antiAbuse'] }
  | { ok: false; issues: { path: string; code: string }[] };

/** Checks an envelope against the envelope schema; the ciphertext itself only the office can check. */
export function checkEnvelope(input: unknown): EnvelopeCheck {
  const parsed = sealedReportSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        code: issue.code,
      })),
    };
  }
  const { antiAbuse, ...envelope } = parsed.data;
  return { ok: true, envelope, antiAbuse };
}

/**
 * The office's public keys from a JWK, a list of JWKs or a JWK Set (`{ "keys": [...] }`). Each must be a
 * P-256 public key with a `kid`; key ids must differ. A private key, or an office key file (which holds
 * the private key, encrypted), is refused: a receiver must never be given one.
 */
export async function parseOfficeKeys(value: unknown): Promise<OfficePublicJwk[]> {
  const list: unknown[] = Array.isArray(value)
    ? value
    : value && typeof value === 'object' && Array.isArray((value as { keys?: unknown }).keys)
      ? (value as { keys: unknown[] }).keys
      : [value];
  const keys: OfficePublicJwk[] = [];
  for (const [i, jwk] of list.entries()) {
    const where = list.length > 1 ? `office key ${i + 1}` : 'the office key';
    const j = (jwk ?? {}) as Record<string, unknown>;
    if (j.type === 'hrc-office-key') {
      throw new Error(
        `${where} is an office key file, which holds the private key: give the receiver only the public key ` +
          '(hrc-keygen prints it, and so does the office page when it makes a key)',
      );
    }
    if (typeof jwk !== 'object' || jwk === null || 'd' in j) {
      throw new Error(`${where} is not a public key (a private key must never be given to the receiver)`);
    }
    if (typeof j.kid !== 'string' || !KEY_ID.test(j.kid)) {
      throw new Error(`${where} needs a "kid" of 1 to 64 letters, digits, ".", "_" or "-"`);
    }
    try {
      await publicKeyBytes(jwk);
    } catch {
      throw new Error(`${where} ("${j.kid}") is not a P-256 public key in JWK form`);
    }
    if (keys.some((k) => k.kid === j.kid)) throw new Error(`two office keys have the key id "${j.kid}"`);
    keys.push({ kty: 'EC', crv: 'P-256', x: j.x as string, y: j.y as string, kid: j.kid });
  }
  return keys;
}

/**
 * Office keys from the command line: inline JSON, or the name of a file that holds a JWK, a list of JWKs
 * or a JWK Set.
 */
export async function loadOfficeKeys(values: readonly string[]): Promise<OfficePublicJwk[]> {
  const all: unknown[] = [];
  for (const value of values) {
    const text = /^\s*[[{]/.test(value) ? value : readFileSync(value, 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(`--office-key ${value.length > 40 ? `${value.slice(0, 40)}…` : value} is not JSON`);
    }
    const keys = Array.isArray(json) ? json : (json as { keys?: unknown })?.keys;
    all.push(...(Array.isArray(keys) ? keys : [json]));
  }
  return parseOfficeKeys(all);
}

/** A sealed report's readable fields as a plain payload: one definition, in @hrc/framework/seal. */
export { readableFields } from '@hrc/framework/seal';
