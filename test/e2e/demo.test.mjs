// `pnpm start` as a newcomer meets it (without the build, which the test command ran already): the demo
// site serves every element in English and Dutch under its strict CSP, a report typed into the form is
// sealed to the demo office key, reaches the running receiver as ciphertext (its marker in none of the
// receiver's files or output) and comes back with a reference, the receiver's statistics count it only
// when the resident ticked "count my report", the office page opens it with the printed passphrase, and
// Ctrl-C stops everything.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_ARGS, findChromium } from '../../scripts/lib/system.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
// DEMO_TEST_PORT: a port of your own on a shared machine (the receiver takes the next one).
const port = Number(process.env.DEMO_TEST_PORT) || 18000 + Math.floor(Math.random() * 2000);
const receiverPort = port + 1;
const token = 'demo-test-token-0123456789';
const site = `http://127.0.0.1:${port}`;

let demo;
let output = '';
let dataDir;
let browser;
/** A word only the test's report holds, to look for where the report went. */
const MARKER = `marker-${randomUUID()}`;
/** The reference of the report the form sent. */
let reported;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'hrc-demo-'));
  demo = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      RECEIVER_PORT: String(receiverPort),
      HRC_RECEIVER_TOKEN: token,
      HRC_DEMO_DATA: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  demo.stdout.on('data', (d) => (output += d));
  demo.stderr.on('data', (d) => (output += d));
  const deadline = Date.now() + 30_000;
  while (!output.includes('Press Ctrl-C to stop.')) {
    if (demo.exitCode !== null || Date.now() > deadline)
      throw new Error(`The demo did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')),
  });
});

afterAll(async () => {
  await browser?.close();
  if (demo && demo.exitCode === null) demo.kill('SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function open(path) {
  const page = await browser.newPage();
  const problems = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
    });
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource'))
      problems.push(msg.text());
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()} ${res.url()}`);
  });
  await page.goto(`${site}${path}`);
  return { page, problems };
}

/** Every kit element on the page is defined, updated and has drawn into its shadow root. */
async function allRendered(page) {
  // waitForFunction needs a synchronous answer; Lit's update state says whether a render is pending.
  await page.waitForFunction(
    () => {
      const els = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('hrc-'));
      return (
        els.length > 0 &&
        els.every(
          (el) =>
            customElements.get(el.localName) &&
            el.hasUpdated &&
            !el.isUpdatePending &&
            el.shadowRoot?.childElementCount > 0,
        )
      );
    },
    undefined,
    { timeout: 20_000 },
  );
  return page.evaluate(async () => {
    const els = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('hrc-'));
    await Promise.all(els.map((el) => el.updateComplete));
    return [...new Set(els.map((el) => el.localName))];
  });
}

/**
 * Fills the demo's report form with the test's marker and sends it, ticking "count my report" when
 * `countMe`; answers the reference.
 */
async function sendReport(page, { countMe = false } = {}) {
  const form = page.locator('hrc-report-form');
  const next = () => form.getByRole('button', { name: /^(Continue|Send report)$/ }).click();
  await form
    .getByLabel('Describe what happened')
    .fill(`The landlord refused to rent to me because of my name. ${MARKER}`);
  await form.getByLabel('Month').fill('2');
  await form.getByLabel('Year').fill('2024');
  await form.getByLabel('Housing').check();
  await next();
  await form.getByLabel('Ethnic or social origin').check();
  await next();
  await form.getByLabel('It happened to me').check();
  await next();
  await form.getByLabel('No, I want to stay anonymous').check();
  await form.getByLabel('Only register it').check();
  await next();
  if (countMe) await form.getByLabel(/Count my report in the statistics/).check();
  await form.getByLabel(/I agree that/).check();
  // People take more than a few seconds; faster fills are treated as automated and not stored.
  await page.waitForTimeout(3000);
  await next();
  const reference = form.locator('.reference');
  await reference.waitFor({ timeout: 15_000 });
  return (await reference.textContent()).trim();
}

