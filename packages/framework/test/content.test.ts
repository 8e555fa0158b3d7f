import { buildSection } from '../src/content-merge.js';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SCHEMA_VERSION,
  CONTENT_SECTIONS,
  DOMAIN_IDS,
  ELEMENT_IDS,
  ELEMENT_LAYER,
  EXPLAINED_ARTICLES,
  GROUND_IDS,
  LAYER_IDS,
  buildLocale,
  localeContentSchema,
  sectionSchemas,
  type LocaleContent,
  type SourceFiles,
} from '../src/index.js';

const contentDir = new URL('../content/', import.meta.url);
const distDir = new URL('../dist/content/', import.meta.url);
const readJson = (url: URL) => JSON.parse(readFileSync(url, 'utf8'));

/** The locales with source files, English first. */
const LOCALES = readdirSync(contentDir).sort((a, b) =>
  a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b),
);
const sourceFiles = (locale: string): SourceFiles =>
  Object.fromEntries(
    readdirSync(new URL(`${locale}/`, contentDir)).map((f) => [
      f.replace(/\.json$/, ''),
      readJson(new URL(`${locale}/${f}`, contentDir)),
    ]),
  );
const english = sourceFiles('en');
const built = Object.fromEntries(
  LOCALES.map((l) => [
    l,
    buildLocale(l, CONTENT_SCHEMA_VERSION, english, l === 'en' ? undefined : sourceFiles(l)),
  ]),
);

/** The ids and layers of the framework outline (public API, never to change). */
const OUTLINE: [string, string][] = [
  ['eu-charter', 'foundations'],
  ['international-standards', 'foundations'],
  ['sdgs', 'foundations'],
  ['international-monitoring', 'foundations'],
  ['declaration', 'structures'],
  ['elected-representative', 'structures'],
  ['human-rights-office', 'structures'],
  ['participatory-council', 'structures'],
  ['anti-discrimination-office', 'structures'],
  ['annual-report', 'structures'],
  ['partnerships', 'structures'],
  ['mainstreaming', 'tools'],
  ['rights-based-approach', 'tools'],
  ['training-education', 'tools'],
  ['budgeting-procurement', 'tools'],
  ['local-action-plan', 'tools'],
  ['decision-compatibility', 'tools'],
  ['participatory-monitoring', 'tools'],
  ['awareness-raising', 'tools'],
  ['transnational-cooperation', 'tools'],
];

/** The Charter's seven titles and the articles each spans. */
const CHAPTER_RANGES: [string, number, number][] = [
  ['dignity', 1, 5],
  ['freedoms', 6, 19],
  ['equality', 20, 26],
  ['solidarity', 27, 38],
  ['citizens-rights', 39, 46],
  ['justice', 47, 50],
  ['general-provisions', 51, 54],
];

const content: Record<string, LocaleContent> = Object.fromEntries(
  LOCALES.map((l) => [l, localeContentSchema.parse(built[l]!.whole)]),
);

type Visit = (value: unknown, path: string) => void;
function walk(value: unknown, visit: Visit, path = ''): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, visit, `${path}[${i}]`));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) walk(v, visit, path ? `${path}.${k}` : k);
}

describe('content source files', () => {
  it('are all English (the source) or all Dutch, complete, with no problems', () => {
    expect(LOCALES).toContain('en');
    expect(LOCALES).toContain('nl');
    for (const l of ['en', 'nl']) {
      expect(built[l]!.problems, l).toEqual([]);
      expect(built[l]!.whole.fallback, l).toBeUndefined();
      for (const s of CONTENT_SECTIONS) {
        const { translated, total } = built[l]!.completeness[s];
        expect(translated, `${l} ${s}`).toBe(total);
      }
    }
  });

  it('addresses Dutch readers in one form, "u", everywhere', () => {
    const informal: string[] = [];
    walk(content.nl, (v, path) => {
      if (typeof v === 'string' && /\b(je|jij|jou|jouw|jezelf|jullie)\b/i.test(v)) informal.push(path);
    });
    expect(informal).toEqual([]);
  });

  it('have prose that is really translated (Dutch differs from English)', () => {
    const prose =
      /(^|\.)(summary|why|howTo|text|meaning|example|finding|whatIs|scope|rightsVsFundamental|localFocus|description|advice)(\[\d+\])?$/;
    const same: string[] = [];
    walk(content.nl, (v, path) => {
      if (typeof v !== 'string' || !prose.test(path) || v.length <= 30) return;
      let en: unknown = content.en;
      for (const k of path.split(/[.[\]]+/).filter(Boolean)) en = (en as Record<string, unknown>)[k];
      if (en === v) same.push(path);
    });
    expect(same).toEqual([]);
  });

  it('give other locales texts only: ids, numbers and links stay in English', () => {
    const nl = sourceFiles('nl') as Record<string, Record<string, unknown>>;
    expect(Object.keys(nl.framework!.elements as object)).toEqual([...ELEMENT_IDS]);
    const first = (nl.framework!.elements as Record<string, Record<string, unknown>>)['eu-charter']!;
    expect(Object.keys(first).sort()).toEqual(['examples', 'howTo', 'resources', 'summary', 'title', 'why']);
  });
});

