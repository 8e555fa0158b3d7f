// Opens every story of the built Storybook (storybook-static/) in Chromium, in every locale of the kit, and
// fails when a story does not render: a page or console error, an `hrc-*` element that is not defined or
// rendered nothing into its shadow root, a story that errored, or a request that leaves the local server.
// A build in which no element registers still "builds"; only opening the stories shows it.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveFolder } from './lib/serve-folder.mjs';
import { CHROME_ARGS, findChromium } from './lib/system.mjs';

const ROOT = fileURLToPath(new URL('../storybook-static/', import.meta.url));
// The kit's one list of locales, as the build wrote it.
const LOCALES = JSON.parse(
  readFileSync(new URL('../packages/widgets/dist/locales.json', import.meta.url), 'utf8'),
).map((l) => l.locale);
const PARALLEL_PAGES = 4;
const STORY_TIMEOUT_MS = 15_000;
const IDLE_MS = 150;

/**
 * Failures some stories cause on purpose, because the story shows that failure. Each is allowed only in
 * its own story and only when it names that failure; anything else still fails the story. Requests to
 * another origin are refused in the browser either way, so nothing leaves the machine.
 */
const EXPECTED_FAILURES = [
  {
    story: 'elements-declaration-badge--broken-status',
    problem: /^HTTP 404 \/no-such-checklist\.json$/,
    reason: 'status-src points at a file that does not exist, to show the badge without a status',
  },
  {
    story: 'elements-report-statistics--unreachable',
    problem: /^HTTP 404 \/no-such-statistics\.json$/,
    reason: 'src points at a file that does not exist, to show the error the element gives',
  },
  ...['without-text', 'without-example'].map((name) => ({
    story: `elements-rights-card--${name}`,
    problem: /^HTTP 404 \/fixtures\/city-content\/[a-zA-Z-]+\/charter\.json$/,
    reason: 'the city’s own content folder has English and Dutch only; other languages show English',
  })),
];

/** Stories that show no element on purpose; every other story must contain at least one `hrc-*` element. */
const STORIES_WITHOUT_ELEMENTS = {
  'elements-declaration-badge--embed-code': 'shows the embed snippet as text, with a copy button',
  'framework-data-overview--framework': 'lists the framework data itself, without elements',
  'framework-data-overview--charter': 'lists the Charter data itself, without elements',
  'framework-data-overview--grounds-and-domains':
    'lists the grounds and domains data itself, without elements',
};

/** Runs in the page: waits until Storybook has finished the story (render, play, after-each). */
function storyFinished() {
  const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
  return ['completed', 'finished', 'errored', 'aborted'].includes(phase) ? phase : false;
}

/** Runs in the page: waits for every `hrc-*` element (also inside shadow roots), then describes them. */
async function inspectElements() {
  const all = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('hrc-')) all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document.getElementById('storybook-root') ?? document.body);
  await Promise.all(all.map((el) => el.updateComplete));
  // Elements may render more elements once they update (a collection renders its cards).
  all.length = 0;
  walk(document.getElementById('storybook-root') ?? document.body);
  await Promise.all(all.map((el) => el.updateComplete));
  const rendered = (root) =>
    [...root.childNodes].some(
      (n) => n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.data.trim() !== ''),
    );
  return {
    rootEmpty: !rendered(document.getElementById('storybook-root') ?? document.body),
    elements: all.map((el) => ({
      tag: el.localName,
      defined: customElements.get(el.localName) !== undefined,
      shadow: el.shadowRoot === null ? 'none' : rendered(el.shadowRoot) ? 'rendered' : 'empty',
    })),
  };
}

