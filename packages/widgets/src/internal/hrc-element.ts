import { LitElement, type CSSResult, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { ContentSection } from '@hrc/framework/sections';
import { base, tokens } from '../styles/tokens.js';
import { KIT_VERSION } from '../version.js';
import { loadSection } from './content.js';
import {
  contentLanguage,
  followPageLang,
  inheritedDir,
  likelyContentLanguage,
  loadLocale,
  loadRest,
  requestedLocale,
  restMissing,
  resolvedLocale,
  type ResolvedLocale,
} from './i18n.js';
import { markLanguage } from './lang-marks.js';
import { withMessages } from './msg.js';

/**
 * The base class of every kit element: shared host styles and design tokens, locale resolution
 * (`lang` on the element, else the nearest ancestor, else `<html lang>`, else English), and the
 * hookup that makes `msg()` answer in that locale.
 *
 * An element does not render before its language's catalog has arrived (and whatever else
 * `contentReady()` waits for): until then it shows what the page put inside it, so that no reader sees
 * ids or another language's labels first.
 *
 * @attr lang - Language of the element (`nl`, `de`, or a regional tag such as `de-AT`); inherited from
 *   the nearest ancestor with `lang`, else `<html lang>`. Languages the kit does not have show English.
 */
export abstract class HrcElement extends LitElement {
  static override styles = [tokens, base];

  /** Kit version of this class, so duplicate registrations of another version can be reported. */
  static readonly kitVersion = KIT_VERSION;

  /**
   * The prefix of this element's message ids (`report-form`) when it shows no other element's
   * messages: the self-hosted kit then fetches only that part of a language's catalog.
   */
  protected static catalogPart: string | undefined;

  /**
   * Whether the first render formats numbers or chooses plural forms, so that the formatters are made
   * as soon as the catalog arrives (see `loadLocale`). False spares an element that needs neither the
   * time it takes.
   */
  protected static formatsInFirstRender = true;

  /** The content sections an instance will show (from its attributes), so `prepare` can ask for them. */
  protected static contentSections(_el: Element): readonly ContentSection[] {
    return [];
  }

  /**
   * Start-up work that needs no instance, done before the first one upgrades (see `defineElement`):
   * the class's properties and style sheets, and the catalogs and content its instances on the page
   * will ask for, fetched side by side.
   */
  static prepare(instances: readonly Element[]): void {
    this.finalize();
    // Reading a Lit style sheet builds it (a CSSStyleSheet); native sheets have no such property.
    for (const s of this.elementStyles) void (s as CSSResult).styleSheet;
    for (const el of instances) {
      const tag = requestedLocale(el);
      void loadLocale(tag, this.catalogPart, this.formatsInFirstRender);
      for (const s of this.contentSections(el))
        loadSection(likelyContentLanguage(tag), s).catch(() => undefined);
    }
  }

  // Declared here rather than with a decorator: the same result, and bundles whose elements declare
  // their properties the same way carry no decorator code.
  static override properties: PropertyDeclarations = { theme: { reflect: true } };

  /** Colour scheme: follows the page by default; `light` or `dark` forces one. */
  theme?: 'light' | 'dark';

  /** The locale this element renders in: its language when the kit has it, else `en`. */
  get locale(): string {
    return this.resolved?.locale ?? 'en';
  }

  /** The language the element's content is fetched in. */
  get contentLanguage(): string {
    return this.resolved ? contentLanguage(this.resolved) : likelyContentLanguage(this.requested);
  }

  /** Sources of English fallback texts besides the messages (content controllers add themselves). */
  readonly englishSources: { readonly english: ReadonlySet<string> }[] = [];

  private requested = 'en';
  private readonly messagePart = (this.constructor as typeof HrcElement).catalogPart;
  private readonly formatsNow = (this.constructor as typeof HrcElement).formatsInFirstRender;
  private resolved: ResolvedLocale | undefined;
  private pageDir: string | undefined;
  private placeholder: HTMLSlotElement | undefined;

  /** What the page sent already drawn in the shadow root (declarative shadow DOM), until the first render. */
  private prerendered: ChildNode[] | undefined;

  /**
   * Until the first render, the page's own content inside the element stays visible: its text, or the
   * element drawn in advance when the page sent one (`<template shadowrootmode="open">`, see
   * `fillPrerender`), which then stays usable until the element takes it over.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (root.childNodes.length) {
      this.prerendered = [...root.childNodes];
      // Lit would render before the first node it found; that node goes at the first render.
      this.renderOptions.renderBefore = null;
      return root;
    }
    this.placeholder = document.createElement('slot');
    root.append(this.placeholder);
    return root;
  }

  /**
   * Called at the first render of an element the page sent already drawn, before that drawing is
   * replaced: the element reads what the person did with it (typed text, choices). What it returns runs
   * right after the first render (to put the focus back). Nothing is painted in between.
   */
  protected takeOver(_root: ShadowRoot): (() => void) | void {}

  override connectedCallback(): void {
    this.requested = requestedLocale(this);
    this.pageDir = inheritedDir(this);
    super.connectedCallback();
    followPageLang(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    followPageLang(this, false);
  }

  /** Looks at the language again (after a change to `lang` here or around) and re-renders if it changed. */
  refreshLocale(): void {
    this.requested = requestedLocale(this);
    const dir = inheritedDir(this);
    if (resolvedLocale(this.requested, this.messagePart) !== this.resolved || dir !== this.pageDir) {
      this.pageDir = dir;
      this.requestUpdate();
    }
  }

  // `lang` stays the native attribute (so it inherits like HTML's); watching it keeps the locale current.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.refreshLocale();
  }

  /**
   * What the element waits for before it renders, besides its catalog: content it cannot draw
   * without. Undefined when nothing is missing.
   */
  protected contentReady(): Promise<unknown> | undefined {
    return undefined;
  }

  private wantsRest = false;

  /**
   * Fetches the rest of this element's part of its catalogs (the messages only its lazily loaded code
   * shows; see `loadRest`), to be called with that code's `import()`. From then on the element renders
   * in a language only once that language's rest is there too. False when it could not be loaded now.
   */
  protected loadCatalogRest(): Promise<boolean> {
    this.wantsRest = true;
    return this.resolved ? loadRest(this.resolved) : Promise.resolve(true);
  }

  /** Holds the update until the catalog (and `contentReady`) arrived; at once when they are there. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const now = resolvedLocale(this.requested, this.messagePart);
    if (now) {
      this.resolved = now;
      const waiting = this.contentReady();
      if (!waiting && !(this.wantsRest && restMissing(now))) return super.scheduleUpdate();
    }
    return this.whenReady().then(() => super.scheduleUpdate());
  }

  private async whenReady(): Promise<void> {
    let r: ResolvedLocale | undefined;
    // Again when the language changed (or a translation was registered) while waiting.
    while (!(r = resolvedLocale(this.requested, this.messagePart)))
      await loadLocale(this.requested, this.messagePart, this.formatsNow);
    this.resolved = r;
    await this.contentReady();
    // Offline, the later messages show in English (marked so) rather than holding the element back.
    if (this.wantsRest) await loadRest(r);
  }

  /** Renders with this element's catalogs active, so `msg()` answers in its locale. */
  protected override update(changed: PropertyValues): void {
    const r = this.resolved!;
    const english = r.language === 'en' ? undefined : new Set<string>();
    this.placeholder?.remove();
    this.placeholder = undefined;
    const prerendered = this.prerendered;
    this.prerendered = undefined;
    const after = prerendered && this.takeOver(this.renderRoot as ShadowRoot);
    for (const node of prerendered ?? []) node.remove();
    withMessages({ locale: r.locale, catalogs: r.catalogs, fallbacks: english, dir: r.dir }, () =>
      super.update(changed),
    );
    after?.();
    if (english) for (const source of this.englishSources) for (const t of source.english) english.add(t);
    markLanguage(this.renderRoot, this, r, english);
  }

  /** Runs `fn` with this element's locale active: for messages built outside `render()`. */
  protected localized<T>(fn: () => T): T {
    const r = this.resolved;
    return withMessages(r && { locale: r.locale, catalogs: r.catalogs, dir: r.dir }, fn);
  }
}
