/**
 * The published statistics file as the element uses it: loading and checking it, the series of one
 * view, the period a year earlier and the change since then. No rendering, no messages.
 */
import {
  statisticsSchema,
  type Count,
  type CountedPeriod,
  type Series,
  type StatisticsDocument,
  type StatisticsPeriod,
} from '@hrc/framework/statistics/schema';
import { safeUrl } from '@hrc/framework/url';
import type { StatsView } from './report-stats.types.js';

/** Why a file could not be shown. */
export type LoadFailure =
  | { reason: 'url' }
  | { reason: 'network' }
  | { reason: 'http'; status: number }
  | { reason: 'not-json' }
  | { reason: 'invalid'; path: string; message: string };

export type Loaded = { ok: true; doc: StatisticsDocument } | ({ ok: false } & LoadFailure);

/** Fetches and checks a published file; any city's file, so without cookies and without referrer. */
export async function loadStatistics(
  src: string | undefined,
  signal?: AbortSignal,
  source = '<hrc-report-stats src>',
): Promise<Loaded> {
  const url = safeUrl(src, { source });
  if (!url) return { ok: false, reason: 'url' };
  let text: string;
  try {
    const res = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal });
    if (!res.ok) return { ok: false, reason: 'http', status: res.status };
    text = await res.text();
  } catch {
    return { ok: false, reason: 'network' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const parsed = statisticsSchema.safeParse(json);
  if (parsed.success) return { ok: true, doc: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, reason: 'invalid', path: issue.path.join('.'), message: issue.message };
}

export const isCounted = (p: StatisticsPeriod | undefined): p is CountedPeriod => !!p && !('withheld' in p);

/** `YYYY-MM` shifted by whole years. */
const shiftYear = (month: string, years: number) => `${Number(month.slice(0, 4)) + years}${month.slice(4)}`;

/** The published period covering the same months one year earlier, if there is one. */
export function previousYear(doc: StatisticsDocument, p: StatisticsPeriod): StatisticsPeriod | undefined {
  return doc.periods.find((q) => q.from === shiftYear(p.from, -1) && q.to === shiftYear(p.to, -1));
}

/** The series of one view of a period, by category id. */
export function seriesOf(p: CountedPeriod, view: StatsView): Record<string, Series> {
  return view === 'grounds' ? p.grounds : p.domains;
}

/** The number a count stands for, when it is published as one. */
export const numberOf = (c: Count | undefined): number | undefined => (typeof c === 'number' ? c : undefined);

/** Change from `before` to `now`, when both are published numbers. */
export function change(now: Count | undefined, before: Count | undefined) {
  const [a, b] = [numberOf(now), numberOf(before)];
  if (a === undefined || b === undefined) return undefined;
  return { difference: a - b, percent: b > 0 ? Math.round(((a - b) / b) * 100) : undefined };
}

/**
 * A count's place on a scale, for drawing: published numbers as they are, "fewer than N" up to N,
 * "at least N" from N. `max` is the largest value drawn, so that the scale fits every bar.
 */
export const drawnValue = (c: Count): number => (typeof c === 'number' ? c : 'lt' in c ? c.lt : c.gte);
