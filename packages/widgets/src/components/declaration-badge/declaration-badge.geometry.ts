/**
 * The badge drawing as data: one pure function from attributes and localized text to a list of shapes.
 * The element turns the shapes into SVG elements and the `pnpm badge` command into SVG text, so
 * the badge on a page and the file for print cannot drift apart. Coordinates are in the medium size's
 * user units; other sizes scale the whole drawing.
 */
import type { BadgeSize, BadgeVariant } from './declaration-badge.types.js';

/** Fill roles; the element maps them to design tokens, the command to fixed colours. */
export type ShapeClass = 'accent' | 'face' | 'ink' | 'muted' | 'on-accent';

export type Shape =
  | { kind: 'rect'; cls: ShapeClass; x: number; y: number; width: number; height: number; rx: number }
  | { kind: 'circle'; cls: ShapeClass; cx: number; cy: number; r: number }
  | { kind: 'path'; cls: ShapeClass; d: string }
  | {
      kind: 'text';
      cls: ShapeClass;
      x: number;
      y: number;
      size: number;
      bold: boolean;
      anchor: 'start' | 'middle' | 'end';
      text: string;
      /** Width the text may take; a longer one is squeezed to it (see `MIN_TEXT`). */
      max: number;
    };

/** The localized texts the drawing shows. */
export interface BadgeText {
  city: string;
  title: string;
  /** "since 2011", or '' without a year. */
  since: string;
  /** Short visible mark when the guide names the city, or '' when it does not. */
  mark: string;
  /** "5 of 19 applicable elements in place", or '' when no status is known (yet). */
  status: string;
}

export interface BadgePart {
  width: number;
  height: number;
  shapes: Shape[];
}

export interface BadgeDrawing {
  /** Outer size in CSS pixels, for the chosen size. */
  width: number;
  height: number;
  /** Drawing size in user units (the medium size). */
  viewWidth: number;
  viewHeight: number;
  badge: BadgePart;
  /** The status band below the badge; present whenever a status file is set, so nothing shifts. */
  status?: BadgePart & { y: number };
}

export const SIZE_SCALE: Readonly<Record<BadgeSize, number>> = { s: 0.8, m: 1, l: 1.4 };
export const BADGE_BOX: Readonly<Record<BadgeVariant, { width: number; height: number }>> = {
  seal: { width: 160, height: 160 },
  horizontal: { width: 288, height: 72 },
  compact: { width: 248, height: 36 },
};
/** Gap and band height of the status line: room for two lines of text. */
export const STATUS_GAP = 4;
export const STATUS_HEIGHT = 36;

/**
 * Smallest font size in user units (CSS px at the default size). A text that does not fit at this size
 * is drawn at it and squeezed to its width (`textLength`) rather than shrunk further.
 */
export const MIN_TEXT = 12;

/** A heart: the emblem, drawn around (cx, cy) at scale k; symmetric about cx. */
const emblem = (cls: ShapeClass, cx: number, cy: number, k: number): Shape => ({
  kind: 'path',
  cls,
  d:
    `M${cx} ${cy + 7 * k}l${-9 * k} ${-9 * k}a${5 * k} ${5 * k} 0 0 1 ${9 * k} ${-7 * k}` +
    `a${5 * k} ${5 * k} 0 0 1 ${9 * k} ${7 * k}z`,
});

/** Estimated width of `text` at `size`, from the average glyph width (system fonts differ). */
export const estimateWidth = (text: string, size: number, bold = false): number =>
  [...text].length * size * (bold ? 0.62 : 0.55);

/**
 * Font size that fits `text` in `max` units, never below `MIN_TEXT`. This estimates rather than
 * measures, so the browser and the command line draw the same; the element then measures and
 * squeezes a text that is still too wide (another font, the reader's text spacing).
 */
export function fitSize(text: string, size: number, max: number, bold = false): number {
  const estimate = estimateWidth(text, size, bold);
  const fitted = estimate <= max ? size : Math.floor((size * max * 10) / estimate) / 10;
  return Math.max(MIN_TEXT, fitted);
}

function text(
  cls: ShapeClass,
  x: number,
  y: number,
  value: string,
  size: number,
  max: number,
  anchor: 'start' | 'middle' | 'end',
  bold = false,
): Shape[] {
  return value
    ? [{ kind: 'text', cls, x, y, size: fitSize(value, size, max, bold), bold, anchor, text: value, max }]
    : [];
}

function seal(t: BadgeText): Shape[] {
  return [
    { kind: 'circle', cls: 'accent', cx: 80, cy: 80, r: 79 },
    { kind: 'circle', cls: 'face', cx: 80, cy: 80, r: 70 },
    emblem('accent', 80, 38, 1),
    ...text('ink', 80, 74, t.city, 20, 116, 'middle', true),
    ...text('ink', 80, 93, t.title, 12, 124, 'middle'),
    ...text('muted', 80, 110, t.since, 12, 112, 'middle'),
    ...text('accent', 80, 127, t.mark, 12, 100, 'middle', true),
  ];
}

