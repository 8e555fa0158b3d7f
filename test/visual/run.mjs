// The screenshot suite: every story of the built Storybook (storybook-static/) in Dutch and English,
// light and dark, at 1280 and 320 px (and with forced colours for the form and the checklist), rendered by
// the system Chromium with pinned fonts and compared with the baselines in test/visual/baselines/. In the
// same pass it checks what a screenshot alone would miss: contrast of text, focus indicators and fields
// (from the computed colours), chart segments that stand for a count, reflow at 320 px and the WCAG
// 1.4.12 text-spacing override; and the same on pages of the demo site. See docs/visual-tests.md.
//
//   node test/visual/run.mjs              compare (after `pnpm build-storybook`)
//   node test/visual/run.mjs --update     write the baselines of every state that changed
//   node test/visual/run.mjs report-form  only stories whose id contains "report-form"
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { serveFolder } from '../../scripts/lib/serve-folder.mjs';
import { CHROME_ARGS, findChromium } from '../../scripts/lib/system.mjs';
import { pinFonts } from './fonts.mjs';
import {
  DEMO_PAGES,
  FULL_LOCALES,
  LOCALES,
  MAX_SHOT_HEIGHT,
  SHOT_FROM,
  shotName,
  states,
} from './matrix.mjs';
import { DEMO_CSP, startStaticServer } from '../../demo/server.mjs';
import { judge, MIN_TEXT_PX } from './judge.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STATIC = join(ROOT, 'storybook-static');
const BASELINES = join(ROOT, 'test/visual/baselines');
const OUTPUT = join(ROOT, 'test/visual/output');
const CACHE = join(ROOT, '.cache/visual');
const TIMEOUT_MS = 20_000;
/**
 * Differing pixels a screenshot may have and still match: the edges of a few glyphs drawn a fraction of
 * a pixel apart between runs. A real change (a bar, a line of text, a colour) is hundreds or more.
 */
const MAX_DIFF_PIXELS = 64;
/** Every run shows the same moment, so "last saved" times and date checks do not change the pixels. */
const NOW = new Date('2026-11-20T11:00:00Z');

const { values: opts, positionals } = parseArgs({
  options: {
    update: { type: 'boolean', default: false },
    workers: { type: 'string', default: process.env.VISUAL_WORKERS ?? '2' },
  },
  allowPositionals: true,
});
const only = positionals[0];

if (!existsSync(join(STATIC, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `pnpm run build-storybook` first.');
  process.exit(1);
}
if (!existsSync(join(ROOT, 'packages/widgets/bundle/hrc-loader.js'))) {
  console.error('packages/widgets/bundle/ is missing: run `pnpm run build` first.');
  process.exit(1);
}
const index = JSON.parse(readFileSync(join(STATIC, 'index.json'), 'utf8'));
const stories = [
  ...Object.values(index.entries)
    .filter((e) => e.type === 'story')
    .map((e) => ({ id: e.id, label: `${e.title} / ${e.name}`, locales: LOCALES })),
  ...[...new Set(DEMO_PAGES.map((p) => p.id))].map((id) => ({
    id,
    label: `Demo site: ${DEMO_PAGES.filter((p) => p.id === id)
      .map((p) => p.url)
      .join(', ')}`,
    locales: DEMO_PAGES.filter((p) => p.id === id).map((p) => p.locale),
  })),
].filter((s) => !only || s.id.includes(only));
if (stories.length === 0) {
  console.error(`No story id contains "${only}".`);
  process.exit(1);
}

const started = Date.now();
mkdirSync(CACHE, { recursive: true });
mkdirSync(BASELINES, { recursive: true });
rmSync(OUTPUT, { recursive: true, force: true });
const fontEnv = pinFonts(CACHE);
// Fixed ports: a story that prints its own address (the badge's embed code) must print the same one.
const port = Number(process.env.VISUAL_PORT ?? 9410);
const server = await serveFolder(STATIC, port);
const demo = await startStaticServer({
  port: port + 1,
  mounts: { '/': join(ROOT, 'demo/site/'), '/kit/': join(ROOT, 'packages/widgets/bundle/') },
  csp: DEMO_CSP,
});
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [
    ...CHROME_ARGS.filter((a) => !a.startsWith('--headless')),
    '--font-render-hinting=none',
    '--force-color-profile=srgb',
    '--hide-scrollbars',
  ],
  env: { ...process.env, ...fontEnv },
});
/**
 * A page of its own for each worker, in a context of its own: two pages of one context share a window,
 * and the one in the background may be painted wrongly into a screenshot.
 */
