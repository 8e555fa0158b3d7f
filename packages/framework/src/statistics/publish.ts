/**
 * From reports to published statistics, for receivers (docs/statistics.md, "Publishing"):
 *
 * 1. When a report is accepted with consent to statistics, `statisticsFields()` takes what is counted
 *    (from a plain report, or the readable fields of a sealed one) and `counterKeys()` names the
 *    counters to add one to. Counters are kept per month and survive the deletion of the report.
 * 2. When the office publishes a period, `publishPeriod()` turns the stored counters into the
 *    period's published counts (suppressed), to be stored once and served as they are.
 * 3. `statisticsDocument()` puts the published periods in one file, checked against the schema.
 */
import { DOMAIN_IDS, type DomainId } from '../ids.js';
import type { ReportPayload, ReportWish, ReporterRole } from '../schemas/report-schema.js';
import {
  DEFAULT_STAT_THRESHOLD,
  MONTH,
  STAT_GROUND_IDS,
  STAT_ROLE_IDS,
  STAT_WISH_IDS,
  UNSPECIFIED_AREA,
  monthsBetween,
  type StatGroundId,
} from './categories.js';
import {
  STATISTICS_KIND,
  STATISTICS_SCHEMA_VERSION,
  statisticsSchema,
  type StatisticsDocument,
  type StatisticsPeriod,
} from './schema.js';
import { suppressCounts } from './suppress.js';

/** What one report adds to the statistics. */
export interface StatisticsFields {
  /** The month the report was received, `YYYY-MM` (receiver's clock, UTC). */
  month: string;
  domain: DomainId;
  /** At least one: the grounds named, `other` for a ground in the person's words, `unknown`. */
  grounds: StatGroundId[];
  role?: ReporterRole;
  wish?: ReportWish;
  /** The area id the person chose, if the city asks for one. */
  area?: string;
}

/** The statistics fields of a plain report received at `receivedAt`. */
export function statisticsFields(
  report: Pick<ReportPayload, 'domain' | 'grounds' | 'groundOther' | 'groundUnknown' | 'role' | 'wish'> & {
    area?: string;
  },
  receivedAt: Date | string,
): StatisticsFields {
  const grounds: StatGroundId[] = [...report.grounds];
  if (report.groundOther) grounds.push('other');
  if (report.groundUnknown || grounds.length === 0) grounds.push('unknown');
  const fields: StatisticsFields = {
    month: new Date(receivedAt).toISOString().slice(0, 7),
    domain: report.domain,
    grounds,
    role: report.role,
    wish: report.wish,
  };
  if (report.area) fields.area = report.area;
  return fields;
}

/** The counter dimensions a receiver keeps, per month. */
export const COUNTER_DIMENSIONS = ['reports', 'domain', 'ground', 'role', 'wish', 'area'] as const;
export type CounterDimension = (typeof COUNTER_DIMENSIONS)[number];

/** One stored counter: how many reports of `month` fell in `key` of `dimension`. */
export interface Counter {
  month: string;
  dimension: CounterDimension;
  /** The category id; `all` for the reports dimension. */
  key: string;
  count: number;
}

/**
 * The counters one report adds one to. A receiver stores them in the same transaction as the report
 * (e.g. `INSERT … ON CONFLICT (month, dimension, key) DO UPDATE SET count = count + 1`).
 */
export function counterKeys(fields: StatisticsFields): Omit<Counter, 'count'>[] {
  if (!MONTH.test(fields.month)) throw new RangeError(`not a month: ${fields.month}`);
  const grounds = [...new Set(fields.grounds)];
  if (grounds.length === 0) throw new RangeError('a report counts under at least one ground');
  const { month } = fields;
  const keys: Omit<Counter, 'count'>[] = [
    { month, dimension: 'reports', key: 'all' },
    { month, dimension: 'domain', key: fields.domain },
    ...grounds.map((key) => ({ month, dimension: 'ground' as const, key })),
    { month, dimension: 'area', key: fields.area || UNSPECIFIED_AREA },
  ];
  if (fields.role) keys.push({ month, dimension: 'role', key: fields.role });
  if (fields.wish) keys.push({ month, dimension: 'wish', key: fields.wish });
  return keys;
}

