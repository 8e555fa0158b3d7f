/**
 * The autoloader (`hrc-loader.js` in the self-hosted folder): imports only the kit elements a page
 * uses, when they appear. It looks at the document, at elements added later (MutationObserver), and
 * inside open shadow roots it can see (not the kit elements' own: they load what they draw). Closed
 * shadow roots are invisible to it; for those, import the element modules directly or call
 * `discover(root)` from the code that owns the root.
 *
 * Each element's registration module is a plain dynamic `import()` of a fixed path, so bundlers see
 * them: the self-hosted build turns each into a request for the module *and* `<link rel=modulepreload>`
 * hints for every chunk it imports, so an element's code arrives in one wave instead of a chain. In the
 * self-hosted folder it also starts the catalog and content files an element always needs (the report
 * form's areas of life) in that same wave, and hands them to the kit (see `internal/early.ts`).
 */

/** The registration module of each kit element (keep in step with src/define: a test checks it). */
export const ELEMENTS: Readonly<Record<string, () => Promise<unknown>>> = {
  'hrc-declaration-badge': () => import('./define/hrc-declaration-badge.js'),
  'hrc-framework-checklist': () => import('./define/hrc-framework-checklist.js'),
  'hrc-report-form': () => import('./define/hrc-report-form.js'),
  'hrc-report-stats': () => import('./define/hrc-report-stats.js'),
  'hrc-report-status': () => import('./define/hrc-report-status.js'),
  'hrc-rights-card': () => import('./define/hrc-rights-card.js'),
  'hrc-rights-cards': () => import('./define/hrc-rights-cards.js'),
};

/**
 * What the self-hosted loader fetches beside an element's modules, as the element will ask for it: the
 * content sections it shows whatever its attributes (`contentSections()` of its class) and its part of
 * the catalog (`catalogPart`).
 */
export const EARLY_FILES: Readonly<Record<string, { content: readonly string[]; catalogPart?: string }>> = {
  'hrc-report-form': { content: ['report'], catalogPart: 'report-form' },
};

/**
 * Written by the self-hosted build: for each element, every module file its registration module
 * imports, directly or not, relative to this file.
 */
declare const __HRC_PRELOAD__: Readonly<Record<string, readonly string[]>> | undefined;
/** Set by the self-hosted build: the languages whose catalog and content ship in the folder. */
declare const __HRC_SHIPPED_LOCALES__: readonly string[] | undefined;
/** Where the self-hosted kit hands over what the loader fetched early (see internal/early.ts). */
const EARLY = Symbol.for('hrc-kit.early');

const requested = new Map<string, Promise<void>>();
const observedRoots = new WeakSet<Document | ShadowRoot>();

const isKitTag = (tag: string): boolean => Object.hasOwn(ELEMENTS, tag);

/**
 * Self-hosted only: starts the catalog and the content files `el` will fetch as soon as its module
 * runs, so they travel with its modules. The element's language as the kit resolves it (its `lang`,
 * the nearest ancestor's, `<html lang>`); English needs no catalog; a language the folder does not
 * ship is left to the kit.
 */
function fetchEarly(el: Element): void {
  const early = EARLY_FILES[el.localName];
  if (typeof __HRC_SHIPPED_LOCALES__ === 'undefined' || !early) return;
  let language: string;
  try {
    const tag = el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
    language = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0]!.split('-')[0]!;
  } catch {
    return;
  }
  if (!__HRC_SHIPPED_LOCALES__.includes(language)) return;
  const files = early.content.map((s) => `content/${language}/${s}.json`);
  if (language !== 'en')
    files.push(
      early.catalogPart ? `locales/${language}/${early.catalogPart}.json` : `locales/${language}.json`,
    );
  const pending = ((globalThis as { [EARLY]?: Map<string, Promise<Response>> })[EARLY] ??= new Map());
  for (const file of files) {
    const url = new URL(file, import.meta.url).href;
    // The same request the kit makes (no credentials), made once per page.
    if (!pending.has(url)) pending.set(url, fetch(url, { credentials: 'omit' }));
  }
}

