// The self-hosted kit under a strict Content Security Policy with Trusted Types enforced: every element
// renders and works, two copies of the kit on one page do not throw, and the autoloader finds elements
// that appear later and inside shadow roots. Any `securitypolicyviolation` fails the test.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRICT_CSP, startStaticServer } from '../../demo/server.mjs';
import { CHROME_ARGS, findChromium } from '../../scripts/lib/system.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bundle = `${root}packages/widgets/bundle/`;
const fixtures = `${root}test/e2e/fixtures/`;
// Every element the kit ships (its manifest), so that a new element is in this test at once.
const TAGS = existsSync(`${bundle}manifest.json`)
  ? Object.keys(JSON.parse(readFileSync(`${bundle}manifest.json`, 'utf8')).elements).sort()
  : [];

const TWO_COPIES_CSP = STRICT_CSP.replace(
  'trusted-types lit-html',
  "trusted-types lit-html 'allow-duplicates'",
);

let server;
let serverTwoCopies;
let browser;

beforeAll(async () => {
  if (!existsSync(`${bundle}hrc-all.js`)) {
    throw new Error('packages/widgets/bundle/ is missing: run `pnpm run build` first.');
  }
  const mounts = {
    '/': fixtures,
    '/fixtures/': fixtures,
    '/kit/': bundle,
    '/kit-copy/': bundle,
    '/examples/': `${root}packages/framework/examples/`,
  };
  server = await startStaticServer({ port: 0, csp: STRICT_CSP, mounts });
  // Each copy of Lit creates its 'lit-html' policy; a second one needs 'allow-duplicates'.
  serverTwoCopies = await startStaticServer({ port: 0, csp: TWO_COPIES_CSP, mounts });
  browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')),
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await serverTwoCopies?.close();
});

