/**
 * The autoloader (`hrc-loader.js` in the self-hosted folder): imports only the kit elements a page
 * uses, when they appear. It looks at the document, at elements added later (MutationObserver), and
 * inside open shadow roots it can see (not the kit elements' own: they load what they draw). Closed
 * shadow roots are invisible to it; for those, import the element modules directly or call
 * `discover(root)` from the code that owns the root.
 *
 * Element modules resolve relative to this file (`import.meta.url`), so the folder works from any path.
 */

/** Set by the self-hosted build: the kit's tags and where their modules sit relative to this file. */
declare const __HRC_TAGS__: readonly string[] | undefined;
declare const __HRC_ELEMENT_PATH__: string | undefined;

const PREFIX = 'hrc-';
const known: ReadonlySet<string> | undefined =
  typeof __HRC_TAGS__ === 'undefined' ? undefined : new Set(__HRC_TAGS__);
// Unbundled (npm), the registration modules sit in ./define/ beside this file.
const elementPath = typeof __HRC_ELEMENT_PATH__ === 'string' ? __HRC_ELEMENT_PATH__ : './define/';

const requested = new Map<string, Promise<void>>();
const observedRoots = new WeakSet<Document | ShadowRoot>();

const isKitTag = (tag: string): boolean =>
  tag.startsWith(PREFIX) && (known ? known.has(tag) : /^hrc-[a-z0-9-]+$/.test(tag));

const observer = new MutationObserver((mutations) => {
  for (const { addedNodes } of mutations) {
    for (const node of addedNodes) {
      if (node.nodeType === Node.ELEMENT_NODE) void discover(node as Element);
    }
  }
});

function register(tag: string): Promise<void> {
  if (customElements.get(tag)) return Promise.resolve();
  let pending = requested.get(tag);
  if (!pending) {
    const url = new URL(`${elementPath}${tag}.js`, import.meta.url).href;
    pending = import(/* @vite-ignore */ url).then(
      () => undefined,
      (error: unknown) => {
        requested.delete(tag);
        console.warn(`Could not load <${tag}> from ${url}`, error);
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
      if (!customElements.get(tag)) tags.add(tag);
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
