/**
 * The badge as a standalone SVG file (for print and social media), from the same drawing as the
 * element. Used by `pnpm badge`; not imported by the element itself.
 */
import type { Catalog } from '../../internal/i18n.js';
import { withMessages } from '../../internal/msg.js';
import { isGuideCity, type StatusCount } from './declaration-badge.data.js';
import {
  drawBadge,
  estimateWidth,
  type BadgePart,
  type Shape,
  type ShapeClass,
} from './declaration-badge.geometry.js';
import { badgeWords } from './declaration-badge.text.js';
import type { BadgeSize, BadgeTheme, BadgeVariant } from './declaration-badge.types.js';

export interface BadgeSvgOptions {
  city: string;
  year?: number;
  /** The language of the words (a BCP 47 tag); English unless `catalogs` has that language. */
  lang: string;
  /** The catalogs of `lang`, most specific first (`de-AT`, `de`); none for English. */
  catalogs?: readonly Catalog[];
  variant?: BadgeVariant;
  size?: BadgeSize;
  theme?: BadgeTheme;
  /** Elements in place and elements that apply, from a published checklist; omitted = no status band. */
  count?: StatusCount;
}

/** The kit's default token colours (styles/tokens.ts); the element tests compare them with the page. */
export const PALETTE: Readonly<Record<BadgeTheme, Readonly<Record<ShapeClass, string>>>> = {
  light: { accent: '#1d4ed8', face: '#ffffff', ink: '#1a1a1a', muted: '#4a4a4a', 'on-accent': '#ffffff' },
  dark: { accent: '#93c5fd', face: '#111827', ink: '#f3f4f6', muted: '#d1d5db', 'on-accent': '#0b1220' },
};

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
/** Escapes text for XML content and attribute values. */
export const escapeXml = (value: string | number): string =>
  String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function attrs(pairs: [string, string | number | undefined][]): string {
  return pairs
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v!)}"`)
    .join('');
}

function shapeXml(s: Shape): string {
  switch (s.kind) {
    case 'rect':
      return `<rect${attrs([
        ['class', s.cls],
        ['x', s.x],
        ['y', s.y],
        ['width', s.width],
        ['height', s.height],
        ['rx', s.rx],
      ])}/>`;
    case 'circle':
      return `<circle${attrs([
        ['class', s.cls],
        ['cx', s.cx],
        ['cy', s.cy],
        ['r', s.r],
      ])}/>`;
    case 'path':
      return `<path${attrs([
        ['class', s.cls],
        ['d', s.d],
      ])}/>`;
    case 'text':
      return (
        `<text${attrs([
          ['class', s.cls],
          ['x', s.x],
          ['y', s.y],
          ['font-size', s.size],
          ['font-weight', s.bold ? 'bold' : undefined],
          ['text-anchor', s.anchor],
          // Too long even at the smallest size: squeezed to its width (the element measures instead).
          ...(estimateWidth(s.text, s.size, s.bold) > s.max
            ? ([
                ['textLength', s.max],
                ['lengthAdjust', 'spacingAndGlyphs'],
              ] as [string, number | string][])
            : []),
        ])}>` + `${escapeXml(s.text)}</text>`
      );
  }
}

const partXml = (part: BadgePart): string => part.shapes.map((s) => `${shapeXml(s)}\n`).join('');

/** The whole badge as SVG text: the same shapes and words as `<hrc-declaration-badge>` renders. */
export function renderBadgeSvg(options: BadgeSvgOptions): string {
  const { city, year, variant = 'seal', size = 'm', theme = 'light', count, catalogs = [] } = options;
  const lang = catalogs.length ? options.lang : 'en';
  const dir = catalogs.find((c) => c.dir)?.dir ?? 'ltr';
  const inGuide = isGuideCity(city);
  const words = withMessages({ locale: lang, catalogs }, () => badgeWords(city, year, inGuide, count));
  const d = drawBadge({ variant, size, withStatus: count !== undefined, text: words, dir });
  const colours = PALETTE[theme];
  const style =
    'svg{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}' +
    Object.entries(colours)
      .map(([cls, colour]) => `.${cls}{fill:${colour}}`)
      .join('');
  const status = d.status
    ? `<g class="status" transform="translate(0 ${d.status.y})">\n${partXml(d.status)}</g>\n`
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs([
      ['lang', lang],
      ['direction', dir === 'rtl' ? 'rtl' : undefined],
      ['width', d.width],
      ['height', d.height],
      ['viewBox', `0 0 ${d.viewWidth} ${d.viewHeight}`],
      ['role', 'img'],
      ['aria-labelledby', 'hrc-badge-title'],
    ])}>` +
    `<title id="hrc-badge-title">${escapeXml(words.label)}</title>` +
    (words.markDescription ? `<desc>${escapeXml(words.markDescription)}</desc>` : '') +
    `<style>${style}</style>` +
    `<g class="badge">\n${partXml(d.badge)}</g>\n${status}</svg>\n`
  );
}
