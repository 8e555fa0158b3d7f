/**
 * Loads framework content (built by @hrc/framework) on demand, by language and section
 * (`content/<language>/<section>.json`): the report form fetches its grounds and domains, a rights card
 * the Charter, the checklist the framework. Content is never bundled into an element's JavaScript.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LOCALE } from '@hrc/framework/ids';
import type { ContentSection } from '@hrc/framework/sections';
import type { SectionContent } from '@hrc/framework/schemas';
import { safeUrl } from '@hrc/framework/url';
import { kitFetch } from './early.js';
import { ownFrame } from './schedule.js';

/** Set by the self-hosted build: where the content files sit relative to the bundle. */
declare const __HRC_CONTENT_BASE__: string | undefined;

/** A section's own keys, without the file's `locale`, `section` and the like. */
type Body<S extends ContentSection> = Omit<
  SectionContent<S>,
  'schemaVersion' | 'locale' | 'section' | 'fallback'
>;

/** The content of the sections `S`, in one object. */
export type ContentOf<S extends ContentSection> = ('framework' extends S ? Body<'framework'> : unknown) &
  ('charter' extends S ? Body<'charter'> : unknown) &
  ('report' extends S ? Body<'report'> : unknown) &
  ('about' extends S ? Body<'about'> : unknown);

type AnySection = SectionContent<ContentSection>;

let configuredBase: URL | undefined;
const cache = new Map<string, Promise<AnySection>>();
/** Content that has arrived, by URL. */
const loaded = new Map<string, AnySection>();
/** Files that are not there (a language with no content of its own): English stands in. */
const missing = new Set<string>();

/**
 * Tells the kit where the content files live (a folder URL, absolute or relative to the page, holding
 * `<language>/<section>.json`). Without it, the self-hosted bundle looks in `./content/` beside itself
 * and npm installs in `@hrc/framework/dist/content/`.
 */
export function setContentBase(url: string | URL): void {
  const checked = safeUrl(String(url), { source: 'setContentBase()' });
  if (!checked) return;
  configuredBase = new URL(checked);
  if (!configuredBase.pathname.endsWith('/')) configuredBase.pathname += '/';
  cache.clear();
  loaded.clear();
  missing.clear();
}

/**
 * A link from the content file (FRA's pages, practice examples, resources), through the kit's URL
 * check like any other: the file can come from wherever `setContentBase` points.
 */
export const contentHref = (url: string | undefined): string | undefined =>
  safeUrl(url, { source: 'The kit content file' });

export function contentUrl(language: string, section: ContentSection): URL {
  const file = `${language}/${section}.json`;
  if (configuredBase) return new URL(file, configuredBase);
  const relative =
    typeof __HRC_CONTENT_BASE__ === 'string' ? __HRC_CONTENT_BASE__ : '../../../framework/dist/content/';
  return new URL(`${relative}${file}`, import.meta.url);
}

/** One section in one language; fetched once per page and shared by every element. */
export function loadSection<S extends ContentSection>(
  language: string,
  section: S,
): Promise<SectionContent<S>> {
  const url = contentUrl(language, section).href;
  let pending = cache.get(url);
  if (!pending) {
    pending = kitFetch(url).then(async (res) => {
      if (res.status === 404) missing.add(url);
      if (!res.ok) throw new Error(`Content ${url}: HTTP ${res.status}`);
      let content = (await res.json()) as AnySection;
      // A translation as translators write it (texts keyed by id, no `section`): a city dropped it into
      // the kit's folder without running the build. Laid over the English section here.
      if (!('section' in content) && language !== DEFAULT_LOCALE) {
        const english = await loadSection(DEFAULT_LOCALE, section);
        const fallback: string[] = [];
        const merged = overlay(english, content, '', fallback) as Record<string, unknown>;
        content = { ...merged, locale: language, fallback } as AnySection;
      }
      loaded.set(url, content);
      return content;
    });
    // A failed load may succeed later (offline, then online): do not keep the failure.
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending as Promise<SectionContent<S>>;
}

/**
 * English content with a translation in the source form laid over it: lists with ids keyed by them,
 * other lists by position; a text the translation lacks stays English and its place goes to `fallback`.
 * (The build does the same, and checks the translation; see @hrc/framework's content-merge.)
 */
function overlay(en: unknown, tr: unknown, path: string, fallback: string[]): unknown {
  const at = (k: string | number) => (path ? `${path}.${k}` : String(k));
  if (Array.isArray(en)) {
    const keyed =
      tr && typeof tr === 'object' && !Array.isArray(tr) ? (tr as Record<string, unknown>) : undefined;
    return en.map((item: Record<string, unknown>, i) =>
      overlay(
        item,
        keyed ? keyed[String(item.id ?? item.number)] : (tr as unknown[] | undefined)?.[i],
        at(i),
        fallback,
      ),
    );
  }
  if (en && typeof en === 'object') {
    const given = (tr ?? {}) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(en).map(([k, v]) => [k, overlay(v, given[k], at(k), fallback)]));
  }
  // Ids and the like are the same in every language; a link may be the language's own, or English.
  if (
    typeof en !== 'string' ||
    /(^|\.)(id|schemaVersion|locale|section|layer|chapter|source|status|numeral)$/.test(path)
  )
    return en;
  if (typeof tr === 'string' && tr.trim()) return tr;
  if (!/(^|\.)url$/.test(path)) fallback.push(path);
  return en;
}