function horizontal(t: BadgeText): Shape[] {
  return [
    { kind: 'rect', cls: 'accent', x: 0, y: 0, width: 288, height: 72, rx: 10 },
    { kind: 'rect', cls: 'face', x: 3, y: 3, width: 282, height: 66, rx: 8 },
    { kind: 'circle', cls: 'accent', cx: 36, cy: 36, r: 26 },
    emblem('on-accent', 36, 34, 1.1),
    ...text('ink', 72, 28, t.city, 18, 204, 'start', true),
    ...text('ink', 72, 46, t.title, 12, 204, 'start'),
    ...text('muted', 72, 62, t.since, 12, 76, 'start'),
    ...text('accent', 276, 62, t.mark, 12, 120, 'end', true),
  ];
}

function compact(t: BadgeText): Shape[] {
  const line = [t.title, t.since].filter(Boolean).join(' ');
  return [
    { kind: 'rect', cls: 'accent', x: 0, y: 0, width: 248, height: 36, rx: 18 },
    { kind: 'circle', cls: 'face', cx: 18, cy: 18, r: 13 },
    emblem('accent', 18, 17, 0.7),
    ...text('on-accent', 38, 15, t.city, 12, t.mark ? 92 : 196, 'start', true),
    ...text('on-accent', 38, 30, line, 12, 196, 'start'),
    ...text('on-accent', 234, 15, t.mark, 12, 100, 'end', true),
  ];
}

/**
 * The status line in the band: one line where it fits, else two, broken between words by the same
 * estimate as `fitSize`.
 */
function statusLines(value: string, max: number): string[] {
  if (estimateWidth(value, MIN_TEXT) <= max) return [value];
  const words = value.split(' ');
  let best = [value, ''];
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const width = Math.max(...lines.map((l) => estimateWidth(l, MIN_TEXT)));
    if (width < bestWidth) [best, bestWidth] = [lines, width];
  }
  return best;
}

const DRAW: Readonly<Record<BadgeVariant, (t: BadgeText) => Shape[]>> = { seal, horizontal, compact };

/** Outer size in CSS pixels, known from the attributes alone (before any data arrives). */
export function badgeSize(
  variant: BadgeVariant,
  size: BadgeSize,
  withStatus: boolean,
): { width: number; height: number } {
  const k = SIZE_SCALE[size];
  const view = viewBox(variant, withStatus);
  // Rounded so 72 × 1.4 is 100.8 and not 100.79999999999998 in the attribute and the CSS.
  return { width: Math.round(view.width * k * 100) / 100, height: Math.round(view.height * k * 100) / 100 };
}

function viewBox(variant: BadgeVariant, withStatus: boolean): { width: number; height: number } {
  const box = BADGE_BOX[variant];
  return { width: box.width, height: box.height + (withStatus ? STATUS_GAP + STATUS_HEIGHT : 0) };
}

export interface DrawOptions {
  variant: BadgeVariant;
  size: BadgeSize;
  /** Reserve the status band (a status file is set), whether or not its text is known yet. */
  withStatus: boolean;
  text: BadgeText;
  /** Writing direction of the text: right to left mirrors the layout (emblem on the right). */
  dir?: 'ltr' | 'rtl';
}

/**
 * The same drawing for right-to-left text: every x mirrored across the part. Texts keep their anchor,
 * because `start` is the right end of right-to-left text; the heart is symmetric, so it only moves.
 */
function mirror(shapes: Shape[], width: number): Shape[] {
  return shapes.map((sh) => {
    switch (sh.kind) {
      case 'rect':
        return { ...sh, x: width - sh.x - sh.width };
      case 'circle':
        return { ...sh, cx: width - sh.cx };
      case 'text':
        return { ...sh, x: width - sh.x };
      case 'path': {
        const [, x, rest] = /^M([\d.-]+)(.*)$/s.exec(sh.d)!;
        return { ...sh, d: `M${width - Number(x)}${rest}` };
      }
    }
  });
}

export function drawBadge({ variant, size, withStatus, text: t, dir = 'ltr' }: DrawOptions): BadgeDrawing {
  const drawing = drawLeftToRight(variant, size, withStatus, t);
  if (dir === 'rtl') {
    drawing.badge.shapes = mirror(drawing.badge.shapes, drawing.badge.width);
    if (drawing.status) drawing.status.shapes = mirror(drawing.status.shapes, drawing.status.width);
  }
  return drawing;
}

function drawLeftToRight(
  variant: BadgeVariant,
  size: BadgeSize,
  withStatus: boolean,
  t: BadgeText,
): BadgeDrawing {
  const box = BADGE_BOX[variant];
  const view = viewBox(variant, withStatus);
  const drawing: BadgeDrawing = {
    ...badgeSize(variant, size, withStatus),
    viewWidth: view.width,
    viewHeight: view.height,
    badge: { ...box, shapes: DRAW[variant](t) },
  };
  if (withStatus) {
    const w = box.width;
    drawing.status = {
      y: box.height + STATUS_GAP,
      width: w,
      height: STATUS_HEIGHT,
      shapes: t.status
        ? [
            {
              kind: 'rect',
              cls: 'accent',
              x: 0,
              y: 0,
              width: w,
              height: STATUS_HEIGHT,
              rx: STATUS_HEIGHT / 2,
            },
            ...statusLines(t.status, w - 24).flatMap((line, i, lines) =>
              text(
                'on-accent',
                w / 2,
                (lines.length === 1 ? 22 : 16) + i * 14,
                line,
                MIN_TEXT,
                w - 24,
                'middle',
              ),
            ),
          ]
        : [],
    };
  }
  return drawing;
}
