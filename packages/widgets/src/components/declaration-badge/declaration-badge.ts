import type { Locale } from '@hrc/framework/ids';
import { safeUrl } from '@hrc/framework/url';
import { followPageLang, resolveLocale, withTemplates, type TemplateMap } from '../../internal/localize.js';
import { BASE_CSS, TOKENS_CSS } from '../../styles/tokens-css.js';
import { KIT_VERSION } from '../../version.js';
import { inPlaceCount, isGuideCity } from './declaration-badge.data.js';
import { drawBadge, STATUS_GAP, type BadgePart, type Shape } from './declaration-badge.geometry.js';
import { templates } from './declaration-badge.nl.js';
import { styles } from './declaration-badge.styles.js';
import { badgeWords } from './declaration-badge.text.js';
import { BADGE_SIZES, BADGE_VARIANTS, type BadgeSize, type BadgeVariant } from './declaration-badge.types.js';

/*
 * The badge is a plain custom element, without Lit: it is the one kit element a city shows on every
 * page, often alone, so it stays a few kilobytes. It shares the kit's tokens, localization and
 * registration, and offers the same `updateComplete` as the other elements.
 */

const SVG = 'http://www.w3.org/2000/svg';

/** One status file per page, however many badges point at it. */
const statusCache = new Map<string, Promise<number | undefined>>();

function loadStatus(url: string): Promise<number | undefined> {
  let pending = statusCache.get(url);
  if (!pending) {
    pending = fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' })
      .then((res) => (res.ok ? res.json() : undefined))
      .then(inPlaceCount, () => undefined);
    statusCache.set(url, pending);
  }
  return pending;
}

type Attrs = Record<string, string | number | false | undefined>;

/** An element with attributes (false and undefined leave one out) and children; text is never markup. */
function h(tag: string, attrs: Attrs, children: (Node | string)[] = [], ns?: string): Element {
  const el = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== false) el.setAttribute(name, String(value));
  }
  el.append(...children);
  return el;
}
const s = (tag: string, attrs: Attrs, children?: (Node | string)[]) => h(tag, attrs, children, SVG);

function shape(sh: Shape): Element {
  switch (sh.kind) {
    case 'rect':
      return s('rect', { class: sh.cls, x: sh.x, y: sh.y, width: sh.width, height: sh.height, rx: sh.rx });
    case 'circle':
      return s('circle', { class: sh.cls, cx: sh.cx, cy: sh.cy, r: sh.r });
    case 'path':
      return s('path', { class: sh.cls, d: sh.d });
    case 'text':
      return s(
        'text',
        {
          class: sh.cls,
          x: sh.x,
          y: sh.y,
          'font-size': sh.size,
          'font-weight': sh.bold && 'bold',
          'text-anchor': sh.anchor,
        },
        [sh.text],
      );
  }
}

function drawPart(part: BadgePart, y: number, name: 'badge' | 'status', label?: string, desc?: string) {
  return s(
    'svg',
    {
      part: name,
      viewBox: `0 0 ${part.width} ${part.height + y}`,
      role: label && 'img',
      'aria-labelledby': label && 'title',
      'aria-hidden': !label && 'true',
    },
    [
      ...(label ? [s('title', { id: 'title' }, [label])] : []),
      ...(desc ? [s('desc', {}, [desc])] : []),
      // Whitespace between the texts, so their words do not run together in the element's text.
      s(
        'g',
        { class: name, transform: `translate(0 ${y})` },
        part.shapes.flatMap((sh) => [shape(sh), '\n']),
      ),
    ],
  );
}

/** One style sheet for every badge on the page. */
let sheet: CSSStyleSheet | undefined;

