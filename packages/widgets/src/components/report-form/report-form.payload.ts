/**
 * From typed answers to the report payload, and from schema issues back to form fields. The rules live
 * in the shared `reportSchema`; this module only decides which answers belong to which step.
 */
import { EQUALITY_QUESTION_IDS, REPORT_SCHEMA_VERSION, createReportSchemas } from '@hrc/framework/schemas';
import type { ReportInput, ReportSchema } from '@hrc/framework/schemas';
import type { Locale } from '@hrc/framework/ids';
import type { FieldIssue, ReportDraft, ReportField, ReportStep } from './report-form.types.js';

let schema: ReportSchema | undefined;

/**
 * The shared report schema, built on first use. Building it is most of the work of loading the form,
 * and nothing needs it before the person goes on to the next step; the form builds it in a frame of
 * its own after its first render.
 */
export function reportSchema(): ReportSchema {
  return (schema ??= createReportSchemas().report);
}

export function emptyDraft(): ReportDraft {
  return {
    description: '',
    day: '',
    month: '',
    year: '',
    place: '',
    domain: '',
    grounds: [],
    groundUnknown: false,
    groundOtherChosen: false,
    groundOther: '',
    role: '',
    organisation: '',
    equality: {},
    contactKind: '',
    name: '',
    email: '',
    phone: '',
    language: '',
    wish: '',
    consent: false,
    honeypot: '',
  };
}

/** True once the person has typed or chosen anything worth warning about before leaving. */
export function hasContent(d: ReportDraft): boolean {
  return Boolean(
    d.description.trim() ||
    d.place.trim() ||
    d.day ||
    d.month ||
    d.year ||
    d.domain ||
    d.grounds.length ||
    d.groundUnknown ||
    d.groundOther.trim() ||
    d.role ||
    d.contactKind ||
    d.email ||
    d.phone ||
    d.name,
  );
}

const digits = (s: string) => /^\d{1,4}$/.test(s.trim());
const pad = (s: string, n: number) => s.trim().padStart(n, '0');
// An unanswered number stays a string so the schema reports it as missing instead of a wrong value.
const num = (s: string): number | string => (digits(s) ? Number(s.trim()) : s.trim());

/** The date as the schema wants it: a day when the day is given, else month and year ("roughly"). */
function when(d: ReportDraft): unknown {
  if (!d.day.trim()) return { precision: 'month', month: num(d.month), year: num(d.year) };
  const ok = digits(d.day) && digits(d.month) && /^\d{4}$/.test(d.year.trim());
  return {
    precision: 'day',
    date: ok ? `${d.year.trim()}-${pad(d.month, 2)}-${pad(d.day, 2)}` : `${d.year}-${d.month}-${d.day}`,
  };
}

/** The payload as it would be sent now. Unanswered choices are left for the schema to report. */
export function toPayload(
  d: ReportDraft,
  locale: Locale,
  meta: { sentAt: string; fillMs: number },
): ReportInput {
  const opt = (s: string) => (s.trim() ? s.trim() : undefined);
  const equality = Object.fromEntries(
    EQUALITY_QUESTION_IDS.filter((q) => d.equality[q]).map((q) => [q, d.equality[q]]),
  );
  const payload: Record<string, unknown> = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    locale,
    description: d.description,
    when: when(d),
    place: opt(d.place),
    domain: d.domain,
    grounds: d.grounds,
    groundUnknown: d.groundUnknown,
    groundOther: d.groundOtherChosen ? opt(d.groundOther) : undefined,
    role: d.role,
    organisation: d.role === 'organisation' ? opt(d.organisation) : undefined,
    equality: Object.keys(equality).length ? equality : undefined,
    contact:
      d.contactKind === 'contact'
        ? {
            kind: 'contact',
            name: opt(d.name),
            email: opt(d.email),
            phone: opt(d.phone),
            language: opt(d.language),
          }
        : { kind: d.contactKind },
    wish: d.wish,
    consent: d.consent,
    sentAt: meta.sentAt,
    antiAbuse: { honeypot: d.honeypot, fillMs: Math.max(0, Math.round(meta.fillMs)) },
  };
  // Leave optional keys out rather than sending `undefined` (JSON drops them anyway; the schema is strict).
  for (const k of Object.keys(payload)) if (payload[k] === undefined) delete payload[k];
  const contact = payload.contact as Record<string, unknown>;
  for (const k of Object.keys(contact)) if (contact[k] === undefined) delete contact[k];
  return payload as ReportInput;
}

