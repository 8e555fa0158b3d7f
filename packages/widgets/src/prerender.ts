/**
 * The report form's first step drawn in advance, for a page made on a server or at build time
 * (docs/performance.md, "The first step drawn in advance"). The self-hosted folder holds it per locale
 * (`prerender/hrc-report-form.<locale>.html`, listed in `manifest.json`); this fills in the addresses a
 * page chooses. Put the result first inside `<hrc-report-form>`, before the page's own fallback text:
 * the browser draws the first step at once, usable before any script, and the element takes it over,
 * keeping what was typed and where the focus is.
 *
 * No DOM and no Node API: for a build script, a server or a static-site generator alike.
 */
import { safeUrl } from '@hrc/framework/url';

export interface PrerenderOptions {
  /** Address of the self-hosted folder (where `hrc-loader.js` is), ending in `/`. */
  kitUrl: string;
  /** The element's `quick-exit-url`; without a safe one, quick exit goes to an empty page, as the element's. */
  quickExitUrl?: string;
  /** The element's `heading-level` (2–6). */
  headingLevel?: number;
  /** Base for relative addresses (the page's address); by default they are taken from the site's root. */
  base?: string;
}

const ROOT = 'http://prerender.invalid';

const attr = (s: string) =>
  s.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]!);

/** An address through the kit's URL check; relative ones stay relative to the site (no base given). */
function checked(url: string | undefined, base: string | undefined, source: string): string | undefined {
  const href = safeUrl(url, { base: base ?? `${ROOT}/`, source });
  return href && !base && href.startsWith(`${ROOT}/`) ? href.slice(ROOT.length) : href;
}

/**
 * The markup to send inside `<hrc-report-form>`, from `template` (a file of the prerender folder), or
 * undefined when the kit's address does not pass the URL check (send the element without it then).
 */
export function fillPrerender(template: string, options: PrerenderOptions): string | undefined {
  const kit = checked(options.kitUrl, options.base, 'fillPrerender() kitUrl');
  if (!kit) return undefined;
  const exit = checked(options.quickExitUrl, options.base, 'fillPrerender() quickExitUrl') ?? 'about:blank';
  const level = Math.min(6, Math.max(2, Math.trunc(options.headingLevel ?? 2) || 2));
  // Replaced by functions: an address may hold `$&` or `$'`, which a replacement string would expand.
  return template
    .replace('href="{kit}', () => `href="${attr(kit.endsWith('/') ? kit : `${kit}/`)}`)
    .replace('href="{quick-exit}"', () => `href="${attr(exit)}"`)
    .replace(
      /<h2 class="h-title"([^>]*)>([\s\S]*?)<\/h2>/,
      (_, attrs: string, inner: string) => `<h${level} class="h-title"${attrs}>${inner}</h${level}>`,
    );
}
