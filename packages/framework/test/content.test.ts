import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DOMAIN_IDS,
  ELEMENT_IDS,
  ELEMENT_LAYER,
  EXPLAINED_ARTICLES,
  GROUND_IDS,
  LAYER_IDS,
  LOCALES,
  localeContentSchema,
  type LocaleContent,
} from '../src/index.js';
import { contentFor, contentSource } from '../src/content/index.js';

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

const content: Record<string, LocaleContent> = Object.fromEntries(LOCALES.map((l) => [l, contentFor(l)]));

type Visit = (value: unknown, path: string) => void;
function walk(value: unknown, visit: Visit, path = ''): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, visit, `${path}[${i}]`));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) walk(v, visit, path ? `${path}.${k}` : k);
}

describe('content source (side by side)', () => {
  it('has every text in both locales, non-empty and trimmed', () => {
    const problems: string[] = [];
    walk(contentSource, (v, path) => {
      if (v && typeof v === 'object' && !Array.isArray(v) && 'nl' in v && 'en' in v) {
        for (const l of LOCALES) {
          const s = (v as Record<string, unknown>)[l];
          if (typeof s !== 'string' || s.trim() === '' || s.trim() !== s) problems.push(`${path}.${l}`);
        }
      }
    });
    expect(problems).toEqual([]);
  });

  it('addresses Dutch readers in one form, "u", everywhere', () => {
    const informal: string[] = [];
    walk(contentSource, (v, path) => {
      if (v && typeof v === 'object' && !Array.isArray(v) && 'nl' in v) {
        const nl = (v as { nl: unknown }).nl;
        if (typeof nl === 'string' && /\b(je|jij|jou|jouw|jezelf|jullie)\b/i.test(nl)) informal.push(path);
      }
    });
    expect(informal).toEqual([]);
  });

  it('has prose that is really translated (Dutch differs from English)', () => {
    const prose =
      /(summary|why|howTo|text|meaning|example|finding|whatIs|scope|rightsVsFundamental|localFocus|description|advice)/;
    const same: string[] = [];
    walk(contentSource, (v, path) => {
      if (prose.test(path) && v && typeof v === 'object' && 'nl' in v && 'en' in v) {
        const { nl, en } = v as { nl: string; en: string };
        if (nl === en && nl.length > 30) same.push(path);
      }
    });
    expect(same).toEqual([]);
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
      expect(a.url).toMatch(/^https:\/\/fra\.europa\.eu\/(nl|en)\/eu-charter/);
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

  it('are written to dist/<locale>.json by the build, unchanged', () => {
    for (const l of LOCALES) {
      const built = JSON.parse(readFileSync(new URL(`../dist/${l}.json`, import.meta.url), 'utf8'));
      expect(built).toEqual(content[l]);
    }
  });
});