async function checkStory(context, origin, id, locale) {
  const page = await context.newPage();
  const problems = [];
  const report = (problem) => {
    if (!EXPECTED_FAILURES.some((e) => e.story === id && e.problem.test(problem))) problems.push(problem);
  };
  page.on('pageerror', (error) => report(`page error: ${error.message}`));
  page.on('console', (msg) => {
    // Failed requests are reported below, with their URL.
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) {
      report(`console error: ${msg.text()}`);
    }
  });
  page.on('response', (res) => {
    if (res.status() >= 400) report(`HTTP ${res.status()} ${res.url().replace(origin, '')}`);
  });
  page.on('requestfailed', (req) => {
    // Requests to other origins are refused below and reported once, as such.
    if (req.url().startsWith(`${origin}/`))
      report(`request failed (${req.failure()?.errorText}): ${req.url()}`);
  });
  let inFlight = 0;
  let lastActivity = Date.now();
  const settle = () => {
    inFlight -= 1;
    lastActivity = Date.now();
  };
  page.on('request', () => {
    inFlight += 1;
    lastActivity = Date.now();
  });
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    report(`request to another origin: ${url}`);
    return route.abort('connectionrefused');
  });
  try {
    // The a11y addon's automatic axe run is switched off: it doubles the time a story takes, and axe
    // already runs on every element state in the component tests.
    const url = `${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=locale:${locale};a11y.manual:!true`;
    await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT_MS });
    const phase = await (
      await page.waitForFunction(storyFinished, undefined, { timeout: STORY_TIMEOUT_MS, polling: 50 })
    ).jsonValue();
    if (phase !== 'completed' && phase !== 'finished') problems.push(`Storybook ${phase} the story`);
    // Network idle: nothing in flight for a moment (Playwright's own 'networkidle' waits 500 ms a page).
    const deadline = Date.now() + STORY_TIMEOUT_MS;
    while (inFlight > 0 || Date.now() - lastActivity < IDLE_MS) {
      if (Date.now() > deadline)
        throw new Error(`${inFlight} requests still open after ${STORY_TIMEOUT_MS} ms`);
      await new Promise((r) => setTimeout(r, 25));
    }
    const lang = await page.evaluate(() => document.documentElement.lang);
    if (lang !== locale) problems.push(`<html lang> is "${lang}", not "${locale}"`);
    const { rootEmpty, elements } = await page.evaluate(inspectElements);
    if (rootEmpty) problems.push('#storybook-root is empty');
    if (elements.length === 0 && !(id in STORIES_WITHOUT_ELEMENTS))
      problems.push('no hrc-* element in the story');
    for (const el of elements) {
      if (!el.defined) problems.push(`<${el.tag}> is not defined`);
      else if (el.shadow !== 'rendered') problems.push(`<${el.tag}> has ${el.shadow} shadow root`);
    }
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  } finally {
    await page.close();
  }
  // The same problem on many elements reads better once.
  return [...new Set(problems)];
}

if (!existsSync(join(ROOT, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `pnpm run build-storybook` first.');
  process.exit(1);
}
const index = JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8'));
// An optional argument limits the run to stories whose id contains it, e.g. `report-form`.
const only = process.argv[2];
const stories = Object.values(index.entries).filter(
  (e) => e.type === 'story' && (!only || e.id.includes(only)),
);
if (stories.length === 0) {
  console.error('storybook-static/index.json lists no stories.');
  process.exit(1);
}

const started = Date.now();
const server = await serveFolder(ROOT);
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')),
});
// One context, so the pages share the HTTP cache for Storybook's bundles.
const context = await browser.newContext();

const results = [];
let next = 0;
const worker = async () => {
  while (next < stories.length) {
    const story = stories[next++];
    const problems = [];
    for (const locale of LOCALES) {
      const found = await checkStory(context, server.origin, story.id, locale);
      problems.push(...found.map((p) => `[${locale}] ${p}`));
    }
    results.push({ story, problems });
    const label = `${story.title} / ${story.name} (${story.id})`;
    console.log(problems.length === 0 ? `ok    ${label}` : `FAIL  ${label}: ${problems.join('; ')}`);
  }
};
try {
  await Promise.all(Array.from({ length: PARALLEL_PAGES }, worker));
} finally {
  await browser.close();
  await server.close();
}

const failed = results.filter((r) => r.problems.length > 0).length;
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`(${stories.length} stories × ${LOCALES.length} locales in ${seconds} s)`);
console.log(`storybook stories: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
