// End-to-end tests of evidence files in the real WordPress (called from e2e.mjs, which owns the site and
// the admin's session): the evidence conformance cases (multipart: accepted with one and three files,
// refusals that store nothing), a file of the largest size kept byte for byte in the database, fetched
// only by the office (capability and REST nonce), and deleted with its report; and the proof through the
// built form: a report with an image, typed into the report form block on a WordPress page in Chromium,
// whose markers are in no table, data file or log of the site, and whose image the "Open sealed reports"
// screen opens in the browser with the key file and passphrase.
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { BASE, DB, DEBUG_LOG, mysql } from './wp-env.mjs';
import { CHROME_ARGS, findChromium } from '../../../scripts/lib/system.mjs';
import { loadCases, runCase, sealedOfficeKeys } from '../../framework/conformance/run.mjs';
import { EVIDENCE_PART, createOfficeKey, sealEvidence, sealReport } from '../../framework/dist/seal/index.js';

const ENDPOINT = `${BASE}/?rest_route=/hrc/v1/reports`;
const files = () => Number(mysql('SELECT COUNT(*) FROM wp_hrc_evidence WHERE chunk = 0'));

/** Files under a folder (recursively) that hold any of `needles` (UTF-8 or UTF-16). */
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
    if (stat.isFile() && forms.some((f) => readFileSync(path).includes(f))) found.push(path);
  }
  return found;
}

/** A PNG of one colour with a text chunk (metadata the form must not send on): bytes to upload. */
function png(width, height, text) {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x5a)]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('tEXt', Buffer.from(`Comment\0${text}`, 'latin1')),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/**
 * @param {{ admin: Function, rows: () => number, harness: Function, publish: Function,
 *   saveSettings: Function, report: Function, cookies: () => Map<string, string>,
 *   serverLog: () => string, contentDir: () => string }} h
 */
export function evidenceTests(h) {
  describe('evidence files', () => suite(h));
}