/** A value at a place such as `elements.3.summary`. */
function at(value: unknown, path: string): unknown {
  for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

/** Every text of `value` (for a section that is English in place of another language). */
function texts(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value.trim());
  else if (value && typeof value === 'object') for (const v of Object.values(value)) texts(v, into);
}

interface Loaded<S extends ContentSection> {
  value: ContentOf<S>;
  english: Set<string>;
}

/** Sections in one object, and their English fallback texts (all of them for a stand-in section). */
function assemble<S extends ContentSection>(parts: { part: AnySection; standIn: boolean }[]): Loaded<S> {
  const english = new Set<string>();
  for (const { part, standIn } of parts) {
    if (standIn) {
      const { schemaVersion: _v, locale: _l, section: _s, ...rest } = part;
      texts(rest, english);
      continue;
    }
    for (const path of part.fallback ?? []) {
      const text = at(part, path);
      if (typeof text === 'string') english.add(text.trim());
    }
  }
  return { value: Object.assign({}, ...parts.map((p) => p.part)) as ContentOf<S>, english };
}

/** The sections, if all of them have arrived already. */
function arrived<S extends ContentSection>(language: string, sections: readonly S[]): Loaded<S> | undefined {
  if (!loaded.size) return undefined;
  const parts = sections.map((s) => {
    const url = contentUrl(language, s).href;
    const part = loaded.get(url);
    if (part) return { part, standIn: false };
    const english = missing.has(url) ? loaded.get(contentUrl(DEFAULT_LOCALE, s).href) : undefined;
    return english && { part: english, standIn: true };
  });
  return parts.every((p) => p) ? assemble(parts as { part: AnySection; standIn: boolean }[]) : undefined;
}

/**
 * The sections in `language`; where that language has none, in English, with every text of them
 * counted as English fallback.
 */
async function loadSections<S extends ContentSection>(
  language: string,
  sections: readonly S[],
): Promise<Loaded<S>> {
  const parts = await Promise.all(
    sections.map(async (s) => {
      try {
        return { part: (await loadSection(language, s)) as AnySection, standIn: false };
      } catch (error) {
        if (language === DEFAULT_LOCALE) throw error;
        return { part: (await loadSection(DEFAULT_LOCALE, s)) as AnySection, standIn: true };
      }
    }),
  );
  return assemble(parts);
}

/** An element whose content follows its language. */
export interface ContentHost extends ReactiveControllerHost {
  /** The language its content is fetched in. */
  readonly contentLanguage: string;
  /** Where an element collects the sources of its English fallback texts. */
  readonly englishSources?: { readonly english: ReadonlySet<string> }[];
}

/**
 * Keeps `value` equal to the host's sections in its language, loading again when the language or the
 * sections change. `settled` resolves once the current load finished (with content or with `error`),
 * so elements can wait for it in `getUpdateComplete()` and tests can await `el.updateComplete`.
 *
 * With `immediate`, content that has already arrived is used in the render under way. That suits an
 * element that waits for its content before its first render (`ready()`), or renders as much with
 * content as without; others re-render in a frame of their own.
 */
export class ContentController<S extends ContentSection> implements ReactiveController {
  value: ContentOf<S> | undefined;
  error: unknown;
  settled: Promise<void> = Promise.resolve();
  /** The texts of `value` that are English in place of the host's language. */
  english: ReadonlySet<string> = new Set();
  private key: string | undefined;

  constructor(
    private readonly host: ContentHost,
    private readonly sections: () => readonly S[],
    private readonly immediate = false,
  ) {
    host.addController(this);
    host.englishSources?.push(this);
  }

  /** Starts loading what the host needs now; a promise while it has not arrived, else undefined. */
  ready(): Promise<unknown> | undefined {
    const language = this.host.contentLanguage;
    if (arrived(language, this.sections())) return undefined;
    return loadSections(language, this.sections()).catch(() => undefined);
  }

  hostUpdate(): void {
    const language = this.host.contentLanguage;
    const sections = this.sections();
    const key = `${language}|${sections.join(',')}`;
    if (key === this.key) return;
    this.key = key;
    const ready = this.immediate ? arrived<S>(language, sections) : undefined;
    if (ready) {
      this.set(ready);
      this.settled = Promise.resolve();
      return;
    }
    // Each element takes the content in a frame of its own: a page's elements all wait on the same
    // fetch, and re-rendering them together would block the page for their sum.
    this.settled = loadSections(language, sections).then(
      async (l) => {
        await ownFrame();
        if (key !== this.key) return;
        this.set(l);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (key !== this.key) return;
        this.error = error;
        this.host.requestUpdate();
      },
    );
  }

  private set(l: Loaded<S>): void {
    this.value = l.value;
    this.english = l.english;
    this.error = undefined;
  }
}
