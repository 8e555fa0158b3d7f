// The receiver's published statistics shown by <hrc-report-stats> on another site, in Chromium: the
// page (its own origin, a strict CSP that allows fetching from the receiver) loads the kit's built
// element, which reads /statistics.json across origins. Needs the widgets bundle (`pnpm run build`).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CountedPeriod, Count, StatisticsDocument } from '@hrc/framework/statistics';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { STRICT_CSP, startStaticServer, type StaticServer } from '../../../demo/server.mjs';
import { CHROME_ARGS, findChromium } from '../../../scripts/lib/system.mjs';
import { office, postReport, startReceiver, validReport, type Running } from './helpers.js';

const bundle = fileURLToPath(new URL('../../widgets/bundle/', import.meta.url));

describe('<hrc-report-stats> showing a receiver’s published file from another origin', () => {
  let r: Running;
  let site: StaticServer;
  let siteOrigin: string;
  let pageDir: string;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(join(bundle, 'hrc-report-stats.js'))) {
      throw new Error('packages/widgets/bundle/ is missing: run `pnpm run build` first.');
    }
    // Reports received in March and April 2025 (the receiver's clock), published in June.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2025-03-12T10:00:00Z'));
      r = await startReceiver('sqlite', {
        statistics: { publisher: { name: 'Antidiscriminatiebureau Middelstad' } },
      });
      const domains = ['work', 'housing', 'education'];
      const grounds = ['age', 'religion-or-belief', 'disability'];
      for (let i = 0; i < 36; i++) {
        if (i === 20) vi.setSystemTime(new Date('2025-04-12T10:00:00Z'));
        const res = await postReport(
          r.base,
          validReport({
            when: { precision: 'month', month: 1, year: 2025 },
            domain: domains[i % 3],
            grounds: [grounds[i % 3]],
          }),
        );
        expect(res.status).toBe(201);
      }
      vi.setSystemTime(new Date('2025-06-02T08:00:00Z'));
      const published = await office(r.base, '/statistics/periods', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ from: '2025-03', to: '2025-04' }),
      });
      expect(published.status).toBe(201);
    } finally {
      vi.useRealTimers();
    }

    pageDir = mkdtempSync(join(tmpdir(), 'hrc-stats-page-'));
    writeFileSync(
      join(pageDir, 'index.html'),
      `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Figures from Middelstad</title>
    <script type="module" src="/kit/hrc-report-stats.js"></script>
  </head>
  <body>
    <main>
      <h1>Figures from Middelstad</h1>
      <hrc-report-stats src="${r.base}/statistics.json" view="domains"></hrc-report-stats>
    </main>
  </body>
</html>
`,
    );
    // The embedding site may fetch from the receiver, and from nowhere else.
    site = await startStaticServer({
      port: 0,
      host: '127.0.0.1',
      mounts: { '/': pageDir, '/kit/': bundle },
      csp: `${STRICT_CSP}; connect-src 'self' ${r.base}`,
    });
    // "localhost" and "127.0.0.1" are different origins, on different ports too.
    siteOrigin = `http://localhost:${site.port}`;
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await r?.close();
    if (pageDir) rmSync(pageDir, { recursive: true, force: true });
  });

  it('renders the counts, with small ones shown as such, and the receiver sees a plain CORS read', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      // Failed requests are listed below with their address.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
    });
    page.on('response', (res) => {
      const path = new URL(res.url()).pathname;
      // The test site has no icon; everything else must load.
      if (res.status() >= 400 && path !== '/favicon.ico') problems.push(`HTTP ${res.status()} ${res.url()}`);
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const asked: Promise<Record<string, string>>[] = [];
    page.on('request', (req) => {
      if (req.url().startsWith(`${r.base}/statistics.json`)) asked.push(req.allHeaders());
    });
    expect(new URL(siteOrigin).origin).not.toBe(new URL(r.base).origin);
    await page.goto(`${siteOrigin}/`);

    const stats = page.locator('hrc-report-stats');
    const summary = stats.locator('.summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('36');
    // The table of domains for the period says what the file says: a number, "fewer than 5" (the
    // domains without reports) or "at least 5" (withheld so that those cannot be worked out).
    const doc = (await (await fetch(`${r.base}/statistics.json`)).json()) as StatisticsDocument;
    const period = doc.periods[0] as CountedPeriod;
    const said = (c: Count) =>
      typeof c === 'number' ? String(c) : 'lt' in c ? `fewer than ${c.lt}` : `at least ${c.gte}`;
    const table = stats.getByRole('table').first();
    const rows = await table
      .getByRole('row')
      .evaluateAll((trs) =>
        trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((c) => (c.textContent ?? '').trim())),
      );
    const byName = Object.fromEntries(rows.slice(1).map((row) => [row[0], row[1]]));
    expect(byName).toMatchObject({
      Work: said(period.domains.work!.total),
      Housing: said(period.domains.housing!.total),
      Education: said(period.domains.education!.total),
      Police: 'fewer than 5',
    });
    expect(Object.keys(byName)).toHaveLength(Object.keys(period.domains).length);
    // Two of the three are shown as counted: twelve each.
    expect([byName.Work, byName.Housing, byName.Education].filter((v) => v === '12')).toHaveLength(2);
    expect(problems).toEqual([]);
    expect(asked.length).toBeGreaterThan(0);
    const headers = await asked[0]!;
    expect(headers.origin).toBe(siteOrigin);
    expect(headers.cookie).toBeUndefined();
    expect(headers.referer).toBeUndefined();
    await page.close();
  });
});