async function newPage() {
  const context = await browser.newContext({
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'Europe/Amsterdam',
    reducedMotion: 'reduce',
  });
  await context.clock.setFixedTime(NOW);
  await context.addInitScript({ path: fileURLToPath(new URL('page-checks.js', import.meta.url)) });
  // Nothing leaves the machine: requests to other origins are refused (some stories send to a dead port).
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const local = [server.origin, demo.origin].some((o) => url.startsWith(`${o}/`));
    if (local || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    return route.abort('connectionrefused');
  });
  return context.newPage();
}

/** Waits until the page has had no request in flight for a moment. */
function trackNetwork(page) {
  let inFlight = 0;
  let last = Date.now();
  const done = () => {
    inFlight -= 1;
    last = Date.now();
  };
  page.on('request', () => {
    inFlight += 1;
    last = Date.now();
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return async () => {
    const deadline = Date.now() + TIMEOUT_MS;
    while (inFlight > 0 || Date.now() - last < 100) {
      if (Date.now() > deadline) throw new Error(`${inFlight} requests still open after ${TIMEOUT_MS} ms`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
}

/** Runs in the page: true once Storybook has finished rendering story `id`. */
function storyDone(id) {
  const r = window.__STORYBOOK_PREVIEW__?.currentRender;
  return r?.id === id && ['completed', 'finished', 'errored', 'aborted'].includes(r.phase) ? r.phase : false;
}

/**
 * Opens a story: a page load when the locale changes, else Storybook switches stories in place. A demo
 * page is always loaded.
 */
async function openStory(page, id, locale) {
  const demoPage = DEMO_PAGES.find((p) => p.id === id && p.locale === locale);
  if (demoPage) {
    await page.goto(`${demo.origin}${demoPage.url}`, { waitUntil: 'load', timeout: TIMEOUT_MS });
    page.hrcLocale = undefined;
    return;
  }
  if (page.hrcLocale !== locale) {
    const url = `${server.origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=locale:${locale};a11y.manual:!true`;
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    page.hrcLocale = locale;
  } else {
    await page.evaluate((storyId) => {
      window.__STORYBOOK_PREVIEW__.channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
    }, id);
  }
  const phase = await (
    await page.waitForFunction(storyDone, id, { timeout: TIMEOUT_MS, polling: 25 })
  ).jsonValue();
  if (phase !== 'completed' && phase !== 'finished') throw new Error(`Storybook ${phase} the story`);
}

async function settle(page, idle) {
  await idle();
  await page.evaluate(() => window.__visual.settle());
  await idle();
}

/** Differing pixels of two images, the smaller one padded with white, and the image of the difference. */
function compare(expected, actual) {
  const width = Math.max(expected.width, actual.width);
  const height = Math.max(expected.height, actual.height);
  const pad = (img) => {
    if (img.width === width && img.height === height) return img.data;
    const out = new PNG({ width, height });
    out.data.fill(255);
    PNG.bitblt(img, out, 0, 0, img.width, img.height, 0, 0);
    return out.data;
  };
  const diff = new PNG({ width, height });
  const pixels = pixelmatch(pad(expected), pad(actual), diff.data, width, height, { threshold: 0.1 });
  const sameSize = expected.width === actual.width && expected.height === actual.height;
  return { pixels, sameSize, diff };
}

/** Takes the screenshot of a state and compares it with its baseline; returns a problem or undefined. */
async function compareShot(page, storyId, name) {
  // From the top: a page left scrolled by a fraction of a pixel draws its text a fraction lower.
  await page.evaluate(() => scrollTo(0, 0));
  const size = await page.evaluate((from) => window.__visual.pageSize(from), SHOT_FROM[storyId]);
  const buffer = await page.screenshot({
    fullPage: true,
    clip: { x: 0, y: size.top, width: size.width, height: Math.min(size.height, MAX_SHOT_HEIGHT) },
    animations: 'disabled',
    caret: 'hide',
    scale: 'css',
  });
  const baselinePath = join(BASELINES, name);
  const write = (suffix, data) => {
    mkdirSync(OUTPUT, { recursive: true });
    const path = join(OUTPUT, name.replace(/\.png$/, `.${suffix}.png`));
    writeFileSync(path, data);
    return path.slice(ROOT.length);
  };
  if (!existsSync(baselinePath)) {
    if (opts.update) {
      writeFileSync(baselinePath, buffer);
      return { written: name };
    }
    return { problem: `no baseline for ${name}; the screenshot is ${write('actual', buffer)}` };
  }
  const actual = PNG.sync.read(buffer);
  const expected = PNG.sync.read(readFileSync(baselinePath));
  const { pixels, sameSize, diff } = compare(expected, actual);
  if (pixels <= MAX_DIFF_PIXELS && sameSize) return {};
  if (opts.update) {
    writeFileSync(baselinePath, buffer);
    return { written: name };
  }
  const what = sameSize
    ? `${pixels} pixels differ`
    : `size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}`;
  const files = [
    write('expected', readFileSync(baselinePath)),
    write('actual', buffer),
    write('diff', PNG.sync.write(diff)),
  ];
  return { problem: `screenshot ${name}: ${what}; see ${files.join(', ')}` };
}

/** Checks and screenshots of one story in one locale, all widths and schemes. */
async function runStory(page, idle, story, locale) {
  const problems = [];
  const written = [];
  const shots = [];
  await openStory(page, story.id, locale);
  const list = states(story.id).filter((s) => s.locale === locale);
  for (const width of [...new Set(list.map((s) => s.width))]) {
    await page.setViewportSize({ width, height: 900 });
    for (const state of list.filter((s) => s.width === width)) {
      await page.emulateMedia({
        colorScheme: state.scheme,
        forcedColors: state.forced ? 'active' : 'none',
        reducedMotion: 'reduce',
      });
      await settle(page, idle);
      const label = `${locale} ${state.forced ? 'forced colours' : state.scheme} ${width}`;
      // The rights cards' reserved heights are measured in nl and en (pnpm rights-card-reserves); other
      // locales reserve the larger of the two, so only those two are held to "no more than it takes".
      const measuredReserves = FULL_LOCALES.includes(locale);
      const found = await page.evaluate(
        ({ narrow, forced, minText, measuredReserves }) => {
          const v = window.__visual;
          return {
            text: forced ? [] : v.textContrast(),
            fields: forced ? [] : v.fieldContrast(),
            chart: v.chartSegments(),
            reserves: forced || !measuredReserves ? [] : v.reserves(),
            overflow: narrow ? v.overflow() : [],
            small: v.smallText(minText),
          };
        },
        { narrow: width <= 320, forced: state.forced, minText: MIN_TEXT_PX, measuredReserves },
      );
      if (state.shot) {
        const name = shotName(story.id, state);
        shots.push(name);
        const shot = await compareShot(page, story.id, name);
        if (shot.problem) problems.push({ label, problem: shot.problem });
        if (shot.written) written.push(shot.written);
      }
      // Focus moves and scrolls: after the screenshot.
      // A key press first, so that focus set by a script shows as keyboard focus (:focus-visible). Not
      // Shift: three of those leave the report form's page (its quick exit).
      await page.keyboard.press('Control');
      const focus = state.forced ? [] : await page.evaluate(() => window.__visual.focusContrast());
      for (const p of judge({ ...found, focus })) problems.push({ label, problem: p });
    }
    // WCAG 1.4.12: the same page with the text-spacing override; nothing may be cut off or spill out.
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none', reducedMotion: 'reduce' });
    await page.evaluate(() => window.__visual.textSpacing(true));
    // Twice: an element that fits its text to the new spacing (the badge's ResizeObserver) measures in
    // one frame and may set the fitted width in the next; on a loaded machine one settle can end between.
    await settle(page, idle);
    await settle(page, idle);
    const spaced = await page.evaluate(() => window.__visual.overflow({ textOnly: true }));
    await page.evaluate(() => window.__visual.textSpacing(false));
    for (const o of spaced) {
      problems.push({ label: `${locale} text spacing ${width}`, problem: `${o.where}: ${o.problem}` });
    }
  }
  return { problems, written, shots };
}

const jobs = LOCALES.flatMap((locale) =>
  stories.filter((s) => s.locales.includes(locale)).map((story) => ({ story, locale })),
);
const results = new Map(stories.map((s) => [s.id, { story: s, problems: [], written: [], shots: [] }]));
let next = 0;
const worker = async () => {
  const page = await newPage();
  const idle = trackNetwork(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message.split('\n')[0]));
  while (next < jobs.length) {
    const { story, locale } = jobs[next++];
    const result = results.get(story.id);
    errors.length = 0;
    try {
      const r = await runStory(page, idle, story, locale);
      result.problems.push(...r.problems);
      result.written.push(...r.written);
      result.shots.push(...r.shots);
    } catch (error) {
      result.problems.push({ label: locale, problem: error.message.split('\n')[0] });
      page.hrcLocale = undefined;
    }
    for (const e of errors) result.problems.push({ label: locale, problem: `page error: ${e}` });
    result.done = (result.done ?? 0) + 1;
    if (result.done === result.story.locales.length) report(result);
  }
  await page.context().close();
};

function report(result) {
  const label = `${result.story.label} (${result.story.id})`;
  // The same problem in several states is listed once, with the states it appeared in.
  const byProblem = new Map();
  for (const p of result.problems) byProblem.set(p.problem, [...(byProblem.get(p.problem) ?? []), p.label]);
  if (byProblem.size === 0) {
    console.log(
      `ok    ${label}${result.written.length ? ` (${result.written.length} baselines written)` : ''}`,
    );
    return;
  }
  console.log(`FAIL  ${label}`);
  for (const [problem, labels] of byProblem) console.log(`        [${labels.join('; ')}] ${problem}`);
}

try {
  await Promise.all(Array.from({ length: Math.max(1, Number(opts.workers)) }, worker));
} finally {
  await browser.close();
  await server.close();
  await demo.close();
}

// Baselines no state produces any more (a story was renamed or removed).
const produced = new Set([...results.values()].flatMap((r) => r.shots));
const stale = only ? [] : readdirSync(BASELINES).filter((f) => f.endsWith('.png') && !produced.has(f));
if (stale.length && opts.update) for (const f of stale) rmSync(join(BASELINES, f));

const failed = [...results.values()].filter((r) => r.problems.length > 0);
const written = [...results.values()].reduce((n, r) => n + r.written.length, 0);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `(${stories.length} stories, ${produced.size} screenshots, ${opts.workers} workers, ${seconds} s)`,
);
if (written) console.log(`${written} baselines written to test/visual/baselines/`);
if (stale.length) {
  console.log(
    opts.update
      ? `${stale.length} baselines of stories that no longer exist removed`
      : `FAIL  ${stale.length} baselines belong to no story any more (remove them with --update): ${stale.join(', ')}`,
  );
}
const failures = failed.length + (stale.length && !opts.update ? 1 : 0);
if (failed.length && !opts.update) {
  console.log('To accept intended changes of the pixels: pnpm test:visual --update (then review the PNGs).');
}
console.log(`visual: ${stories.length - failed.length} stories passed, ${failed.length} failed`);
process.exit(failures === 0 ? 0 : 1);