const observer = new MutationObserver((mutations) => {
  for (const { addedNodes } of mutations) {
    for (const node of addedNodes) {
      if (node.nodeType === Node.ELEMENT_NODE) void discover(node as Element);
    }
  }
});

const hinted = new Set<string>();

/**
 * Self-hosted only: `<link rel=modulepreload>` for every module `tag` needs, so they are requested
 * together, beside its registration module, instead of one level of imports per round trip.
 */
function preloadModules(tag: string): void {
  const files = typeof __HRC_PRELOAD__ === 'object' ? __HRC_PRELOAD__[tag] : undefined;
  const links = document.createDocumentFragment();
  for (const file of files ?? []) {
    const href = new URL(file, import.meta.url).href;
    if (hinted.has(href)) continue;
    hinted.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    links.append(link);
  }
  // One insertion into the head, so the page's styles are looked at once.
  document.head.append(links);
}

function register(tag: string): Promise<void> {
  if (customElements.get(tag)) return Promise.resolve();
  let pending = requested.get(tag);
  if (!pending) {
    preloadModules(tag);
    pending = ELEMENTS[tag]!().then(
      () => undefined,
      (error: unknown) => {
        requested.delete(tag);
        console.warn(`Could not load <${tag}>`, error);
      },
    );
    requested.set(tag, pending);
  }
  return pending;
}

/** Watches a document or open shadow root for kit elements added later; true the first time. */
function watch(root: Document | ShadowRoot): boolean {
  if (observedRoots.has(root)) return false;
  observedRoots.add(root);
  observer.observe(root instanceof Document ? root.documentElement : root, {
    childList: true,
    subtree: true,
  });
  return true;
}

/**
 * Resolves in a new task (a message: timers are held back in background pages). The same as in
 * internal/schedule.ts, copied so that this file imports nothing and stays its own small module.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(0);
  });
}

const awaitingUpgrade = new WeakSet<Element>();

/**
 * Custom elements that are not yet upgraded have no shadow root to look into; once they are defined
 * (ours or the page's own), their open shadow root is searched and watched too.
 */
function lookInsideWhenDefined(el: Element): void {
  if (awaitingUpgrade.has(el)) return;
  awaitingUpgrade.add(el);
  void customElements.whenDefined(el.localName).then(() => {
    // Most elements attach their shadow root on upgrade and fill it in the next microtasks.
    requestAnimationFrame(() => {
      if (el.shadowRoot && watch(el.shadowRoot)) void discover(el.shadowRoot);
    });
  });
}

/**
 * Loads every kit element found in `root` (a document, element or open shadow root), including
 * `data-hrc-preload="hrc-report-form …"` hints for elements a script will create later, and watches
 * the open shadow roots of custom elements in it. Resolves when the modules are loaded.
 */
export async function discover(root: Document | Element | ShadowRoot): Promise<void> {
  const tags = new Set<string>();
  const all = root.querySelectorAll('*');
  const scope: Iterable<Element> = root instanceof Element ? [root, ...all] : all;
  for (const el of scope) {
    const tag = el.localName;
    if (isKitTag(tag)) {
      // A kit element loads whatever kit elements it draws itself, so its shadow root (which can hold
      // hundreds of nodes that re-render) is neither searched nor watched.
      if (!customElements.get(tag) && !tags.has(tag)) {
        tags.add(tag);
        if (!requested.has(tag)) fetchEarly(el);
      }
    } else if (tag.includes('-')) {
      if (el.shadowRoot) {
        if (watch(el.shadowRoot)) void discover(el.shadowRoot);
      } else if (!customElements.get(tag)) {
        lookInsideWhenDefined(el);
      }
    }
    const preload = el.getAttribute('data-hrc-preload');
    if (preload) for (const t of preload.split(/\s+/)) if (isKitTag(t)) tags.add(t);
  }
  // Requesting a module costs the main thread a few milliseconds on a slow phone, and a page can hold
  // all five elements: one request per task, in the order the elements appear.
  const loads: Promise<void>[] = [];
  for (const tag of tags) {
    if (loads.length) await nextTask();
    loads.push(register(tag));
  }
  await Promise.all(loads);
}

watch(document);
void discover(document);
