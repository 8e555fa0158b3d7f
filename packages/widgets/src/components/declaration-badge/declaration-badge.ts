import { safeUrl } from '@hrc/framework/url';
import {
  followPageLang,
  loadLocale,
  requestedLocale,
  resolvedLocale,
  type ResolvedLocale,
} from '../../internal/i18n.js';
import { markLanguage } from '../../internal/lang-marks.js';
import { withMessages } from '../../internal/msg.js';
import { BASE_CSS, TOKENS_CSS } from '../../styles/tokens-css.js';
import { KIT_VERSION } from '../../version.js';
import { isGuideCity, statusCount, type StatusCount } from './declaration-badge.data.js';
import { drawBadge, STATUS_GAP, type BadgePart, type Shape } from './declaration-badge.geometry.js';
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
const statusCache = new Map<string, Promise<StatusCount | undefined>>();

function loadStatus(url: string): Promise<StatusCount | undefined> {
  let pending = statusCache.get(url);
  if (!pending) {
    pending = fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' })
      .then((res) => (res.ok ? res.json() : undefined))
      .then(statusCount, () => undefined);
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
    case 'text': {
      const text = s(
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
      textWidths.set(text, sh.max);
      return text;
    }
  }
}

/** The width each drawn text may take. */
const textWidths = new WeakMap<Element, number>();

/**
 * Squeezes a text that is wider than its room (`textLength`), and lets one that fits take its own
 * width. Measured in the page, so it holds for any font and for a reader's own letter and word spacing
 * (WCAG 1.4.12): the text stays inside the drawing instead of being cut off.
 */
function fitText(text: SVGTextElement): void {
  const max = textWidths.get(text);
  if (max === undefined) return;
  const squeezed = text.hasAttribute('textLength');
  if (squeezed) text.removeAttribute('textLength');
  const tooWide = text.getComputedTextLength() > max + 0.5;
  if (tooWide) {
    text.setAttribute('textLength', String(max));
    text.setAttribute('lengthAdjust', 'spacingAndGlyphs');
  } else if (squeezed) text.removeAttribute('lengthAdjust');
}

/** A copy of `el` without what `fitText` added, to compare with a freshly drawn part. */
function unfitted(el: Element): Element {
  const copy = el.cloneNode(true) as Element;
  for (const t of copy.querySelectorAll('[textLength]')) {
    t.removeAttribute('textLength');
    t.removeAttribute('lengthAdjust');
  }
  return copy;
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
 * @attr status-src - Address of the city's published checklist (assessment JSON); adds "N of M applicable elements in place" (elements marked not applicable are not counted, as in the checklist).
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

  /** Address of the city's published checklist (assessment JSON); adds "N of M applicable elements in place". */
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

  /** The locale this element renders in: its language when the kit has it, else `en`. */
  get locale(): string {
    return this.resolved?.locale ?? 'en';
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

  private requested = 'en';
  private resolved?: ResolvedLocale;
  private pending?: Promise<void>;
  private statusLoad: Promise<unknown> = Promise.resolve();
  /** The counts in the status file; undefined while loading, or when it is missing or invalid. */
  private count?: StatusCount;
  /** Fits the texts again when their size changes (fonts arrive, the reader's text spacing). */
  private readonly resizes =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver((entries) => {
          for (const e of entries) fitText(e.target as SVGTextElement);
        })
      : undefined;
  private loadedSrc?: string;

  constructor() {
    super();
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(TOKENS_CSS + BASE_CSS + styles);
    }
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    // Until the first drawing, what the page put inside the badge stays visible.
    root.append(document.createElement('slot'));
  }

  connectedCallback(): void {
    followPageLang(this, true);
    this.requested = requestedLocale(this);
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    followPageLang(this, false);
    this.resizes?.disconnect();
  }

  attributeChangedCallback(name: string): void {
    if (name === 'lang') this.requested = requestedLocale(this);
    this.requestUpdate();
  }

  /** Looks at the language again (after a change to `lang` around it) and redraws if it changed. */
  refreshLocale(): void {
    this.requested = requestedLocale(this);
    if (resolvedLocale(this.requested) !== this.resolved) this.requestUpdate();
  }

  /**
   * Schedules a redraw (in a microtask, so several changes draw once), once the badge's language has
   * its catalog: until then the badge shows what the page put inside it.
   */
  requestUpdate(): void {
    if (this.pending || !this.isConnected) return;
    this.pending = this.whenReady().then(() => {
      this.pending = undefined;
      this.update();
    });
  }

  private async whenReady(): Promise<void> {
    let r: ResolvedLocale | undefined;
    while (!(r = resolvedLocale(this.requested))) await loadLocale(this.requested);
    this.resolved = r;
  }

  private reflect(name: string, value: string | undefined): void {
    if (value === undefined) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }

  /** Starts loading a changed status file; the badge redraws when it settles. */
  private followStatus(src: string | undefined): void {
    if (src === this.loadedSrc) return;
    this.loadedSrc = src;
    this.count = undefined;
    if (!src) return;
    this.statusLoad = loadStatus(src).then((count) => {
      if (this.loadedSrc === src) {
        this.count = count;
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
    const r = this.resolved!;
    const english = r.language === 'en' ? undefined : new Set<string>();
    const words = withMessages({ locale: r.locale, catalogs: r.catalogs, fallbacks: english }, () =>
      badgeWords(city, validYear, isGuideCity(city), statusSrc ? this.count : undefined),
    );
    const d = drawBadge({ variant, size, withStatus: !!statusSrc, text: words, dir: r.dir });
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
    markLanguage(this.shadowRoot!, this, r, english);
    this.hasUpdated = true;
  }

  /**
   * Puts the new parts in place, keeping every part that did not change: a link that has focus keeps
   * it when the status line arrives.
   */
  private draw(parts: Element[]): void {
    const root = this.shadowRoot!;
    if (root.firstElementChild?.localName === 'slot') root.firstElementChild.remove();
    let base = root.firstElementChild;
    if (!base) root.append((base = h('div', { part: 'base', class: 'base' })));
    const forget = (part: Element) => {
      for (const t of part.querySelectorAll('text')) this.resizes?.unobserve(t);
    };
    parts.forEach((next, i) => {
      const current = base.children[i];
      if (!current) base.append(next);
      else if (!unfitted(current).isEqualNode(next)) {
        forget(current);
        current.replaceWith(next);
      }
    });
    while (base.children.length > parts.length) {
      forget(base.lastElementChild!);
      base.lastElementChild!.remove();
    }
    for (const text of base.querySelectorAll('text')) {
      fitText(text);
      this.resizes?.observe(text);
    }
  }
}
