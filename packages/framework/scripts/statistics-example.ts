/**
 * The example statistics file (examples/statistics.example.json and .csv): two years of reports of the
 * fictional city of Middelstad, made up with a seeded random generator, counted and published with the
 * kit's own functions. `tsx scripts/statistics-example.ts` writes them; a test checks they are current.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DOMAIN_IDS, GROUND_IDS } from '../src/ids.js';
import { REPORT_WISHES, REPORTER_ROLES } from '../src/schemas/report-schema.js';
import {
  publishPeriod,
  statisticsCsv,
  statisticsDocument,
  tally,
  type StatGroundId,
  type StatisticsDocument,
  type StatisticsFields,
} from '../src/statistics/index.js';

/** mulberry32: a small seeded generator, so the example is the same on every machine. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const EXAMPLE_AREAS = [
  { id: 'centrum', label: 'Centrum' },
  { id: 'noord', label: 'Noord' },
  { id: 'zuid', label: 'Zuid' },
  { id: 'havenkwartier', label: 'Havenkwartier' },
];

/** Made-up reports: some grounds and domains far more common than others, as in real offices' data. */
export function exampleReports(): StatisticsFields[] {
  const next = random(21);
  const pick = <T>(items: readonly T[], weights: number[]): T => {
    let r = next() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < items.length; i++) if ((r -= weights[i]!) < 0) return items[i]!;
    return items[items.length - 1]!;
  };
  const grounds: StatGroundId[] = [...GROUND_IDS, 'other', 'unknown'];
  const groundWeights = grounds.map(
    (g) =>
      ({
        race: 30,
        'ethnic-or-social-origin': 25,
        'religion-or-belief': 12,
        disability: 12,
        sex: 10,
        age: 6,
        'sexual-orientation': 6,
        nationality: 5,
        'chronic-illness': 3,
        'gender-identity': 3,
        other: 4,
        unknown: 2,
      })[g as string] ?? 0.2,
  );
  const domainWeights = DOMAIN_IDS.map(
    (d) =>
      ({
        work: 30,
        housing: 20,
        'shops-hospitality': 14,
        'public-space-transport': 10,
        education: 8,
        'municipal-services': 8,
        police: 5,
        online: 4,
        'health-care': 4,
        other: 2,
      })[d],
  );
  const reports: StatisticsFields[] = [];
  for (const [year, perMonth] of [
    [2024, 14],
    [2025, 17],
  ] as const) {
    for (let month = 1; month <= 12; month++) {
      const n = Math.round(perMonth * (0.6 + next() * 0.8));
      for (let i = 0; i < n; i++) {
        const first = pick(grounds, groundWeights);
        const second = next() < 0.25 ? pick(grounds, groundWeights) : first;
        reports.push({
          month: `${year}-${String(month).padStart(2, '0')}`,
          domain: pick(DOMAIN_IDS, domainWeights),
          grounds: [...new Set([first, second])],
          role: pick(REPORTER_ROLES, [70, 22, 8]),
          wish: pick(REPORT_WISHES, [55, 30, 15]),
          ...(next() < 0.8 ? { area: pick(EXAMPLE_AREAS, [3, 2, 2, 1]).id } : {}),
        });
      }
    }
  }
  return reports;
}

export function exampleDocument(): StatisticsDocument {
  const counters = tally(exampleReports());
  return statisticsDocument({
    publisher: {
      name: 'Middelstad Anti-Discrimination Office',
      url: 'https://middelstad.example/discrimination',
    },
    periods: [2024, 2025].map((year) =>
      publishPeriod({
        from: `${year}-01`,
        to: `${year}-12`,
        counters,
        areas: EXAMPLE_AREAS,
        publishedAt: new Date(`${year + 1}-02-01T09:00:00Z`),
      }),
    ),
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const doc = exampleDocument();
  const examples = new URL('../examples/', import.meta.url);
  writeFileSync(new URL('statistics.example.json', examples), `${JSON.stringify(doc)}\n`);
  writeFileSync(new URL('statistics.example.csv', examples), statisticsCsv(doc));
  console.log('wrote examples/statistics.example.json and .csv');
}
