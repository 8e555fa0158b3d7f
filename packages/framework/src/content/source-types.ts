/**
 * Authoring types for the content. Every text is written side by side in Dutch and English (`L`), so a
 * missing translation is a type error and the two locales can never drift apart in ids or list lengths.
 * scripts/convert-ts-content.ts turns this source into the JSON files the build reads.
 */
import type { ChapterId, DomainId, ElementId, GroundId, GroundSource, LayerId } from '../ids.js';

/** A text in every locale. */
export interface L {
  nl: string;
  en: string;
}

/** A publication or web page the guide points to. Titles are kept as the guide gives them. */
export interface ResourceSource {
  /** Title as published (often English in both locales); a translation may follow in `nl`. */
  title: L;
  publisher: string;
  url: string;
  /** Year of publication where the guide gives one. */
  year?: number;
}

/** A practice example: a city that did something for this element. */
export interface PracticeExampleSource {
  /** City (or region) name; exonyms differ per language (Wenen / Vienna). */
  city: L;
  country: L;
  /** What the city did, in our own words. */
  text: L;
  /** Link the guide gives for this example, if any. */
  url?: string;
}

/** A quote in the guide: who said it; we keep a summary in our own words, not the quote itself. */
export interface QuoteSource {
  person: string;
  role: L;
  city: L;
  /** The framework element the quote accompanies, when it stands next to one. */
  element?: ElementId;
  summary: L;
}

export interface LayerSource {
  id: LayerId;
  title: L;
  /** One or two sentences: what this layer is. */
  summary: L;
}

export interface ElementSource {
  id: ElementId;
  layer: LayerId;
  /** The guide's title of the element. */
  title: L;
  /** One or two sentences: what the element asks of a city. */
  summary: L;
  /** Why it matters for residents and for the city. */
  why: L;
  /** The guide's "HOE?" tips, one practical step each. */
  howTo: L[];
  /** Every practice example the guide gives for this element. */
  examples: PracticeExampleSource[];
  /** Every key resource ("BELANGRIJKSTE BRONNEN") the guide gives for this element. */
  resources: ResourceSource[];
}

export interface ChapterSource {
  id: ChapterId;
  /** Roman numeral of the Charter title. */
  numeral: 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI' | 'VII';
  title: L;
}

export interface ArticleSource {
  number: number;
  chapter: ChapterId;
  /** Official title of the article in the Charter. */
  title: L;
  /** FRA Charterpedia page of the article, per locale (verified), else the Charter's page on fra.europa.eu. */
  url: L;
  /** For the rights closest to city life: what the right means for you, and an everyday city example. */
  plain?: { meaning: L; example: L };
  /** For equality rights: the ground preselected when the card opens the report form. */
  reportGround?: GroundId;
}

export interface GroundLabelSource {
  id: GroundId;
  label: L;
  source: GroundSource;
}

export interface DomainLabelSource {
  id: DomainId;
  label: L;
}

export type CityStatus = 'first' | 'human-rights-city' | 'working-towards';

export interface CitySource {
  name: L;
  country: L;
  /** Year the city became a human rights city, where the guide gives it. */
  year?: number;
  status: CityStatus;
  /** Whether the city lies in the EU. */
  eu: boolean;
}

export interface NetworkSource {
  /** Stable id, lower-case (e.g. "eccar"). */
  id: string;
  /** Official name, as published (usually English). */
  name: string;
  abbreviation?: string;
  url: string;
  description: L;
}

export interface ContentSource {
  /** The publication this content is based on. */
  source: { title: L; publisher: L; year: number; url: string };
  intro: {
    /** What a human rights city is. */
    whatIs: L;
    /** "City" covers municipalities, districts, provinces and regions. */
    scope: L;
    /** Human rights vs fundamental rights. */
    rightsVsFundamental: L;
    /** Why the local level matters. */
    localFocus: L;
  };
  history: { summary: L; cities: CitySource[] };
  survey: {
    respondents: number;
    /** Share of people who say human rights matter for a fairer society, 0..1. */
    share: number;
    /** Where the survey was held. */
    population: L;
    finding: L;
    url?: string;
  };
  addedValue: { summary: L; items: { id: string; label: L }[] };
  layers: LayerSource[];
  elements: ElementSource[];
  quotes: QuoteSource[];
  networks: NetworkSource[];
  otherResources: ResourceSource[];
  communication: {
    /** The "10 keys to effectively communicating human rights" reference. */
    keys: ResourceSource;
    /** Our own summary of the awareness-raising advice. */
    advice: L[];
  };
  charter: { chapters: ChapterSource[]; articles: ArticleSource[] };
  grounds: GroundLabelSource[];
  domains: DomainLabelSource[];
}
