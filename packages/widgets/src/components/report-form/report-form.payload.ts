/**
 * From typed answers to the report payload, and from schema issues back to form fields. The rules live
 * in the shared `reportSchema`; this module only decides which answers belong to which step.
 */
import { EQUALITY_QUESTION_IDS, REPORT_SCHEMA_VERSION, createReportSchemas } from '@hrc/framework/schemas';
import type { ReportInput, ReportSchema } from '@hrc/framework/schemas';
import type { Locale } from '@hrc/framework/ids';
import type { FieldIssue, ReportDraft, ReportField, ReportStep } from './report-form.types.js';

let schemas: ReturnType<typeof createReportSchemas> | undefined;

/**
 * The shared report schema, built on first use. Building it is most of the work of loading the form,
 * and nothing needs it before the person goes on to the next step; the form builds it in a frame of
 * its own after its first render.
 */
export function reportSchema(): ReportSchema {
  return (schemas ??= createReportSchemas()).report;
}

/** The schema of the city's list of areas (the form's `areas` attribute), built with the report schema. */
export function areasSchema() {
  return (schemas ??= createReportSchemas()).areas;
}

const pad = (s: string) => s.trim().padStart(2, '0');
// An unanswered number stays a string so the schema reports it as missing instead of a wrong value.
const num = (s: string): number | string => (/^\d{1,4}$/.test(s.trim()) ? Number(s.trim()) : s.trim());

/**
 * The date as the schema wants it: a day when the day is given, else month and year ("roughly"). A day,
 * month or year that is not a number in range leaves a string that fails the schema's YYYY-MM-DD pattern.
 */
function when(d: ReportDraft): unknown {
  if (!d.day.trim()) return { precision: 'month', month: num(d.month), year: num(d.year) };
  return { precision: 'day', date: `${d.year.trim()}-${pad(d.month)}-${pad(d.day)}` };
}

/** The payload as it would be sent now. Unanswered choices are left for the schema to report. */
export function toPayload(
  d: ReportDraft,
  locale: Locale,
  meta: { sentAt: string; fillMs: number },
): ReportInput {
  const opt = (s: string) => s.trim() || undefined;
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
    area: d.area || undefined,
    consent: d.consent,
    sentAt: meta.sentAt,
    antiAbuse: { honeypot: d.honeypot, fillMs: Math.max(0, Math.round(meta.fillMs)) },
  };
  // A JSON copy: the optional answers left `undefined` above drop out, as the strict schema wants.
  return JSON.parse(JSON.stringify(payload)) as ReportInput;
}

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

/** Each form field: where its answer sits in the payload (a dot path), and its step. */
const FIELDS: readonly (readonly [path: string, field: ReportField, step: ReportStep])[] = [
  ['description', 'description', 'what'],
  ['when', 'when-day', 'what'],
  ['when.month', 'when-month', 'what'],
  ['when.year', 'when-year', 'what'],
  ['place', 'place', 'what'],
  ['domain', 'domain', 'what'],
  ['grounds', 'grounds', 'why'],
  ['groundUnknown', 'grounds', 'why'],
  ['groundOther', 'ground-other', 'why'],
  ['role', 'role', 'who'],
  ['organisation', 'organisation', 'who'],
  ...EQUALITY_QUESTION_IDS.map((q) => [`equality.${q}`, `equality-${q}`, 'who'] as const),
  ['contact', 'contact-kind', 'contact'],
  ...(['name', 'email', 'phone', 'language'] as const).map((k) => [`contact.${k}`, k, 'contact'] as const),
  ['wish', 'wish', 'contact'],
  ['area', 'area', 'check'],
  ['consent', 'consent', 'check'],
];

/** The field for a problem at `path`: the most specific one listed, else the report as a whole. */
export function fieldOfPath(path: readonly PropertyKey[]): ReportField {
  const [head, sub] = path.map(String);
  const at = (p: string) => FIELDS.find((f) => f[0] === p)?.[1];
  return at(`${head}.${sub}`) ?? at(head!) ?? 'report';
}

export const stepOfField = (field: ReportField): ReportStep =>
  FIELDS.find((f) => f[1] === field)?.[2] ?? 'check';

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

/**
 * The problems with the answers of one step (or, for `check`, of the whole report). Two are worded from
 * the answers as typed, which the payload no longer shows: a date left empty as a whole (not "the
 * month"), and "Other" ticked without saying what (at that field, not at the first reason).
 */
export function validate(payload: ReportInput, step: ReportStep, draft?: ReportDraft): FieldIssue[] {
  let issues = schemaIssues(payload, step);
  const when = payload.when as { month?: unknown; year?: unknown };
  if (when.month === '' && when.year === '') {
    issues = issues.map((i) =>
      i.field.startsWith('when-') ? { field: 'when-month', code: 'date-empty' } : i,
    );
  }
  if (draft?.groundOtherChosen && !draft.groundOther.trim() && (step === 'why' || step === 'check')) {
    const order = (f: ReportField) => FIELDS.findIndex((x) => x[1] === f);
    issues = [
      ...issues.filter((i) => i.field !== 'grounds' && i.field !== 'ground-other'),
      { field: 'ground-other', code: 'missing' } as FieldIssue,
    ].sort((a, b) => order(a.field) - order(b.field));
  }
  return issues;
}

function schemaIssues(payload: ReportInput, step: ReportStep): FieldIssue[] {
  let candidate: Record<string, unknown> = payload;
  if (step !== 'check') {
    // The answers of the other steps (consent included) are filled in, or left out when optional.
    candidate = { ...payload };
    for (const [path, , own] of FIELDS) {
      const key = path.split('.')[0]!;
      if (own === step) continue;
      if (key in FILLER) candidate[key] = FILLER[key];
      else delete candidate[key];
    }
  }
  const result = reportSchema().safeParse(candidate);
  if (result.success) return [];
  return toFieldIssues(result.error.issues as RawIssue[]).filter(
    (i) => step === 'check' || stepOfField(i.field) === step,
  );
}
