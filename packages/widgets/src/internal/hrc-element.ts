import { LitElement, type CSSResult, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Locale } from '@hrc/framework/ids';
import { base, tokens } from '../styles/tokens.js';
import { KIT_VERSION } from '../version.js';
import { loadContent } from './content.js';
import { followPageLang, resolveLocale, withTemplates, type TemplateMap } from './localize.js';

/**
 * The base class of every kit element: shared host styles and design tokens, locale resolution
 * (`lang` on the element, else the nearest ancestor, else `<html lang>`, else English) and the hookup
 * that makes `msg()` answer in that locale.
 *
 * @attr lang - Language of the element (`nl`, `en`, or a regional tag such as `nl-BE`); inherited from
 *   the nearest ancestor with `lang`, else `<html lang>`, else English.
 */
export abstract class HrcElement extends LitElement {
  static override styles = [tokens, base];

  /** Kit version of this class, so duplicate registrations of another version can be reported. */
  static readonly kitVersion = KIT_VERSION;

  /** UI strings per locale; English is the source and needs no entry. */
  static translations: Partial<Record<Locale, TemplateMap>> = {};

  /** The element shows framework content (`<locale>.json`), so `prepare` starts loading it. */
  protected static usesContent = false;

  /**
   * Start-up work that needs no instance, done before the first one upgrades (see `defineElement`):
   * the class's properties and style sheets, and the content its instances on the page will ask for.
   */
  static prepare(instances: readonly Element[]): void {
    this.finalize();
    // Reading a Lit style sheet builds it (a CSSStyleSheet); native sheets have no such property.
    for (const s of this.elementStyles) void (s as CSSResult).styleSheet;
    if (this.usesContent) for (const el of instances) loadContent(resolveLocale(el)).catch(() => undefined);
  }

  // Declared here rather than with a decorator: the same result, and bundles whose elements declare
  // their properties the same way carry no decorator code.
  static override properties: PropertyDeclarations = { theme: { reflect: true } };

  /** Colour scheme: follows the page by default; `light` or `dark` forces one. */
  theme?: 'light' | 'dark';

  /** The locale this element renders in, resolved from `lang` and its ancestors. */
  get locale(): Locale {
    return this._locale;
  }

  private _locale: Locale = 'en';

  override connectedCallback(): void {
    super.connectedCallback();
    followPageLang(this, true);
    this._locale = resolveLocale(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    followPageLang(this, false);
  }

  /** Re-resolves the locale (after a change to `lang` here or on an ancestor) and re-renders if it changed. */
  refreshLocale(): void {
    const next = resolveLocale(this);
    if (next !== this._locale) {
      const previous = this._locale;
      this._locale = next;
      this.requestUpdate('locale', previous);
    }
  }

  // `lang` stays the native attribute (so it inherits like HTML's); watching it keeps the locale current.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.refreshLocale();
  }

  /** Renders with this element's dictionary active, so `msg()` answers in its locale. */
  protected override update(changed: PropertyValues): void {
    withTemplates(this.templates, () => super.update(changed));
  }

  /** Runs `fn` with this element's locale active: for messages built outside `render()`. */
  protected localized<T>(fn: () => T): T {
    return withTemplates(this.templates, fn);
  }

  private get templates(): TemplateMap | undefined {
    return (this.constructor as typeof HrcElement).translations[this._locale];
  }
}
