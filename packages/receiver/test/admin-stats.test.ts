// The office page's Statistics section in real Chromium, under the page's CSP and Trusted Types: it
// shows what a period's publication will hide, publishes it once, and refuses with the receiver's
// reasons. axe finds no violations in any state.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { StatisticsDocument } from '@hrc/framework/statistics';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TOKEN, postReport, startReceiver, validReport, type Running } from './helpers.js';
import { CHROME_ARGS, findChromium } from '../../../scripts/lib/system.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axe(page: Page): Promise<string[]> {
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

const cellsOf = (page: Page, caption: string) =>
  page
    .getByRole('table', { name: caption })
    .getByRole('row')
    .evaluateAll((rows) =>
      rows.slice(1).map((tr) => [...(tr as HTMLTableRowElement).cells].map((c) => c.textContent?.trim())),
    );

describe('admin page: statistics', () => {
  let r: Running;
  let browser: Browser;

  beforeAll(async () => {
    // Reports received in March and April 2025 (the receiver's clock); the page runs in the present.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2025-03-12T10:00:00Z'));
      r = await startReceiver('sqlite');
      const domains = ['work', 'housing', 'education'];
      for (let i = 0; i < 36; i++) {
        if (i === 20) vi.setSystemTime(new Date('2025-04-12T10:00:00Z'));
        const res = await postReport(
          r.base,
          validReport({ when: { precision: 'month', month: 1, year: 2025 }, domain: domains[i % 3] }),
        );
        expect(res.status).toBe(201);
      }
    } finally {
      vi.useRealTimers();
    }
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await r?.close();
  });

  it('previews, publishes once and then refuses the same months', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const refused: string[] = [];
    page.on('response', (res) => {
      if (res.status() >= 400) refused.push(`${res.status()} ${new URL(res.url()).pathname}`);
    });
    await page.goto(`${r.base}/admin`);
    await page.getByLabel('Office token').fill(TOKEN);
    await page.keyboard.press('Enter');
    const section = page.getByRole('region', { name: 'Statistics' });
    await section.waitFor();
    await expect
      .poll(() => section.locator('#stats-help').textContent())
      .toContain('shown only as “fewer than 5”');
    expect(await section.locator('#stats-published-label').textContent()).toBe(
      'No period has been published yet.',
    );
    // The whole year 2025 is over and not published: it is offered first.
    expect(await page.getByLabel('First month').inputValue()).toBe('2025-01');
    expect(await page.getByLabel('Last month').inputValue()).toBe('2025-12');
    expect(await axe(page)).toEqual([]);

    // A period that is not over (this month): the receiver's reason, said in the status line.
    const thisMonth = new Date().toISOString().slice(0, 7);
    await page.getByLabel('First month').fill(thisMonth);
    await page.getByLabel('Last month').fill(thisMonth);
    await page.getByRole('button', { name: 'Show what will be published' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 10_000 })
      .toBe('A period can be published only after its last month has ended.');
    expect(await page.getByRole('button', { name: 'Publish this period' }).isVisible()).toBe(false);

    await page.getByLabel('First month').fill('2025-03');
    await page.getByLabel('Last month').fill('2025-04');
    await page.getByRole('button', { name: 'Show what will be published' }).click();
    const title = page.getByRole('heading', { name: 'What will be published for March 2025 to April 2025' });
    await title.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('stats-result-title');
    expect(await section.getByText('Reports in the period: 36.').count()).toBe(1);
    const months = await cellsOf(page, 'Reports per month, as they will be published');
    expect(months).toEqual([
      ['March 2025', '20'],
      ['April 2025', '16'],
    ]);
    const domains = await cellsOf(page, 'Areas of life, as they will be published');
    // Areas of life without reports are "fewer than 5", never 0.
    expect(domains.filter(([, c]) => c === 'fewer than 5').length).toBeGreaterThan(3);
    expect(domains.some(([, c]) => c === '12')).toBe(true);
    expect(await axe(page)).toEqual([]);

    await page.getByRole('button', { name: 'Publish this period' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 60_000 })
      .toBe(`Published: March 2025 to April 2025. Anyone can read it now at ${r.base}/statistics.json.`);
    const items = await section.locator('#stats-published li').allTextContents();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(/^March 2025 to April 2025, published on /);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('stats-title');
    const doc = (await (await fetch(`${r.base}/statistics.json`)).json()) as StatisticsDocument;
    expect(doc.periods.map((p) => [p.from, p.to])).toEqual([['2025-03', '2025-04']]);
    expect(await axe(page)).toEqual([]);

    // The same months again: shown, with why they cannot be published, and no button to do it.
    await page.getByLabel('First month').fill('2025-04');
    await page.getByLabel('Last month').fill('2025-04');
    await page.getByRole('button', { name: 'Show what will be published' }).click();
    await section
      .getByText(
        'This period overlaps the published period March 2025 to April 2025, so it cannot be published.',
        { exact: false },
      )
      .waitFor();
    expect(await page.getByRole('button', { name: 'Publish this period' }).isVisible()).toBe(false);

    // Signing out hides the section with the rest.
    await page.getByRole('button', { name: 'Sign out' }).click();
    expect(await section.isVisible()).toBe(false);

    expect(problems).toEqual([]);
    expect(refused).toEqual(['400 /statistics/preview']);
    expect(await r.store.listPeriods()).toHaveLength(1);
    await context.close();
  });
});