/** The reports the receiver's statistics counted, every month (the office's view, with the token). */
async function counted() {
  const res = await fetch(`http://127.0.0.1:${receiverPort}/statistics/periods`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  const { months } = await res.json();
  return months.reduce((sum, m) => sum + m.reports, 0);
}

describe('pnpm start', () => {
  it('prints where everything is', () => {
    expect(output).toContain(`http://localhost:${port}/`);
    expect(output).toContain(`http://localhost:${port}/nl/`);
    expect(output).toContain(`received by @hrc/receiver on http://localhost:${receiverPort}/`);
    expect(output).toContain(`key file:   ${join(dataDir, 'office-key.json')}`);
    expect(output).toContain('passphrase: middelstad demo passphrase');
  });

  it('made a demo office key, and serves its public half alone', async () => {
    const file = JSON.parse(readFileSync(join(dataDir, 'office-key.json'), 'utf8'));
    expect(file).toMatchObject({ type: 'hrc-office-key', kdf: { iterations: 600000 } });
    const res = await fetch(`${site}/demo-key/office-key.json`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ...file.publicKey, kid: file.kid });
    for (const path of [
      '/demo-key/../office-key.json',
      '/demo-key/%2e%2e/office-key.json',
      '/office-key.json',
    ]) {
      expect((await fetch(`${site}${path}`)).status, path).toBe(404);
    }
  });

  it('serves the English and Dutch home pages with every element, under the strict CSP', async () => {
    for (const [path, lang, title, exportJson] of [
      ['/', 'en', 'Your rights in Middelstad', 'Export JSON'],
      ['/nl/', 'nl', 'Uw rechten in Middelstad', 'JSON exporteren'],
    ]) {
      const { page, problems } = await open(path);
      const csp = (await page.request.get(`${site}${path}`)).headers()['content-security-policy'];
      expect(csp).toContain("require-trusted-types-for 'script'");
      expect(await page.getByRole('heading', { name: title }).count()).toBe(1);
      const tags = await allRendered(page);
      expect(tags.sort()).toEqual([
        'hrc-declaration-badge',
        'hrc-framework-checklist',
        'hrc-rights-card',
        'hrc-rights-cards',
      ]);
      expect(
        await page.evaluate(() => [...document.querySelectorAll('hrc-rights-card')].map((el) => el.locale)),
      ).toEqual([lang, lang]);
      // The kit's own words come from its dictionaries (with the short ids of the build).
      const checklist = page.locator('hrc-framework-checklist');
      expect(await checklist.getByRole('button', { name: exportJson }).count()).toBe(1);
      await page.waitForTimeout(200);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('delivers a report from the form to the receiver', async () => {
    const countedBefore = await counted();
    const { page, problems } = await open('/report.html');
    await allRendered(page);
    const ref = await sendReport(page);
    expect(ref).toMatch(/^HRC-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    // "Count my report" was not ticked: the receiver's counters did not move.
    expect(await counted()).toBe(countedBefore);

    // The receiver holds it sealed to the demo key: its words are not there.
    const stored = await fetch(`http://127.0.0.1:${receiverPort}/reports/${ref}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(stored.status).toBe(200);
    const text = await stored.text();
    const { kid } = JSON.parse(readFileSync(join(dataDir, 'public/office-key.json'), 'utf8'));
    expect(JSON.parse(text).payload).toMatchObject({ type: 'hrc-sealed-report', kid });
    expect(text).not.toContain('landlord');
    // Nor in any file the receiver wrote: the database, its -wal and -shm (read while it runs).
    const files = readdirSync(dataDir).filter((f) => f.startsWith('reports.sqlite'));
    expect(files).toContain('reports.sqlite-wal');
    const bytes = Buffer.concat(files.map((f) => readFileSync(join(dataDir, f))));
    expect(bytes.includes(Buffer.from(JSON.parse(text).payload.ciphertext.slice(100, 160)))).toBe(true);
    expect(bytes.includes(Buffer.from(MARKER))).toBe(false);
    expect(output).not.toContain(MARKER);
    expect(problems).toEqual([]);
    await page.close();
    reported = ref;
  });

  it('counts a sealed report in the statistics when the resident ticks "count my report"', async () => {
    const countedBefore = await counted();
    const { page, problems } = await open('/report.html');
    await allRendered(page);
    const ref = await sendReport(page, { countMe: true });
    const stored = await fetch(`http://127.0.0.1:${receiverPort}/reports/${ref}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const { payload } = await stored.json();
    // Readable beside the ciphertext: the statistics the answers give, and nothing the resident wrote.
    expect(payload).toMatchObject({ type: 'hrc-sealed-report' });
    expect(payload.statistics).toEqual({
      month: '2024-02',
      domain: 'housing',
      grounds: ['ethnic-or-social-origin'],
      role: 'victim',
      wish: 'register',
    });
    expect(JSON.stringify(payload)).not.toContain(MARKER);
    expect(await counted()).toBe(countedBefore + 1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens the report on the office page with the demo key file and passphrase', async () => {
    const page = await browser.newPage({ locale: 'en-GB' });
    await page.goto(`http://127.0.0.1:${receiverPort}/admin`);
    await expect.poll(() => page.locator('#notice').textContent()).toContain('middelstad demo passphrase');
    await page.getByLabel('Office token').fill(token);
    await page.keyboard.press('Enter');
    await page.getByRole('table').waitFor();
    await page.getByLabel('Key file').setInputFiles(join(dataDir, 'office-key.json'));
    await page.getByLabel('Passphrase', { exact: true }).fill('middelstad demo passphrase');
    await page.getByRole('button', { name: 'Unlock key' }).click();
    await page.getByRole('row').filter({ hasText: reported }).getByRole('button').click();
    await page
      .getByText(`The landlord refused to rent to me because of my name. ${MARKER}`)
      .waitFor({ timeout: 20_000 });
    await page.close();
  });

  it('stops cleanly on Ctrl-C', async () => {
    const exited = new Promise((resolve) => demo.once('exit', (code) => resolve(code)));
    demo.kill('SIGINT');
    expect(await exited).toBe(0);
    await expect(fetch(`${site}/`)).rejects.toThrow();
    await expect(fetch(`http://127.0.0.1:${receiverPort}/healthz`)).rejects.toThrow();
  });
});
