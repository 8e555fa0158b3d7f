// The report form's loading path in the built, self-hosted kit, as a city embeds it (script tag,
// hrc-kit.css, fallback text inside, content below): see docs/performance.md, "The loading path".
// Everything step 1 needs is requested in one wave after the loader (modules by modulepreload, the
// content and the form's part of the catalog by the loader); validation and the later steps are not
// fetched before the person uses the form; the form validates on Continue once they arrive; no label
// other than the final one is ever shown; nothing below the form moves.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRICT_CSP, startStaticServer } from '../../demo/server.mjs';
import { CHROME_ARGS, findChromium } from '../../scripts/lib/system.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bundle = `${root}packages/widgets/bundle/`;
const LATER = /\/chunks\/(report-form\.later|schemas)-/;

let server;
let serverNoParts;
let browser;
let manifest;

beforeAll(async () => {
  if (!existsSync(`${bundle}manifest.json`)) {
    throw new Error('packages/widgets/bundle/ is missing: run `pnpm run build` first.');
  }
  manifest = JSON.parse(readFileSync(`${bundle}manifest.json`, 'utf8'));
  server = await startStaticServer({
    port: 0,
    csp: STRICT_CSP,
    mounts: {
      '/': `${root}test/e2e/fixtures/loading-path/`,
      '/kit/': bundle,
      '/examples/': `${root}packages/framework/examples/`,
    },
  });
  serverNoParts = await startStaticServer({
    port: 0,
    csp: STRICT_CSP,
    mounts: {
      '/': `${root}test/e2e/fixtures/loading-path/`,
      '/kit/': bundle,
      '/kit/locales/nl/': `${root}test/e2e/fixtures/loading-path/no-parts/`,
    },
  });
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await serverNoParts?.close();
});

/** The first area of life as the content file names it in `lang`: the radio's final label. */
const firstDomain = (lang) =>
  JSON.parse(readFileSync(`${bundle}content/${lang}/report.json`, 'utf8')).domains[0].label;

/**
 * Opens the form page in `lang` (with `latency` ms added to every response) and waits until the first
 * radio is drawn. Every frame until then and for a while after, the first radio's label is noted.
 */
