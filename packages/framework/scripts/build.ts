/**
 * Writes dist/<locale>.json (all content of one locale, validated) and dist/schema/*.json (JSON Schemas
 * for PHP and other non-JS consumers). Runs after `tsc -b`, from the compiled output.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { LOCALES } from '../dist/ids.js';
import { contentFor } from '../dist/content/index.js';
import { assessmentSchema, localeContentSchema, reportSchema } from '../dist/schemas/index.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
await mkdir(`${dist}schema`, { recursive: true });

for (const locale of LOCALES) {
  const content = localeContentSchema.parse(contentFor(locale));
  await writeFile(`${dist}${locale}.json`, JSON.stringify(content));
}

const schemas = {
  report: reportSchema,
  assessment: assessmentSchema,
  content: localeContentSchema,
};
for (const [name, schema] of Object.entries(schemas)) {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  await writeFile(`${dist}schema/${name}.schema.json`, `${JSON.stringify(json, null, 2)}\n`);
}
console.log(
  `@hrc/framework: wrote ${LOCALES.map((l) => `${l}.json`).join(', ')} and ${Object.keys(schemas).length} JSON Schemas`,
);
