/**
 * The two pieces of data a badge may show: whether the guide names the city, and how many of the
 * elements that apply a published checklist marks as in place.
 */
import { GUIDE_CITIES } from '@hrc/framework/cities';
import { ELEMENT_IDS } from '@hrc/framework/ids';

/**
 * The assessment format's constants (packages/framework/src/schemas/assessment.ts), repeated because
 * importing them from there would bring zod into the bundle; the tests compare them with the originals.
 */
export const ASSESSMENT = {
  kind: 'hrc-assessment',
  /** The current version; older versions are read too (each step so far only added optional fields). */
  schemaVersion: 2,
  statuses: ['not-started', 'planned', 'in-progress', 'in-place', 'not-applicable'],
  limits: { note: 4000, shortText: 200, evidence: 20, period: 50 },
} as const;
const { limits } = ASSESSMENT;

const normalize = (name: string): string => name.normalize('NFC').trim().toLocaleLowerCase('en');

/** Whether the guide names `city` (as the kit's English or the guide's Dutch edition write it) as a human rights city. */
export function isGuideCity(city: string): boolean {
  const wanted = normalize(city);
  return (
    wanted !== '' &&
    GUIDE_CITIES.some((c) => c.status !== 'working-towards' && c.names.some((n) => normalize(n) === wanted))
  );
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalText = (v: unknown, max: number): boolean =>
  v === undefined || (typeof v === 'string' && v.length <= max);
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
const TOP_KEYS = ['kind', 'schemaVersion', 'city', 'period', 'lang', 'updatedAt', 'elements'];

function validEvidence(v: unknown): boolean {
  if (v === undefined) return true;
  return (
    Array.isArray(v) &&
    v.length <= limits.evidence &&
    v.every(
      (e) =>
        isObject(e) &&
        typeof e.label === 'string' &&
        e.label.length >= 1 &&
        e.label.length <= limits.shortText &&
        typeof e.url === 'string' &&
        /^https?:\/\/[^/\s]/.test(e.url),
    )
  );
}

function validEntry(v: unknown): boolean {
  return (
    isObject(v) &&
    (ASSESSMENT.statuses as readonly unknown[]).includes(v.status) &&
    optionalText(v.note, limits.note) &&
    optionalText(v.department, limits.shortText) &&
    (v.targetDate === undefined || (typeof v.targetDate === 'string' && DATE.test(v.targetDate))) &&
    (v.updatedAt === undefined || (typeof v.updatedAt === 'string' && DATE_TIME.test(v.updatedAt))) &&
    validEvidence(v.evidence)
  );
}

/** What the badge says about a published checklist: the checklist's own rule, in place of applicable. */
export interface StatusCount {
  /** Elements marked in place. */
  inPlace: number;
  /** Elements that apply: all 20 but those marked not applicable (unlisted ones count as not started). */
  applicable: number;
}

/**
 * The elements in place, and the elements that apply, in a published checklist; undefined when `data`
 * is not a valid assessment. A hand check of the assessment format instead of its zod schema: zod would
 * more than double the badge's weight, and the badge needs only a yes or no and two counts. The
 * component tests hold this check against `assessmentSchema` on valid and broken files. Like the
 * schema, it ignores unknown fields inside an element's entry and rejects them at the top level.
 */
export function statusCount(data: unknown): StatusCount | undefined {
  if (
    !isObject(data) ||
    data.kind !== ASSESSMENT.kind ||
    !Number.isInteger(data.schemaVersion) ||
    (data.schemaVersion as number) < 1 ||
    (data.schemaVersion as number) > ASSESSMENT.schemaVersion ||
    (data.lang !== undefined && !(typeof data.lang === 'string' && LANGUAGE_TAG.test(data.lang))) ||
    typeof data.city !== 'string' ||
    data.city.length > limits.shortText ||
    !optionalText(data.period, limits.period) ||
    (data.updatedAt !== undefined &&
      !(typeof data.updatedAt === 'string' && DATE_TIME.test(data.updatedAt))) ||
    Object.keys(data).some((k) => !TOP_KEYS.includes(k)) ||
    !isObject(data.elements)
  ) {
    return undefined;
  }
  let inPlace = 0;
  let notApplicable = 0;
  for (const [id, entry] of Object.entries(data.elements)) {
    if (!(ELEMENT_IDS as readonly string[]).includes(id) || !validEntry(entry)) return undefined;
    const status = (entry as { status: string }).status;
    if (status === 'in-place') inPlace++;
    if (status === 'not-applicable') notApplicable++;
  }
  return { inPlace, applicable: ELEMENT_IDS.length - notApplicable };
}
