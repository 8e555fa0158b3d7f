/**
 * The kit's languages: which locale an element is in, and the catalog of UI strings for it.
 *
 * An element's language is its `lang`, else the nearest ancestor's (across shadow roots), else
 * `<html lang>`. Its catalog is looked up along a chain, most specific first: `de-AT` → `de` → English,
 * the source, which is in the code. The kit's own catalogs are fetched on demand, one per language,
 * from `locales/<tag>.json` beside the code (the self-hosted folder, the npm package); nothing about a
 * language is in any element's module. A page adds or overrides a language with `registerTranslation`.
 */
import { DEFAULT_LOCALE } from '@hrc/framework/ids';
import { kitFetch } from './early.js';
import { warmFormats } from './format.js';
import type { CatalogMessage } from './msg.js';

/** One language's UI strings: the shape of `locales/<tag>.json`. */
export interface Catalog {
  /** Its language, as a BCP 47 tag: `de`, `de-AT`. */
  locale: string;
  /** Writing direction; `ltr` when left out. */
  dir?: 'ltr' | 'rtl';
  /** The language's name in that language (`Deutsch`), for language menus. */
  name?: string;
  /** `draft` until a native speaker reviewed it. */
  status?: 'draft' | 'reviewed';
  /** Regional catalogs the kit ships for this language (`de-AT`), so it asks for them only then. */
  variants?: string[];
  /** Message id → text, with `{0}`, `{1}` for the values, or a text per plural category. */
  messages: Record<string, CatalogMessage>;
  /**
   * In an element's part of a catalog: the file beside it (without `.json`) with the rest of that
   * element's messages, the ones only its lazily loaded code shows (see `loadRest`).
   */
  rest?: string;
}

/** What an element renders with, once its language is resolved. */
export interface ResolvedLocale {
  /** The element's locale: its language tag when the kit has that language, else `en`. For formats. */
  readonly locale: string;
  /** The language of the catalog found (`de` for `de-AT`), or `en`. Content is fetched in it. */
  readonly language: string;
  readonly dir: 'ltr' | 'rtl';
  /** Catalogs, most specific first; none for English. */
  readonly catalogs: readonly Catalog[];
  /** Whether the kit's own files (content) can be expected for `language`. */
  readonly shipped: boolean;
}

/** Something whose locale follows the page: kit elements, with or without Lit. */
export interface LocaleFollower {
  refreshLocale(): void;
}

interface Registered {
  catalog: Catalog;
  loadShipped: boolean;
}

/**
 * Registrations are kept on the page, not in this module: a page can hold two copies of the kit (a CMS
 * plugin's and a theme's), and a city's translation should reach the elements of whichever copy
 * registered them.
 */
interface PageState {
  registered: Map<string, Registered>;
  followers: Set<LocaleFollower>;
  /** Counts registrations, so every copy of the kit knows when to look again. */
  generation: number;
}
const STATE = Symbol.for('hrc-kit.i18n');
const page = globalThis as typeof globalThis & {
  [STATE]?: PageState;
  HrcKit?: { translations?: Catalog[]; registerTranslation?: typeof registerTranslation };
};
const state: PageState = (page[STATE] ??= { registered: new Map(), followers: new Set(), generation: 0 });

/** Set by the self-hosted build: where the catalogs sit relative to the bundle. */
declare const __HRC_LOCALES_BASE__: string | undefined;
/**
 * Set by the self-hosted build: the locales whose catalog it also cut into one file per element
 * (`locales/<tag>/<element>.json`), so that an element that asks for its part alone downloads only its
 * own messages. A catalog a city adds to the folder later has no parts: the whole file is used.
 */
declare const __HRC_CATALOG_PARTS__: readonly string[] | undefined;

let configuredBase: URL | undefined;
const fetched = new Map<string, Promise<Catalog | undefined>>();
/** Where a fetched catalog was found, so that its `rest` is looked for beside it. */
const fetchedFrom = new WeakMap<Catalog, string>();
const rests = new WeakMap<ResolvedLocale, Promise<boolean>>();
const restsDone = new WeakSet<ResolvedLocale>();
const resolving = new Map<string, Promise<ResolvedLocale>>();
const resolvedTags = new Map<string, ResolvedLocale>();
let generation = state.generation;

/** Forgets resolved locales when a page registered a translation since (through any copy of the kit). */
function current(): void {
  if (generation === state.generation) return;
  generation = state.generation;
  resolving.clear();
  resolvedTags.clear();
}

