// A language added to the self-hosted folder from files alone, with no change to any code: a catalog
// (locales/eo.json), content files (content/eo/*.json) and an entry in manifest.json. Every element
// on a page in that language shows it, English where the files say nothing (marked lang="en").
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRICT_CSP, startStaticServer } from '../../demo/server.mjs';
import { CHROME_ARGS, findChromium } from '../../scripts/lib/system.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bundle = `${root}packages/widgets/bundle/`;
const fixtures = `${root}test/e2e/fixtures/`;
const added = `${fixtures}locale-eo/`;

let kit;
let server;
let browser;

beforeAll(async () => {
  if (!existsSync(`${bundle}hrc-loader.js`)) {
    throw new Error('packages/widgets/bundle/ is missing: run `pnpm run build` first.');
  }
  // A city's copy of the self-hosted folder, with the new language's files dropped in.
  kit = mkdtempSync(join(tmpdir(), 'hrc-kit-eo-'));
  cpSync(bundle, kit, { recursive: true });
  cpSync(`${added}locales`, `${kit}/locales`, { recursive: true });
  cpSync(`${added}content`, `${kit}/content`, { recursive: true });
  const manifest = JSON.parse(readFileSync(`${kit}/manifest.json`, 'utf8'));
  manifest.locales.push(JSON.parse(readFileSync(`${added}manifest-entry.json`, 'utf8')));
  writeFileSync(`${kit}/manifest.json`, JSON.stringify(manifest, null, 2));

  server = await startStaticServer({
    port: 0,
    csp: STRICT_CSP,
    mounts: { '/': fixtures, '/kit/': `${kit}/` },
  });
  browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')),
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (kit) rmSync(kit, { recursive: true, force: true });
});

describe('a locale added from files alone', () => {
  it('shows in every element, with English fallback marked', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('response', (res) => {
      if (res.status() >= 400) problems.push(`HTTP ${res.status()} ${new URL(res.url()).pathname}`);
    });
    await page.goto(`${server.origin}/locale-eo/page.html`);
    for (const id of ['#badge', '#card', '#cards', '#checklist', '#form']) {
      await page.waitForFunction(
        (sel) => {
          const el = document.querySelector(sel);
          return !!el && customElements.get(el.localName) && el.hasUpdated && !el.isUpdatePending;
        },
        id,
        { timeout: 15_000 },
      );
    }
    await page.evaluate(() =>
      Promise.all([...document.querySelectorAll('main > *')].map((el) => el.updateComplete)),
    );
    const seen = await page.evaluate(() => {
      const shadow = (id) => document.querySelector(id).shadowRoot;
      const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const card = shadow('#card');
      const cards = shadow('#cards');
      const firstOfDeck = cards.querySelector('hrc-rights-card').shadowRoot;
      const form = shadow('#form');
      const checklist = shadow('#checklist');
      const label = (input) => form.querySelector(`label[for="${input.id}"]`);
      const domains = [...form.querySelectorAll('input[name="domain"]')].map((i) => text(label(i)));
      return {
        badge: shadow('#badge').querySelector('svg title').textContent,
        cardEyebrow: text(card.querySelector('[part~="eyebrow"]')),
        cardTitle: text(card.querySelector('[part~="title"]')),
        cardMeaning: text(card.querySelector('[part~="subheading"]')),
        cardExampleLang: card.querySelectorAll('[part~="subheading"]')[1]?.getAttribute('lang'),
        cardsLabel: cards.querySelector('[aria-label]')?.getAttribute('aria-label'),
        cardsFirstTitle: text(firstOfDeck.querySelector('[part~="title"]')),
        checklistTitle: text(checklist.querySelector('h2')),
        checklistLayer: text(checklist.querySelector('section.layer h3')),
        formHeading: text(form.querySelector('h2')),
        formNext: text(form.querySelector('button[type="submit"]')),
        domains,
        otherDomainLang: label(form.querySelector('input[value="police"]')).getAttribute('lang'),
      };
    });
    expect(seen.badge).toBe('Middelstad, homrajta urbo ekde 2019');
    expect(seen.cardEyebrow).toBe('Artikolo 21 · Egaleco');
    expect(seen.cardTitle).toBe('Nediskriminacio');
    expect(seen.cardMeaning).toBe('Kion ĝi signifas por vi');
    // A message the catalog lacks: English, and said to be English.
    expect(seen.cardExampleLang).toBe('en');
    expect(seen.cardsLabel).toBe('Viaj rajtoj');
    expect(seen.cardsFirstTitle).toBe('Nediskriminacio');
    expect(seen.checklistTitle).toBe('Memtaksado de homrajta urbo');
    expect(seen.checklistLayer).toContain('Fundamentoj');
    expect(seen.formHeading).toBe('Paŝo 1 el 5 Kio okazis?');
    expect(seen.formNext).toBe('Daŭrigi');
    expect(seen.domains).toContain('Laboro');
    expect(seen.otherDomainLang).toBe('en');
    expect(problems).toEqual([]);
    await page.close();
  });
});