/** Opens a page and records CSP violations, uncaught errors, console errors and requested URLs. */
async function open(path, { on = server, csp = STRICT_CSP, init } = {}) {
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  if (init) await page.addInitScript(init);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample}`,
      );
    });
  });
  page.on('console', (msg) => {
    // HTTP failures are reported below with their URL.
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) {
      problems.push(`console: ${msg.text()}`);
    }
  });
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()} ${new URL(res.url()).pathname}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (req) => requests.push(new URL(req.url()).pathname));
  const response = await page.goto(`${on.origin}${path}`);
  expect(response.headers()['content-security-policy']).toBe(csp);
  return { page, problems, requests };
}

/** Waits until an element is defined, updated, and has rendered something into its shadow root. */
async function rendered(page, selector) {
  // waitForFunction needs a synchronous answer; Lit's update state says whether a render is pending.
  await page.waitForFunction(
    (sel) => {
      const el =
        document.querySelector(sel) ?? document.querySelector('#panel')?.shadowRoot?.querySelector(sel);
      return (
        !!el &&
        !!customElements.get(el.localName) &&
        el.hasUpdated &&
        !el.isUpdatePending &&
        el.shadowRoot?.childElementCount > 0
      );
    },
    selector,
    { timeout: 15_000 },
  );
}

describe('the self-hosted kit under a strict CSP', () => {
  it('renders every element without a violation or an error', async () => {
    const { page, problems } = await open('/all.html');
    for (const id of [
      '#badge',
      '#card',
      '#cards',
      '#deck',
      '#checklist',
      '#published',
      '#form',
      '#card-nl',
      '#stats',
      '#status',
    ]) {
      await rendered(page, id);
    }
    // The statistics arrived and were drawn: SVG charts and their tables, through Lit's policy.
    await page.waitForFunction(
      () => document.querySelector('#stats').shadowRoot.querySelectorAll('table, svg rect').length > 10,
      undefined,
      { timeout: 15_000 },
    );
    expect(TAGS.length).toBeGreaterThan(6);
    // The published checklist's report outline, with the period's figures (loaded on demand).
    await page.locator('#published button[aria-pressed]').click();
    await page.waitForFunction(
      () => document.querySelector('#published').shadowRoot.querySelectorAll('.figures dd').length > 10,
      undefined,
      { timeout: 15_000 },
    );
    const defined = await page.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS);
    expect(defined).toEqual(TAGS);
    // Every element is on the page.
    const present = await page.evaluate((tags) => tags.filter((t) => document.querySelector(t)), TAGS);
    expect(present).toEqual(TAGS);
    // Lit's templates went through its Trusted Types policy; nothing else asked for one.
    expect(await page.evaluate(() => window.trustedTypes?.getPolicyNames?.() ?? 'no-api')).not.toContain(
      'default',
    );
    await page.waitForTimeout(300);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('takes two copies of the kit from two URLs on one page', async () => {
    const { page, problems, requests } = await open('/two-copies.html', {
      on: serverTwoCopies,
      csp: TWO_COPIES_CSP,
    });
    for (const id of ['#badge', '#card', '#form']) await rendered(page, id);
    // Both copies really ran: each fetched its own modules.
    expect(requests).toContain('/kit/hrc-all.js');
    expect(requests).toContain('/kit-copy/hrc-all.js');
    await page.waitForTimeout(300);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps working through user actions', async () => {
    const { page, problems } = await open('/all.html');
    for (const id of ['#badge', '#deck', '#checklist', '#form']) await rendered(page, id);

    // The badge drew its SVG with an accessible name.
    const badge = await page.evaluate(() => {
      const svg = document.querySelector('#badge').shadowRoot.querySelector('svg');
      const named = document
        .querySelector('#badge')
        .shadowRoot.querySelector('[aria-label], [role="img"], title');
      return { svg: !!svg, named: !!named };
    });
    expect(badge).toEqual({ svg: true, named: true });

    // Every shadow root of the page has its styles adopted (constructable stylesheets, CSP-safe).
    const unstyled = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('hrc-') && el.shadowRoot)
        .filter(
          (el) => el.shadowRoot.adoptedStyleSheets.length === 0 && !el.shadowRoot.querySelector('style'),
        )
        .map((el) => el.id || el.localName),
    );
    expect(unstyled).toEqual([]);

    // The rights deck moves to the next card.
    const position = page.locator('#deck [part="position"]');
    await expect.poll(() => position.textContent()).toMatch(/1\D+3/);
    await page.locator('#deck [part="next"]').click();
    await expect.poll(() => position.textContent()).toMatch(/2\D+3/);

    // A status change in the checklist reaches the page as a `change` event carrying the assessment.
    await page.evaluate(() => {
      document.querySelector('#checklist').addEventListener('change', (e) => {
        window.checklistChange = e.assessment?.elements?.['eu-charter']?.status;
      });
    });
    await page.locator('#checklist select#status-eu-charter').selectOption('in-place');
    await expect.poll(() => page.evaluate(() => window.checklistChange)).toBe('in-place');

    // The report form (Dutch here) refuses an empty first step with an error summary, in Dutch.
    await page.locator('#form').getByRole('button', { name: 'Volgende' }).click();
    const summary = page.locator('#form .error-summary');
    await expect.poll(() => summary.count()).toBe(1);
    expect(await page.locator('#form').evaluate((el) => el.locale)).toBe('nl');

    await page.waitForTimeout(300);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the autoloader loads only what is on the page, including later and shadow-root elements', async () => {
    const { page, problems, requests } = await open('/loader.html', {
      // Records what MutationObservers watch: the loader leaves the kit's own shadow roots alone.
      init: () => {
        const observe = MutationObserver.prototype.observe;
        window.__watched = [];
        MutationObserver.prototype.observe = function (target, options) {
          window.__watched.push(
            target instanceof ShadowRoot ? `shadow of ${target.host.localName}` : target.nodeName,
          );
          return observe.call(this, target, options);
        };
      },
    });
    await rendered(page, '#badge');
    await rendered(page, '#in-shadow');
    await rendered(page, '#added-later');
    const loaded = requests.filter((p) => /^\/kit\/hrc-[a-z-]+\.js$/.test(p)).sort();
    expect(loaded).toEqual([
      '/kit/hrc-declaration-badge.js',
      '/kit/hrc-loader.js',
      '/kit/hrc-report-form.js',
      '/kit/hrc-rights-card.js',
    ]);
    expect(await page.evaluate(() => !!customElements.get('hrc-framework-checklist'))).toBe(false);
    // The locale comes from <html lang="nl"> for an element in a shadow root too.
    expect(
      await page.evaluate(
        () => document.querySelector('#panel').shadowRoot.querySelector('hrc-rights-card').locale,
      ),
    ).toBe('nl');
    await page.waitForTimeout(200);
    const watched = await page.evaluate(() => window.__watched);
    expect(watched).toContain('shadow of city-panel');
    expect(watched.filter((w) => w.startsWith('shadow of hrc-'))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