const STEP_KEYS: Record<Exclude<ReportStep, 'check'>, string[]> = {
  what: ['description', 'when', 'place', 'domain'],
  why: ['grounds', 'groundUnknown', 'groundOther'],
  who: ['role', 'organisation', 'equality'],
  contact: ['contact', 'wish'],
};

/**
 * Valid stand-ins for the answers of other steps. Object-level rules (at least one ground, contact for
 * advice) only run once the rest of the object is valid, so a step is checked with the others filled in.
 */
const FILLER: Record<string, unknown> = {
  description: 'x',
  when: { precision: 'month', month: 1, year: 2000 },
  domain: 'other',
  grounds: [],
  groundUnknown: true,
  role: 'victim',
  contact: { kind: 'anonymous' },
  wish: 'register',
  consent: true,
};

export function fieldOfPath(path: readonly PropertyKey[]): ReportField {
  const [head, sub] = path.map(String);
  switch (head) {
    case 'description':
    case 'place':
    case 'domain':
    case 'role':
    case 'organisation':
    case 'wish':
    case 'consent':
      return head;
    case 'when':
      return sub === 'month' ? 'when-month' : sub === 'year' ? 'when-year' : 'when-day';
    case 'grounds':
    case 'groundUnknown':
      return 'grounds';
    case 'groundOther':
      return 'ground-other';
    case 'equality':
      return (EQUALITY_QUESTION_IDS as string[]).includes(sub ?? '')
        ? (`equality-${sub}` as ReportField)
        : 'report';
    case 'contact':
      return sub === 'name' || sub === 'email' || sub === 'phone' || sub === 'language'
        ? sub
        : 'contact-kind';
    default:
      return 'report';
  }
}

const FIELD_STEP = Object.fromEntries(
  Object.entries({
    what: 'description when-day when-month when-year place domain',
    why: 'grounds ground-other',
    who: 'role organisation equality-gender equality-ageGroup equality-migrationBackground equality-disability',
    contact: 'contact-kind name email phone language wish',
  }).flatMap(([step, fields]) => fields.split(' ').map((f) => [f, step])),
) as Partial<Record<ReportField, ReportStep>>;

export const stepOfField = (field: ReportField): ReportStep => FIELD_STEP[field] ?? 'check';

interface RawIssue {
  path: readonly PropertyKey[];
  code: string;
  params?: { hrc?: string } | undefined;
}

/** One issue per field (the first), in form order; day, month and year count as one date field. */
export function toFieldIssues(raw: readonly RawIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  const out: FieldIssue[] = [];
  for (const issue of raw) {
    const field = fieldOfPath(issue.path);
    const group = field.startsWith('when-') ? 'when' : field;
    if (seen.has(group)) continue;
    seen.add(group);
    out.push({ field, code: issue.params?.hrc ?? issue.code });
  }
  return out;
}

/** The problems with the answers of one step (or, for `check`, of the whole report). */
export function validate(payload: ReportInput, step: ReportStep): FieldIssue[] {
  let candidate: Record<string, unknown> = payload;
  if (step !== 'check') {
    const own = new Set(STEP_KEYS[step]);
    candidate = { ...payload };
    for (const [k, v] of Object.entries(FILLER)) if (!own.has(k)) candidate[k] = v;
    for (const k of Object.keys(STEP_KEYS).flatMap((s) => STEP_KEYS[s as keyof typeof STEP_KEYS]))
      if (!own.has(k) && !(k in FILLER)) delete candidate[k];
  }
  const result = reportSchema().safeParse(candidate);
  if (result.success) return [];
  return toFieldIssues(result.error.issues as RawIssue[]).filter(
    (i) => step === 'check' || stepOfField(i.field) === step,
  );
}
