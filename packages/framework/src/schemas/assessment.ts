/**
 * A city's self-assessment against the 20 elements: what `<hrc-framework-checklist>` saves, imports,
 * exports and publishes. It holds no personal data (departments, not people).
 */
import * as z from 'zod/mini';
import { ELEMENT_IDS } from '../ids.js';

export const ASSESSMENT_SCHEMA_VERSION = 1;
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

export const evidenceSchema = z.object({
  label: z.string().check(z.minLength(1), z.maxLength(ASSESSMENT_LIMITS.shortText)),
  url: z.httpUrl(),
});

export const elementAssessmentSchema = z.object({
  status: z.enum(ELEMENT_STATUSES),
  note: z.optional(z.string().check(z.maxLength(ASSESSMENT_LIMITS.note))),
  evidence: z.optional(z.array(evidenceSchema).check(z.maxLength(ASSESSMENT_LIMITS.evidence))),
  department: z.optional(z.string().check(z.maxLength(ASSESSMENT_LIMITS.shortText))),
  targetDate: z.optional(z.string().check(z.regex(ISO_DATE))),
  updatedAt: z.optional(z.iso.datetime({ offset: true })),
});

export const assessmentSchema = z.strictObject({
  kind: z.literal(ASSESSMENT_KIND),
  schemaVersion: z.literal(ASSESSMENT_SCHEMA_VERSION),
  /** The city (or municipality, region) assessed. */
  city: z.string().check(z.maxLength(ASSESSMENT_LIMITS.shortText)),
  /** The period the assessment covers, e.g. "2026". */
  period: z.optional(z.string().check(z.maxLength(50))),
  updatedAt: z.optional(z.iso.datetime({ offset: true })),
  /** Elements not listed count as not started. */
  elements: z.partialRecord(z.enum(ELEMENT_IDS), elementAssessmentSchema),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type ElementAssessment = z.infer<typeof elementAssessmentSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
