/**
 * The report's value lists and limits, without the schemas: what a form needs to draw its questions
 * (the roles, the wishes, the equality questions, the lengths). This module imports no zod, so code
 * that only draws questions can load it without the validation code (`./report-schema.ts`).
 */
export const REPORT_SCHEMA_VERSION = 1;

export const REPORTER_ROLES = ['victim', 'witness', 'organisation'] as const;
export type ReporterRole = (typeof REPORTER_ROLES)[number];

export const REPORT_WISHES = ['register', 'advice', 'complaint-help'] as const;
export type ReportWish = (typeof REPORT_WISHES)[number];

export const PREFER_NOT_TO_SAY = 'prefer-not-to-say';

/** Optional equality questions, asked only when the city turns them on. Every one can be declined. */
export const EQUALITY_QUESTIONS = {
  gender: ['woman', 'man', 'non-binary', 'other', PREFER_NOT_TO_SAY],
  ageGroup: ['under-18', '18-29', '30-44', '45-64', '65-plus', PREFER_NOT_TO_SAY],
  migrationBackground: ['yes', 'no', PREFER_NOT_TO_SAY],
  disability: ['yes', 'no', PREFER_NOT_TO_SAY],
} as const;
export type EqualityQuestion = keyof typeof EQUALITY_QUESTIONS;
export const EQUALITY_QUESTION_IDS = Object.keys(EQUALITY_QUESTIONS) as EqualityQuestion[];

/**
 * An area id: the city's own short name for one of its areas (a district, say), asked only when the city
 * lists its areas. Lower-case letters, digits and "-"; `unspecified` is what statistics count for
 * reports without one, so it is not an area.
 */
export const AREA_ID = /^(?!unspecified$)[a-z0-9][a-z0-9-]{0,63}$/;

/** Limits, shared by the form (maxlength) and the receivers. */
export const REPORT_LIMITS = {
  description: 5000,
  shortText: 200,
  /** An area's name, in the city's words. */
  areaLabel: 100,
  /** Areas a city can list. */
  areas: 100,
  /** Largest request body a receiver must accept, in bytes. */
  bodyBytes: 64 * 1024,
} as const;
