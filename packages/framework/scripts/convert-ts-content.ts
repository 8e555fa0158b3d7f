/**
 * Converts the side-by-side TypeScript content (src/content/*.ts, `{ nl, en }` for every text) into the
 * JSON source files the build reads: content/en/<section>.json (everything) and content/nl/<section>.json
 * (the Dutch texts only). Run it again after someone edited the TypeScript files:
 *
 *   pnpm --filter @hrc/framework exec tsx scripts/convert-ts-content.ts
 *
 * It overwrites the en and nl files, and only those.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contentSource } from '../src/content/index.ts';
import { KEYED_LISTS, SECTION_KEYS, SOURCE_SECTION_OF, type ContentSection } from '../src/sections.ts';

type Side = 'nl' | 'en';
const contentDir = fileURLToPath(new URL('../content/', import.meta.url));

const isL = (v: unknown): v is Record<Side, string> =>
  !!v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.keys(v).length === 2 &&
  typeof (v as Record<string, unknown>).nl === 'string' &&
  typeof (v as Record<string, unknown>).en === 'string';

/**
 * One locale's side of a value. English keeps everything; Dutch keeps its texts only (every `{ nl, en }`),
 * so ids, numbers and links stay in one place.
 */
function side(value: unknown, locale: Side, path: string): unknown {
  if (isL(value)) return value[locale];
  if (Array.isArray(value)) {
    const key = KEYED_LISTS[path];
    if (key) {
      const keyed: Record<string, unknown> = {};
      for (const item of value as Record<string, unknown>[]) {
        const { [key]: id, ...rest } = item;
        const converted = side(rest, locale, path);
        if (converted !== undefined) keyed[String(id)] = converted;
      }
      return Object.keys(keyed).length || locale === 'en' ? keyed : undefined;
    }
    const items = value.map((v) => side(v, locale, path) ?? null);
    return items.some((v) => v !== null) || locale === 'en' ? items : undefined;
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const converted = side(v, locale, path ? `${path}.${k}` : k);
      if (converted !== undefined) out[k] = converted;
    }
    return Object.keys(out).length || locale === 'en' ? out : undefined;
  }
  return locale === 'en' ? value : undefined;
}

const written: string[] = [];
for (const locale of ['en', 'nl'] as const) {
  mkdirSync(`${contentDir}${locale}`, { recursive: true });
  for (const [section, keys] of Object.entries(SECTION_KEYS) as [ContentSection, readonly string[]][]) {
    const file: Record<string, unknown> = {};
    for (const key of keys) {
      // A key two sections share is written once, in the section that owns it.
      if ((SOURCE_SECTION_OF[key] ?? section) !== section) continue;
      const value = side((contentSource as unknown as Record<string, unknown>)[key], locale, key);
      if (value !== undefined) file[key] = value;
    }
    const path = `${contentDir}${locale}/${section}.json`;
    writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
    written.push(path);
  }
}
// The same layout as every other JSON file in the repository.
spawnSync('pnpm', ['exec', 'prettier', '--log-level', 'warn', '--write', ...written], { stdio: 'inherit' });
console.log(`Wrote ${written.length} files in ${contentDir}`);
