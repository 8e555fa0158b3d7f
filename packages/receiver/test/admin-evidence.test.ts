// The office page opens the evidence files of a sealed report in real Chromium: fetched as ciphertext,
// opened with the key unlocked in the tab, saved as the file the resident sent; a file swapped in the
// database is refused with a reason; and while no key is unlocked the page only says how many there are.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficeKey, sealEvidence, sealReport, type EvidenceInput } from '@hrc/framework/seal';
import type { SqliteStore } from '../src/store/sqlite.js';
import { TOKEN, startReceiver, validReport, type Running } from './helpers.js';
import { CHROME_ARGS, findChromium } from '../../../scripts/lib/system.mjs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const PASS = 'kikker paraplu fietsbel winter';

describe('the office page opens evidence files in Chromium', () => {
  let r: Running;
  let browser: Browser;
  let dir: string;
  const marker = `marker-${randomUUID()}`;
  const pdf = new TextEncoder().encode(`%PDF-1.4\n% ${marker}\n%%EOF\n`);
  // The receiver and the office page treat every file as bytes: any bytes will do for an image here.
  const png = new Uint8Array(3000).map((_, i) => (i * 7) % 251);
  const refs: Record<string, string> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hrc-office-evidence-'));
    const key = await createOfficeKey(PASS, { kid: 'office-e' });
    writeFileSync(join(dir, 'office-key.json'), JSON.stringify(key.file));
    r = await startReceiver('sqlite', { officeKeys: [key.publicJwk] });
    for (const name of ['good', 'swapped']) {
      const id = randomUUID();
      const files: EvidenceInput[] = [
        { name: 'brief van de verhuurder.pdf', type: 'application/pdf', data: pdf },
        { name: 'bericht.png', type: 'image/png', data: png },
      ];
      const evidence = (await sealEvidence(files, key.publicJwk, 'office-e', id))!;
      const envelope = await sealReport(
        validReport({ description: `Weigering ${name}` }),
        key.publicJwk,
        'office-e',
        {
          evidence,
        },
      );
      const body = new FormData();
      body.append('report', JSON.stringify(envelope));
      for (const s of evidence.sealed) body.append('evidence[]', new Blob([s]), 'evidence');
      const res = await fetch(`${r.base}/reports`, {
        method: 'POST',
        headers: { 'Idempotency-Key': id },
        body,
      });
      expect(res.status, await res.clone().text()).toBe(201);
      refs[name] = ((await res.json()) as { reference: string }).reference;
    }
    // The host swaps the two files of one report in the database.
    const db = new Database((r.store as SqliteStore).file);
    const [first, second] = db
      .prepare('SELECT sealed FROM report_evidence WHERE reference = ? ORDER BY position')
      .all(refs.swapped) as { sealed: Buffer }[];
    const put = db.prepare('UPDATE report_evidence SET sealed = ? WHERE reference = ? AND position = ?');
    put.run(second!.sealed, refs.swapped, 0);
    put.run(first!.sealed, refs.swapped, 1);
    db.close();
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await r?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the files, opens and saves them, and refuses swapped ones', { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ locale: 'en-GB', acceptDownloads: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${r.base}/admin`);
    await page.getByLabel('Office token').fill(TOKEN);
    await page.keyboard.press('Enter');
    await page.getByRole('table').waitFor();
    const status = () => page.getByRole('status').textContent();
    const row = (ref: string) => page.getByRole('row').filter({ hasText: ref });

    // Closed: only how many files there are.
    await row(refs.good!).getByRole('button').click();
    await page.locator('#evidence h3').waitFor();
    expect(await page.locator('#evidence').textContent()).toContain(
      '2 sealed files: unlock the key to open them.',
    );
    await page.getByRole('button', { name: 'Back to the list' }).click();

    await page.getByLabel('Key file').setInputFiles(join(dir, 'office-key.json'));
    await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
    await page.getByRole('button', { name: 'Unlock key' }).click();
    await expect.poll(status, { timeout: 20_000 }).toBe('Key “office-e” is unlocked in this tab.');

    await row(refs.good!).getByRole('button').click();
    const name = `${refs.good}-1-brief van de verhuurder.pdf`;
    const open = page.getByRole('button', { name: `Open and save ${name}` });
    await open.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), open.click()]);
    expect(download.suggestedFilename()).toBe(name);
    expect(readFileSync((await download.path())!)).toEqual(Buffer.from(pdf));
    await expect.poll(status).toBe(`${name} is opened and saved to your downloads.`);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string }[] }> } }
      ).axe;
      const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
      return result.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    const [second] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Open and save ${refs.good}-2-bericht.png` }).click(),
    ]);
    expect(readFileSync((await second.path())!)).toEqual(Buffer.from(png));
    await page.getByRole('button', { name: 'Back to the list' }).click();

    await row(refs.swapped!).getByRole('button').click();
    await page
      .getByRole('button', { name: `Open and save ${refs.swapped}-1-brief van de verhuurder.pdf` })
      .click();
    await expect
      .poll(status)
      .toBe('File 1 cannot be opened: it is not the file this report was sealed with (changed or swapped).');
    expect(problems).toEqual([]);
    await context.close();
  });
});