/**
 * @summary The city's human rights commitment as a badge: city, year, a link to its declaration and,
 * when the city publishes its checklist, how many of the 20 framework elements are in place.
 *
 * @attr city - Name of the city (or municipality, region), as it should appear on the badge.
 * @attr year - Year the city adopted its human rights declaration.
 * @attr declaration-url - Address of the declaration; the badge links there.
 * @attr variant - Shape: `seal` (default), `horizontal` or `compact`.
 * @attr size - Size: `s`, `m` (default) or `l`.
 * @attr status-src - Address of the city's published checklist (assessment JSON); adds "N of 20 elements in place".
 * @attr status-url - Page that shows the published checklist; the status line links there (default: `status-src`).
 * @attr theme - Colour scheme: follows the page by default; `light` or `dark` forces one.
 * @attr lang - Language of the badge (`nl`, `en`, or a regional tag such as `nl-BE`); inherited from the
 *   nearest ancestor with `lang`, else `<html lang>`, else English.
 *
 * @csspart base - The wrapper around the badge and the status line.
 * @csspart link - The link to the declaration (present with `declaration-url`).
 * @csspart badge - The badge drawing (`<svg>`).
 * @csspart status - The link to the published checklist (present once the status file loaded).
 *
 * @cssproperty --hrc-declaration-badge-color - Ring, emblem and status band colour; falls back to `--hrc-color-primary`.
 * @cssproperty --hrc-declaration-badge-on-color - Text on that colour; falls back to `--hrc-color-on-primary`.
 * @cssproperty --hrc-declaration-badge-background - Face of the badge; falls back to `--hrc-color-surface`.
 *
 * @tag hrc-declaration-badge
 */
export class HrcDeclarationBadge extends HTMLElement {
  /** Kit version of this class, so duplicate registrations of another version can be reported. */
  static readonly kitVersion = KIT_VERSION;

  /** UI strings per locale; English is the source and needs no entry. */
  static translations: Partial<Record<Locale, TemplateMap>> = { nl: templates };

  static readonly observedAttributes = [
    'city',
    'year',
    'declaration-url',
    'variant',
    'size',
    'status-src',
    'status-url',
    'lang',
  ];

  /** Name of the city (or municipality, region), as it should appear on the badge. */
  get city(): string {
    return this.getAttribute('city') ?? '';
  }
  set city(value: string) {
    this.setAttribute('city', value);
  }

  /** Year the city adopted its human rights declaration. */
  get year(): number | undefined {
    const value = this.getAttribute('year');
    return value === null ? undefined : Number(value);
  }
  set year(value: number | undefined) {
    this.reflect('year', value === undefined ? undefined : String(value));
  }

  /** Address of the declaration; the badge links there. */
  get declarationUrl(): string | undefined {
    return this.getAttribute('declaration-url') ?? undefined;
  }
  set declarationUrl(value: string | undefined) {
    this.reflect('declaration-url', value);
  }

  /** Shape: `seal`, `horizontal` or `compact`. */
  get variant(): BadgeVariant {
    return (this.getAttribute('variant') as BadgeVariant | null) ?? 'seal';
  }
  set variant(value: BadgeVariant) {
    this.setAttribute('variant', value);
  }

  /** Size: `s`, `m` or `l`. */
  get size(): BadgeSize {
    return (this.getAttribute('size') as BadgeSize | null) ?? 'm';
  }
  set size(value: BadgeSize) {
    this.setAttribute('size', value);
  }

  /** Address of the city's published checklist (assessment JSON); adds "N of 20 elements in place". */
  get statusSrc(): string | undefined {
    return this.getAttribute('status-src') ?? undefined;
  }
  set statusSrc(value: string | undefined) {
    this.reflect('status-src', value);
  }

  /** Page that shows the published checklist; the status line links there (default: `status-src`). */
  get statusUrl(): string | undefined {
    return this.getAttribute('status-url') ?? undefined;
  }
  set statusUrl(value: string | undefined) {
    this.reflect('status-url', value);
  }

  /** Colour scheme: follows the page by default; `light` or `dark` forces one. */
  get theme(): 'light' | 'dark' | undefined {
    return (this.getAttribute('theme') as 'light' | 'dark' | null) ?? undefined;
  }
  set theme(value: 'light' | 'dark' | undefined) {
    this.reflect('theme', value);
  }

  /** The locale this element renders in, resolved from `lang` and its ancestors. */
  get locale(): Locale {
    return this._locale;
  }

  /** True once the badge has been drawn. */
  hasUpdated = false;

  /** True while a redraw is scheduled. */
  get isUpdatePending(): boolean {
    return this.pending !== undefined;
  }

