/**
 * Schemas of the built content: one locale's sections (`dist/content/<locale>/<section>.json`) and its
 * whole content (`dist/<locale>.json`). Browser code uses the inferred types only; the build and the
 * tests validate every locale against these schemas.
 */
import * as z from 'zod/mini';
import {
  CHAPTER_IDS,
  DOMAIN_IDS,
  ELEMENT_IDS,
  GROUND_IDS,
  GROUND_SOURCES,
  LAYER_IDS,
  LOCALE_TAG,
} from '../ids.js';
import { CONTENT_SECTIONS, SECTION_KEYS, type ContentSection } from '../sections.js';

export const CONTENT_SCHEMA_VERSION = 2;

/** A non-empty, trimmed text. */
const text = z.string().check(
  z.minLength(1),
  z.refine((s) => s.trim() === s && s.trim().length > 0, 'must be non-empty and trimmed'),
);
const httpUrl = z.httpUrl();

export const resourceSchema = z.object({
  title: text,
  publisher: text,
  url: httpUrl,
  year: z.optional(z.int().check(z.minimum(1945), z.maximum(2100))),
});

export const practiceExampleSchema = z.object({
  city: text,
  country: text,
  text,
  url: z.optional(httpUrl),
});

export const quoteSchema = z.object({
  person: text,
  role: text,
  city: text,
  element: z.optional(z.enum(ELEMENT_IDS)),
  summary: text,
});

export const layerSchema = z.object({
  id: z.enum(LAYER_IDS),
  title: text,
  summary: text,
});

export const elementSchema = z.object({
  id: z.enum(ELEMENT_IDS),
  layer: z.enum(LAYER_IDS),
  title: text,
  summary: text,
  why: text,
  howTo: z.array(text).check(z.minLength(1)),
  examples: z.array(practiceExampleSchema),
  resources: z.array(resourceSchema),
});

export const chapterSchema = z.object({
  id: z.enum(CHAPTER_IDS),
  numeral: z.enum(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']),
  title: text,
});

export const articleSchema = z.object({
  number: z.int().check(z.minimum(1), z.maximum(54)),
  chapter: z.enum(CHAPTER_IDS),
  title: text,
  url: httpUrl,
  plain: z.optional(z.object({ meaning: text, example: text })),
  reportGround: z.optional(z.enum(GROUND_IDS)),
});

export const groundSchema = z.object({
  id: z.enum(GROUND_IDS),
  label: text,
  source: z.enum(GROUND_SOURCES),
});

export const domainSchema = z.object({
  id: z.enum(DOMAIN_IDS),
  label: text,
});

export const citySchema = z.object({
  name: text,
  country: text,
  year: z.optional(z.int().check(z.minimum(1990), z.maximum(2100))),
  status: z.enum(['first', 'human-rights-city', 'working-towards']),
  eu: z.boolean(),
});

export const networkSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  name: text,
  abbreviation: z.optional(text),
  url: httpUrl,
  description: text,
});

/** Every key of a locale's content, each with its schema. */
const contentShape = {
  source: z.object({ title: text, publisher: text, year: z.int(), url: httpUrl }),
  intro: z.object({ whatIs: text, scope: text, rightsVsFundamental: text, localFocus: text }),
  history: z.object({ summary: text, cities: z.array(citySchema).check(z.minLength(1)) }),
  survey: z.object({
    respondents: z.int().check(z.minimum(1)),
    share: z.number().check(z.minimum(0), z.maximum(1)),
    population: text,
    finding: text,
    url: z.optional(httpUrl),
  }),
  addedValue: z.object({
    summary: text,
    items: z.array(z.object({ id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)), label: text })),
  }),
  layers: z.array(layerSchema).check(z.length(3)),
  elements: z.array(elementSchema).check(z.length(20)),
  quotes: z.array(quoteSchema),
  networks: z.array(networkSchema),
  otherResources: z.array(resourceSchema),
  communication: z.object({ keys: resourceSchema, advice: z.array(text).check(z.minLength(1)) }),
  charter: z.object({
    chapters: z.array(chapterSchema).check(z.length(7)),
    articles: z.array(articleSchema).check(z.length(54)),
  }),
  grounds: z.array(groundSchema).check(z.length(GROUND_IDS.length)),
  domains: z.array(domainSchema).check(z.length(DOMAIN_IDS.length)),
};

const meta = {
  schemaVersion: z.literal(CONTENT_SCHEMA_VERSION),
  /** The locale of the file (a BCP 47 tag). */
  locale: z.string().check(z.regex(LOCALE_TAG)),
  /** Places of the texts this locale lacks, filled in from English (`elements.3.summary`). */
  fallback: z.optional(z.array(z.string())),
};

type Shape = typeof contentShape;
const pick = <K extends keyof Shape>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, contentShape[k]])) as Pick<Shape, K>;

/** The schema of each section file. */
export const sectionSchemas = {
  framework: z.object({ ...meta, section: z.literal('framework'), ...pick(SECTION_KEYS.framework) }),
  charter: z.object({ ...meta, section: z.literal('charter'), ...pick(SECTION_KEYS.charter) }),
  report: z.object({ ...meta, section: z.literal('report'), ...pick(SECTION_KEYS.report) }),
  about: z.object({ ...meta, section: z.literal('about'), ...pick(SECTION_KEYS.about) }),
} satisfies Record<ContentSection, unknown>;

export type SectionContent<S extends ContentSection> = z.infer<(typeof sectionSchemas)[S]>;

/** All content of one locale in one file (`dist/<locale>.json`), for server-side renderers. */
export const localeContentSchema = z.object({ ...meta, ...contentShape });

export { CONTENT_SECTIONS, type ContentSection };

export type LocaleContent = z.infer<typeof localeContentSchema>;
export type FrameworkElement = z.infer<typeof elementSchema>;
export type FrameworkLayer = z.infer<typeof layerSchema>;
export type CharterArticle = z.infer<typeof articleSchema>;
export type CharterChapter = z.infer<typeof chapterSchema>;
export type Ground = z.infer<typeof groundSchema>;
export type Domain = z.infer<typeof domainSchema>;
export type Resource = z.infer<typeof resourceSchema>;
export type PracticeExample = z.infer<typeof practiceExampleSchema>;
export type City = z.infer<typeof citySchema>;
export type Network = z.infer<typeof networkSchema>;
