import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOMAIN_IDS, GROUND_IDS } from '../src/ids.js';
import { reportSchema } from '../src/schemas/report.js';
import {
  DOMAIN_MAPPING,
  EQUALITY_FIELD_IDS,
  EQUALITY_GROUND_IDS,
  GROUND_MAPPING,
  ODIHR_BIAS_IDS,
  STAT_GROUND_IDS,
  STATISTICS_CSV_COLUMNS,
  counterKeys,
  countsOf,
  monthsBetween,
  publishPeriod,
  statisticsCsv,
  statisticsDocument,
  statisticsFields,
  statisticsSchema,
  tally,
  type CountedPeriod,
  type StatisticsFields,
} from '../src/statistics/index.js';
import { audit } from './statistics-audit.js';
import { exampleDocument, exampleReports } from '../scripts/statistics-example.js';
import type { CountTables, SuppressedTables } from '../src/statistics/suppress.js';

const readExample = (name: string) => readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8');

const report = (fields: Partial<StatisticsFields> & { month: string }): StatisticsFields => ({
  domain: 'work',
  grounds: ['race'],
  role: 'victim',
  wish: 'register',
  ...fields,
});

describe('counting', () => {
  it('takes the counted fields from a report: grounds, other, unknown, the month received', () => {
    const payload = reportSchema.parse(JSON.parse(readExample('report.example.json')));
    const fields = statisticsFields(
      { ...payload, grounds: ['age', 'sex'], groundOther: 'my accent', groundUnknown: true },
      '2025-03-31T23:30:00Z',
    );
    expect(fields).toEqual({
      month: '2025-03',
      domain: payload.domain,
      grounds: ['age', 'sex', 'other', 'unknown'],
      role: payload.role,
      wish: payload.wish,
    });
    expect(statisticsFields({ ...payload, area: 'noord' }, '2025-04-01T00:00:00Z').area).toBe('noord');
  });

  it('names one counter per dimension, one per ground, and the unspecified area', () => {
    expect(counterKeys(report({ month: '2025-01', grounds: ['race', 'age', 'race'] }))).toEqual([
      { month: '2025-01', dimension: 'reports', key: 'all' },
      { month: '2025-01', dimension: 'domain', key: 'work' },
      { month: '2025-01', dimension: 'ground', key: 'race' },
      { month: '2025-01', dimension: 'ground', key: 'age' },
      { month: '2025-01', dimension: 'area', key: 'unspecified' },
      { month: '2025-01', dimension: 'role', key: 'victim' },
      { month: '2025-01', dimension: 'wish', key: 'register' },
    ]);
    expect(() => counterKeys(report({ month: '2025-13' }))).toThrow(/month/);
    expect(() => counterKeys(report({ month: '2025-01', grounds: [] }))).toThrow(/ground/);
  });
});

describe('publishPeriod', () => {
  const reports = exampleReports();
  const counters = tally(reports);
  const period = publishPeriod({
    from: '2025-01',
    to: '2025-12',
    counters,
    publishedAt: new Date('2026-01-10T00:00:00Z'),
  });

  it('publishes the number of reports received in the period and in each month', () => {
    const in2025 = reports.filter((r) => r.month.startsWith('2025'));
    const p = period as CountedPeriod;
    expect(p.reports.total).toBe(in2025.length);
    expect(p.reports.months).toEqual(
      monthsBetween('2025-01', '2025-12').map((m) => in2025.filter((r) => r.month === m).length),
    );
    expect(Object.keys(p.domains)).toEqual([...DOMAIN_IDS]);
    expect(Object.keys(p.grounds)).toEqual([...STAT_GROUND_IDS]);
    expect(p.roles).toEqual({
      victim: in2025.filter((r) => r.role === 'victim').length,
      witness: in2025.filter((r) => r.role === 'witness').length,
      organisation: in2025.filter((r) => r.role === 'organisation').length,
    });
    expect(p.areas).toBeUndefined();
  });

  it('leaves no small count derivable with the kit’s full lists of categories', () => {
    const p = period as CountedPeriod;
    const months = monthsBetween('2025-01', '2025-12');
    const in2025 = reports.filter((r) => r.month.startsWith('2025'));
    const per = (match: (r: StatisticsFields) => boolean) =>
      months.map((m) => in2025.filter((r) => r.month === m && match(r)).length);
    const t: CountTables = {
      reports: per(() => true),
      domains: Object.fromEntries(DOMAIN_IDS.map((d) => [d, per((r) => r.domain === d)])),
      grounds: Object.fromEntries(STAT_GROUND_IDS.map((g) => [g, per((r) => r.grounds.includes(g))])),
      shares: {
        roles: Object.fromEntries(
          Object.keys(p.roles!).map((k) => [k, in2025.filter((r) => r.role === k).length]),
        ),
        wishes: Object.fromEntries(
          Object.keys(p.wishes!).map((k) => [k, in2025.filter((r) => r.wish === k).length]),
        ),
      },
    };
    const published: SuppressedTables = {
      reports: p.reports,
      domains: p.domains,
      grounds: p.grounds,
      shares: { roles: p.roles!, wishes: p.wishes! },
    };
    expect(audit(t, published, 5)).toEqual([]);
  });

  it('counts areas into the city’s list, the rest as unspecified', () => {
    const counters = tally([
      ...Array.from({ length: 6 }, () => report({ month: '2025-01', area: 'noord' })),
      ...Array.from({ length: 6 }, () => report({ month: '2025-01', area: 'gone' })),
      ...Array.from({ length: 6 }, () => report({ month: '2025-01' })),
    ]);
    const p = publishPeriod({
      from: '2025-01',
      to: '2025-01',
      counters,
      areas: [{ id: 'noord', label: 'Noord' }],
    }) as CountedPeriod;
    expect(p.areas).toEqual({ labels: { noord: 'Noord' }, counts: { noord: 6, unspecified: 12 } });
  });

  it('leaves out roles and wishes when not every report had them', () => {
    const counters = tally([
      ...Array.from({ length: 6 }, () => report({ month: '2025-01' })),
      { month: '2025-01', domain: 'work', grounds: ['race'] },
    ]);
    const p = publishPeriod({ from: '2025-01', to: '2025-01', counters }) as CountedPeriod;
    expect(p.roles).toBeUndefined();
    expect(p.wishes).toBeUndefined();
    expect(p.reports.total).toBe(7);
  });

  it('publishes a period without reports as small counts, and refuses a period that ends before it starts', () => {
    const p = publishPeriod({ from: '2030-01', to: '2030-03', counters: [] }) as CountedPeriod;
    expect(p.reports).toEqual({ total: { lt: 5 }, months: [{ lt: 5 }, { lt: 5 }, { lt: 5 }] });
    expect(countsOf(p).every((c) => typeof c === 'object')).toBe(true);
    expect(() => publishPeriod({ from: '2030-03', to: '2030-01', counters: [] })).toThrow(/period/);
  });
});