  /** Resolves when the badge is drawn, including the status line once the status file settled. */
  get updateComplete(): Promise<boolean> {
    return (async () => {
      await this.pending;
      await this.statusLoad;
      await this.pending;
      return true;
    })();
  }

  private _locale: Locale = 'en';
  private pending?: Promise<void>;
  private statusLoad: Promise<unknown> = Promise.resolve();
  /** Elements in place according to the status file; undefined while loading, or when it is missing or invalid. */
  private inPlace?: number;
  private loadedSrc?: string;

  constructor() {
    super();
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(TOKENS_CSS + BASE_CSS + styles);
    }
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
  }

  connectedCallback(): void {
    followPageLang(this, true);
    this._locale = resolveLocale(this);
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    followPageLang(this, false);
  }

  attributeChangedCallback(name: string): void {
    if (name === 'lang') this._locale = resolveLocale(this);
    this.requestUpdate();
  }

  /** Re-resolves the locale (after a change to `lang` on an ancestor) and redraws if it changed. */
  refreshLocale(): void {
    const next = resolveLocale(this);
    if (next !== this._locale) {
      this._locale = next;
      this.requestUpdate();
    }
  }

  /** Schedules a redraw (in a microtask, so several changes draw once). */
  requestUpdate(): void {
    if (this.pending || !this.isConnected) return;
    this.pending = Promise.resolve().then(() => {
      this.pending = undefined;
      this.update();
    });
  }

  private reflect(name: string, value: string | undefined): void {
    if (value === undefined) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }

  /** Starts loading a changed status file; the badge redraws when it settles. */
  private followStatus(src: string | undefined): void {
    if (src === this.loadedSrc) return;
    this.loadedSrc = src;
    this.inPlace = undefined;
    if (!src) return;
    this.statusLoad = loadStatus(src).then((count) => {
      if (this.loadedSrc === src) {
        this.inPlace = count;
        this.requestUpdate();
      }
    });
  }

  private update(): void {
    const statusSrc = safeUrl(this.statusSrc, { source: '<hrc-declaration-badge status-src>' });
    this.followStatus(statusSrc);
    const variant = BADGE_VARIANTS.includes(this.variant) ? this.variant : 'seal';
    const size = BADGE_SIZES.includes(this.size) ? this.size : 'm';
    const year = this.year;
    const validYear = year !== undefined && Number.isInteger(year) && year > 0 ? year : undefined;
    const city = this.city.trim();
    const words = withTemplates(HrcDeclarationBadge.translations[this._locale], () =>
      badgeWords(city, validYear, isGuideCity(city), statusSrc ? this.inPlace : undefined),
    );
    const d = drawBadge({ variant, size, withStatus: !!statusSrc, text: words });
    const href = safeUrl(this.declarationUrl, { source: '<hrc-declaration-badge declaration-url>' });
    const statusHref = safeUrl(this.statusUrl, { source: '<hrc-declaration-badge status-url>' }) ?? statusSrc;
    const mark = words.markDescription;

    const parts: Element[] = [
      href
        ? h(
            'a',
            { part: 'link', href, 'aria-label': words.linkLabel, 'aria-describedby': !!mark && 'mark' },
            [drawPart(d.badge, 0, 'badge')],
          )
        : drawPart(d.badge, 0, 'badge', words.label, mark),
    ];
    if (href && mark) parts.push(h('span', { id: 'mark', hidden: '' }, [mark]));
    if (d.status) {
      const band = drawPart(d.status, STATUS_GAP, 'status');
      parts.push(
        words.status && statusHref
          ? h('a', { part: 'status', href: statusHref, 'aria-label': words.status }, [band])
          : band,
      );
    }
    this.draw(parts);
    this.hasUpdated = true;
  }

  /**
   * Puts the new parts in place, keeping every part that did not change: a link that has focus keeps
   * it when the status line arrives.
   */
  private draw(parts: Element[]): void {
    const root = this.shadowRoot!;
    let base = root.firstElementChild;
    if (!base) root.append((base = h('div', { part: 'base', class: 'base' })));
    parts.forEach((next, i) => {
      const current = base.children[i];
      if (!current) base.append(next);
      else if (!current.isEqualNode(next)) current.replaceWith(next);
    });
    while (base.children.length > parts.length) base.lastElementChild!.remove();
  }
}
