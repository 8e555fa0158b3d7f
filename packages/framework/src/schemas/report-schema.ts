/**
 * The report payload: what `<hrc-report-form>` sends and every receiver accepts
 * (docs/report-endpoint.md). The rules live here once; the form maps the issues to localized messages
 * and receivers answer 400 with the same paths.
 *
 * The schemas are made by `createReportSchemas()`, not when this module is evaluated: building them is
 * most of what loading the report form costs, and the form needs them only when the person goes on to
 * the next step. `./report.js` exports them built, for everyone else.
 */
import * as z from 'zod/mini';
import { isoDateTime } from './iso.js';
import { DOMAIN_IDS, GROUND_IDS, LOCALE_TAG } from '../ids.js';

export * from './report-constants.js';
import {
  AREA_ID,
  EQUALITY_QUESTIONS,
  REPORT_LIMITS,
  REPORT_SCHEMA_VERSION,
  REPORT_WISHES,
  REPORTER_ROLES,
} from './report-constants.js';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Today as YYYY-MM-DD, one day ahead so a reporter east of the receiver is never refused. */
function latestAllowedDate(now = new Date()): string {
  return new Date(now.getTime() + 24 * 3600 * 1000).toISOString().slice(0, 10);
}

const trimmed = (max: number) =>
  z.string().check(
    z.overwrite((s) => s.trim()),
    z.maxLength(max),
  );
const required = (max: number) =>
  z.string().check(
    z.overwrite((s) => s.trim()),
    z.minLength(1),
    z.maxLength(max),
  );

const PHONE = /^\+?[0-9 ()./-]{6,25}$/;

/** Builds the report schema and the parts it is made of. */
export function createReportSchemas() {
  // Every object is strict: an unknown key anywhere is refused (400), never dropped or stored, so an
  // "anonymous" report cannot carry a name inside `contact` past the receiver.
  const when = z.discriminatedUnion('precision', [
    z.strictObject({
      precision: z.literal('day'),
      date: z.string().check(
        z.regex(ISO_DATE, { abort: true }),
        z.refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), {
          message: 'invalid date',
          abort: true,
        }),
        z.refine((d) => d <= latestAllowedDate(), { message: 'in the future', params: { hrc: 'future' } }),
      ),
    }),
    z
      .strictObject({
        precision: z.literal('month'),
        month: z.int().check(z.minimum(1), z.maximum(12)),
        year: z.int().check(z.minimum(1900), z.maximum(2100)),
      })
      .check(
        z.refine((v) => `${v.year}-${String(v.month).padStart(2, '0')}` <= latestAllowedDate().slice(0, 7), {
          message: 'in the future',
          path: ['year'],
          params: { hrc: 'future' },
        }),
      ),
  ]);

  const equality = z.strictObject({
    gender: z.optional(z.enum(EQUALITY_QUESTIONS.gender)),
    ageGroup: z.optional(z.enum(EQUALITY_QUESTIONS.ageGroup)),
    migrationBackground: z.optional(z.enum(EQUALITY_QUESTIONS.migrationBackground)),
    disability: z.optional(z.enum(EQUALITY_QUESTIONS.disability)),
  });

  const contact = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('anonymous') }),
    z
      .strictObject({
        kind: z.literal('contact'),
        name: z.optional(trimmed(REPORT_LIMITS.shortText)),
        email: z.optional(z.union([z.literal(''), z.email()])),
        phone: z.optional(z.union([z.literal(''), z.string().check(z.regex(PHONE))])),
        /** Language the person wants to be contacted in (BCP 47 tag or a name). */
        language: z.optional(trimmed(35)),
      })
      .check(
        z.refine((c) => Boolean(c.email) || Boolean(c.phone), {
          message: 'e-mail or phone needed',
          path: ['email'],
          params: { hrc: 'email-or-phone' },
        }),
      ),
  ]);

  const report = z
    .strictObject({
      schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
      /** The language the form was shown in (a BCP 47 tag). */
      locale: z.string().check(z.maxLength(35), z.regex(LOCALE_TAG)),
      /** What happened, in the person's words. */
      description: required(REPORT_LIMITS.description),
      when,
      place: z.optional(trimmed(REPORT_LIMITS.shortText)),
      domain: z.enum(DOMAIN_IDS),
      grounds: z.array(z.enum(GROUND_IDS)).check(
        z.maxLength(GROUND_IDS.length),
        z.refine((g) => new Set(g).size === g.length, 'duplicate ground'),
      ),
      groundUnknown: z.boolean(),
      groundOther: z.optional(trimmed(REPORT_LIMITS.shortText)),
      role: z.enum(REPORTER_ROLES),
      organisation: z.optional(trimmed(REPORT_LIMITS.shortText)),
      equality: z.optional(equality),
      contact,
      wish: z.enum(REPORT_WISHES),
      /**
       * The area it concerns, from the list the city gives the form (`areas`), when it asks one; left out
       * when the person would rather not say. Counted for statistics, which the consent covers.
       */
      area: z.optional(z.string().check(z.regex(AREA_ID))),
      consent: z.literal(true),
      /** When the person pressed send (ISO 8601). The only time stamp the form adds. */
      sentAt: isoDateTime(),
      /** Anti-abuse signals; the receiver decides what to do with them and never stores them. */
      antiAbuse: z.strictObject({
        /** A field hidden from people; bots fill it. */
        honeypot: z.string().check(z.maxLength(500)),
        /** Milliseconds between the form's first render and send. */
        fillMs: z.int().check(z.minimum(0)),
      }),
    })
    .check(
      z.refine((r) => r.grounds.length > 0 || r.groundUnknown || Boolean(r.groundOther), {
        message: 'choose at least one ground',
        path: ['grounds'],
        params: { hrc: 'ground-required' },
      }),
      z.refine((r) => r.role !== 'organisation' || Boolean(r.organisation), {
        message: 'organisation name needed',
        path: ['organisation'],
        params: { hrc: 'organisation-required' },
      }),
      z.refine((r) => r.wish === 'register' || r.contact.kind === 'contact', {
        message: 'advice or help needs a way to reach you',
        path: ['wish'],
        params: { hrc: 'wish-needs-contact' },
      }),
    );
  // The city's areas as a form is given them (the `areas` attribute): ids as in reports, names as text.
  const areas = z
    .array(
      z.strictObject({
        id: z.string().check(z.regex(AREA_ID)),
        label: required(REPORT_LIMITS.areaLabel),
      }),
    )
    .check(
      z.maxLength(REPORT_LIMITS.areas),
      z.refine((list) => new Set(list.map((a) => a.id)).size === list.length, 'duplicate area'),
    );

  return { when, equality, contact, report, areas };
}

type ReportSchemas = ReturnType<typeof createReportSchemas>;
export type ReportSchema = ReportSchemas['report'];

export type ReportPayload = z.infer<ReportSchema>;
export type ReportInput = z.input<ReportSchema>;
export type ReportWhen = z.infer<ReportSchemas['when']>;
export type ReportContact = z.infer<ReportSchemas['contact']>;
export type ReportEquality = z.infer<ReportSchemas['equality']>;
export type ReportArea = z.infer<ReportSchemas['areas']>[number];