describe('the published file', () => {
  it('the example is what the kit publishes from its example reports', () => {
    const doc = exampleDocument();
    expect(JSON.parse(readExample('statistics.example.json'))).toEqual(doc);
    expect(readExample('statistics.example.csv')).toBe(statisticsCsv(doc));
    expect(doc.periods.map((p) => 'withheld' in p)).toEqual([false, false]);
  });

  it('rejects a number under the threshold, a bound other than the threshold, overlapping periods', () => {
    const doc = exampleDocument();
    const p = doc.periods[1] as CountedPeriod;
    const issues = (d: unknown) => {
      const r = statisticsSchema.safeParse(d);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(issues(doc)).toEqual([]);
    const small = { ...doc, periods: [{ ...p, roles: { ...p.roles, organisation: 3 } }] };
    expect(issues(small)).toContain('a count under the threshold is published');
    const otherBound = { ...doc, periods: [{ ...p, roles: { ...p.roles, organisation: { lt: 10 } } }] };
    expect(issues(otherBound)).toContain('a withheld count does not name the threshold');
    const overlap = {
      ...doc,
      periods: [p, { ...p, from: '2025-06', to: '2026-05', withheld: true }].map((q, i) =>
        i ? { from: q.from, to: q.to, publishedAt: q.publishedAt, threshold: 5, withheld: true } : q,
      ),
    };
    expect(issues(overlap).join()).toMatch(/overlap/);
    const short = {
      ...doc,
      periods: [{ ...p, reports: { ...p.reports, months: p.reports.months.slice(1) } }],
    };
    expect(issues(short)).toContain('a series does not have one count per month');
  });

  it('has a JSON Schema for other languages', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../dist/schema/statistics.schema.json', import.meta.url), 'utf8'),
    );
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'kind', 'periods']));
    expect(JSON.stringify(schema)).toContain('"gte"');
    expect(JSON.stringify(schema)).toContain('"type":"integer"');
    expect(JSON.stringify(schema)).not.toContain('"type":"number"');
  });

  it('as CSV: one row per count, exactly one of count, fewer_than, at_least', () => {
    const doc = statisticsDocument({
      periods: [
        publishPeriod({
          from: '2025-01',
          to: '2025-02',
          counters: tally(Array.from({ length: 7 }, () => report({ month: '2025-01' }))),
        }),
        { from: '2026-01', to: '2026-12', publishedAt: '2027-01-01T00:00:00Z', threshold: 5, withheld: true },
      ],
    });
    const lines = statisticsCsv(doc).trimEnd().split('\r\n');
    expect(lines[0]).toBe(STATISTICS_CSV_COLUMNS.map((c) => `"${c}"`).join(','));
    expect(lines[1]).toBe('"2025-01","2025-02","reports","","","7","",""');
    // February's 0 would be 7 minus January's 7: January is withheld as "at least 5".
    expect(lines[2]).toBe('"2025-01","2025-02","reports","","2025-01","","","5"');
    expect(lines[3]).toBe('"2025-01","2025-02","reports","","2025-02","","5",""');
    expect(lines.at(-1)).toBe('"2026-01","2026-12","withheld","","","","",""');
    for (const line of lines.slice(1, -1))
      expect(
        line
          .split(',')
          .slice(5)
          .filter((c) => c !== '""'),
      ).toHaveLength(1);
  });
});

describe('pooling', () => {
  it('maps every ground and domain of the kit', () => {
    expect(Object.keys(GROUND_MAPPING).sort()).toEqual([...STAT_GROUND_IDS].sort());
    expect(Object.keys(DOMAIN_MAPPING).sort()).toEqual([...DOMAIN_IDS].sort());
    for (const g of GROUND_IDS) {
      const m = GROUND_MAPPING[g];
      expect(m.odihr.length).toBeGreaterThan(0);
      expect(m.odihr.every((c) => (ODIHR_BIAS_IDS as readonly string[]).includes(c))).toBe(true);
      expect(EQUALITY_GROUND_IDS).toContain(m.equality);
    }
    for (const d of DOMAIN_IDS) expect(EQUALITY_FIELD_IDS).toContain(DOMAIN_MAPPING[d].equality);
  });
});
