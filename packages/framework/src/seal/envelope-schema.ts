/**
 * The sealed report envelope: what `<hrc-report-form>` sends instead of a report when the page gives it
 * the office's public key, and what receivers validate and store. Only what a receiver needs to route,
 * count and fend off bots is readable; the report itself, contact details included, is in `ciphertext`.
 * docs/sealed-reports.md explains the construction; dist/schema/sealed-report.schema.json is this schema
 * for PHP.
 */
import * as z from 'zod/mini';
import { DOMAIN_IDS, GROUND_IDS } from '../ids.js';
import { AREA_ID, REPORTER_ROLES, REPORT_WISHES } from '../schemas/report-schema.js';
import { SEALED_REPORT_TYPE, SEALED_SCHEMA_VERSION } from './binding.js';
import { BASE64URL } from './bytes.js';
import { sealedEvidenceListSchema } from './evidence-open.js';
import { KEY_ID } from './keys.js';
import { PADDING_BUCKETS } from './padding.js';

/** Grounds as statistics count them: the kit's grounds, plus "another ground" and "not sure" (no text). */
export const STATISTICS_GROUNDS = [...GROUND_IDS, 'other', 'unknown'] as const;
export type StatisticsGround = (typeof STATISTICS_GROUNDS)[number];

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const b64 = (length: number) => z.string().check(z.length(length), z.regex(BASE64URL));

/**
 * Coarse fields the resident agreed to have counted, readable without opening the report. Bound to the
 * ciphertext (as HPKE's additional data): the office's opening fails if a host changed them.
 */
export const sealedStatisticsSchema = z.strictObject({
  /** The month it happened (YYYY-MM). The receiver adds the time it received the report itself. */
  month: z.string().check(z.regex(MONTH)),
  domain: z.enum(DOMAIN_IDS),
  grounds: z.array(z.enum(STATISTICS_GROUNDS)).check(
    z.maxLength(STATISTICS_GROUNDS.length),
    z.refine((g) => new Set(g).size === g.length, 'duplicate ground'),
  ),
  role: z.optional(z.enum(REPORTER_ROLES)),
  wish: z.optional(z.enum(REPORT_WISHES)),
  /** An area id from the list the city configured (a district, say), when the city asks one. */
  area: z.optional(z.string().check(z.regex(AREA_ID))),
});
export type SealedStatistics = z.infer<typeof sealedStatisticsSchema>;

/**
 * What the form adds when the resident can follow the report up with a receipt (docs/follow-up.md): the
 * SHA-256 of the lookup token and the resident key's public point. Bound to the ciphertext like the
 * statistics, so the office sees at opening time if a host swapped the key its answers are sealed to.
 */
export const followUpRegistrationSchema = z.strictObject({
  verifier: b64(43),
  key: b64(87).check(z.startsWith('B')),
});

export const sealedReportSchema = z.strictObject({
  type: z.literal(SEALED_REPORT_TYPE),
  schemaVersion: z.literal(SEALED_SCHEMA_VERSION),
  /** Which office key the report is sealed to. */
  kid: z.string().check(z.regex(KEY_ID)),
  /** HPKE's encapsulated key: an uncompressed P-256 point, 65 bytes. */
  enc: b64(87),
  /** The padded report, sealed: one length per padding bucket (bucket + 16 tag bytes, in base64url). */
  ciphertext: z.union(
    PADDING_BUCKETS.map((size) => b64(Math.ceil(((size + 16) * 4) / 3))) as [
      ReturnType<typeof b64>,
      ...ReturnType<typeof b64>[],
    ],
  ),
  statistics: z.optional(sealedStatisticsSchema),
  followUp: z.optional(followUpRegistrationSchema),
  /**
   * Evidence files sent with the report (docs/sealed-reports.md, "Evidence files"): how many, and each
   * one's sealed size, which is one of a few buckets. The files travel beside the envelope.
   */
  evidence: z.optional(sealedEvidenceListSchema),
  /**
   * The report's anti-abuse signals, copied out so the receiver can still turn bots away; as with
   * unsealed reports, receivers never store them.
   */
  antiAbuse: z.optional(
    z.strictObject({
      honeypot: z.string().check(z.maxLength(500)),
      fillMs: z.int().check(z.minimum(0)),
    }),
  ),
});
export type SealedReport = z.infer<typeof sealedReportSchema>;
