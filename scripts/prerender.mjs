// The report form's first step, drawn in advance per language, for pages that send it already drawn
// (declarative shadow DOM; docs/performance.md, "The first step drawn in advance"). Each file in
// packages/widgets/prerender/ is what the built form draws for its first step in that language, taken
// from Chromium, with the three changes a page without the kit's script needs: quick exit is a link,
// Continue submits nothing, and a slot shows the page's own text when scripts are off.
//
//   node scripts/prerender.mjs           writes the files (after `pnpm run build`)
//   node scripts/prerender.mjs --check   fails when a file differs from what the form draws now
//
// The two addresses a page chooses are left as `{kit}` (the self-hosted folder, ending in /) and
// `{quick-exit}`; `packages/widgets/prerender.mjs` (and the CMS modules) fill them in.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { STRICT_CSP, startStaticServer } from '../demo/server.mjs';
import { CHROME_ARGS, findChromium } from './lib/system.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const bundle = `${root}packages/widgets/bundle/`;
export const PRERENDER_DIR = `${root}packages/widgets/prerender/`;
const EXIT = '/prerender-quick-exit';

/** Runs in the page: the form's shadow root as markup a page can send, once step 1 is drawn. */
async function draw(exit) {
  const form = document.querySelector('hrc-report-form');
  await customElements.whenDefined('hrc-report-form');
  for (;;) {
    await form.updateComplete;
    if (form.shadowRoot?.querySelector('input[type=radio]')) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const copy = document.createElement('div');
  copy.append(...[...form.shadowRoot.childNodes].map((n) => n.cloneNode(true)));
  // Lit's markers and empty text between them carry nothing for a reader.
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.remove();
  // Quick exit works before the script as a link (a form's GET could be refused by form-action).
  const button = copy.querySelector('[part=quick-exit]');
  const link = document.createElement('a');
  for (const a of button.attributes) if (a.name !== 'type') link.setAttribute(a.name, a.value);
  link.setAttribute('href', exit);
  link.append(...button.childNodes);
  button.replaceWith(link);
  // Continue does nothing until the script has taken the form over (a submission would put the
  // answers in the address).
  copy.querySelector('form button[type=submit]').setAttribute('type', 'button');
  // Without scripts the page's own text inside the element shows instead (the style sheet's rule).
  const slot = document.createElement('slot');
  slot.className = 'prerender-noscript';
  copy.append(slot);
  return copy.innerHTML;
}

/** What the built form draws for step 1 in each locale: `{ [locale]: file content }`. */
export async function prerender() {
  if (!existsSync(`${bundle}manifest.json`))
    throw new Error('packages/widgets/bundle/ is missing: run `pnpm run build` first.');
  const { locales } = JSON.parse(readFileSync(`${bundle}manifest.json`, 'utf8'));
  const server = await startStaticServer({ port: 0, csp: STRICT_CSP, mounts: { '/kit/': bundle } });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
  const out = {};
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    for (const { locale, dir } of locales) {
      await page.route('**/form.html', (route) =>
        route.fulfill({
          contentType: 'text/html',
          headers: { 'content-security-policy': STRICT_CSP },
          body: `<!doctype html><html lang="${locale}" dir="${dir ?? 'ltr'}"><body>
<hrc-report-form quick-exit-url="${EXIT}"></hrc-report-form>
<script type="module" src="/kit/hrc-loader.js"></script></body></html>`,
        }),
      );
      await page.goto(`${server.origin}/form.html`);
      const inner = await page.evaluate(draw, EXIT);
      await page.unroute('**/form.html');
      out[locale] =
        `<template shadowrootmode="open"><link rel="stylesheet" href="{kit}hrc-report-form.css" />` +
        `${inner.replace(`href="${EXIT}"`, 'href="{quick-exit}"')}</template>\n`;
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const check = process.argv.includes('--check');
  const drawn = await prerender();
  const stale = [];
  mkdirSync(PRERENDER_DIR, { recursive: true });
  for (const [locale, html] of Object.entries(drawn)) {
    const file = `${PRERENDER_DIR}hrc-report-form.${locale}.html`;
    const now = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (now === html) continue;
    if (check) stale.push(locale);
    else writeFileSync(file, html);
  }
  if (stale.length) {
    console.error(
      `The prerendered first step differs from what the form draws now (${stale.join(', ')}): ` +
        'run `node scripts/prerender.mjs` after `pnpm run build`, look at the change and commit it.',
    );
    process.exit(1);
  }
  console.log(
    `${check ? 'Checked' : 'Wrote'} ${Object.keys(drawn).length} prerendered first steps in ${PRERENDER_DIR}`,
  );
}
