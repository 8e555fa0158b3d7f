// The office page's conversation view lists the files a resident sent with a follow-up message and
// opens them in real Chromium (evidence.js, as for a report's files): fetched as ciphertext, opened with
// the key unlocked in the tab, saved as the file the resident sent; a file swapped in the database is
// refused with a reason; while no key is unlocked the page only says how many there are.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOfficeKey,
  deriveFollowUp,
  newReceipt,
  sealMessageWithEvidence,
  sealReport,
  type EvidenceInput,
} from '@hrc/framework/seal';
import type { SqliteStore } from '../src/store/sqlite.js';
import { TOKEN, postReport, startReceiver, validReport, type Running } from './helpers.js';
import { CHROME_ARGS, findChromium } from '../../../scripts/lib/system.mjs';

const PASS = 'kikker paraplu fietsbel winter';

describe('the office page opens the files of a follow-up message in Chromium', () => {
  let r: Running;
  let browser: Browser;
  let dir: string;
  const pdf = new TextEncoder().encode('%PDF-1.4\n% the landlord’s letter\n%%EOF\n');
  const png = new Uint8Array(2000).map((_, i) => (i * 5) % 251);
  const refs: Record<string, string> = {};
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hrc-office-message-files-'));
    const key = await createOfficeKey(PASS, { kid: 'office-m' });
    writeFileSync(join(dir, 'office-key.json'), JSON.stringify(key.file));
    r = await startReceiver('sqlite', { officeKeys: [key.publicJwk] });
    for (const name of ['good', 'swapped']) {
      const fu = await deriveFollowUp(newReceipt(), 1000);
      const report = validReport({ contact: { kind: 'anonymous' }, wish: 'register' });
      const res = await postReport(
        r.base,
        await sealReport(report, key.publicJwk, 'office-m', { followUp: fu }),
      );
      expect(res.status, await res.clone().text()).toBe(201);
      const reference = ((await res.json()) as { reference: string }).reference;
      refs[name] = reference;
      const id = randomUUID();
      const files: EvidenceInput[] = [
        { name: 'brief.pdf', type: 'application/pdf', data: pdf },
        { name: 'deur.png', type: 'image/png', data: png },
      ];
      const { message, sealed } = await sealMessageWithEvidence(
        'De brief en een foto van de deur.',
        files,
        key.publicJwk,
        'office-m',
        reference,
        id,
      );
      const body = new FormData();
      body.append('lookup', fu.lookup);
      body.append('message', JSON.stringify(message));
      for (const s of sealed) body.append('evidence[]', new Blob([s]), 'evidence');
      const sent = await fetch(`${r.base}/follow-up`, {
        method: 'POST',
        headers: { 'Idempotency-Key': id },
        body,
      });
      expect(sent.status, await sent.clone().text()).toBe(201);
      ids[name] = (await r.store.listMessages(reference))[0]!.id;
    }
    // The host swaps the two files of one message in the database.
    const db = new Database((r.store as SqliteStore).file);
    const [first, second] = db
      .prepare('SELECT sealed FROM message_evidence WHERE message_id = ? ORDER BY position')
      .all(ids.swapped) as { sealed: Buffer }[];
    const put = db.prepare('UPDATE message_evidence SET sealed = ? WHERE message_id = ? AND position = ?');
    put.run(second!.sealed, ids.swapped, 0);
    put.run(first!.sealed, ids.swapped, 1);
    db.close();
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await r?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'lists the files of the message, opens and saves them, and refuses swapped ones',
    { timeout: 120_000 },
    async () => {
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
      await page.locator('#messages li').first().waitFor();
      await expect
        .poll(() => page.locator('#messages').textContent())
        .toContain('2 sealed files: unlock the key to open them.');
      await page.getByRole('button', { name: 'Back to the list' }).click();

      await page.getByLabel('Key file').setInputFiles(join(dir, 'office-key.json'));
      await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
      await page.getByRole('button', { name: 'Unlock key' }).click();
      await expect.poll(status, { timeout: 20_000 }).toBe('Key “office-m” is unlocked in this tab.');

      await row(refs.good!).getByRole('button').click();
      await expect
        .poll(() => page.locator('#messages').textContent())
        .toContain('De brief en een foto van de deur.');
      const name = `${refs.good}-${ids.good}-1-brief.pdf`;
      const open = page.getByRole('button', { name: `Open and save ${name}` });
      await open.waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), open.click()]);
      expect(download.suggestedFilename()).toBe(name);
      expect(readFileSync((await download.path())!)).toEqual(Buffer.from(pdf));
      await expect.poll(status).toBe(`${name} is opened and saved to your downloads.`);
      const [second] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: `Open and save ${refs.good}-${ids.good}-2-deur.png` }).click(),
      ]);
      expect(readFileSync((await second.path())!)).toEqual(Buffer.from(png));
      await page.getByRole('button', { name: 'Back to the list' }).click();

      await row(refs.swapped!).getByRole('button').click();
      await page
        .getByRole('button', { name: `Open and save ${refs.swapped}-${ids.swapped}-1-brief.pdf` })
        .click();
      await expect
        .poll(status)
        .toBe(
          'File 1 cannot be opened: it is not the file this message was sealed with (changed or swapped).',
        );
      expect(problems).toEqual([]);
      await context.close();
    },
  );
});
