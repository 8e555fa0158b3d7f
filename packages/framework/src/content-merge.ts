/**
 * Builds one locale's content sections from the JSON source files (see sections.ts): English is the
 * source, a translation gives texts at the same places, and every text a translation lacks is taken
 * from English and listed in `fallback`. Pure functions, used by the build and the tests; the result is
 * checked against the section schemas by the caller.
 */
import {
  CONTENT_SECTIONS,
  KEYED_LISTS,
  SECTION_KEYS,
  SOURCE_SECTION_OF,
  TRANSLATABLE,
  type ContentSection,
} from './sections.js';

/** The parsed source files of one locale, by section (a locale may lack some or all of them). */
export type SourceFiles = Partial<Record<ContentSection, Record<string, unknown>>>;

export interface BuiltSection {
  /** The section's keys, lists as arrays, texts filled in from English where the translation has none. */
  content: Record<string, unknown>;
  /** Places of the texts taken from English, e.g. `elements.3.summary`. */
  fallback: string[];
  /** Translatable texts in the section, and how many of them this locale gives. */
  total: number;
  translated: number;
  /** What is wrong with the translation file: unknown ids or keys, values at places that take none. */
  problems: string[];
}

const translatable = TRANSLATABLE.map(
  (p) =>
    new RegExp(
      `^${p
        .split('.')
        .map((s) => (s === '*' ? '[^.]+' : s))
        .join('\\.')}$`,
    ),
);
const isTranslatable = (path: string) => translatable.some((re) => re.test(path));

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

interface Walk {
  fallback: string[];
  problems: string[];
  total: number;
  translated: number;
}

/**
 * English value `en` with the translation `tr` laid over it. `keyPath` is the place without positions
 * (to find keyed lists), `path` the place in the built content.
 */
function merge(en: unknown, tr: unknown, keyPath: string, path: string, w: Walk): unknown {
  const absent = tr === undefined || tr === null;
  if (Array.isArray(en)) {
    if (!absent && !Array.isArray(tr)) w.problems.push(`${path}: should be a list`);
    const list = Array.isArray(tr) ? tr : [];
    if (list.length > en.length) w.problems.push(`${path}: has ${list.length} entries, English ${en.length}`);
    return en.map((v, i) => merge(v, list[i], `${keyPath}.*`, `${path}.${i}`, w));
  }
  if (isRecord(en)) {
    if (!absent && !isRecord(tr)) w.problems.push(`${path}: should be an object`);
    const given = isRecord(tr) ? tr : {};
    for (const k of Object.keys(given)) if (!(k in en)) w.problems.push(`${path}.${k}: not in English`);
    const key = KEYED_LISTS[keyPath];
    if (key) {
      return Object.entries(en).map(([id, item], i) => ({
        [key]: key === 'number' ? Number(id) : id,
        ...(merge(item, given[id], `${keyPath}.*`, `${path}.${i}`, w) as Record<string, unknown>),
      }));
    }
    return Object.fromEntries(
      Object.entries(en).map(([k, v]) => [k, merge(v, given[k], `${keyPath}.${k}`, `${path}.${k}`, w)]),
    );
  }
  if (typeof en === 'string' && isTranslatable(path) && /\.url$/.test(path)) {
    // A link may point at a page in the language; where it does not, the English page is still the
    // right link, not a missing translation (it counts neither way, and is not marked as English text).
    if (typeof tr === 'string' && tr.trim() !== '') return tr;
    if (!absent && typeof tr !== 'string') w.problems.push(`${path}: should be a text`);
    return en;
  }
  if (typeof en === 'string' && isTranslatable(path)) {
    w.total++;
    if (typeof tr === 'string' && tr.trim() !== '') {
      w.translated++;
      return tr;
    }
    if (!absent && typeof tr !== 'string') w.problems.push(`${path}: should be a text`);
    w.fallback.push(path);
    return en;
  }
  if (!absent) w.problems.push(`${path}: is the same in every language and cannot be translated`);
  return en;
}

/** One section of one locale, from the English files and (unless it is English) the locale's own. */
export function buildSection(
  section: ContentSection,
  english: SourceFiles,
  translation: SourceFiles | undefined,
): BuiltSection {
  const w: Walk = { fallback: [], problems: [], total: 0, translated: 0 };
  // English translates itself: every text is there (and its ids and numbers are no problem).
  const given = translation ?? english;
  const content: Record<string, unknown> = {};
  for (const key of SECTION_KEYS[section]) {
    const owner = SOURCE_SECTION_OF[key] ?? section;
    const en = english[owner]?.[key];
    if (en === undefined) throw new Error(`content/en/${owner}.json has no "${key}"`);
    content[key] = merge(en, given[owner]?.[key], key, key, w);
  }
  const owns = (key: string) =>
    (SECTION_KEYS[section] as readonly string[]).includes(key) &&
    (SOURCE_SECTION_OF[key] ?? section) === section;
  for (const key of Object.keys(given[section] ?? {}))
    if (!owns(key)) w.problems.push(`${key}: does not belong in ${section}.json`);
  return { content, ...w, problems: translation ? w.problems : [] };
}

export interface BuiltLocale {
  /** Each section file's content: `{ schemaVersion, locale, section, …keys, fallback? }`. */
  sections: Record<ContentSection, Record<string, unknown>>;
  /** All sections in one object (`dist/content/<locale>.json`). */
  whole: Record<string, unknown>;
  /** Translated and translatable texts per section. */
  completeness: Record<ContentSection, { translated: number; total: number }>;
  /** Problems of the locale's files, as `<section>: <place>: <what>`. */
  problems: string[];
}

/** All sections of one locale (`translation` undefined for English, or a locale with no files yet). */
export function buildLocale(
  locale: string,
  schemaVersion: number,
  english: SourceFiles,
  translation: SourceFiles | undefined,
): BuiltLocale {
  const sections = {} as BuiltLocale['sections'];
  const completeness = {} as BuiltLocale['completeness'];
  const problems: string[] = [];
  const whole: Record<string, unknown> = { schemaVersion, locale };
  const fallback = new Set<string>();
  // A locale without files of its own is English throughout, every text a fallback.
  const given = locale === 'en' ? undefined : (translation ?? {});
  for (const section of CONTENT_SECTIONS) {
    const built = buildSection(section, english, given);
    problems.push(...built.problems.map((p) => `${section}: ${p}`));
    sections[section] = {
      schemaVersion,
      locale,
      section,
      ...built.content,
      ...(built.fallback.length ? { fallback: built.fallback } : {}),
    };
    completeness[section] = { translated: built.translated, total: built.total };
    Object.assign(whole, built.content);
    for (const p of built.fallback) fallback.add(p);
  }
  if (fallback.size) whole.fallback = [...fallback];
  return { sections, whole, completeness, problems };
}