describe.each(LOCALES)('content (%s)', (locale) => {
  const c = content[locale]!;

  it('validates against the content schema', () => {
    const result = localeContentSchema.safeParse(c);
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
  });

  it('has the outline ids, layers and order', () => {
    expect(c.elements.map((e) => [e.id, e.layer])).toEqual(OUTLINE);
    expect([...ELEMENT_IDS]).toEqual(OUTLINE.map(([id]) => id));
    expect(Object.entries(ELEMENT_LAYER)).toEqual(OUTLINE);
    expect(c.layers.map((l) => l.id)).toEqual([...LAYER_IDS]);
  });

  it('has 4, 7 and 9 elements per layer', () => {
    const count = (layer: string) => c.elements.filter((e) => e.layer === layer).length;
    expect([count('foundations'), count('structures'), count('tools')]).toEqual([4, 7, 9]);
  });

  it('has unique ids everywhere', () => {
    const lists = {
      elements: c.elements.map((e) => e.id),
      networks: c.networks.map((n) => n.id),
      addedValue: c.addedValue.items.map((i) => i.id),
      grounds: c.grounds.map((g) => g.id),
      domains: c.domains.map((d) => d.id),
      articles: c.charter.articles.map((a) => String(a.number)),
    };
    for (const [name, ids] of Object.entries(lists)) expect(new Set(ids).size, name).toBe(ids.length);
  });

  it('has all 54 Charter articles in their chapters', () => {
    expect(c.charter.articles.map((a) => a.number)).toEqual(Array.from({ length: 54 }, (_, i) => i + 1));
    for (const [chapter, from, to] of CHAPTER_RANGES)
      for (const a of c.charter.articles.filter((x) => x.number >= from && x.number <= to))
        expect(a.chapter, `article ${a.number}`).toBe(chapter);
    expect(c.charter.chapters.map((ch) => ch.id)).toEqual(CHAPTER_RANGES.map(([id]) => id));
  });

  it('explains the rights closest to city life in plain language', () => {
    const explained = c.charter.articles.filter((a) => a.plain).map((a) => a.number);
    expect(explained).toEqual(expect.arrayContaining([...EXPLAINED_ARTICLES]));
  });

  it('links every article to a page on the FRA site', () => {
    for (const a of c.charter.articles)
      expect(a.url).toMatch(/^https:\/\/fra\.europa\.eu\/[a-z]{2}\/eu-charter/);
  });

  it('links the articles cities show most (equality: 21, 23, 26) to their own pages, not the overview', () => {
    for (const n of [21, 23, 26]) {
      const a = c.charter.articles.find((x) => x.number === n)!;
      expect(a.url, `article ${n}`).toMatch(new RegExp(`/eu-charter/article/${n}-`));
    }
  });

  it('lists the grounds and domains in id order', () => {
    expect(c.grounds.map((g) => g.id)).toEqual([...GROUND_IDS]);
    expect(c.domains.map((d) => d.id)).toEqual([...DOMAIN_IDS]);
    expect(c.grounds.filter((g) => g.source === 'charter-21-2').map((g) => g.id)).toEqual(['nationality']);
  });

  it('carries the survey fact, the 14 networks and the first cities', () => {
    expect(c.survey.respondents).toBe(35000);
    expect(c.survey.share).toBe(0.9);
    expect(c.networks).toHaveLength(14);
    const first = c.history.cities.find((city) => city.status === 'first');
    expect(first?.year).toBe(1997);
    expect(c.history.cities.some((city) => city.year === 2001 && city.eu)).toBe(true);
  });

  it('has a well-formed absolute URL wherever a URL is given', () => {
    const bad: string[] = [];
    walk(c, (v, path) => {
      if (/(^|\.)url$/.test(path)) {
        try {
          const u = new URL(v as string);
          if (!/^https?:$/.test(u.protocol) || /\s/.test(v as string)) bad.push(path);
        } catch {
          bad.push(path);
        }
      }
    });
    expect(bad).toEqual([]);
  });
});

