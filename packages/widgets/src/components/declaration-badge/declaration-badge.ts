import { html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { HrcElement } from '../../internal/hrc-element.js';
import { inPlaceCount, isGuideCity } from './declaration-badge.data.js';
import { drawBadge, STATUS_GAP, type BadgePart, type Shape } from './declaration-badge.geometry.js';
import { templates } from './declaration-badge.nl.js';
import { styles } from './declaration-badge.styles.js';
import { badgeWords } from './declaration-badge.text.js';
import { BADGE_SIZES, BADGE_VARIANTS, type BadgeSize, type BadgeVariant } from './declaration-badge.types.js';

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

/** An absolute http(s) URL for `value`, or undefined: a badge never links to `javascript:` or `data:`. */
function safeUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function shape(s: Shape): SVGTemplateResult {
  switch (s.kind) {
    case 'rect':
      return svg`<rect class=${s.cls} x=${s.x} y=${s.y} width=${s.width} height=${s.height} rx=${s.rx}></rect>`;
    case 'circle':
      return svg`<circle class=${s.cls} cx=${s.cx} cy=${s.cy} r=${s.r}></circle>`;
    case 'path':
      return svg`<path class=${s.cls} d=${s.d}></path>`;
    case 'text':
      return svg`<text class=${s.cls} x=${s.x} y=${s.y} font-size=${s.size}
        font-weight=${s.bold ? 'bold' : nothing} text-anchor=${s.anchor}>${s.text}</text>`;
  }
}

/** Whitespace between the texts, so their words do not run together in the element's text. */
const spaced = (s: Shape) => svg`${shape(s)}
`;

/**
 * @summary The city's human rights commitment as a badge: city, year, a link to its declaration and,
 * when the city publishes its checklist, how many of the 20 framework elements are in place.
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
export class HrcDeclarationBadge extends HrcElement {
  static override styles = [...HrcElement.styles, styles];
  static override translations = { nl: templates };

  /** Name of the city (or municipality, region), as it should appear on the badge. */
  @property() city = '';

  /** Year the city adopted its human rights declaration. */
  @property({ type: Number }) year?: number;

  /** Address of the declaration; the badge links there. */
  @property({ attribute: 'declaration-url' }) declarationUrl?: string;

  /** Shape: `seal`, `horizontal` or `compact`. */
  @property({ reflect: true }) variant: BadgeVariant = 'seal';

  /** Size: `s`, `m` or `l`. */
  @property({ reflect: true }) size: BadgeSize = 'm';

  /** Address of the city's published checklist (assessment JSON); adds "N of 20 elements in place". */
  @property({ attribute: 'status-src', reflect: true }) statusSrc?: string;

  /** Page that shows the published checklist; the status line links there (default: `status-src`). */
  @property({ attribute: 'status-url' }) statusUrl?: string;

  /** Elements in place according to the status file; undefined while loading, or when it is missing or invalid. */
  @state() private inPlace?: number;

  private statusLoad: Promise<unknown> = Promise.resolve();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('statusSrc')) {
      this.inPlace = undefined;
      const src = safeUrl(this.statusSrc);
      if (src) {
        this.statusLoad = loadStatus(src).then((count) => {
          if (safeUrl(this.statusSrc) === src) this.inPlace = count;
        });
      }
    }
  }

  /** Also waits for the status file, so `await el.updateComplete` shows the finished badge. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    await this.statusLoad;
    done = (await super.getUpdateComplete()) && done;
    return done;
  }

  private drawPart(part: BadgePart, y: number, name: 'badge' | 'status', label?: string, desc?: string) {
    return html`<svg
      part=${name}
      viewBox=${`0 0 ${part.width} ${part.height + y}`}
      role=${label ? 'img' : nothing}
      aria-labelledby=${label ? 'title' : nothing}
      aria-hidden=${label ? nothing : 'true'}
    >
      ${label ? svg`<title id="title">${label}</title>` : nothing}${desc ? svg`<desc>${desc}</desc>` : nothing}
      <g class=${name} transform=${`translate(0 ${y})`}>${part.shapes.map(spaced)}</g>
    </svg>`;
  }

  override render() {
    const variant = BADGE_VARIANTS.includes(this.variant) ? this.variant : 'seal';
    const size = BADGE_SIZES.includes(this.size) ? this.size : 'm';
    const year = Number.isInteger(this.year) && this.year! > 0 ? this.year : undefined;
    const city = this.city.trim();
    const statusSrc = safeUrl(this.statusSrc);
    const words = badgeWords(city, year, isGuideCity(city), statusSrc ? this.inPlace : undefined);
    const d = drawBadge({ variant, size, withStatus: !!statusSrc, text: words });
    const href = safeUrl(this.declarationUrl);
    const statusHref = safeUrl(this.statusUrl) ?? statusSrc;

    return html`<div part="base" class="base">
      ${
        href
          ? html`<a
              part="link"
              href=${href}
              aria-label=${words.linkLabel}
              aria-describedby=${words.markDescription ? 'mark' : nothing}
              >${this.drawPart(d.badge, 0, 'badge')}</a
            >`
          : this.drawPart(d.badge, 0, 'badge', words.label, words.markDescription)
      }
      ${href && words.markDescription ? html`<span id="mark" hidden>${words.markDescription}</span>` : nothing}
      ${
        d.status
          ? words.status && statusHref
            ? html`<a part="status" href=${statusHref} aria-label=${words.status}
                >${this.drawPart(d.status, STATUS_GAP, 'status')}</a
              >`
            : this.drawPart(d.status, STATUS_GAP, 'status')
          : nothing
      }
    </div>`;
  }
}
