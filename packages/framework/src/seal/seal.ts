/**
 * Sealing a report to the office's public key, in the resident's browser. This module is all the report
 * form needs: it uses no zod and no other module that opening or key handling need.
 */
import { SEALED_REPORT_TYPE, SEALED_SCHEMA_VERSION, envelopeAad, sealInfo } from './binding.js';
import { toBase64url, utf8 } from './bytes.js';
import type { SealedReport, SealedStatistics } from './envelope-schema.js';
import type { EvidenceList } from './evidence-seal.js';
import { SealError } from './errors.js';
import type { FollowUpRegistration } from './follow-up.js';
import { sealBase } from './hpke.js';
import { checkKeyId, publicKeyBytes } from './keys.js';
import { pad } from './padding.js';

export interface SealOptions {
  /** Readable statistics, only when the resident agreed to them being counted. */
  statistics?: SealedStatistics;
  /** The verifier and resident key of a receipt (`deriveFollowUp`), when the resident can follow up. */
  followUp?: FollowUpRegistration;
  /**
   * Files sealed for this report by `sealEvidence`: their list goes inside the report, their sealed
   * sizes into the envelope.
   */
  evidence?: { list: EvidenceList; sealed: readonly Uint8Array[] };
}

/**
 * Seals `report` (any JSON value; the form passes a validated report) to the office key `publicJwk` with
 * key id `kid`. Call it once per report and resend the same envelope on every retry. The report's
 * `antiAbuse` signals, if it has them, are copied out for the receiver; everything else is only inside.
 */
export async function sealReport(
  report: unknown,
  publicJwk: unknown,
  kid: string,
  options: SealOptions = {},
): Promise<SealedReport> {
  checkKeyId(kid);
  const pkRm = await publicKeyBytes(publicJwk);
  const ownKid = (publicJwk as { kid?: unknown }).kid;
  if (ownKid !== undefined && ownKid !== kid) {
    throw new SealError('invalid-key-id', `key id "${kid}" is not the JWK's kid`);
  }
  const { statistics, evidence } = options;
  const followUp = options.followUp && { verifier: options.followUp.verifier, key: options.followUp.key };
  const inside =
    evidence && report && typeof report === 'object' ? { ...report, evidence: evidence.list } : report;
  const padded = pad(utf8(JSON.stringify(inside)));
  const { enc, ct } = await sealBase(pkRm, sealInfo(kid), envelopeAad(statistics, followUp), padded);
  const antiAbuse = (report as { antiAbuse?: SealedReport['antiAbuse'] } | null)?.antiAbuse;
  return {
    type: SEALED_REPORT_TYPE,
    schemaVersion: SEALED_SCHEMA_VERSION,
    kid,
    enc: toBase64url(enc),
    ciphertext: toBase64url(ct),
    ...(statistics ? { statistics } : {}),
    ...(followUp ? { followUp } : {}),
    ...(evidence ? { evidence: evidence.sealed.map((f) => ({ bytes: f.length })) } : {}),
    ...(antiAbuse ? { antiAbuse } : {}),
  };
}
