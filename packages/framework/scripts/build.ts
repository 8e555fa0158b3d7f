/**
 * Writes dist/<locale>.json (all content of one locale, validated) and dist/schema/*.json (JSON Schemas
 * for PHP and other non-JS consumers). Runs after `tsc -b`, from the compiled output.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { LOCALES } from '../dist/ids.js';
import { contentFor, contentSource } from '../dist/content/index.js';
import { assessmentSchema, localeContentSchema, reportSchema } from '../dist/schemas/index.js';
import { REPORT_CSV } from '../dist/report-csv.js';
import { officeKeyFileSchema, sealedReportSchema } from '../dist/seal/index.js';
import { statisticsSchema } from '../dist/statistics/schema.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
await mkdir(`${dist}schema`, { recursive: true });

for (const locale of LOCALES) {
  const content = localeContentSchema.parse(contentFor(locale));
  await writeFile(`${dist}${locale}.json`, JSON.stringify(content));
}

// The guide's human rights cities as a tiny module (names in both languages, year, status), so an
// element that only needs the list (the declaration badge) does not load a whole locale's content.
const cities = contentSource.history.cities.map(({ name, year, status }) => ({ name, year, status }));
await writeFile(`${dist}cities.js`, `export const GUIDE_CITIES = ${JSON.stringify(cities)};\n`);
await writeFile(
  `${dist}cities.d.ts`,
  "import type { CitySource } from './content/source-types.js';\n" +
    "export type GuideCity = Pick<CitySource, 'name' | 'year' | 'status'>;\n" +
    'export declare const GUIDE_CITIES: readonly GuideCity[];\n',
);

/** Marks every `"type": "number"` as an integer. */
function walkNumbers(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (o.type === 'number') o.type = 'integer';
  for (const value of Object.values(o)) walkNumbers(value);
}

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
console.log(
  `@hrc/framework: wrote ${LOCALES.map((l) => `${l}.json`).join(', ')}, report-csv.json and ${Object.keys(schemas).length} JSON Schemas`,
);
