// End-to-end tests of sealed reports in the real WordPress (called from e2e.mjs, which owns the site and
// the admin's session): the office keys setting, the sealed conformance cases with keys set, the form's
// seal-key, and the proof: a report with unique markers, sealed as the form seals it, is in no MariaDB
// table, data file or log of the site, and the "Open sealed reports" screen opens it in Chromium with the
// key file and passphrase, says why a tampered report does not open, changes its status and exports it.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { BASE, DB, mysql } from './wp-env.mjs';
import { CHROME_ARGS, findChromium } from '../../../scripts/lib/system.mjs';
import { loadCases, runCase, sealedOfficeKeys } from '../../framework/conformance/run.mjs';
import { createOfficeKey, sealReport } from '../../framework/dist/seal/index.js';

/** Files under a folder (recursively) that hold any of `needles`. */
function holders(dir, needles) {
  const forms = needles.flatMap((n) => [Buffer.from(n, 'utf8'), Buffer.from(n, 'utf16le')]);
  const found = [];
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue; // gone meanwhile (a temporary file)
    }
    if (!stat.isFile()) continue;
    const bytes = readFileSync(path);
    if (forms.some((f) => bytes.includes(f))) found.push(path);
  }
  return found;
}

/**
 * @param {{ admin: Function, send: Function, rows: () => number, harness: Function, publish: Function,
 *   saveSettings: Function, setting: () => string, report: Function, cookies: () => Map<string, string>,
 *   serverLog: () => string, contentDir: () => string }} h
 */
export function sealedTests(h) {
  describe('sealed reports', () => suite(h));
}

