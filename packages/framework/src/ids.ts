/**
 * Stable identifiers. These are public API: they appear in saved assessments, report payloads, embed
 * attributes and CMS settings. Never rename one; add new ones at the end of a list.
 */

/**
 * A language, as a BCP 47 tag (`nl`, `de-AT`). The kit knows no fixed list of languages: the locales a
 * build ships are listed in the self-hosted folder's manifest (`locales`), and a page may add its own.
 */
export type Locale = string;
/** The language the kit is written in; every other locale falls back to it. */
export const DEFAULT_LOCALE = 'en';
/** A well-formed language tag: a 2–3 letter language, then optional script, region or variant subtags. */
export const LOCALE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export const LAYER_IDS = ['foundations', 'structures', 'tools'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** The 20 elements of the FRA framework, in the guide's order. */
export const ELEMENT_IDS = [
  // foundations
  'eu-charter',
  'international-standards',
  'sdgs',
  'international-monitoring',
  // structures
  'declaration',
  'elected-representative',
  'human-rights-office',
  'participatory-council',
  'anti-discrimination-office',
  'annual-report',
  'partnerships',
  // tools
  'mainstreaming',
  'rights-based-approach',
  'training-education',
  'budgeting-procurement',
  'local-action-plan',
  'decision-compatibility',
  'participatory-monitoring',
  'awareness-raising',
  'transnational-cooperation',
] as const;
export type ElementId = (typeof ELEMENT_IDS)[number];

export const ELEMENT_LAYER: Readonly<Record<ElementId, LayerId>> = {
  'eu-charter': 'foundations',
  'international-standards': 'foundations',
  sdgs: 'foundations',
  'international-monitoring': 'foundations',
  declaration: 'structures',
  'elected-representative': 'structures',
  'human-rights-office': 'structures',
  'participatory-council': 'structures',
  'anti-discrimination-office': 'structures',
  'annual-report': 'structures',
  partnerships: 'structures',
  mainstreaming: 'tools',
  'rights-based-approach': 'tools',
  'training-education': 'tools',
  'budgeting-procurement': 'tools',
  'local-action-plan': 'tools',
  'decision-compatibility': 'tools',
  'participatory-monitoring': 'tools',
  'awareness-raising': 'tools',
  'transnational-cooperation': 'tools',
};

/** The seven titles (chapters) of the EU Charter of Fundamental Rights. */
export const CHAPTER_IDS = [
  'dignity',
  'freedoms',
  'equality',
  'solidarity',
  'citizens-rights',
  'justice',
  'general-provisions',
] as const;
export type ChapterId = (typeof CHAPTER_IDS)[number];

/**
 * Discrimination grounds: the Charter's article 21(1) list, nationality (21(2)), then grounds that
 * European equality bodies commonly add.
 */
export const GROUND_IDS = [
  // Charter article 21(1)
  'sex',
  'race',
  'colour',
  'ethnic-or-social-origin',
  'genetic-features',
  'language',
  'religion-or-belief',
  'political-or-other-opinion',
  'national-minority',
  'property',
  'birth',
  'disability',
  'age',
  'sexual-orientation',
  // Charter article 21(2)
  'nationality',
  // commonly added by equality bodies
  'gender-identity',
  'gender-expression',
  'sex-characteristics',
  'chronic-illness',
  'civil-status',
  'working-time',
] as const;
export type GroundId = (typeof GROUND_IDS)[number];

export const GROUND_SOURCES = ['charter-21-1', 'charter-21-2', 'equality-bodies'] as const;
export type GroundSource = (typeof GROUND_SOURCES)[number];

/** Where discrimination happens. */
export const DOMAIN_IDS = [
  'work',
  'housing',
  'education',
  'health-care',
  'police',
  'public-space-transport',
  'shops-hospitality',
  'online',
  'municipal-services',
  'other',
] as const;
export type DomainId = (typeof DOMAIN_IDS)[number];

/** The Charter rights closest to city life: the cards a collection shows when a page names none. */
export const EXPLAINED_ARTICLES = [
  1, 7, 8, 10, 11, 12, 14, 15, 21, 22, 23, 24, 25, 26, 31, 33, 34, 35, 37, 41, 42, 43, 47,
] as const;

/** Charter articles whose card leads to the report form (equality and non-discrimination). */
export const EQUALITY_ARTICLES = [21, 22, 23, 24, 25, 26] as const;
