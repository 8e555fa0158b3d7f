/**
 * Builds the content of every locale from content/<locale>/<section>.json (English the source, other
 * locales their translated texts) into dist/content/<locale>/<section>.json and dist/content/<locale>.json,
 * each checked against its schema; writes dist/content/completeness.json (translated texts per locale
 * and section), the guide's city list as a tiny module, and dist/schema/*.json (JSON Schemas for PHP and
 * other non-JS consumers). Runs after `tsc -b`, from the compiled output. A translation file with an
 * unknown id, or a value where nothing is translatable, fails the build; missing texts do not.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { buildLocale, type SourceFiles } from '../dist/content-merge.js';
import { LOCALE_TAG } from '../dist/ids.js';
import {
  assessmentSchema,
  CONTENT_SCHEMA_VERSION,
  localeContentSchema,
  reportSchema,
  sectionSchemas,
} from '../dist/schemas/index.js';
import { CONTENT_SECTIONS } from '../dist/sections.js';
import { REPORT_CSV } from '../dist/report-csv.js';
import { officeKeyFileSchema, sealedReportSchema } from '../dist/seal/index.js';
import { statisticsSchema } from '../dist/statistics/schema.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const sourceDir = `${root}content/`;
const dist = `${root}dist/`;

/** The source files of one locale, by section; undefined when it has none. */
function readSourceFiles(locale: string): SourceFiles | undefined {
  const files: SourceFiles = {};
  for (const section of CONTENT_SECTIONS) {
    const path = `${sourceDir}${locale}/${section}.json`;
    if (existsSync(path)) files[section] = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  }
  return Object.keys(files).length ? files : undefined;
}

const locales = readdirSync(sourceDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
const bad = locales.filter((l) => !LOCALE_TAG.test(l));
if (bad.length) throw new Error(`content/: not a language tag: ${bad.join(', ')}`);
const english = readSourceFiles('en');
if (!english) throw new Error('content/en/ holds no section files');

const problems: string[] = [];
const completeness: Record<string, Record<string, { translated: number; total: number }>> = {};
for (const locale of locales) {
  const built = buildLocale(locale, CONTENT_SCHEMA_VERSION, english, readSourceFiles(locale));
  problems.push(...built.problems.map((p) => `content/${locale}/${p}`));
  await mkdir(`${dist}content/${locale}`, { recursive: true });
  for (const section of CONTENT_SECTIONS) {
    const checked = sectionSchemas[section].safeParse(built.sections[section]);
    if (!checked.success) {
      for (const issue of checked.error.issues.slice(0, 10))
        problems.push(`content/${locale}/${section}: ${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    await writeFile(`${dist}content/${locale}/${section}.json`, JSON.stringify(checked.data));
  }
  const whole = localeContentSchema.safeParse(built.whole);
  if (whole.success) await writeFile(`${dist}content/${locale}.json`, JSON.stringify(whole.data));
  else problems.push(`content/${locale}: ${whole.error.issues[0]?.message ?? 'not valid'}`);
  completeness[locale] = built.completeness;
}
if (problems.length) {
  console.error(`@hrc/framework: ${problems.length} problem(s) in content/:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
await writeFile(`${dist}content/completeness.json`, `${JSON.stringify(completeness, null, 2)}\n`);

// The guide's human rights cities as a tiny module (names as the kit's English and the guide's Dutch
// edition write them, year, status), so that an element that needs only the list (the declaration
// badge) loads no content. Other languages' spellings are not added: a locale adds no code.
const citiesOf = (locale: string) =>
  (
    JSON.parse(readFileSync(`${dist}content/${locale}/about.json`, 'utf8')) as {
      history: { cities: { name: string; year?: number; status: string }[] };
    }
  ).history.cities;
const dutch = locales.includes('nl') ? citiesOf('nl') : [];
const cities = citiesOf('en').map(({ name, year, status }, i) => ({
  names: [...new Set([name, dutch[i]?.name ?? name])],
  year,
  status,
}));
await writeFile(`${dist}cities.js`, `export const GUIDE_CITIES = ${JSON.stringify(cities)};\n`);
await writeFile(
  `${dist}cities.d.ts`,
  "import type { City } from './schemas/content.js';\n" +
    "export type GuideCity = Pick<City, 'year' | 'status'> & { names: readonly string[] };\n" +
    'export declare const GUIDE_CITIES: readonly GuideCity[];\n',
);

/** Marks every `"type": "number"` as an integer. */
function walkNumbers(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (o.type === 'number') o.type = 'integer';
  for (const value of Object.values(o)) walkNumbers(value);
}

await mkdir(`${dist}schema`, { recursive: true });
const schemas = {
  report: reportSchema,
  assessment: assessmentSchema,
  content: localeContentSchema,
  'sealed-report': sealedReportSchema,
  'office-key': officeKeyFileSchema,
  statistics: statisticsSchema,
};
for (const [name, schema] of Object.entries(schemas)) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  // The statistics schema checks whole numbers with a refinement (lighter in browsers than z.int()),
  // which JSON Schema cannot carry: every number in that file is a whole number.
  if (name === 'statistics') walkNumbers(json);
  await writeFile(`${dist}schema/${name}.schema.json`, `${JSON.stringify(json, null, 2)}\n`);
}
// The report CSV's columns, for receivers that do not run JavaScript (the WordPress plugin).
await writeFile(`${dist}report-csv.json`, `${JSON.stringify(REPORT_CSV, null, 2)}\n`);
const pct = (c: { translated: number; total: number }) =>
  c.translated === c.total ? 'complete' : `${Math.floor((100 * c.translated) / c.total)}%`;
console.log(
  `@hrc/framework: content of ${locales.length} locales (${Object.entries(completeness)
    .map(([l, c]) => `${l}: ${CONTENT_SECTIONS.map((s) => `${s} ${pct(c[s]!)}`).join(', ')}`)
    .join('; ')}) and ${Object.keys(schemas).length} JSON Schemas`,
);
