// The admin page in real Chromium, under its own CSP and Trusted Types: it works, and axe finds no
// violations in any state.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN, postReport, startReceiver, validReport, type Running } from './helpers.js';
import { CHROME_ARGS, findChromium } from '../../../scripts/lib/system.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axe(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string }[] }> } }
    ).axe.run({
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
    });
    return result.violations.map((v) => v.id);
  });
}

describe('admin page in Chromium', () => {
  let r: Running;
  let browser: Browser;
  const problems: string[] = [];
  beforeAll(async () => {
    r = await startReceiver('sqlite');
    for (let i = 0; i < 3; i++)
      expect((await postReport(r.base, validReport({ description: `Melding ${i}` }))).status).toBe(201);
    expect(
      (
        await postReport(
          r.base,
          validReport({
            description: 'Melding met gelijkheidsvragen',
            // Sent from the form in Ukrainian: the office names the language in its own.
            locale: 'uk',
            domain: 'work',
            grounds: ['age', 'religion-or-belief'],
            groundUnknown: true,
            role: 'witness',
            wish: 'complaint-help',
            area: 'noord',
            when: { precision: 'day', date: '2025-09-14' },
            equality: { gender: 'non-binary', ageGroup: '30-44', migrationBackground: 'prefer-not-to-say' },
          }),
        )
      ).status,
    ).toBe(201);
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await r?.close();
  });

  it('signs in, lists, opens and updates a report, with no CSP violation and no axe finding', async () => {
    const context = await browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${r.base}/admin`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Meldingen');
    expect(await axe(page)).toEqual([]);

    await page.getByLabel('Token van de organisatie').fill('wrong-token-wrong-token');
    await page.getByRole('button', { name: 'Meldingen openen' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Dat token is niet geaccepteerd.');

    await page.getByLabel('Token van de organisatie').fill(TOKEN);
    await page.keyboard.press('Enter');
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('row').count()).toBe(5);
    expect(await page.getByRole('status').textContent()).toBe('4 meldingen getoond.');
    expect(await axe(page)).toEqual([]);
    // Words, not codes: the area of life and the wish as the form showed them.
    const cells = async (n: number) => page.getByRole('row').nth(n).getByRole('cell').allTextContents();
    expect((await cells(1)).slice(3)).toEqual(['Werk', 'Hulp bij een klacht of andere stappen', 'Nee']);
    expect((await cells(2)).slice(3)).toEqual(['Wonen', 'Advies over wat ik kan doen', 'Nee']);

    await page.getByRole('row').nth(1).getByRole('button').click();
    await page.getByText('Melding met gelijkheidsvragen').waitFor();
    const details = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('#fields dt')].map((dt) => [
          dt.textContent,
          dt.nextElementSibling?.textContent,
        ]),
      ),
    );
    expect(details).toMatchObject({
      Terrein: 'Werk',
      Gronden: 'Leeftijd, Godsdienst of overtuiging, Ik weet het niet',
      'Gemeld door': 'Ik zag het iemand anders overkomen',
      Wens: 'Hulp bij een klacht of andere stappen',
      Gebied: 'noord',
      Wanneer: '14 september 2025',
      Gender: 'Non-binair',
      Leeftijd: '30-44',
      'Hebben u of uw ouders een migratieachtergrond?': 'Zeg ik liever niet',
      'Taal van het formulier': 'Oekraïens',
    });
    expect(details.Contact).toMatch(/^Ja, neem contact met mij op · Samira/);
    await page.getByRole('button', { name: 'Terug naar de lijst' }).click();
    await page.getByRole('row').nth(2).getByRole('button').click();
    await page.getByText('Melding 2').waitFor();
    expect(await page.locator('#fields').textContent()).toContain('september 2025');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('detail-title');
    expect(await axe(page)).toEqual([]);
    await page.getByLabel('Status').selectOption('closed');
    await page.getByRole('button', { name: 'Status opslaan' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Status opgeslagen: Afgesloten.');
    const ref = (await page.locator('#detail-title').textContent())!.split(' ').at(-1)!;
    expect((await r.store.getReport(ref))?.status).toBe('closed');

    // Nothing of the session is left in browser storage.
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([
      0,
      0,
      '',
    ]);
    // The one failed request is the wrong token's 401.
    expect(problems).toEqual([
      'Failed to load resource: the server responded with a status of 401 (Unauthorized)',
    ]);
    await context.close();
  });

  it('speaks Arabic right to left to an Arabic browser, with the texts and plural forms of ar.json', async () => {
    const ar = JSON.parse(readFileSync(new URL('../locales/ar.json', import.meta.url), 'utf8')) as {
      office: {
        title: string;
        signinTitle: string;
        token: string;
        open: string;
        loaded: Record<string, string>;
        wishes: Record<string, string>;
      };
    };
    const context = await browser.newContext({ locale: 'ar', extraHTTPHeaders: { 'Accept-Language': 'ar' } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${r.base}/admin`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(ar.office.title);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    // Laid out right to left, not only marked so: the heading's text starts at its box's right edge.
    const [textLeft, textRight, boxLeft, boxRight] = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('h1')!);
      const text = range.getBoundingClientRect();
      const box = document.querySelector('h1')!.getBoundingClientRect();
      return [text.left, text.right, box.left, box.right];
    });
    expect(Math.abs(boxRight - textRight)).toBeLessThan(2);
    expect(textLeft - boxLeft).toBeGreaterThan(100);
    // Nothing hidden off screen widens the page (it would scroll sideways, a reflow failure at 400%).
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBe(0);
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe(ar.office.signinTitle);
    await page.getByLabel(ar.office.token).fill(TOKEN);
    await page.getByRole('button', { name: ar.office.open }).click();
    await page.getByRole('table').waitFor();
    // Four reports: Arabic's "few" form, which English does not have.
    expect(await page.getByRole('status').textContent()).toBe(ar.office.loaded.few!.replace('{0}', '4'));
    const wishes = await page.getByRole('row').nth(1).getByRole('cell').nth(4).textContent();
    expect(wishes).toBe(ar.office.wishes['complaint-help']);
    expect(await overflow()).toBe(0);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
