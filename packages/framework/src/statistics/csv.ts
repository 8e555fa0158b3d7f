/**
 * The CSV form of a published statistics file: one row per count, in the order of the JSON.
 *
 * Columns: `period_from`, `period_to`, `table` (reports, domains, grounds, roles, wishes, areas),
 * `category` (empty for reports), `month` (empty for the period's total), then exactly one of `count`,
 * `fewer_than` (a count under the threshold) and `at_least` (a count withheld so that a small one cannot
 * be worked out). A period withheld as a whole has one row with `table` = `withheld`.
 */
import { csvCell } from '../csv.js';
import { monthsBetween } from './categories.js';
import type { Count, Series, StatisticsDocument } from './schema.js';

export const STATISTICS_CSV_COLUMNS = [
  'period_from',
  'period_to',
  'table',
  'category',
  'month',
  'count',
  'fewer_than',
  'at_least',
] as const;

const cells = (c: Count): [string, string, string] =>
  typeof c === 'number' ? [String(c), '', ''] : 'lt' in c ? ['', String(c.lt), ''] : ['', '', String(c.gte)];

export function statisticsCsv(doc: StatisticsDocument): string {
  const rows: string[][] = [[...STATISTICS_CSV_COLUMNS]];
  for (const p of doc.periods) {
    const row = (table: string, category: string, month: string, c?: Count) =>
      rows.push([p.from, p.to, table, category, month, ...(c === undefined ? ['', '', ''] : cells(c))]);
    if ('withheld' in p) {
      row('withheld', '', '');
      continue;
    }
    const months = monthsBetween(p.from, p.to);
    const series = (table: string, category: string, s: Series) => {
      row(table, category, '', s.total);
      s.months.forEach((c, i) => row(table, category, months[i]!, c));
    };
    series('reports', '', p.reports);
    for (const [id, s] of Object.entries(p.domains)) series('domains', id, s);
    for (const [id, s] of Object.entries(p.grounds)) series('grounds', id, s);
    for (const [table, counts] of [
      ['roles', p.roles],
      ['wishes', p.wishes],
      ['areas', p.areas?.counts],
    ] as const) {
      for (const [id, c] of Object.entries(counts ?? {})) row(table, id, '', c);
    }
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
