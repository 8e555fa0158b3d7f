/**
 * The kit's one URL check. Every address an element links to, navigates to or fetches from (an
 * attribute, a setting, a content file, an imported assessment) passes here first; a value that does
 * not pass is treated as absent.
 *
 * - The value is parsed with the URL API against the page's base URL, the way the browser itself will
 *   read it, so spaces and control characters around it, tabs and newlines inside it (`java\tscript:`),
 *   upper case (`JAVASCRIPT:`) and backslashes (`https:\\host`) all count as what they are. The answer
 *   is the parsed URL's own serialisation, never the text that came in, so what is checked is exactly
 *   what the browser follows.
 * - Allowed schemes: http and https (a relative address resolves against the page and so gets the
 *   page's scheme). Fields that hold an address to contact (an office's web page, e-mail or phone) also
 *   allow mailto and tel. Everything else (`javascript:`, `data:`, `vbscript:`, `blob:`, `file:` …) is
 *   refused.
 * - A value that still holds an HTML character reference (`javascript&colon;`, `&#106;avascript:`) is
 *   refused: attribute values reach an element already decoded, so a reference left in one was either
 *   escaped twice or written to slip a scheme past a filter that decodes later.
 * - A user name or password in the address is refused (`https://city.example@evil.example` hides
 *   where the link goes).
 * - A protocol-relative address (`//host/path`) and one to another site are allowed: they are ordinary
 *   http(s) links, and which sites a page links to is its author's choice. The check is about what a
 *   link does, not where it leads.
 *
 * Tiny, with no dependencies, for browser and Node alike. Without a document (Node) relative addresses
 * need `base`.
 */

/** Which addresses a field accepts: `web` (http, https, relative) or `contact` (also mailto and tel). */
export type UrlKind = 'web' | 'contact';

export interface SafeUrlOptions {
  /** `web` (default) or `contact` for an office's web page, e-mail or phone. */
  kind?: UrlKind;
  /** Base for relative addresses; defaults to the document's base URL. */
  base?: string;
  /**
   * Where the value came from, e.g. `<hrc-report-form quick-exit-url>`. When given, a refused value is
   * reported once in the console under that name, so the page's author learns why a link is missing.
   */
  source?: string;
}

const SCHEMES: Record<UrlKind, readonly string[]> = {
  web: ['http:', 'https:'],
  contact: ['http:', 'https:', 'mailto:', 'tel:'],
};

/** `&colon;`, `&#58;`, `&#x3a;` (a numeric reference counts without its semicolon, as HTML reads it). */
const CHARACTER_REFERENCE = /&(?:#\d|#x[\da-f]|[a-z][a-z\d]*;)/i;

// This module also runs in Node, where there is no document: the few globals it needs, typed by hand.
interface ParsedUrl {
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly href: string;
}
const env = globalThis as unknown as {
  URL: new (input: string, base?: string) => ParsedUrl;
  document?: { baseURI: string };
  console?: { warn(...data: unknown[]): void };
};

const warned = new Set<string>();

/** The href to use for `value`, or undefined when it is empty or not a safe address. */
export function safeUrl(value: unknown, options: SafeUrlOptions = {}): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const kind = options.kind ?? 'web';
  const href = check(value, kind, options.base ?? env.document?.baseURI);
  if (href === undefined && options.source) warn(options.source, value, kind);
  return href;
}

function check(value: string, kind: UrlKind, base: string | undefined): string | undefined {
  if (CHARACTER_REFERENCE.test(value)) return undefined;
  let url: ParsedUrl;
  try {
    url = new env.URL(value, base);
  } catch {
    return undefined;
  }
  if (!SCHEMES[kind].includes(url.protocol) || url.username || url.password) return undefined;
  return url.href;
}

function warn(source: string, value: string, kind: UrlKind): void {
  const key = `${source}\n${value}`;
  if (warned.has(key)) return;
  warned.add(key);
  const allowed =
    kind === 'contact' ? 'http(s), mailto, tel or a relative address' : 'http(s) or a relative address';
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  env.console?.warn(`${source}: ${JSON.stringify(shown)} is ignored; use ${allowed}.`);
}
