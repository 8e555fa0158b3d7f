/**
 * Loads one locale's framework content (`<locale>.json`, built by @hrc/framework) on demand. Content is
 * never bundled into an element's JavaScript: a page with one badge does not pay for 54 Charter articles.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '@hrc/framework/ids';
import type { LocaleContent } from '@hrc/framework/schemas';
import { safeUrl } from '@hrc/framework/url';
import { ownFrame } from './schedule.js';

/** Set by the self-hosted build: where the content files sit relative to the bundle. */
declare const __HRC_CONTENT_BASE__: string | undefined;

let configuredBase: URL | undefined;
const cache = new Map<string, Promise<LocaleContent>>();
/** Content that has arrived, by URL. */
const loaded = new Map<string, LocaleContent>();

/**
 * Tells the kit where the content files live (a folder URL, absolute or relative to the page).
 * Without it, the self-hosted bundle looks in `./content/` beside itself and npm installs in
 * `@hrc/framework/dist/`.
 */
export function setContentBase(url: string | URL): void {
  const checked = safeUrl(String(url), { source: 'setContentBase()' });
  if (!checked) return;
  configuredBase = new URL(checked);
  if (!configuredBase.pathname.endsWith('/')) configuredBase.pathname += '/';
  cache.clear();
  loaded.clear();
}

/**
 * A link from the content file (FRA's pages, practice examples, resources), through the kit's URL
 * check like any other: the file can come from wherever `setContentBase` points.
 */
export const contentHref = (url: string | undefined): string | undefined =>
  safeUrl(url, { source: 'The kit content file' });

export function contentUrl(locale: Locale): URL {
  if (configuredBase) return new URL(`${locale}.json`, configuredBase);
  const relative =
    typeof __HRC_CONTENT_BASE__ === 'string' ? __HRC_CONTENT_BASE__ : '../../../framework/dist/';
  return new URL(`${relative}${locale}.json`, import.meta.url);
}

/** The content of one locale; fetched once per page and shared by every element. */
export function loadContent(locale: Locale): Promise<LocaleContent> {
  const url = contentUrl(locale).href;
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url, { credentials: 'omit' }).then(async (res) => {
      if (!res.ok) throw new Error(`Content ${url}: HTTP ${res.status}`);
      const content = (await res.json()) as LocaleContent;
      loaded.set(url, content);
      return content;
    });
    // A failed load may succeed later (offline, then online): do not keep the failure.
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
}

interface LocalizedHost extends ReactiveControllerHost {
  readonly locale: Locale;
}

/**
 * Keeps `value` equal to the content of the host's locale, re-loading when the locale changes.
 * `settled` resolves once the current load finished (with content or with `error`), so elements can
 * wait for it in `getUpdateComplete()` and tests can await `el.updateComplete`.
 *
 * With `immediate`, content that has already arrived is used in the render under way. That suits an
 * element that renders as much with content as without; others re-render in a frame of their own.
 */
export class ContentController implements ReactiveController {
  value: LocaleContent | undefined;
  error: unknown;
  settled: Promise<void> = Promise.resolve();
  private locale: Locale | undefined;

  constructor(
    private readonly host: LocalizedHost,
    private readonly immediate = false,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.host.locale === this.locale) return;
    const locale = (this.locale = this.host.locale);
    const ready = this.immediate ? loaded.get(contentUrl(locale).href) : undefined;
    if (ready) {
      this.value = ready;
      this.error = undefined;
      this.settled = Promise.resolve();
      return;
    }
    // Each element takes the content in a frame of its own: a page's elements all wait on the same
    // fetch, and re-rendering them together would block the page for their sum.
    this.settled = loadContent(locale).then(
      async (content) => {
        await ownFrame();
        if (locale !== this.locale) return;
        this.value = content;
        this.error = undefined;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (locale !== this.locale) return;
        this.error = error;
        this.host.requestUpdate();
      },
    );
  }
}