describe('locales', () => {
  it('have the same shape: same keys, ids, numbers and list lengths', () => {
    const shape = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(shape);
      if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
      return typeof value === 'string' ? 'string' : value;
    };
    const { locale: _nl, ...nl } = content.nl!;
    const { locale: _en, ...en } = content.en!;
    expect(shape(nl)).toEqual(shape(en));
    // ids are not translated
    expect(nl.elements.map((e) => e.id)).toEqual(en.elements.map((e) => e.id));
  });

  it('are written to dist/content/<locale>/<section>.json by the build, unchanged', () => {
    for (const l of LOCALES) {
      expect(readJson(new URL(`${l}.json`, distDir)), l).toEqual(content[l]);
      for (const s of CONTENT_SECTIONS) {
        const file = readJson(new URL(`${l}/${s}.json`, distDir));
        expect(sectionSchemas[s].safeParse(file).success, `${l}/${s}`).toBe(true);
        expect(file, `${l}/${s}`).toEqual(built[l]!.sections[s]);
      }
    }
  });

  it('split so that the report form needs only its grounds and domains', () => {
    const report = readJson(new URL('en/report.json', distDir));
    expect(Object.keys(report).sort()).toEqual(['domains', 'grounds', 'locale', 'schemaVersion', 'section']);
  });
});

describe('a partial translation', () => {
  const de: SourceFiles = {
    report: { grounds: { sex: { label: 'Geschlecht' } }, domains: { work: { label: 'Arbeit' } } },
    framework: {
      elements: { sdgs: { title: 'Ziele für nachhaltige Entwicklung', howTo: [null, 'Zweiter Tipp'] } },
    },
  };
  const result = buildLocale('de', CONTENT_SCHEMA_VERSION, english, de);

  it('ships, filling what it lacks from English and listing those places', () => {
    expect(result.problems).toEqual([]);
    const report = sectionSchemas.report.parse(result.sections.report);
    expect(report.grounds[0]).toEqual({ id: 'sex', label: 'Geschlecht', source: 'charter-21-1' });
    expect(report.grounds[1]!.label).toBe(content.en!.grounds[1]!.label);
    expect(report.fallback).toContain('grounds.1.label');
    expect(report.fallback).not.toContain('grounds.0.label');
    const framework = sectionSchemas.framework.parse(result.sections.framework);
    const sdgs = framework.elements[2]!;
    expect(sdgs.title).toBe('Ziele für nachhaltige Entwicklung');
    expect(sdgs.howTo[1]).toBe('Zweiter Tipp');
    expect(framework.fallback).toContain('elements.2.howTo.0');
    expect(framework.fallback).not.toContain('elements.2.howTo.1');
    expect(result.completeness.report).toEqual({
      translated: 2,
      total: GROUND_IDS.length + DOMAIN_IDS.length,
    });
    expect(localeContentSchema.safeParse(result.whole).success).toBe(true);
  });

  it('is English throughout, and marked so, when the locale has no files at all', () => {
    const none = buildLocale('xx', CONTENT_SCHEMA_VERSION, english, undefined);
    expect(none.completeness.charter.translated).toBe(0);
    expect(none.sections.charter.fallback).toContain('charter.articles.0.title');
  });

  it('is refused for unknown ids, keys, values that are not translatable, and lists too long', () => {
    const wrong = buildLocale('de', CONTENT_SCHEMA_VERSION, english, {
      report: { grounds: { gender: { label: 'x' }, sex: { label: 'y', source: 'z' } }, colours: {} },
      framework: { elements: { sdgs: { howTo: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'] } } },
    });
    expect(wrong.problems).toEqual([
      'framework: elements.2.howTo: has 11 entries, English 3',
      'report: grounds.gender: not in English',
      'report: grounds.0.source: is the same in every language and cannot be translated',
      'report: colours: does not belong in report.json',
    ]);
  });
});

describe('a translation’s links', () => {
  const english = {
    charter: JSON.parse(readFileSync(new URL('en/charter.json', contentDir), 'utf8')) as Record<
      string,
      unknown
    >,
  };
  const article = { title: 'Nichtdiskriminierung', plain: { meaning: 'Bedeutung', example: 'Beispiel' } };

  it('are optional: an English link counts neither as missing nor as English text', () => {
    const built = buildSection('charter', english, { charter: { charter: { articles: { '21': article } } } });
    expect(built.problems).toEqual([]);
    expect(built.fallback.some((p) => p.endsWith('.url'))).toBe(false);
    const withLink = buildSection('charter', english, {
      charter: {
        charter: {
          articles: {
            '21': { ...article, url: 'https://fra.europa.eu/de/eu-charter/article/21-nichtdiskriminierung' },
          },
        },
      },
    });
    // The same count of translatable texts either way: the link is not one of them.
    expect(withLink.total).toBe(built.total);
    expect(withLink.translated).toBe(built.translated);
    const a21 = (withLink.content.charter as { articles: { number: number; url: string }[] }).articles.find(
      (a) => a.number === 21,
    );
    expect(a21?.url).toBe('https://fra.europa.eu/de/eu-charter/article/21-nichtdiskriminierung');
  });
});
