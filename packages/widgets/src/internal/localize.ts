/**
 * Per-element localization on top of @lit/localize.
 *
 * @lit/localize's runtime mode keeps one active locale for the whole page, but a municipal page can hold
 * a Dutch report form next to an English rights card. So instead of `configureLocalization` we install a
 * `msg()` implementation that looks strings up in the dictionary of the element that is rendering right
 * now. Components keep writing `msg('…', { id: '…' })` and `msg(str\`…${x}\`, { id })` exactly as the
 * @lit/localize docs describe; translations are plain `templates` maps as the lit-localize CLI emits them.
 */
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { joinStringsAndValues } from '@lit/localize/internal/str-tag.js';
import type { TemplateLike, TemplateMap } from '@lit/localize/internal/types.js';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@hrc/framework/ids';

export type { TemplateMap };

/** The page-wide state shared by every copy of the kit that shares one @lit/localize. */
interface LocalizeState {
  current: TemplateMap | undefined;
}

const STATE_KEY = Symbol.for('hrc-kit.localize');
const globals = globalThis as typeof globalThis & { [STATE_KEY]?: LocalizeState };
/**
 * Looks a message up by its explicit id. Unlike @lit/localize's own runtime lookup this never hashes
 * the template (every kit message carries an id), which keeps the hashing code out of every bundle.
 * Kit messages are plain strings or str`` templates, never html`` (the translation tests check).
 */
function lookup(templates: TemplateMap | undefined, template: TemplateLike, id: string | undefined): unknown {
  const localized = id && templates?.[id];
  if (typeof localized === 'string') return localized;
  if (typeof template === 'string') return template;
  const { strings, values } = template as { strings: TemplateStringsArray; values: unknown[] };
  // A translated str`` message carries the indices of the source's values, in its own order.
  return localized && 'strTag' in localized
    ? joinStringsAndValues(localized.strings, values, localized.values as number[])
    : joinStringsAndValues(strings, values);
}

const state: LocalizeState = (globals[STATE_KEY] ??= (() => {
  const s: LocalizeState = { current: undefined };
  try {
    _installMsgImplementation(((template: TemplateLike, options?: { id?: string }) =>
      lookup(s.current, template, options?.id)) as never);
  } catch {
    // Another library configured @lit/localize first; our elements then fall back to English.
    console.warn('hrc-kit: @lit/localize was already configured on this page; showing English.');
  }
  return s;
})());

/** Runs `fn` with `templates` as the active dictionary (undefined = source locale, English). */
export function withTemplates<T>(templates: TemplateMap | undefined, fn: () => T): T {
  const previous = state.current;
  state.current = templates;
  try {
    return fn();
  } finally {
    state.current = previous;
  }
}

/** Maps any language tag to a supported locale: "nl-BE" → "nl", "fr" → undefined. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : undefined;
}

/**
 * The language that applies to `el`: its own `lang`, else the nearest ancestor's (crossing shadow
 * roots), else `<html lang>`. Returns the raw tag, or '' when none is set.
 */
export function inheritedLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang;
}

/** The supported locale for `el`, falling back to English when the inherited language is unsupported. */
export function resolveLocale(el: Element): Locale {
  return toLocale(inheritedLang(el)) ?? DEFAULT_LOCALE;
}

/** Something whose locale follows the page: kit elements, with or without Lit. */
export interface LocaleFollower {
  refreshLocale(): void;
}

/** Every connected kit element, so a change of `<html lang>` reaches them all. */
const followers = new Set<LocaleFollower>();
let htmlLangObserver: MutationObserver | undefined;

/** Starts (`true`) or stops telling `el` about changes of `<html lang>`. */
export function followPageLang(el: LocaleFollower, follow: boolean): void {
  if (!follow) {
    followers.delete(el);
    return;
  }
  followers.add(el);
  if (htmlLangObserver) return;
  htmlLangObserver = new MutationObserver(() => {
    for (const f of followers) f.refreshLocale();
  });
  htmlLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}
