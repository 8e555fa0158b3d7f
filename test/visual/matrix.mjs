// Which states of each story are checked, and which of them are compared pixel by pixel.
import { readFileSync } from 'node:fs';

/** Locales checked in every state and photographed in most. */
export const FULL_LOCALES = ['nl', 'en'];

/**
 * Every further locale the kit ships (the build's list, packages/widgets/dist/locales.json): every story
 * is checked in the light scheme at both widths (contrast, reflow, text spacing, small text) and
 * photographed at 320 px, where long words and the right-to-left layout are most likely to break. A
 * language added to the kit is in the suite at once, and needs its baselines.
 */
export const CHECKED_LOCALES = JSON.parse(
  readFileSync(new URL('../../packages/widgets/dist/locales.json', import.meta.url), 'utf8'),
)
  .map((l) => l.locale)
  .filter((l) => !FULL_LOCALES.includes(l));

export const LOCALES = [...FULL_LOCALES, ...CHECKED_LOCALES];

/**
 * Pages of the demo city site (served as `pnpm start` serves it, under its strict CSP): the kit as a
 * city's own styles and tokens theme it, next to the city's header and footer. One locale each.
 */
export const DEMO_PAGES = [
  { id: 'demo--home', url: '/', locale: 'en' },
  { id: 'demo--home', url: '/nl/', locale: 'nl' },
  { id: 'demo--report', url: '/report.html', locale: 'en' },
  { id: 'demo--report', url: '/ar/report.html', locale: 'ar' },
  { id: 'demo--staff', url: '/nl/medewerkers.html', locale: 'nl' },
];
export const SCHEMES = ['light', 'dark'];
export const WIDTHS = [1280, 320];

/** Tallest part of a story a screenshot keeps (CSS px): the top of the long ones (20 checklist cards). */
export const MAX_SHOT_HEIGHT = 1600;

/**
 * Stories whose screenshot starts further down, at the first element matching a selector (shadow roots
 * included), because what they are about lies below the first MAX_SHOT_HEIGHT px.
 */
export const SHOT_FROM = {
  // The outline is long: the shot shows its figures section, not the twenty elements above it.
  'elements-framework-checklist--report-outline-with-figures': 'section.figures',
};

/** Stories that are checked but not photographed: a measuring page of 154 cards. */
export const NO_SHOTS = new Set(['elements-rights-card--reserved-heights']);

/** Stories that also get a screenshot with forced colours (Windows High Contrast). */
export const FORCED_COLOURS = /^elements-(report-form|framework-checklist)--/;

/**
 * Every story is checked in nl and en in all 8 states (2 locales × 2 schemes × 2 widths): contrast of text, focus
 * indicators and fields, chart segments, and at both widths reflow and the text-spacing override.
 * Screenshots are compared where pixels tell something new: the light scheme in both locales at both
 * widths (the text and the layout), the dark scheme once per width (its colours; the layout is the
 * light one's), and forced colours once per width for the form and the checklist. Dark in every state
 * would double the baselines and show the same layout again; the contrast checks cover its colours.
 */
export function states(storyId) {
  const list = [];
  for (const locale of CHECKED_LOCALES) {
    for (const width of WIDTHS) {
      const shot = !NO_SHOTS.has(storyId) && width === 320;
      list.push({ locale, width, scheme: 'light', forced: false, shot });
    }
  }
  for (const locale of FULL_LOCALES) {
    for (const width of WIDTHS) {
      const darkShot = (locale === 'nl') === (width === WIDTHS[0]);
      for (const scheme of SCHEMES) {
        const shot = !NO_SHOTS.has(storyId) && (scheme === 'light' || darkShot);
        list.push({ locale, width, scheme, forced: false, shot });
      }
      if (FORCED_COLOURS.test(storyId) && darkShot) {
        list.push({ locale, width, scheme: 'light', forced: true, shot: true });
      }
    }
  }
  return list;
}

/** File name of a state's baseline. */
export const shotName = (storyId, s) =>
  `${storyId}.${s.locale}.${s.forced ? 'forced' : s.scheme}.${s.width}.png`;
