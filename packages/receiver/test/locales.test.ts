// The receiver's catalogs (locales/<tag>.json): one per language the kit ships, each holding only
// texts English has, with the same placeholders, and answered in by the running code.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  dirOf,
  errorMessage,
  fieldMessage,
  LOCALES,
  officeCatalog,
  type ErrorCode,
} from '../src/messages.js';

const dir = new URL('../locales/', import.meta.url);
const read = (file: string) =>
  JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Record<string, unknown>;
const english = read('en.json');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const widgetLocales = readdirSync(new URL('../../widgets/locales/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length));

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const isPlural = (v: unknown): v is Record<string, string> =>
  !!v && typeof v === 'object' && 'other' in v && Object.keys(v).every((k) => CATEGORIES.includes(k));
const placeholders = (v: unknown): string =>
  [...new Set(JSON.stringify(v).match(/\{\d+\}/g) ?? [])].sort().join(',');

/** Every text of a catalog by its place (`office.fields.when`), plural sets as one. */
function texts(value: unknown, path = '', out = new Map<string, unknown>()) {
  if (typeof value === 'string' || isPlural(value)) out.set(path, value);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) texts(v, path ? `${path}.${k}` : k, out);
  return out;
}
const sections = (c: Record<string, unknown>) =>
  texts({ errors: c.errors, fields: c.fields, office: c.office });

describe('receiver catalogs', () => {
  it('exist for every language the kit ships, and no other', () => {
    expect(files.map((f) => f.slice(0, -5)).sort()).toEqual([...widgetLocales].sort());
    expect([...LOCALES].sort()).toEqual([...widgetLocales].sort());
  });

  it.each(files)('%s names itself and holds only texts English has, with its placeholders', (file) => {
    const c = read(file);
    expect(`${String(c.locale)}.json`).toBe(file);
    expect(['ltr', 'rtl']).toContain(c.dir);
    expect(['draft', 'reviewed']).toContain(c.status);
    expect(typeof c.name).toBe('string');
    const en = sections(english);
    const problems: string[] = [];
    for (const [place, text] of sections(c)) {
      if (!en.has(place)) problems.push(`${place}: not in English`);
      else if (placeholders(text) !== placeholders(en.get(place)))
        problems.push(
          `${place}: placeholders ${placeholders(text)} where English has ${placeholders(en.get(place))}`,
        );
      if (isPlural(text)) {
        const wanted = new Intl.PluralRules(String(c.locale)).resolvedOptions().pluralCategories;
        for (const k of Object.keys(text))
          if (!wanted.includes(k as Intl.LDMLPluralRule)) problems.push(`${place}.${k}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers in each language, English where a text is missing', () => {
    for (const locale of LOCALES) {
      const c = read(`${locale}.json`) as { errors: Record<string, string>; fields: Record<string, string> };
      for (const code of Object.keys(english.errors as object))
        expect(errorMessage(code as ErrorCode, locale)).toBe(
          c.errors[code] ?? (english.errors as Record<string, string>)[code],
        );
      expect(fieldMessage('too_big', locale)).toBe(
        c.fields.too_big ?? (english.fields as Record<string, string>).too_big,
      );
      const office = JSON.parse(officeCatalog(locale)) as { locale: string; office: unknown };
      expect(office.locale).toBe(locale);
      // The office texts served are complete: English stands in for what the language lacks.
      expect([...sections({ office: office.office }).keys()]).toEqual([
        ...sections({ office: english.office }).keys(),
      ]);
    }
    expect(dirOf('en')).toBe('ltr');
  });
});
