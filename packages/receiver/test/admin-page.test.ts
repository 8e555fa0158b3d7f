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
    expect(await page.getByRole('row').count()).toBe(4);
    expect(await page.getByRole('status').textContent()).toBe('3 meldingen getoond.');
    expect(await axe(page)).toEqual([]);

    await page.getByRole('row').nth(1).getByRole('button').click();
    await page.getByText('Melding 2').waitFor();
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
});
