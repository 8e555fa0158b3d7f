// Measures every rights card (each Charter article, framework element and kind, full and compact) in
// Dutch and English at 24rem wide with the city's links, in the built Storybook with the screenshot
// suite's pinned fonts, and writes the height each should reserve before its content arrives:
// packages/widgets/src/components/rights-card/rights-card.reserve.ts. Run it (`pnpm rights-card-reserves`,
// after `pnpm build-storybook`) when card texts change; the screenshot suite fails until then.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveFolder } from './lib/serve-folder.mjs';
import { CHROME_ARGS, findChromium } from './lib/system.mjs';
import { pinFonts } from '../test/visual/fonts.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = join(ROOT, 'packages/widgets/src/components/rights-card/rights-card.reserve.ts');
const STORY = 'elements-rights-card--reserved-heights';
/** Steps the heights are rounded up to (rem): small enough to leave no visible gap. */
const STEP = 0.25;

/** Runs in the page: the natural height of every card, with its reservation switched off. */
export async function naturalHeights() {
  const cards = [...document.querySelectorAll('hrc-rights-card')];
  await Promise.all(cards.map((c) => c.updateComplete));
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return cards.map((c) => {
    c.style.setProperty('--hrc-rights-card-min-block-size', '0px');
    const height = c.getBoundingClientRect().height;
    c.style.removeProperty('--hrc-rights-card-min-block-size');
    const key = ['article', 'element', 'kind'].map((a) => c.getAttribute(a) && `${a}=${c.getAttribute(a)}`);
    return { key: key.find(Boolean), variant: c.getAttribute('variant'), rem: height / rem };
  });
}

const cache = join(ROOT, '.cache/visual');
mkdirSync(cache, { recursive: true });
const server = await serveFolder(join(ROOT, 'storybook-static'));
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [...CHROME_ARGS.filter((a) => !a.startsWith('--headless')), '--font-render-hinting=none'],
  env: { ...process.env, ...pinFonts(cache) },
});
const heights = new Map();
try {
  for (const locale of ['nl', 'en']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(
      `${server.origin}/iframe.html?id=${STORY}&viewMode=story&globals=locale:${locale};a11y.manual:!true`,
    );
    await page.waitForFunction(
      () => ['completed', 'finished'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase),
      undefined,
      { timeout: 30_000 },
    );
    for (const { key, variant, rem } of await page.evaluate(naturalHeights)) {
      const id = `${key} ${variant}`;
      heights.set(id, { ...heights.get(id), [locale]: rem });
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const up = (rem) => Math.ceil(rem / STEP - 0.01) * STEP;
/** The largest height of the card's locales for any language, and the smaller ones per language. */
const rules = (id, byLocale) => {
  const [key, variant] = id.split(' ');
  const [attr, value] = key.split('=');
  const selector = `[${attr}='${value}']${variant === 'compact' ? "[variant='compact']" : ''}`;
  const most = Math.max(...Object.values(byLocale).map(up));
  return [
    `  :host(${selector}) {\n    --_reserve: ${most}rem;\n  }`,
    ...Object.entries(byLocale)
      .filter(([, rem]) => up(rem) < most)
      .map(([locale, rem]) => `  :host(${selector}:lang(${locale})) {\n    --_reserve: ${up(rem)}rem;\n  }`),
  ];
};
writeFileSync(
  OUT,
  `// Written by scripts/rights-card-reserves.mjs from the cards as they render (nl and en, 24rem wide,
// with the city's links, the screenshot suite's fonts): the height each card reserves before its
// content arrives, so it neither moves the page nor leaves an empty frame. The larger of the two
// languages applies to any language; the smaller one to its own (:lang). Do not edit by hand.
import { css } from 'lit';

export const reserves = css\`
${[...heights].flatMap(([id, byLocale]) => rules(id, byLocale)).join('\n')}
\`;
`,
);
console.log(`${heights.size} reserved heights written to ${OUT.slice(ROOT.length)}`);