async function open(lang, { latency = 0, on = server } = {}) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const sent = [];
  const problems = [];
  page.on('request', (req) => sent.push({ path: new URL(req.url()).pathname, at: performance.now() }));
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (m) => {
    // HTTP failures are reported below with their address.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
  });
  page.on('response', (res) => {
    const path = new URL(res.url()).pathname;
    if (res.status() >= 400 && path !== '/favicon.ico') problems.push(`HTTP ${res.status()} ${path}`);
  });
  if (latency) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  }
  await page.addInitScript(() => {
    const watch = (window.__watch = { cls: 0, labels: [], frames: 0 });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) watch.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    const frame = () => {
      const radio = document.querySelector('hrc-report-form')?.shadowRoot?.querySelector('input[type=radio]');
      if (radio) {
        const text = (radio.labels?.[0]?.textContent ?? '').trim();
        if (!watch.labels.includes(text)) watch.labels.push(text);
        watch.frames++;
      }
      if (watch.frames < 30) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.goto(`${on.origin}/form.${lang}.html`);
  await page.waitForFunction(() => window.__watch.frames >= 30, undefined, { timeout: 20_000 });
  return { context, page, sent, problems };
}

describe('<hrc-report-form> loading path (self-hosted)', () => {
  it('requests everything step 1 needs in one wave, only that, and shows only final labels', async () => {
    const latency = 250;
    const { context, page, sent, problems } = await open('nl', { latency });
    const paths = sent.map((s) => s.path);
    const wave = [
      ...manifest.preload['hrc-report-form'].map((f) => `/kit/${f.slice(2)}`),
      '/kit/content/nl/report.json',
      '/kit/locales/nl/report-form.json',
    ];
    for (const path of wave) expect(paths).toContain(path);
    // One wave: every file was asked for before the first of them could have come back.
    const times = sent.filter((s) => wave.includes(s.path)).map((s) => s.at);
    expect(Math.max(...times) - Math.min(...times)).toBeLessThan(latency);
    // Only what step 1 uses: the form's part of the Dutch catalog, no validation, no later steps.
    expect(paths).not.toContain('/kit/locales/nl.json');
    expect(paths.filter((p) => LATER.test(p))).toEqual([]);
    // The radio never carried an id or an English word, and nothing below the form moved.
    expect(await page.evaluate(() => window.__watch.labels)).toEqual([firstDomain('nl')]);
    expect(await page.evaluate(() => window.__watch.cls)).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('loads validation when the person uses the form, and checks the step on Continue', async () => {
    const { context, page, sent, problems } = await open('nl');
    await page.waitForTimeout(500);
    expect(sent.filter((s) => LATER.test(s.path))).toEqual([]);
    await page.locator('hrc-report-form button[type=submit]').click();
    const summary = page.locator('hrc-report-form .error-summary');
    await summary.waitFor({ timeout: 10_000 });
    const nl = JSON.parse(readFileSync(`${bundle}locales/nl.json`, 'utf8')).messages;
    expect(await summary.textContent()).toContain(nl['report-form.err.description']);
    expect(sent.filter((s) => LATER.test(s.path)).length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('fetches the messages of the later steps with their code, and shows them in the page language', async () => {
    const { context, page, sent, problems } = await open('nl');
    const rest = '/kit/locales/nl/report-form.later.json';
    const first = JSON.parse(readFileSync(`${bundle}locales/nl/report-form.json`, 'utf8'));
    const later = JSON.parse(readFileSync(`${bundle}locales/nl/report-form.later.json`, 'utf8'));
    const whole = JSON.parse(readFileSync(`${bundle}locales/nl.json`, 'utf8')).messages;
    // The two files are the form's part, cut once: nothing lost, nothing twice.
    expect(first.rest).toBe('report-form.later');
    const ids = [...Object.keys(first.messages), ...Object.keys(later.messages)].sort();
    expect(ids).toEqual(
      Object.keys(whole)
        .filter((id) => id.startsWith('report-form.'))
        .sort(),
    );
    expect(Object.keys(first.messages).length).toBeLessThan(Object.keys(later.messages).length);
    expect(sent.map((s) => s.path)).not.toContain(rest);
    const form = page.locator('hrc-report-form');
    const english = () =>
      page.evaluate(() =>
        [...document.querySelector('hrc-report-form').shadowRoot.querySelectorAll('[lang="en"]')].map((e) =>
          e.textContent.trim(),
        ),
      );
    expect(await english()).toEqual([]);
    await form.locator('textarea#description').fill('De verhuurder weigerde mij vanwege mijn naam.');
    await form.getByLabel(whole['report-form.month']).fill('2');
    await form.getByLabel(whole['report-form.year']).fill('2024');
    await form.locator('input[type=radio]').first().check();
    await form.locator('button[type=submit]').click();
    // Step 2, drawn with the Dutch of the later steps: no text fell back to English.
    await form.getByText(whole['report-form.grounds']).first().waitFor({ timeout: 10_000 });
    expect(sent.map((s) => s.path)).toContain(rest);
    expect(await english()).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('takes the whole catalog where a copy of the folder has no per-element parts', async () => {
    const { context, page, sent, problems } = await open('nl', { on: serverNoParts });
    expect(await page.evaluate(() => window.__watch.labels)).toEqual([firstDomain('nl')]);
    const nl = JSON.parse(readFileSync(`${bundle}locales/nl.json`, 'utf8')).messages;
    expect(await page.locator('hrc-report-form button[type=submit]').textContent()).toContain(
      nl['report-form.next'],
    );
    expect(sent.map((s) => s.path)).toContain('/kit/locales/nl.json');
    expect(problems).toEqual(['HTTP 404 /kit/locales/nl/report-form.json']);
    await context.close();
  });

  it('keeps the answers and says so when the rest of the form cannot be loaded, then goes on', async () => {
    const { context, page } = await open('en');
    const description = page.locator('hrc-report-form textarea#description');
    await context.setOffline(true);
    // Typing starts the request, which fails while offline.
    await description.fill('They would not serve me.');
    await page.locator('hrc-report-form button[type=submit]').click();
    const failed = page.locator('hrc-report-form .load-failed');
    await failed.waitFor({ timeout: 10_000 });
    expect(await failed.textContent()).toContain('Check your connection and press Continue again.');
    expect(await description.inputValue()).toBe('They would not serve me.');
    await context.setOffline(false);
    await page.locator('hrc-report-form button[type=submit]').click();
    // The description passed; the date is the first problem of the step now.
    await page.locator('hrc-report-form .error-summary').waitFor({ timeout: 10_000 });
    expect(await page.locator('hrc-report-form .error-summary').textContent()).toContain(
      'at least the month and the year',
    );
    expect(await failed.count()).toBe(0);
    await context.close();
  });
});

describe('<hrc-report-stats> catalog (self-hosted)', () => {
  it('fetches only its own part of the catalog, and shows the figures in the page language', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const sent = [];
    const problems = [];
    page.on('request', (req) => sent.push(new URL(req.url()).pathname));
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('response', (res) => {
      const path = new URL(res.url()).pathname;
      if (res.status() >= 400 && path !== '/favicon.ico') problems.push(`HTTP ${res.status()} ${path}`);
    });
    await page.goto(`${server.origin}/stats.nl.html`);
    const stats = page.locator('hrc-report-stats');
    await stats.locator('table').first().waitFor({ timeout: 20_000 });
    const part = JSON.parse(readFileSync(`${bundle}locales/nl/report-stats.json`, 'utf8')).messages;
    const whole = JSON.parse(readFileSync(`${bundle}locales/nl.json`, 'utf8')).messages;
    // The part is the element's messages of the whole catalog, all of them, and nothing else.
    expect(Object.keys(part).sort()).toEqual(
      Object.keys(whole)
        .filter((id) => id.startsWith('report-stats.'))
        .sort(),
    );
    expect(await stats.locator('label[for=period]').textContent()).toBe(part['report-stats.period']);
    expect(sent).toContain('/kit/locales/nl/report-stats.json');
    expect(sent).not.toContain('/kit/locales/nl.json');
    expect(problems).toEqual([]);
    await context.close();
  });
});
