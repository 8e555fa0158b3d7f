/**
 * How the content is cut into sections, so that an element fetches only what it shows: the report form
 * its grounds and domains, a rights card the Charter, the checklist the framework.
 *
 * Source files: `content/<locale>/<section>.json`. English is the source and holds everything (ids,
 * numbers, links); another locale's file holds only its translated texts, at the same places. Lists
 * with ids are written as objects keyed by those ids (`"elements": { "eu-charter": { … } }`), so a
 * translation names what it translates; other lists (tips, examples) by position.
 *
 * Built files: `dist/content/<locale>/<section>.json`, the same keys as one locale's whole content
 * (`LocaleContent`), lists as arrays, with every text a translation lacks filled in from English and its
 * place listed in `fallback` (e.g. `elements.3.summary`), so that elements can mark it `lang="en"`.
 */

export const CONTENT_SECTIONS = ['framework', 'charter', 'report', 'about'] as const;
export type ContentSection = (typeof CONTENT_SECTIONS)[number];

/** The top-level keys of each section. `source` (the guide) is in both sections that cite it. */
export const SECTION_KEYS = {
  framework: ['source', 'layers', 'elements'],
  charter: ['charter'],
  report: ['grounds', 'domains'],
  about: [
    'source',
    'intro',
    'history',
    'survey',
    'addedValue',
    'quotes',
    'networks',
    'otherResources',
    'communication',
  ],
} as const satisfies Record<ContentSection, readonly string[]>;

/** The section whose source file holds a key that two sections share. */
export const SOURCE_SECTION_OF: Readonly<Record<string, ContentSection>> = { source: 'about' };

/** Lists written as objects keyed by a field of their items: path → the field that is the key. */
export const KEYED_LISTS: Readonly<Record<string, 'id' | 'number'>> = {
  layers: 'id',
  elements: 'id',
  'charter.chapters': 'id',
  'charter.articles': 'number',
  grounds: 'id',
  domains: 'id',
  networks: 'id',
  'addedValue.items': 'id',
};

/**
 * The texts a translation may give, as paths in the built content (`*` is any position or key). Other
 * values (ids, numbers, links, names as published) come from English in every locale; article links
 * are translatable because FRA publishes a page per language.
 */
export const TRANSLATABLE: readonly string[] = [
  'source.title',
  'source.publisher',
  'layers.*.title',
  'layers.*.summary',
  'elements.*.title',
  'elements.*.summary',
  'elements.*.why',
  'elements.*.howTo.*',
  'elements.*.examples.*.city',
  'elements.*.examples.*.country',
  'elements.*.examples.*.text',
  'elements.*.resources.*.title',
  'charter.chapters.*.title',
  'charter.articles.*.title',
  'charter.articles.*.url',
  'charter.articles.*.plain.meaning',
  'charter.articles.*.plain.example',
  'grounds.*.label',
  'domains.*.label',
  'intro.*',
  'history.summary',
  'history.cities.*.name',
  'history.cities.*.country',
  'survey.population',
  'survey.finding',
  'addedValue.summary',
  'addedValue.items.*.label',
  'quotes.*.role',
  'quotes.*.city',
  'quotes.*.summary',
  'networks.*.description',
  'otherResources.*.title',
  'communication.keys.title',
  'communication.advice.*',
];
