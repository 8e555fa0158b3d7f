// The office page's side of follow-up in real Chromium: answering needs an unlocked office key (answers
// are sent with it); an answer whose reply from the receiver is lost is sent again with the same
// Idempotency-Key and stored once; the office reads its own answer from its copy, and the resident's
// page (here: openMessage with the office's public key) confirms it comes from the office.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOfficeKey,
  deriveFollowUp,
  newReceipt,
  openMessage,
  sealReport,
  type FollowUpKeys,
  type OfficePublicJwk,
} from '@hrc/framework/seal';
import { TOKEN, postReport, startReceiver, validReport, type Running } from './helpers.js';
import { CHROME_ARGS, findChromium } from '../../../scripts/lib/system.mjs';

const PASS = 'zeilboot lavendel trompet maart';

describe('the office page answers a resident in Chromium', () => {
  let r: Running;
  let browser: Browser;
  let dir: string;
  let reference: string;
  let fu: FollowUpKeys;
  let officeJwk: OfficePublicJwk;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hrc-office-follow-up-'));
    const made = await createOfficeKey(PASS, { kid: 'office-a' });
    officeJwk = made.publicJwk;
    writeFileSync(join(dir, 'office-key-a.json'), JSON.stringify(made.file));
    r = await startReceiver('sqlite', { officeKeys: [made.publicJwk] });
    fu = await deriveFollowUp(newReceipt(), 1000);
    const res = await postReport(
      r.base,
      await sealReport(validReport({ description: 'Refused at the door.' }), made.publicJwk, 'office-a', {
        followUp: fu,
      }),
    );
    expect(res.status, await res.clone().text()).toBe(201);
    reference = ((await res.json()) as { reference: string }).reference;
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await r?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('asks for an unlocked key, sends a retried answer once, and shows the office its own answer', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${r.base}/admin`);
    await page.getByLabel('Office token').fill(TOKEN);
    await page.keyboard.press('Enter');
    await page.getByRole('table').waitFor();
    const status = () => page.getByRole('status').textContent();
    const open = () => page.getByRole('row').filter({ hasText: reference }).getByRole('button').click();

    // Without an unlocked key there is nothing to send the answer with.
    await open();
    await page.getByLabel('Answer to the resident').fill('We will call you back.');
    await page.getByRole('button', { name: 'Send the answer' }).click();
    await expect
      .poll(status)
      .toBe(
        'Unlock the office key first: answers are sent with it, so the resident knows they come from the office.',
      );
    expect(await r.store.listMessages(reference)).toEqual([]);

    await page.getByLabel('Key file').setInputFiles(join(dir, 'office-key-a.json'));
    await page.getByLabel('Passphrase', { exact: true }).fill(PASS);
    await page.getByRole('button', { name: 'Unlock key' }).click();
    await expect.poll(status, { timeout: 20_000 }).toBe('Key “office-a” is unlocked in this tab.');

    // The first send reaches the receiver, but its reply is lost on the way back.
    const keys: string[] = [];
    let lose = true;
    await page.route('**/messages', async (route) => {
      const request = route.request();
      if (request.method() !== 'POST') return route.continue();
      keys.push(request.headers()['idempotency-key'] ?? '');
      if (!lose) return route.continue();
      lose = false;
      await route.fetch();
      await route.abort('connectionreset');
    });
    if (!(await page.getByLabel('Answer to the resident').isVisible())) await open();
    const answer = `We will call you back on Monday. ${Date.now()}`;
    await page.getByLabel('Answer to the resident').fill(answer);
    await page.getByRole('button', { name: 'Send the answer' }).click();
    await expect
      .poll(status)
      .toBe(
        'The answer may not have arrived: the connection failed. Press “Send the answer” again; it will not be stored twice.',
      );
    expect(keys).toHaveLength(1);
    await page.getByRole('button', { name: 'Send the answer' }).click();
    await expect.poll(status, { timeout: 20_000 }).toBe('The answer was sent.');
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);

    const stored = await r.store.listMessages(reference);
    expect(stored.map((m) => m.sender)).toEqual(['office']);
    // The office reads its answer again (from its copy); the resident's side confirms the sender.
    await page.locator('#messages').getByText(answer).waitFor();
    expect(
      await openMessage(stored[0]!.envelope, reference, { to: 'resident', ...fu, officeKeys: [officeJwk] }),
    ).toEqual({ text: answer });
    expect(problems).toEqual([]);
    await context.close();
  });
});
