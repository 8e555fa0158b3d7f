/** The readable statistics of a report, for residents who agreed to have their report counted. */
import type { ReportPayload } from '../schemas/report-schema.js';
import type { SealedStatistics, StatisticsGround } from './envelope-schema.js';

/**
 * The coarse fields of `report` that statistics count: the month it happened, the domain, the grounds
 * (free text only as "other"), the reporter's role and wish, and `area` when the city asks one.
 */
export function reportStatistics(report: ReportPayload, area?: string): SealedStatistics {
  const { when } = report;
  const month =
    when.precision === 'day' ? when.date.slice(0, 7) : `${when.year}-${String(when.month).padStart(2, '0')}`;
  const grounds: StatisticsGround[] = [...report.grounds];
  if (report.groundOther) grounds.push('other');
  if (report.groundUnknown) grounds.push('unknown');
  return {
    month,
    domain: report.domain,
    grounds,
    role: report.role,
    wish: report.wish,
    ...(area ? { area } : {}),
  };
}

/**
 * The other way round: a sealed report's readable statistics in the shape of a plain report's payload
 * (month precision), for views and exports of reports that stay closed. Empty without statistics.
 */
export function readableFields(envelope: { statistics?: SealedStatistics }): Record<string, unknown> {
  const s = envelope.statistics;
  if (!s) return {};
  const [year, month] = s.month.split('-').map(Number);
  return {
    when: { precision: 'month', year, month },
    domain: s.domain,
    grounds: s.grounds.filter((g) => g !== 'other' && g !== 'unknown'),
    groundUnknown: s.grounds.includes('unknown'),
    ...(s.role ? { role: s.role } : {}),
    ...(s.wish ? { wish: s.wish } : {}),
  };
}
