/**
 * Writes the declaration badge as a standalone SVG file, for print and social media: the same drawing
 * and words as `<hrc-declaration-badge>`.
 *
 *   pnpm badge --city Utrecht --year 2011 --lang nl > badge.svg
 *   pnpm badge --city Utrecht --year 2011 --variant horizontal --size l --theme dark --status checklist.json
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Catalog } from '../src/internal/i18n.js';
import { statusCount, type StatusCount } from '../src/components/declaration-badge/declaration-badge.data.js';
import { renderBadgeSvg } from '../src/components/declaration-badge/declaration-badge.svg.js';
import {
  BADGE_SIZES,
  BADGE_THEMES,
  BADGE_VARIANTS,
  type BadgeSize,
  type BadgeTheme,
  type BadgeVariant,
} from '../src/components/declaration-badge/declaration-badge.types.js';

const localesDir = new URL('../locales/', import.meta.url);
const LOCALES = readdirSync(localesDir)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .map((f) => f.slice(0, -5))
  .sort();

const USAGE = `Usage: pnpm badge --city <name> [--year <yyyy>] [--lang ${LOCALES.join('|')}]
  [--variant ${BADGE_VARIANTS.join('|')}] [--size ${BADGE_SIZES.join('|')}] [--theme ${BADGE_THEMES.join('|')}]
  [--status <published checklist JSON file>]  > badge.svg`;

function fail(message: string): never {
  process.stderr.write(`badge: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) fail(`--${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

let args;
try {
  args = parseArgs({
    options: {
      city: { type: 'string' },
      year: { type: 'string' },
      lang: { type: 'string' },
      variant: { type: 'string' },
      size: { type: 'string' },
      theme: { type: 'string' },
      status: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    // `pnpm badge -- --city …` hands the separator through.
    args: process.argv.slice(2).filter((a) => a !== '--'),
  }).values;
} catch (error) {
  fail((error as Error).message);
}

if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const city = args.city?.trim();
if (!city) fail('--city is required');
if (city.length > 200) fail('--city is longer than 200 characters');
let year: number | undefined;
if (args.year !== undefined) {
  year = Number(args.year);
  if (!/^\d{4}$/.test(args.year)) fail('--year must be a year such as 2011');
}

let count: StatusCount | undefined;
if (args.status !== undefined) {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(args.status, 'utf8'));
  } catch (error) {
    fail(`cannot read ${args.status}: ${(error as Error).message}`);
  }
  count = statusCount(data);
  if (count === undefined) fail(`${args.status} is not a valid published checklist (hrc-assessment)`);
}

const lang = oneOf<string>('lang', args.lang, LOCALES, 'en');
// The catalogs of the language, most specific first (`de-AT`, then `de`); English is in the code.
const catalogs = lang
  .split('-')
  .map((_, i, parts) => parts.slice(0, parts.length - i).join('-'))
  .filter((tag) => tag !== 'en' && existsSync(new URL(`${tag}.json`, localesDir)))
  .map((tag) => JSON.parse(readFileSync(new URL(`${tag}.json`, localesDir), 'utf8')) as Catalog);

process.stdout.write(
  renderBadgeSvg({
    city,
    year,
    lang,
    catalogs,
    variant: oneOf<BadgeVariant>('variant', args.variant, BADGE_VARIANTS, 'seal'),
    size: oneOf<BadgeSize>('size', args.size, BADGE_SIZES, 'm'),
    theme: oneOf<BadgeTheme>('theme', args.theme, BADGE_THEMES, 'light'),
    count,
  }),
);
