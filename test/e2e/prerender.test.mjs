// The report form's first step drawn in advance (docs/performance.md, "The first step drawn in
// advance"), in Chromium under the strict CSP, on the built kit:
// - the committed files are what the form draws now, in every locale (else: node scripts/prerender.mjs);
// - before any script the step is there with its final labels, usable, quick exit a link, and Continue
//   sends nothing;
// - the element takes it over keeping what was typed and chosen and the focus, and nothing moves;
// - with scripts off, the page's own text shows instead of a form that could not send.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRICT_CSP, startStaticServer } from '../../demo/server.mjs';
import { CHROME_ARGS, findChromium } from '../../scripts/lib/system.mjs';
import { PRERENDER_DIR, prerender } from '../../scripts/prerender.mjs';
import { fillPrerender } from '../../packages/widgets/dist/prerender.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bundle = `${root}packages/widgets/bundle/`;

let server;
let browser;

beforeAll(async () => {
  server = await startStaticServer({ port: 0, csp: STRICT_CSP, mounts: { '/kit/': bundle } });
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A city's page with the form drawn in advance in `lang`, and text below it. */
function page(lang, dir = 'ltr') {
  const drawn = fillPrerender(readFileSync(`${bundle}prerender/hrc-report-form.${lang}.html`, 'utf8'), {
    kitUrl: '/kit/',
    quickExitUrl: '/weather.html',
  });
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Report</title>
<script type="module" src="/kit/hrc-loader.js"></script></head><body><main><h1>Report</h1>
<hrc-report-form endpoint="/reports" quick-exit-url="/weather.html">${drawn}
<p class="fallback">The form needs JavaScript: call the office.</p></hrc-report-form>
<p id="below">Below the form.</p></main></body></html>`;
}

/**
 * Opens the page; the loader is held back until `release()` is called, so the test acts on the form
 * drawn in advance, before any of the kit's script has run.
 */
async function open(lang, { dir, javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 412, height: 900 }, javaScriptEnabled });
  const p = await context.newPage();
  const problems = [];
  p.on('pageerror', (e) => problems.push(e.message));
  p.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
  let release;
  const held = new Promise((r) => (release = r));
  await p.route('**/form.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'content-security-policy': STRICT_CSP },
      body: page(lang, dir),
    }),
  );
  await p.route('**/kit/hrc-loader.js', async (route) => {
    await held;
    await route.continue();
  });
  const origin = server.origin;
  await p.goto(`${origin}/form.html`, { waitUntil: 'commit' });
  return { p, context, problems, release };
}

/** Boxes (in the page, not the viewport) of what a reader sees first, to compare before and after the take-over. */
const boxes = (p) =>
  p.evaluate(() => {
    const r = document.querySelector('hrc-report-form').shadowRoot;
    const box = (el) => {
      const b = el.getBoundingClientRect();
      return [b.x + scrollX, b.y + scrollY, b.width, b.height].map((n) => Math.round(n * 2) / 2);
    };
    return {
      exit: box(r.querySelector('[part=quick-exit]')),
      heading: box(r.querySelector('.h-title')),
      description: box(r.querySelector('#description')),
      firstRadio: box(r.querySelector('input[type=radio]')),
      lastRadio: box([...r.querySelectorAll('input[type=radio]')].at(-1)),
      next: box(r.querySelector('.actions .button')),
      below: box(document.querySelector('#below')),
    };
  });

describe('the report form drawn in advance', () => {
  it('the committed files are what the built form draws now, in every locale', async () => {
    const drawn = await prerender();
    expect(Object.keys(drawn).length).toBeGreaterThanOrEqual(8);
    for (const [locale, html] of Object.entries(drawn)) {
      const committed = readFileSync(`${PRERENDER_DIR}hrc-report-form.${locale}.html`, 'utf8');
      expect(committed, `${locale}: run node scripts/prerender.mjs after pnpm run build`).toBe(html);
    }
  }, 120_000);

  for (const [lang, dir] of [
    ['en', 'ltr'],
    ['ar', 'rtl'],
  ]) {
    it(`${lang}: usable before any script, then taken over with what was typed, the choice and the focus kept, nothing moved`, async () => {
      const { p, context, problems, release } = await open(lang, { dir });
      try {
        const form = p.locator('hrc-report-form');
        const first = form.locator('input[type=radio]').first();
        await first.waitFor({ state: 'visible' });
        const content = JSON.parse(readFileSync(`${bundle}content/${lang}/report.json`, 'utf8'));
        // The final labels, before any script: the element is not even defined yet.
        expect(await p.evaluate(() => customElements.get('hrc-report-form'))).toBeUndefined();
        expect(await form.locator('label[for=domain]').textContent()).toBe(content.domains[0].label);
        expect(await form.locator('.fallback').isVisible()).toBe(false);
        // Quick exit is a link to the page's address; Continue submits nothing.
        expect(await form.locator('a[part=quick-exit]').getAttribute('href')).toBe('/weather.html');
        expect(await form.locator('.actions .button').getAttribute('type')).toBe('button');
        const before = await boxes(p);

        await form.locator('#description').fill('They refused me at the counter.');
        await form.locator('#when-year').fill('2026');
        await form.locator(`#domain-${content.domains[1].id}`).check();
        // Continue does nothing yet (and puts nothing in the address).
        await form.locator('.actions .button').click();
        expect(new URL(p.url()).search).toBe('');
        await form.locator('#place').click();
        await p.keyboard.type('Market squar');

        release();
        await p.waitForFunction(() => document.querySelector('hrc-report-form').hasUpdated);
        expect(await form.locator('button[part=quick-exit]').count()).toBe(1);
        expect(await form.locator('a[part=quick-exit]').count()).toBe(0);
        expect(await form.locator('.base').count()).toBe(1);
        expect(await form.locator('link').count()).toBe(0);
        expect(await form.locator('#description').inputValue()).toBe('They refused me at the counter.');
        expect(await form.locator('#when-year').inputValue()).toBe('2026');
        expect(await form.locator('#place').inputValue()).toBe('Market squar');
        expect(await form.locator(`#domain-${content.domains[1].id}`).isChecked()).toBe(true);
        // The focus stayed in the field, the caret at its end: typing goes on where it stopped.
        expect(
          await p.evaluate(() => document.querySelector('hrc-report-form').shadowRoot.activeElement?.id),
        ).toBe('place');
        await p.keyboard.type('e');
        expect(await form.locator('#place').inputValue()).toBe('Market square');
        expect(await boxes(p)).toEqual(before);
        // The element's own Continue checks the step (the description is there, the date is not whole).
        await form.locator('.actions .button').click();
        await expect.poll(() => form.locator('.error-summary').count(), { timeout: 20_000 }).toBe(1);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('looks the same, to the pixel, before and after the take-over: every language, light and dark, forced colours', async () => {
    const { locales } = JSON.parse(readFileSync(`${bundle}manifest.json`, 'utf8'));
    const looks = [
      ...locales.map(({ locale, dir }) => ({ locale, dir, colorScheme: 'light' })),
      { locale: 'ar', dir: 'rtl', colorScheme: 'dark' },
      { locale: 'nl', dir: 'ltr', colorScheme: 'dark', forcedColors: 'active' },
    ];
    const differ = [];
    for (const { locale, dir, ...look } of looks) {
      const { p, context, problems, release } = await open(locale, { dir });
      try {
        await p.emulateMedia(look);
        await p.locator('hrc-report-form input[type=radio]').first().waitFor({ state: 'visible' });
        const before = await p.screenshot();
        release();
        await p.waitForFunction(() => document.querySelector('hrc-report-form').hasUpdated);
        const after = await p.screenshot();
        if (!before.equals(after)) differ.push(`${locale} ${JSON.stringify(look)}`);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }
    expect(differ).toEqual([]);
  });

  it('the focus on quick exit stays on quick exit, now the element’s button', async () => {
    const { p, context, problems, release } = await open('nl');
    try {
      const form = p.locator('hrc-report-form');
      await form.locator('a[part=quick-exit]').focus();
      release();
      await p.waitForFunction(() => document.querySelector('hrc-report-form').hasUpdated);
      expect(
        await p.evaluate(() => {
          const a = document.querySelector('hrc-report-form').shadowRoot.activeElement;
          return `${a?.tagName} ${a?.getAttribute('part')}`;
        }),
      ).toBe('BUTTON quick-exit');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('with scripts off, the page’s own text shows instead of a form that could not send', async () => {
    const { p, context } = await open('nl', { javaScriptEnabled: false });
    try {
      await p.waitForLoadState('load');
      const form = p.locator('hrc-report-form');
      expect(await form.locator('.fallback').isVisible()).toBe(true);
      expect(await form.locator('.base').isVisible()).toBe(false);
      expect(await form.locator('input[type=radio]').first().isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});