function suite(h) {
  const PASSPHRASE = 'tulp molen gracht fiets';
  const hex = randomBytes(8).toString('hex');
  const markers = [`marker-wp-${hex}`, `Naam ${hex}`, `m${hex}@example.org`];
  let work;
  let key;
  let keyFile;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'hrc-wp-sealed-'));
    key = await createOfficeKey(PASSPHRASE, { kid: 'wp-office' });
    keyFile = join(work, 'office-key.json');
    writeFileSync(keyFile, JSON.stringify(key.file));
  });
  after(async () => {
    // The suites that follow expect a site without office keys.
    await h.saveSettings({ office_keys: '' });
    if (work) rmSync(work, { recursive: true, force: true });
  });

  describe('sealed reports: the office keys setting', () => {
    before(() => h.harness('unlimited'));
    after(() => h.harness('limited'));
    test('refuses a key file and a private key, with a reason, and keeps the setting', async () => {
      const before = h.setting();
      for (const [value, reason] of [
        [JSON.stringify(key.file), 'That is an office key file'],
        [JSON.stringify({ ...key.publicJwk, d: 'A'.repeat(43) }), 'That is a private key'],
        ['{"kty":', 'are not JSON'],
      ]) {
        const res = await h.saveSettings({ office_keys: value });
        assert.equal(res.status, 302);
        const page = await (
          await h.admin('/wp-admin/admin.php?page=hrc-widgets-settings&settings-updated=true')
        ).text();
        const notices = [...page.matchAll(/<div[^>]*(?:settings-error|notice)[^>]*>[\s\S]*?<\/div>/g)].map(
          (m) => m[0],
        );
        assert.ok(page.includes(reason), `${reason} among ${notices.join('\n')}`);
        assert.equal(h.setting(), before);
      }
    });

    test('with office keys, the form seals to the first and the route refuses plain reports', async () => {
      const [a, b] = sealedOfficeKeys();
      assert.equal((await h.saveSettings({ office_keys: JSON.stringify({ keys: [a, b] }) })).status, 302);
      const url = await h.publish('Melden verzegeld', '<!-- wp:hrc/report-form {"lang":"nl"} /-->');
      const html = await (await fetch(url)).text();
      const attr = /<hrc-report-form [^>]*seal-key="([^"]*)"/.exec(html);
      assert.ok(attr, 'the form has a seal-key');
      assert.deepEqual(JSON.parse(attr[1].replace(/&quot;/g, '"')), a);
      const res = await h.send(h.report());
      assert.equal(res.status, 400);
      assert.equal((await res.json()).error, 'sealed-only');
    });
  });

  describe('the sealed conformance cases (@hrc/framework conformance/sealed), with office keys set', () => {
    before(async () => {
      await h.harness('unlimited');
      await h.saveSettings({ office_keys: JSON.stringify(sealedOfficeKeys()) });
    });
    after(() => h.harness('limited'));
    for (const c of loadCases('sealed')) {
      test(`${c.file}: ${c.title}`, () =>
        runCase(c, { endpoint: `${BASE}/?rest_route=/hrc/v1/reports`, stored: async () => h.rows() }));
    }
  });

  describe('a sealed report in WordPress', () => {
    let reference;
    let tampered;
    let piece;

    before(async () => {
      await h.harness('unlimited');
      assert.equal((await h.saveSettings({ office_keys: JSON.stringify(key.publicJwk) })).status, 302);
      const envelope = await sealReport(
        h.report({
          description: `De verhuurder weigerde mij. ${markers[0]}`,
          contact: { kind: 'contact', name: markers[1], email: markers[2] },
          wish: 'advice',
        }),
        key.publicJwk,
        'wp-office',
      );
      piece = envelope.ciphertext.slice(300, 360);
      const res = await h.send(envelope);
      assert.equal(res.status, 201, await res.clone().text());
      reference = (await res.json()).reference;
      const other = await sealReport(h.report(), key.publicJwk, 'wp-office');
      const flipped = other.ciphertext[50] === 'A' ? 'B' : 'A';
      const bad = await h.send({
        ...other,
        ciphertext: `${other.ciphertext.slice(0, 50)}${flipped}${other.ciphertext.slice(51)}`,
      });
      assert.equal(bad.status, 201);
      tampered = (await bad.json()).reference;
    });
    after(() => h.harness('limited'));

    test('is in no MariaDB table, data file or log of the site, while its ciphertext is', async () => {
      const dump = execFileSync('mysqldump', ['-uroot', '--skip-extended-insert', DB], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      assert.ok(dump.includes(piece), 'the dump holds the ciphertext');
      for (const marker of markers) assert.ok(!dump.includes(marker), `${marker} in the database`);
      const tables = mysql('SHOW TABLES').split('\n');
      assert.ok(tables.includes('wp_hrc_reports'));
      const row = mysql(
        `SELECT CONCAT(locale, '|', domain, '|', wish, '|', contact_email) FROM wp_hrc_reports WHERE reference = '${reference}'`,
      );
      assert.equal(row, '|||', 'no readable column holds anything of a sealed report without statistics');
      // MariaDB's own files for this database and its logs (redo, undo, aria), when readable here.
      const datadir = mysql('SELECT @@datadir', '');
      if (existsSync(datadir)) {
        const files = [
          join(datadir, DB),
          ...readdirSync(datadir)
            .filter((f) => /^(ib_logfile|ibdata|aria_log|undo)/.test(f))
            .map((f) => join(datadir, f)),
        ];
        for (const path of files) {
          const found = statSync(path).isDirectory()
            ? holders(path, markers)
            : readFileSync(path).includes(Buffer.from(markers[0]))
              ? [path]
              : [];
          assert.deepEqual(found, [], `markers in ${path}`);
        }
      }
      // WordPress's debug log, the uploads and the PHP server's log.
      assert.deepEqual(holders(h.contentDir(), markers), []);
      if (existsSync('/tmp/hrc-wp-e2e/debug.log')) {
        const log = readFileSync('/tmp/hrc-wp-e2e/debug.log', 'utf8');
        for (const marker of markers) assert.ok(!log.includes(marker), `${marker} in debug.log`);
      }
      for (const marker of markers) assert.ok(!h.serverLog().includes(marker), `${marker} in the server log`);
    });

    test('shows as sealed in the admin list and its own screen, without its content', async () => {
      const list = await (await h.admin('/wp-admin/admin.php?page=hrc-widgets-reports')).text();
      assert.match(list, new RegExp(`page=hrc-widgets-sealed#${reference}">Sealed</a>`));
      const id = mysql(`SELECT id FROM wp_hrc_reports WHERE reference = '${reference}'`);
      const one = await (await h.admin(`/wp-admin/admin.php?page=hrc-widgets-reports&report=${id}`)).text();
      assert.ok(one.includes('This report is sealed'));
      assert.ok(one.includes('wp-office'));
      for (const marker of markers) assert.ok(!one.includes(marker));
    });

    test('the office REST route answers only users who may read reports', async () => {
      const res = await fetch(`${BASE}/?rest_route=/hrc/v1/office/reports`);
      assert.ok([401, 403].includes(res.status), String(res.status));
    });

    test('opens in Chromium with the key file and passphrase, refuses the tampered one, exports and changes status', async () => {
      const browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
      try {
        const context = await browser.newContext({ acceptDownloads: true, locale: 'en-GB' });
        await context.addCookies([...h.cookies()].map(([name, value]) => ({ name, value, url: BASE })));
        const page = await context.newPage();
        const errors = [];
        const sent = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        page.on('request', (r) => sent.push(`${r.url()} ${r.postData() ?? ''}`));
        await page.goto(`${BASE}/wp-admin/admin.php?page=hrc-widgets-sealed#${reference}`);
        const status = () => page.locator('#status').textContent();
        // Opened from a link with its reference, it shows the report closed, saying why.
        await page.locator('#detail-title').filter({ hasText: reference }).waitFor({ timeout: 20_000 });
        assert.equal(
          await page.locator('#detail-problem').textContent(),
          "This report is sealed to key “wp-office”, which is not unlocked. Unlock that key's file above to read it.",
        );
        await page.getByLabel('Key file').setInputFiles(keyFile);
        await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
        await page.getByRole('button', { name: 'Unlock key' }).click();
        await page.getByText(markers[0]).waitFor({ timeout: 30_000 });
        const shown = await page.locator('#fields').textContent();
        for (const marker of markers) assert.ok(shown.includes(marker), marker);
        await page.getByLabel('Status', { exact: true }).last().selectOption('in-progress');
        await page.getByRole('button', { name: 'Save status' }).click();
        await page.waitForFunction(() =>
          document.getElementById('status').textContent.startsWith('Status saved'),
        );
        assert.equal(
          mysql(`SELECT status FROM wp_hrc_reports WHERE reference = '${reference}'`),
          'in-progress',
        );

        await page.getByRole('button', { name: 'Back to the reports' }).click();
        await page.locator(`#report-${tampered}`).waitFor();
        await page.locator(`#report-${tampered}`).getByRole('button').click();
        await page.locator('#detail-title').filter({ hasText: tampered }).waitFor();
        assert.match(
          await page.locator('#detail-problem').textContent(),
          /^This report cannot be opened with key “wp-office”: it was changed after it was sealed/,
        );
        await page.getByRole('button', { name: 'Back to the reports' }).click();
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Export CSV' }).click(),
        ]);
        const csv = readFileSync(await download.path(), 'utf8');
        for (const marker of markers) assert.ok(csv.includes(marker), `${marker} in the CSV`);
        await page.waitForFunction(() =>
          document.getElementById('status').textContent.includes('could not be opened'),
        );
        assert.ok((await status()).includes(tampered));
        // Nothing of it went back to WordPress, and nothing was kept in the browser.
        for (const marker of markers) assert.ok(!sent.join('\n').includes(marker), `${marker} sent`);
        assert.ok(!sent.join('\n').includes(PASSPHRASE), 'the passphrase was sent');
        // (WordPress's admin keeps its own things in sessionStorage; none of them is ours.)
        const stored = await page.evaluate(() =>
          [localStorage, sessionStorage].flatMap((s) => Object.entries(s).flat()).join('\n'),
        );
        for (const secret of [...markers, PASSPHRASE, key.file.wrappedKey]) {
          assert.ok(!stored.includes(secret), 'nothing of the session in browser storage');
        }
        assert.deepEqual(
          await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)),
          [],
        );
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
      }
    });

    test('is deleted by retention like a plain report, once closed long enough', async () => {
      mysql(
        `UPDATE wp_hrc_reports SET status = 'closed', status_changed_at = '2000-01-01 00:00:00' WHERE reference = '${reference}'`,
      );
      await h.harness('cron');
      assert.equal(mysql(`SELECT COUNT(*) FROM wp_hrc_reports WHERE reference = '${reference}'`), '0');
    });
  });

  // A key made on the screen: the same modules as the receiver's office page (tested there in full).
  describe('making a key on the sealed reports screen', () => {
    test('gives a key file that unlocks, and the public key for the settings', async () => {
      const browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
      try {
        const context = await browser.newContext({ acceptDownloads: true, locale: 'en-GB' });
        await context.addCookies([...h.cookies()].map(([name, value]) => ({ name, value, url: BASE })));
        const page = await context.newPage();
        await page.goto(`${BASE}/wp-admin/admin.php?page=hrc-widgets-sealed`);
        await page.getByText('Make a new office key').click();
        await page.getByLabel(/^Passphrase \(12 characters/).fill('lamp deur raam stoel');
        await page.getByLabel('Passphrase again').fill('lamp deur raam stoel');
        await page.getByRole('button', { name: 'Make the key' }).click();
        await page.locator('#made').waitFor({ timeout: 30_000 });
        const jwk = JSON.parse(await page.locator('#public-jwk').inputValue());
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Download the key file' }).click(),
        ]);
        const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
        assert.deepEqual(file.publicKey, jwk);
        // The settings take the public key as the screen gives it.
        assert.equal((await h.saveSettings({ office_keys: JSON.stringify(jwk) })).status, 302);
        assert.ok(h.setting().includes(`"kid": "${jwk.kid}"`), 'the key is in the settings');
      } finally {
        await browser.close();
      }
    });
  });
}
