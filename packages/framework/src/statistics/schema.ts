/**
 * The published statistics file: what `<hrc-report-stats>` reads and what receivers serve
 * (docs/statistics.md). zod/mini, so the element can check a file from any city with a few kilobytes.
 *
 * A count is a number, or — when it is withheld — an object that says so and never holds the number:
 * `{ "lt": 5 }` for a count under the threshold, `{ "gte": 5 }` for a count of at least the threshold
 * that is withheld so that a small count cannot be worked out from the totals.
 */
import * as z from 'zod/mini';
import { MONTH, monthsBetween } from './months.js';

export const STATISTICS_SCHEMA_VERSION = 1;
export const STATISTICS_KIND = 'hrc-report-statistics';

/** Category ids: the kit's own lists, or a newer kit's additions, which a reader shows by id. */
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const id = () => z.string().check(z.regex(ID));
/** A moment with its offset, e.g. 2026-01-15T09:00:00Z (a regular expression keeps zod's ISO code out). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** A whole number from `min` (zod's own int() brings its number formats along). */
const whole = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.number().check(z.refine(Number.isInteger, 'not a whole number'), z.minimum(min), z.maximum(max));

export const countSchema = z.union([
  whole(0),
  z.strictObject({ lt: whole(2) }),
  z.strictObject({ gte: whole(2) }),
]);

/** Counts of one category (or of all reports): the whole period and each month, in order. */
export const seriesSchema = z.strictObject({
  total: countSchema,
  months: z.array(countSchema).check(z.maxLength(120)),
});

const counts = () => z.record(id(), countSchema);
const seriesById = () => z.record(id(), seriesSchema);

const periodFields = {
  /** First month of the period, `YYYY-MM`. */
  from: z.string().check(z.regex(MONTH)),
  /** Last month of the period, included. */
  to: z.string().check(z.regex(MONTH)),
  /** When the office published the period (ISO 8601). */
  publishedAt: z.string().check(z.regex(DATE_TIME)),
  /** Counts under this number are not published. */
  threshold: whole(2, 1000),
};

/** A period published with its counts. */
export const countedPeriodSchema = z.strictObject({
  ...periodFields,
  /** Reports received, by month. */
  reports: seriesSchema,
  /** Reports by the domain they are about (one per report). */
  domains: seriesById(),
  /** Reports that name each ground (a report can name several). */
  grounds: seriesById(),
  /** Reports by who made them: victim, witness, organisation. */
  roles: z.optional(counts()),
  /** Reports by what the person asked for. */
  wishes: z.optional(counts()),
  /** Reports by area, when the city asks for one; `unspecified` counts those without. */
  areas: z.optional(
    z.strictObject({
      /** The city's names of its areas. */
      labels: z.record(id(), z.string().check(z.minLength(1), z.maxLength(100))),
      counts: counts(),
    }),
  ),
});

/** A period whose counts could not be published without revealing a small count. */
export const withheldPeriodSchema = z.strictObject({ ...periodFields, withheld: z.literal(true) });

export type Count = z.infer<typeof countSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type CountedPeriod = z.infer<typeof countedPeriodSchema>;
export type WithheldPeriod = z.infer<typeof withheldPeriodSchema>;
export type StatisticsPeriod = CountedPeriod | WithheldPeriod;

/** Every count in a period, for checks that look at all of them. */
export function countsOf(p: CountedPeriod): Count[] {
  const series = [p.reports, ...Object.values(p.domains), ...Object.values(p.grounds)];
  return [
    ...series.flatMap((s) => [s.total, ...s.months]),
    ...Object.values(p.roles ?? {}),
    ...Object.values(p.wishes ?? {}),
    ...Object.values(p.areas?.counts ?? {}),
  ];
}

function periodProblem(p: StatisticsPeriod): string | undefined {
  const months = monthsBetween(p.from, p.to).length;
  if (months === 0) return 'the period ends before it starts';
  if ('withheld' in p) return undefined;
  const series = [p.reports, ...Object.values(p.domains), ...Object.values(p.grounds)];
  if (series.some((s) => s.months.length !== months)) return 'a series does not have one count per month';
  for (const c of countsOf(p)) {
    if (typeof c === 'number') {
      if (c < p.threshold) return 'a count under the threshold is published';
    } else if (('lt' in c ? c.lt : c.gte) !== p.threshold) {
      return 'a withheld count does not name the threshold';
    }
  }
  return undefined;
}

export const periodSchema = z.union([countedPeriodSchema, withheldPeriodSchema]).check(
  z.superRefine((p, ctx) => {
    const problem = periodProblem(p);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: p });
  }),
);

const overlaps = (a: StatisticsPeriod, b: StatisticsPeriod) => a.from <= b.to && b.from <= a.to;

/** The published file: one city's (or office's) periods, none of them overlapping. */
export const statisticsSchema = z
  .strictObject({
    schemaVersion: z.literal(STATISTICS_SCHEMA_VERSION),
    kind: z.literal(STATISTICS_KIND),
    /** Who publishes the counts. */
    publisher: z.optional(
      z.strictObject({
        name: z.string().check(z.minLength(1), z.maxLength(200)),
        url: z.optional(z.string().check(z.maxLength(2000))),
      }),
    ),
    periods: z.array(periodSchema).check(z.maxLength(200)),
  })
  .check(
    z.refine((d) => d.periods.every((p, i) => d.periods.slice(i + 1).every((q) => !overlaps(p, q))), {
      message: 'periods overlap: counts of the same months published twice could reveal small counts',
      path: ['periods'],
    }),
  );

export type StatisticsDocument = z.infer<typeof statisticsSchema>;