function suite(h) {
  const restNonce = async () => (await h.admin('/wp-admin/admin-ajax.php?action=rest-nonce')).text();

  describe('the evidence conformance cases (@hrc/framework conformance/evidence), with office keys set', () => {
    before(async () => {
      await h.harness('unlimited');
      await h.saveSettings({ office_keys: JSON.stringify(sealedOfficeKeys()) });
    });
    after(async () => {
      await h.saveSettings({ office_keys: '' });
      await h.harness('limited');
    });
    for (const c of loadCases('evidence')) {
      test(`${c.file}: ${c.title}`, () =>
        runCase(c, { endpoint: ENDPOINT, stored: async () => h.rows(), storedFiles: async () => files() }));
    }
  });

  describe('a file of the largest size', () => {
    let id;
    let sealed;
    before(async () => {
      await h.harness('unlimited');
      const [jwk] = sealedOfficeKeys();
      const reportId = randomUUID();
      // 7 MiB of random bytes: padded to the largest bucket, 8,388,689 bytes sealed.
      const data = new Uint8Array(randomBytes(7 * 1024 * 1024));
      const evidence = await sealEvidence(
        [{ name: 'big.pdf', type: 'application/pdf', data }],
        jwk,
        jwk.kid,
        reportId,
      );
      const envelope = await sealReport(h.report(), jwk, jwk.kid, { evidence });
      sealed = evidence.sealed[0];
      assert.equal(sealed.length, 8_388_689);
      const body = new FormData();
      body.append('report', JSON.stringify(envelope));
      body.append(EVIDENCE_PART, new Blob([sealed]), 'evidence-0');
      const res = await fetch(ENDPOINT, { method: 'POST', headers: { 'Idempotency-Key': reportId }, body });
      assert.equal(res.status, 201, await res.clone().text());
      const { reference } = await res.json();
      id = mysql(`SELECT id FROM wp_hrc_reports WHERE reference = '${reference}'`);
    });
    after(() => h.harness('limited'));

    test('is kept byte for byte, in rows far below any packet limit', () => {
      assert.equal(mysql(`SELECT COUNT(*) FROM wp_hrc_evidence WHERE report_id = ${id}`), '17');
      assert.equal(mysql(`SELECT MAX(LENGTH(bytes)) FROM wp_hrc_evidence WHERE report_id = ${id}`), '524288');
      assert.equal(
        mysql(`SELECT SUM(LENGTH(bytes)) FROM wp_hrc_evidence WHERE report_id = ${id}`),
        '8388689',
      );
    });

    test('is handed out as it came to the office alone: with the capability and the REST nonce', async () => {
      const path = (n) => `/?rest_route=/hrc/v1/office/reports/${id}/evidence/${n}`;
      const nonce = await restNonce();
      const res = await h.admin(path(0), { headers: { 'x-wp-nonce': nonce } });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('content-type'), 'application/octet-stream');
      // (WordPress 6.8 sends its own no-cache headers before the answer; 6.1 would send them after it.)
      assert.match(res.headers.get('cache-control'), /\bno-store\b/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.ok(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(sealed)), 'the same bytes');
      assert.equal((await h.admin(path(1), { headers: { 'x-wp-nonce': nonce } })).status, 404);
      // The admin's cookies without the nonce, and no cookies at all: WordPress treats both as logged out.
      assert.equal((await h.admin(path(0))).status, 401);
      assert.equal((await fetch(BASE + path(0))).status, 401);
    });

    test('is deleted with its report by retention', async () => {
      mysql(
        `UPDATE wp_hrc_reports SET status = 'closed', status_changed_at = '2000-01-01 00:00:00' WHERE id = ${id}`,
      );
      await h.harness('cron');
      assert.equal(mysql(`SELECT COUNT(*) FROM wp_hrc_reports WHERE id = ${id}`), '0');
      assert.equal(mysql(`SELECT COUNT(*) FROM wp_hrc_evidence WHERE report_id = ${id}`), '0');
    });
  });

  describe('a report with an image, through the report form on a WordPress page', () => {
    const PASSPHRASE = 'schuur zolder trap kelder';
    const hex = randomBytes(8).toString('hex');
    const markers = { report: `evidence-report-${hex}`, image: `evidence-image-${hex}`, name: `foto-${hex}` };
    let work;
    let key;
    let keyFile;
    let reference;

    before(async () => {
      await h.harness('unlimited');
      work = mkdtempSync(join(tmpdir(), 'hrc-wp-evidence-'));
      key = await createOfficeKey(PASSPHRASE, { kid: 'wp-evidence' });
      keyFile = join(work, 'office-key.json');
      writeFileSync(keyFile, JSON.stringify(key.file));
      writeFileSync(join(work, `${markers.name}.png`), png(320, 240, markers.image));
      assert.equal((await h.saveSettings({ office_keys: JSON.stringify(key.publicJwk) })).status, 302);
    });
    after(async () => {
      await h.saveSettings({ office_keys: '' });
      await h.harness('limited');
      if (work) rmSync(work, { recursive: true, force: true });
    });

    test('the block offers the file field only while reports are sealed', async () => {
      const url = await h.publish(
        'Melden met bestanden',
        '<!-- wp:hrc/report-form {"lang":"en","askEqualityData":"off","evidence":true} /-->',
      );
      const html = await (await fetch(url)).text();
      assert.match(html, /<hrc-report-form [^>]*\bevidence[ >]/);
      await h.saveSettings({ office_keys: '' });
      assert.doesNotMatch(await (await fetch(url)).text(), /<hrc-report-form [^>]*\bevidence[ >]/);
      assert.equal((await h.saveSettings({ office_keys: JSON.stringify(key.publicJwk) })).status, 302);
    });

    test('is sent sealed with its image, and the markers are in no table, data file or log', async () => {
      const url = await h.publish(
        'Melden met een foto',
        '<!-- wp:hrc/report-form {"lang":"en","askEqualityData":"off","evidence":true} /-->',
      );
      const browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
      try {
        const page = await browser.newPage({ locale: 'en-GB' });
        const errors = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.goto(url);
        const form = page.locator('hrc-report-form');
        const next = () => form.getByRole('button', { name: /^(Continue|Send report)$/ }).click();
        await form
          .getByLabel('Describe what happened')
          .fill(`The landlord refused to rent to me. ${markers.report}`);
        await form.getByLabel('Month').fill('2');
        await form.getByLabel('Year').fill('2024');
        await form.getByLabel('Housing').check();
        await next();
        await form.getByLabel('Ethnic or social origin').check();
        await next();
        await form.getByLabel('It happened to me').check();
        await form.locator('#evidence').setInputFiles(join(work, `${markers.name}.png`));
        await form
          .getByRole('list', { name: 'Added files' })
          .getByText(markers.name)
          .waitFor({ timeout: 30_000 });
        await next();
        await form.getByLabel('No, I want to stay anonymous').check();
        await form.getByLabel('Only register it').check();
        await next();
        await form.getByLabel(/I agree that/).check();
        // People take more than a few seconds; faster fills are treated as automated and not stored.
        await page.waitForTimeout(3000);
        const [answer] = await Promise.all([
          page.waitForResponse((r) => r.url().includes('hrc/v1/reports') && r.request().method() === 'POST', {
            timeout: 60_000,
          }),
          next(),
        ]);
        assert.equal(answer.status(), 201, await answer.text());
        assert.match(answer.request().headers()['content-type'], /^multipart\/form-data; boundary=/);
        reference = (await answer.json()).reference;
        await form.getByText(reference).waitFor();
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
      }
      const id = mysql(`SELECT id FROM wp_hrc_reports WHERE reference = '${reference}'`);
      assert.equal(mysql(`SELECT COUNT(*) FROM wp_hrc_evidence WHERE report_id = ${id} AND chunk = 0`), '1');

      const needles = Object.values(markers);
      const dump = execFileSync('mysqldump', ['-uroot', '--skip-extended-insert', '--hex-blob', DB], {
        encoding: 'utf8',
        maxBuffer: 512 * 1024 * 1024,
      });
      const raw = execFileSync('mysqldump', ['-uroot', DB], { maxBuffer: 512 * 1024 * 1024 });
      for (const marker of needles) {
        assert.ok(!dump.includes(marker), `${marker} in the database`);
        assert.ok(!raw.includes(Buffer.from(marker)), `${marker} in the database's raw dump`);
      }
      const datadir = mysql('SELECT @@datadir', '');
      if (existsSync(datadir)) {
        const paths = [
          join(datadir, DB),
          ...readdirSync(datadir)
            .filter((f) => /^(ib_logfile|ibdata|aria_log|undo)/.test(f))
            .map((f) => join(datadir, f)),
        ];
        for (const path of paths) {
          const found = statSync(path).isDirectory()
            ? holders(path, needles)
            : needles.some((m) => readFileSync(path).includes(Buffer.from(m)))
              ? [path]
              : [];
          assert.deepEqual(found, [], `markers in ${path}`);
        }
      }
      assert.deepEqual(holders(h.contentDir(), needles), []);
      if (existsSync(DEBUG_LOG)) {
        const log = readFileSync(DEBUG_LOG, 'utf8');
        for (const marker of needles) assert.ok(!log.includes(marker), `${marker} in debug.log`);
      }
      for (const marker of needles) assert.ok(!h.serverLog().includes(marker), `${marker} in the server log`);
    });

    test('opens on the sealed reports screen, image included, in the browser', async () => {
      assert.ok(reference, 'the report was sent');
      const browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
      try {
        const context = await browser.newContext({ acceptDownloads: true, locale: 'en-GB' });
        await context.addCookies([...h.cookies()].map(([name, value]) => ({ name, value, url: BASE })));
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.goto(`${BASE}/wp-admin/admin.php?page=hrc-widgets-sealed#${reference}`);
        await page.locator('#detail-title').filter({ hasText: reference }).waitFor({ timeout: 20_000 });
        // Closed: only how many files there are.
        await page.locator('#evidence h3').waitFor();
        assert.match(
          await page.locator('#evidence').textContent(),
          /1 sealed file: unlock the key to open it\./,
        );
        await page.getByLabel('Key file').setInputFiles(keyFile);
        await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
        await page.getByRole('button', { name: 'Unlock key' }).click();
        await page.getByText(markers.report).waitFor({ timeout: 30_000 });
        const button = page
          .locator('#evidence')
          .getByRole('button', { name: new RegExp(`^Open and save ${reference}-1-${markers.name}`) });
        const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
        await page.locator('#status', { hasText: 'is opened and saved to your downloads' }).waitFor();
        const image = readFileSync(await download.path());
        const isPng = image
          .subarray(0, 8)
          .equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        const isJpeg = image[0] === 0xff && image[1] === 0xd8;
        assert.ok(isPng || isJpeg, 'an image');
        assert.match(
          download.suggestedFilename(),
          new RegExp(`^${reference}-1-${markers.name}\\.(png|jpg)$`),
        );
        // Re-encoded in the resident's browser: the text chunk (metadata) did not travel.
        assert.ok(!image.includes(Buffer.from(markers.image)), 'the image lost its metadata');
        // The image the office saved is the picture the resident chose: 320 × 240 pixels.
        const size = await page.evaluate(async (b64) => {
          const bitmap = await createImageBitmap(
            new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))]),
          );
          return [bitmap.width, bitmap.height];
        }, image.toString('base64'));
        assert.deepEqual(size, [320, 240]);
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
      }
    });

    test('deleted by hand on its own screen, it takes its file with it', async () => {
      const id = mysql(`SELECT id FROM wp_hrc_reports WHERE reference = '${reference}'`);
      const decode = (s) => s.replace(/&amp;/g, '&').replace(/&#0?38;/g, '&');
      const single = await (
        await h.admin(`/wp-admin/admin.php?page=hrc-widgets-reports&report=${id}`)
      ).text();
      const link = /href="([^"]*hrc-confirm=delete[^"]*)"/.exec(single);
      assert.ok(link, 'a link to the confirmation step');
      const confirm = await (await h.admin(decode(link[1]).replace(BASE, ''))).text();
      const nonce = /name="_wpnonce" value="([^"]*)"/.exec(confirm);
      assert.ok(nonce, 'the confirmation has its nonce');
      const done = await h.admin('/wp-admin/admin-post.php', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          action: 'hrc_widgets_delete',
          report: id,
          confirm: '1',
          _wpnonce: nonce[1],
        }),
      });
      assert.equal(done.status, 302);
      assert.equal(mysql(`SELECT COUNT(*) FROM wp_hrc_reports WHERE id = ${id}`), '0');
      assert.equal(mysql(`SELECT COUNT(*) FROM wp_hrc_evidence WHERE report_id = ${id}`), '0');
    });
  });
}
