/**
 * Marks what an element renders with the language it is really in, so that screen readers speak it in
 * the right voice, and browsers hyphenate and shape it right:
 * - the element's top-level parts get `lang` when the element falls back to English on a page in a
 *   language the kit does not have, and `dir` when its language's direction differs from the page's;
 * - inside an element in another language, a text container whose texts are all English fallback (a
 *   message or content text the locale does not have yet) gets `lang="en"` (and `dir="ltr"` in a
 *   right-to-left element). A container that mixes translated and fallback text is left as it is.
 */
import { DEFAULT_LOCALE } from '@hrc/framework/ids';
import { canonicalTag, inheritedDir, inheritedLang, type ResolvedLocale } from './i18n.js';

/** Attributes the kit set, by element, so that it removes only its own. */
const setByKit = new WeakMap<Element, Set<string>>();
/** Containers marked English, by root. */
const marked = new WeakMap<ParentNode, Set<Element>>();

function toggle(el: Element, name: string, value: string | undefined): void {
  const own = setByKit.get(el) ?? new Set<string>();
  if (value !== undefined) {
    if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    own.add(name);
    setByKit.set(el, own);
  } else if (own.delete(name)) {
    el.removeAttribute(name);
  }
}

const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * Sets `lang` and `dir` on the parts of `root` (the children of an element's shadow root), and
 * `lang="en"` on containers of English fallback texts (`english`).
 */
export function markLanguage(
  root: ParentNode,
  host: Element,
  resolved: ResolvedLocale,
  english: ReadonlySet<string> | undefined,
): void {
  const asked = canonicalTag(inheritedLang(host)) ?? DEFAULT_LOCALE;
  const lang = primary(asked) === primary(resolved.locale) ? undefined : resolved.locale;
  const dir = resolved.dir === inheritedDir(host) ? undefined : resolved.dir;
  for (const part of root.children) {
    if (part.localName === 'style') continue;
    toggle(part, 'lang', lang);
    toggle(part, 'dir', dir);
  }

  const before = marked.get(root);
  const now = new Set<Element>();
  if (english?.size) {
    const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = texts.nextNode(); t; t = texts.nextNode()) {
      const container = t.parentElement;
      if (!container || now.has(container) || !english.has(t.textContent!.trim())) continue;
      const all = [...container.childNodes].every(
        (n) => n.nodeType !== Node.TEXT_NODE || !n.textContent!.trim() || english.has(n.textContent!.trim()),
      );
      if (all) now.add(container);
    }
  }
  // English is written left to right, also inside a right-to-left element.
  const englishDir = resolved.dir === 'rtl' ? 'ltr' : undefined;
  for (const el of before ?? []) {
    if (now.has(el)) continue;
    toggle(el, 'lang', undefined);
    toggle(el, 'dir', undefined);
  }
  for (const el of now) {
    toggle(el, 'lang', DEFAULT_LOCALE);
    toggle(el, 'dir', englishDir);
  }
  marked.set(root, now);
}
