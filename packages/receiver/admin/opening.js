// Opening sealed reports, in this browser only, with the keys unlocked in this tab (keys.js). The
// opened report is checked against the report schema again, as a receiver checks a plain report, and
// refused with a clear reason when it does not open or is not a report. Nothing opened is stored:
// results are kept in this module's memory and dropped when the keys change.
import { openEnvelope, reportSchema, SealError, splitEvidence } from './seal.js';

export const SEALED_TYPE = 'hrc-sealed-report';
export const isSealed = (report) => report?.payload?.type === SEALED_TYPE;

const cache = new Map();

/** Forgets every opened report (after the keys changed, or on signing out). */
export function forgetOpened() {
  cache.clear();
}

/**
 * A stored report, readable: `{ state: 'plain' | 'opened', payload }` (an opened one with `evidence`, the
 * list of its sealed files, when it has any), or why not: `{ state: 'locked' }`
 * (no unlocked key for its key id), `'tampered'`, `'relabelled'` (with `actual`, the key it was really
 * sealed to), `'not-a-report'` (with `paths`), `'invalid-envelope'` or `'no-webcrypto'`.
 */
export async function openReport(report, ring) {
  if (!isSealed(report)) return { state: 'plain', payload: report.payload };
  // Valid while the unlocked keys stay the same (keys.js forgets them all on every change).
  const cacheKey = `${report.reference}\u0000${JSON.stringify(report.payload)}`;
  if (!cache.has(cacheKey)) cache.set(cacheKey, await open(report.payload, ring));
  return cache.get(cacheKey);
}

async function open(envelope, ring) {
  const kid = envelope.kid;
  let plaintext;
  try {
    plaintext = await openEnvelope(envelope, ring);
  } catch (error) {
    if (!(error instanceof SealError)) throw error;
    if (error.code === 'unknown-key') return { state: 'locked', kid };
    if (error.code === 'no-webcrypto') return { state: 'no-webcrypto', kid };
    if (error.code === 'invalid-envelope') return { state: 'invalid-envelope', kid };
    // Sealed to one of the other unlocked keys and relabelled? The key id is bound into the sealing, so
    // the envelope opens only under the id it was sealed with.
    for (const key of ring) {
      if (key.kid === kid) continue;
      try {
        await openEnvelope({ ...envelope, kid: key.kid }, [key]);
        return { state: 'relabelled', kid, actual: key.kid };
      } catch {
        // not this one
      }
    }
    return { state: 'tampered', kid };
  }
  // Files sent with the report: the sealed report lists them, and the list must match the envelope's.
  let inner, evidence;
  try {
    ({ report: inner, evidence } = splitEvidence(plaintext, envelope.evidence ?? []));
  } catch (error) {
    if (!(error instanceof SealError)) throw error;
    return { state: 'tampered', kid };
  }
  const parsed = reportSchema.safeParse(inner);
  if (!parsed.success) {
    const paths = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(report)'))];
    return { state: 'not-a-report', kid, paths };
  }
  const { antiAbuse: _antiAbuse, ...payload } = parsed.data;
  return { state: 'opened', kid, payload, evidence };
}

/** The message for a report that is not readable, in the page's words. */
export function refusal(result, t) {
  switch (result.state) {
    case 'locked':
      return t.locked(result.kid);
    case 'relabelled':
      return t.relabelled(result.kid, result.actual);
    case 'not-a-report':
      return t.notAReport(result.paths.join(', '));
    case 'invalid-envelope':
      return t.badEnvelope;
    case 'no-webcrypto':
      return t.noWebCrypto;
    default:
      return t.tampered(result.kid);
  }
}

/** A sealed report's readable fields as a plain payload (defined once, in @hrc/framework/seal). */
export { readableFields } from './seal.js';
