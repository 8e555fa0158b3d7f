/**
 * A city's self-assessment against the 20 elements: what `<hrc-framework-checklist>` saves, imports,
 * exports and publishes. It holds no personal data (departments, not people).
 *
 * Versions:
 * - 1: the draft shape (`schemaVersion: 1`), shipped with the data package before the checklist element.
 * - 2: the first format the checklist writes. Adds `lang`, the language the city wrote its notes,
 *   departments and link labels in, so a published view can mark that text with its own language
 *   (WCAG 3.1.2) when the page around it speaks another. Everything else is unchanged, so a version 1
 *   file becomes version 2 without loss; its `lang` stays unknown.
 */
import * as z from 'zod/mini';
import { ELEMENT_IDS } from '../ids.js';

export const ASSESSMENT_SCHEMA_VERSION = 2;
/** Marks a file as an assessment of this kit, so foreign JSON is recognised as such. */
export const ASSESSMENT_KIND = 'hrc-assessment';

/** The status scale, in order of progress; `not-applicable` stands outside the scale. */
export const ELEMENT_STATUSES = [
  'not-started',
  'planned',
  'in-progress',
  'in-place',
  'not-applicable',
] as const;
export type ElementStatus = (typeof ELEMENT_STATUSES)[number];

export const ASSESSMENT_LIMITS = {
  note: 4000,
  shortText: 200,
  evidence: 20,
} as const;

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/**
 * An ISO 8601 date and time with a zone ("2026-11-20T10:00:00.000Z", "…+01:00"). A plain pattern rather
 * than `z.iso.datetime`: the same check, at a fraction of the weight in the browser bundle.
 */
const ISO_DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
/** A BCP 47 language tag in its common shape: "nl", "en-GB", "fr-BE". */
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/**
 * A web address that opens as a page: http or https, a host name (letters of any script, digits,
 * hyphens), an optional port, then any path without spaces. A pattern rather than `z.httpUrl()`: the
 * JSON Schema then carries the very same rule for PHP and other consumers, and the browser bundle
 * stays light.
 */
export const WEB_ADDRESS =
  /^(?:https?|HTTPS?):\/\/(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)*[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?::\d{1,5})?(?:[/?#]\S*)?$/u;

export const evidenceSchema = z.object({
  label: z.string().check(z.minLength(1), z.maxLength(ASSESSMENT_LIMITS.shortText)),
  url: z.string().check(z.maxLength(2000), z.regex(WEB_ADDRESS)),
});

export const elementAssessmentSchema = z.object({
  status: z.enum(ELEMENT_STATUSES),
  note: z.optional(z.string().check(z.maxLength(ASSESSMENT_LIMITS.note))),
  evidence: z.optional(z.array(evidenceSchema).check(z.maxLength(ASSESSMENT_LIMITS.evidence))),
  department: z.optional(z.string().check(z.maxLength(ASSESSMENT_LIMITS.shortText))),
  targetDate: z.optional(z.string().check(z.regex(ISO_DATE))),
  updatedAt: z.optional(z.string().check(z.regex(ISO_DATE_TIME))),
});

export const assessmentSchema = z.strictObject({
  kind: z.literal(ASSESSMENT_KIND),
  schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
  /** The city (or municipality, region) assessed. */
  city: z.string().check(z.maxLength(ASSESSMENT_LIMITS.shortText)),
  /** The period the assessment covers, e.g. "2026". */
  period: z.optional(z.string().check(z.maxLength(50))),
  /** Language of the free text (notes, departments, link labels), as a BCP 47 tag. */
  lang: z.optional(z.string().check(z.regex(LANGUAGE_TAG))),
  updatedAt: z.optional(z.string().check(z.regex(ISO_DATE_TIME))),
  /** Elements not listed count as not started. */
  elements: z.partialRecord(z.enum(ELEMENT_IDS), elementAssessmentSchema),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type ElementAssessment = z.infer<typeof elementAssessmentSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;

/**
 * One step per version: `ASSESSMENT_MIGRATIONS[n - 1]` turns a version `n` document into version
 * `n + 1`. Steps receive documents that have not been validated yet; validation follows the last step.
 */
export const ASSESSMENT_MIGRATIONS: ReadonlyArray<(doc: Record<string, unknown>) => Record<string, unknown>> =
  [
    // 1 → 2: `lang` was added; a version 1 file does not say which language its text is in.
    (doc) => ({ ...doc, schemaVersion: 2 }),
  ];

export type MigrationResult =
  | { ok: true; doc: Record<string, unknown>; from: number }
  | { ok: false; reason: 'foreign' | 'newer' | 'unknown-version'; version?: unknown };

/**
 * Brings an assessment document of any known version up to the current one. It does not validate the
 * result: run `assessmentSchema` on `doc` afterwards. A document of a newer version is refused, never
 * guessed at, so a file written by a later kit is not damaged by an older one.
 */
export function migrateAssessment(input: unknown): MigrationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, reason: 'foreign' };
  }
  let doc = input as Record<string, unknown>;
  if (doc.kind !== ASSESSMENT_KIND) return { ok: false, reason: 'foreign' };
  const from = doc.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    return { ok: false, reason: 'unknown-version', version: from };
  }
  if (from > ASSESSMENT_SCHEMA_VERSION) return { ok: false, reason: 'newer', version: from };
  for (let v = from; v < ASSESSMENT_SCHEMA_VERSION; v++) {
    const step = ASSESSMENT_MIGRATIONS[v - 1];
    if (!step) return { ok: false, reason: 'unknown-version', version: from };
    doc = step(doc);
  }
  return { ok: true, doc, from };
}
