/**
 * The categories the statistics count by. Stable identifiers, like ../ids.ts: they appear in every
 * published statistics file. Add new ones at the end; never rename one.
 */
import { DOMAIN_IDS, GROUND_IDS, type DomainId, type GroundId } from '../ids.js';
import {
  REPORT_WISHES,
  REPORTER_ROLES,
  type ReportWish,
  type ReporterRole,
} from '../schemas/report-schema.js';

/**
 * Grounds as counted: the kit's grounds, then `other` (the person described a ground of their own) and
 * `unknown` (the person did not know why). Every report falls in at least one of them.
 */
export const STAT_GROUND_IDS = [...GROUND_IDS, 'other', 'unknown'] as const;
export type StatGroundId = GroundId | 'other' | 'unknown';

export const STAT_DOMAIN_IDS = DOMAIN_IDS;
export type StatDomainId = DomainId;

export const STAT_ROLE_IDS = REPORTER_ROLES;
export const STAT_WISH_IDS = REPORT_WISHES;
export type { ReporterRole, ReportWish };

/** The area count of reports whose author gave no area (or came before the city asked for one). */
export const UNSPECIFIED_AREA = 'unspecified';

/** Default threshold: counts under it are published as "fewer than 5". */
export const DEFAULT_STAT_THRESHOLD = 5;

export { MONTH, monthsBetween } from './months.js';