/** A well-formed tag in its canonical case (`de_at` → `de-AT`), or undefined. */
export function canonicalTag(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** The tags to look in, most specific first: `de-Latn-AT` → `de-Latn-AT`, `de-Latn`, `de`. */
export function localeChain(tag: string): string[] {
  const parts = tag.split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}

/**
 * The language that applies to `el`: its own `lang`, else the nearest ancestor's (crossing shadow
 * roots), else `<html lang>`. Returns the raw tag, or '' when none is set.
 */
export function inheritedLang(el: Element): string {
  return inherited(el, 'lang') ?? document.documentElement.lang;
}

/** The writing direction around `el`, from the nearest `dir` attribute (`ltr` without one). */
export function inheritedDir(el: Element): 'ltr' | 'rtl' {
  return inherited(el.parentNode, 'dir')?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
}

function inherited(start: Node | null, name: 'lang' | 'dir'): string | undefined {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element && node.hasAttribute(name)) return node.getAttribute(name) ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/** The tag an element asks for: its inherited language, canonical, or English. */
export function requestedLocale(el: Element): string {
  return canonicalTag(inheritedLang(el)) ?? DEFAULT_LOCALE;
}

/**
 * Tells the kit where its catalogs live (a folder URL, absolute or relative to the page). Without it,
 * the self-hosted folder looks in `locales/` beside its modules, and the npm package in its own
 * `locales/` folder.
 */
export function setLocaleBase(url: string | URL): void {
  configuredBase = new URL(url, document.baseURI);
  if (!configuredBase.pathname.endsWith('/')) configuredBase.pathname += '/';
  forget();
}

function catalogUrl(tag: string, part: string | undefined): string {
  if (configuredBase) return new URL(`${tag}.json`, configuredBase).href;
  const relative = typeof __HRC_LOCALES_BASE__ === 'string' ? __HRC_LOCALES_BASE__ : '../../locales/';
  const file =
    part && typeof __HRC_CATALOG_PARTS__ === 'object' && __HRC_CATALOG_PARTS__.includes(tag)
      ? `${tag}/${part}.json`
      : `${tag}.json`;
  return new URL(`${relative}${file}`, import.meta.url).href;
}

/**
 * The kit's own catalog of `tag` (only the messages of `part`, where the folder has them cut so);
 * undefined when it has none (or it could not be loaded now).
 */
function fetchCatalog(tag: string, part: string | undefined): Promise<Catalog | undefined> {
  let url: string;
  try {
    url = catalogUrl(tag, part);
  } catch {
    // Bundled into a page's own script, the kit has no address of its own to find its catalogs by:
    // it then knows the languages registered with it (and English).
    return Promise.resolve(undefined);
  }
  let pending = fetched.get(url);
  if (!pending) {
    const whole = part ? catalogUrl(tag, undefined) : url;
    pending = kitFetch(url).then(
      async (res) =>
        res.ok
          ? found((await res.json()) as Catalog, url)
          : // A copy of the folder without the parts (a CMS that copied only the top level): the whole.
            url !== whole && res.status === 404
            ? fetchCatalog(tag, undefined)
            : undefined,
      () => {
        // Offline, say: English now, and another try for the next element that asks.
        fetched.delete(url);
        return undefined;
      },
    );
    fetched.set(url, pending);
  }
  return pending;
}

function found(catalog: Catalog, url: string): Catalog {
  fetchedFrom.set(catalog, url);
  return catalog;
}

/**
 * Adds the rest of an element's part of a catalog to `r` (every kit catalog in it that names one; see
 * `Catalog.rest`), for code the element loads later: its messages then answer like the first ones.
 * True once they are there (at once when nothing is missing); false when a file could not be loaded
 * now (offline, say), so that the caller can say so and try again.
 */
export function loadRest(r: ResolvedLocale): Promise<boolean> {
  let pending = rests.get(r);
  if (!pending) {
    const missing = r.catalogs.filter((c) => c.rest && fetchedFrom.has(c));
    pending = Promise.all(
      missing.map((c) =>
        kitFetch(new URL(`${c.rest}.json`, fetchedFrom.get(c)).href).then(async (res) => {
          if (!res.ok) throw new Error(`${res.status}`);
          return (await res.json()) as Catalog;
        }),
      ),
    ).then(
      (more) => {
        // Each after the part it completes, so that the order, most specific first, holds.
        const catalogs = r.catalogs as Catalog[];
        more.forEach((c, i) => catalogs.splice(catalogs.indexOf(missing[i]!) + 1, 0, c));
        restsDone.add(r);
        return true;
      },
      () => {
        rests.delete(r);
        return false;
      },
    );
    rests.set(r, pending);
  }
  return pending;
}

/** Whether `r` still lacks the rest of a part (see `loadRest`). */
export function restMissing(r: ResolvedLocale): boolean {
  return !restsDone.has(r) && r.catalogs.some((c) => c.rest && fetchedFrom.has(c));
}

async function resolve(tag: string, part: string | undefined, warm: boolean): Promise<ResolvedLocale> {
  const chain = localeChain(tag);
  const primary = chain[chain.length - 1]!;
  const own = (t: string) => state.registered.get(t);
  const shipped = (t: string, base?: Catalog) =>
    t === DEFAULT_LOCALE || own(t)?.loadShipped === false
      ? undefined
      : t === primary || base?.variants?.includes(t)
        ? fetchCatalog(t, part)
        : undefined;
  const base = await shipped(primary);
  const levels: { tag: string; catalogs: Catalog[] }[] = [];
  for (const t of chain) {
    const fromKit = t === primary ? base : await shipped(t, base);
    const catalogs = [own(t)?.catalog, fromKit].filter((c): c is Catalog => !!c);
    if (catalogs.length) levels.push({ tag: t, catalogs });
  }
  const catalogs = levels.flatMap((l) => l.catalogs);
  const language = levels[0] ? primary : DEFAULT_LOCALE;
  const locale = levels[0] || primary === DEFAULT_LOCALE ? tag : DEFAULT_LOCALE;
  const dir = catalogs.find((c) => c.dir)?.dir ?? 'ltr';
  // The formatters of a language the page is about to show, made before the first render needs them
  // (making one loads the locale's data: tens of milliseconds on a slow phone).
  if (warm) warmFormats(locale);
  return { locale, language, dir, catalogs, shipped: !!base || language === DEFAULT_LOCALE };
}

/**
 * Resolves `tag` (canonical) once per page; the same promise for every element that asks. With `part`
 * (an element's message-id prefix, such as `report-form`), the kit's own catalogs may be only that
 * element's messages: for elements that show no other element's messages. `warm: false` for elements
 * whose first render formats no number and chooses no plural form: the formatters are then made when
 * something first needs them, not on the way to that render.
 */
export function loadLocale(tag: string, part?: string, warm = true): Promise<ResolvedLocale> {
  current();
  const key = part ? `${tag}#${part}` : tag;
  let pending = resolving.get(key);
  if (!pending) {
    pending = resolve(tag, part, warm).then((r) => {
      if (resolving.get(key) === pending) resolvedTags.set(key, r);
      return r;
    });
    resolving.set(key, pending);
  }
  return pending;
}

/** The language to fetch content in: the catalog's, when the kit ships that language, else English. */
export function contentLanguage(r: ResolvedLocale): string {
  return r.shipped ? r.language : DEFAULT_LOCALE;
}

/**
 * The same, guessed before the catalog arrived (so that both are fetched at once): the tag's language,
 * unless the page registered it as one the kit does not ship.
 */
export function likelyContentLanguage(tag: string): string {
  const primary = tag.split('-')[0]!;
  return state.registered.get(primary)?.loadShipped === false ? DEFAULT_LOCALE : primary;
}

/** `tag` (for `part`) resolved, when that is already done. */
export function resolvedLocale(tag: string, part?: string): ResolvedLocale | undefined {
  current();
  return resolvedTags.get(part ? `${tag}#${part}` : tag);
}

function forget(): void {
  fetched.clear();
  resolving.clear();
  resolvedTags.clear();
  for (const f of state.followers) f.refreshLocale();
}

/**
 * Adds a language to the kit, or changes some of its texts, without rebuilding it: each catalog has the
 * shape of the kit's own `locales/<tag>.json` (`locale`, `dir`, `name` and `messages`; messages it lacks
 * fall back along `de-AT` → `de` → English). Registering the same locale again adds to what was
 * registered. Elements already on the page re-render.
 *
 * The catalog is laid over the kit's own catalog of that locale, which is still loaded; for a language
 * the kit does not ship, pass `{ loadShipped: false }` so that it is not asked for.
 */
export function registerTranslation(catalog: Catalog, options: { loadShipped?: boolean } = {}): void {
  const tag = canonicalTag(catalog.locale);
  if (!tag) throw new TypeError(`registerTranslation: "${catalog.locale}" is not a language tag`);
  const before = state.registered.get(tag);
  state.registered.set(tag, {
    catalog: {
      ...before?.catalog,
      ...catalog,
      locale: tag,
      messages: { ...before?.catalog.messages, ...catalog.messages },
    },
    loadShipped: options.loadShipped ?? before?.loadShipped ?? true,
  });
  state.generation++;
  for (const f of state.followers) f.refreshLocale();
}

let htmlLangObserver: MutationObserver | undefined;

/** Starts (`true`) or stops telling `el` about changes of `<html lang>` and of registered languages. */
export function followPageLang(el: LocaleFollower, follow: boolean): void {
  if (!follow) {
    state.followers.delete(el);
    return;
  }
  state.followers.add(el);
  if (htmlLangObserver) return;
  htmlLangObserver = new MutationObserver(() => {
    for (const f of state.followers) f.refreshLocale();
  });
  htmlLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
}

// Pages without a module script of their own can list translations before the kit loads
// (`window.HrcKit = { translations: [ … ] }`) and call `HrcKit.registerTranslation` after.
const global = (page.HrcKit ??= {});
for (const catalog of global.translations?.splice(0) ?? []) registerTranslation(catalog);
global.registerTranslation ??= registerTranslation;
