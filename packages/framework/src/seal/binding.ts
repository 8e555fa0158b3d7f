/**
 * What the ciphertext is bound to, shared by sealing and opening: HPKE's `info` names the envelope's
 * type, version and key id; its additional data is the readable statistics. Changing any of them after
 * sealing makes opening fail.
 */
import { type Bytes, utf8 } from './bytes.js';
import type { SealedStatistics } from './envelope-schema.js';

export const SEALED_REPORT_TYPE = 'hrc-sealed-report';
/** The envelope's format. A new suite, new padding buckets or new statistics fields make a new version. */
export const SEALED_SCHEMA_VERSION = 1;

export const sealInfo = (kid: string): Bytes =>
  utf8(`${SEALED_REPORT_TYPE}/v${SEALED_SCHEMA_VERSION}/${kid}`);

/** The statistics in a fixed order (empty when there are none), so key order in the JSON does not matter. */
export function statisticsAad(s: SealedStatistics | undefined): Bytes {
  if (!s) return new Uint8Array(0);
  return utf8(JSON.stringify([s.month, s.domain, s.grounds, s.role ?? null, s.wish ?? null, s.area ?? null]));
}