/** Counters for a list of reports' fields: what a receiver would have stored. */
export function tally(reports: StatisticsFields[]): Counter[] {
  const counts = new Map<string, Counter>();
  for (const fields of reports) {
    for (const k of counterKeys(fields)) {
      const id = `${k.month}\u0000${k.dimension}\u0000${k.key}`;
      const counter = counts.get(id) ?? { ...k, count: 0 };
      counter.count++;
      counts.set(id, counter);
    }
  }
  return [...counts.values()];
}

export interface PublishPeriodOptions {
  /** First month, `YYYY-MM`. */
  from: string;
  /** Last month, included. */
  to: string;
  /** The stored counters (any months; those outside the period are ignored). */
  counters: readonly Counter[];
  /** Counts under it are withheld. Default 5. */
  threshold?: number;
  /** The city's areas, when the form asks for one: published with their names. */
  areas?: readonly { id: string; label: string }[];
  /** Default: now. */
  publishedAt?: Date;
}

/**
 * The published counts of one period. Domains and grounds list every category of the kit (a missing
 * one would say "zero"); roles and wishes are published when every counted report had one (sealed
 * reports from before those fields were readable may not); areas when the city names its areas.
 */
export function publishPeriod(options: PublishPeriodOptions): StatisticsPeriod {
  const { from, to, counters } = options;
  const threshold = options.threshold ?? DEFAULT_STAT_THRESHOLD;
  const months = monthsBetween(from, to);
  if (!MONTH.test(from) || !MONTH.test(to) || months.length === 0) throw new RangeError('not a period');
  const index = new Map(months.map((m, i) => [m, i]));
  const series = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, months.map(() => 0)]));
  const reports = months.map(() => 0);
  const domains = series(DOMAIN_IDS);
  const grounds = series(STAT_GROUND_IDS);
  const flat = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, 0]));
  const roles = flat(STAT_ROLE_IDS);
  const wishes = flat(STAT_WISH_IDS);
  const areaIds = (options.areas ?? []).map((a) => a.id);
  const areas = flat([...areaIds, UNSPECIFIED_AREA]);
  for (const c of counters) {
    const m = index.get(c.month);
    if (m === undefined || c.count === 0) continue;
    if (c.dimension === 'reports') reports[m]! += c.count;
    else if (c.dimension === 'domain' || c.dimension === 'ground') {
      const table = c.dimension === 'domain' ? domains : grounds;
      // A category of a newer kit is published by its id; a reader shows the id.
      table[c.key] ??= months.map(() => 0);
      table[c.key]![m]! += c.count;
    } else if (c.dimension === 'role') roles[c.key] = (roles[c.key] ?? 0) + c.count;
    else if (c.dimension === 'wish') wishes[c.key] = (wishes[c.key] ?? 0) + c.count;
    else if (c.dimension === 'area') {
      const key = areaIds.includes(c.key) ? c.key : UNSPECIFIED_AREA;
      areas[key]! += c.count;
    }
  }
  const total = reports.reduce((a, b) => a + b, 0);
  const adds = (t: Record<string, number>) => Object.values(t).reduce((a, b) => a + b, 0) === total;
  const shares: Record<string, Record<string, number>> = {};
  if (adds(roles)) shares.roles = roles;
  if (adds(wishes)) shares.wishes = wishes;
  if (options.areas && adds(areas)) shares.areas = areas;

  const base = {
    from,
    to,
    publishedAt: (options.publishedAt ?? new Date()).toISOString(),
    threshold,
  };
  const result = suppressCounts({ reports, domains, grounds, shares }, threshold);
  if (!result) return { ...base, withheld: true };
  const period: StatisticsPeriod = {
    ...base,
    reports: result.reports,
    domains: result.domains,
    grounds: result.grounds,
  };
  if (result.shares.roles) period.roles = result.shares.roles;
  if (result.shares.wishes) period.wishes = result.shares.wishes;
  if (result.shares.areas && options.areas) {
    period.areas = {
      labels: Object.fromEntries(options.areas.map((a) => [a.id, a.label])),
      counts: result.shares.areas,
    };
  }
  return period;
}

/** The published file: the periods (oldest first), checked against the schema. */
export function statisticsDocument(options: {
  periods: readonly StatisticsPeriod[];
  publisher?: { name: string; url?: string };
}): StatisticsDocument {
  const doc: StatisticsDocument = {
    schemaVersion: STATISTICS_SCHEMA_VERSION,
    kind: STATISTICS_KIND,
    ...(options.publisher ? { publisher: options.publisher } : {}),
    periods: [...options.periods].sort((a, b) => a.from.localeCompare(b.from)),
  };
  return statisticsSchema.parse(doc);
}
