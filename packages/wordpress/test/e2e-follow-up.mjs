// End-to-end tests of follow-up with a receipt in the real WordPress (called from e2e.mjs, which owns the
// site and the admin's session; docs/follow-up.md): the follow-up conformance cases against
// hrc/v1/follow-up, the lookup limits per address and for everyone with their lockout, retention, the
// office's conversation routes, and the proof in Chromium: a resident sends a report anonymously through
// the form on a WordPress page and keeps the receipt; the office answers on "Open sealed reports"; the
// resident comes back with the receipt alone in a fresh browser context, reads the answer and adds
// information; the office reads it. None of the words, the receipt or its lookup token is in any MariaDB
// table, data file or log, or in any file WordPress wrote.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { BASE, DB, TOKEN, mysql } from './wp-env.mjs';
import { CHROME_ARGS, findChromium } from '../../../scripts/lib/system.mjs';
import { loadCases, runCase, sealedOfficeKeys } from '../../framework/conformance/run.mjs';
import {
  checkReceipt,
  createOfficeKey,
  deriveFollowUp,
  deriveKeyPair,
  openMessage,
  sealOfficeReply,
} from '../../framework/dist/seal/index.js';
import { CONFORMANCE_KEY_SEEDS } from '../../framework/conformance/sealed/seeds.mjs';

const FOLLOW_UP = `${BASE}/?rest_route=/hrc/v1/follow-up`;

/** Files under a folder (recursively) that hold any of `needles`, in UTF-8 or UTF-16. */
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

const lookup = (token, { message, forwardedFor } = {}) =>
  fetch(FOLLOW_UP, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
    },
    body: JSON.stringify(message ? { lookup: token, message } : { lookup: token }),
  });
/** Forgets the follow-up counters (failed lookups, messages) of the current windows. */
const resetCounters = () =>
  mysql("DELETE FROM wp_options WHERE option_name LIKE '%\\_transient%\\_hrc\\_fu\\_%'");
const step = (file, n) => loadCases('follow-up').find((c) => c.file === file).steps[n].request.body;

/** The conformance office key `kid` (its seed is public), unlocked: the office answers with it. */
async function conformanceKey(kid) {
  const { publicJwk, privateKey } = await deriveKeyPair(new TextEncoder().encode(CONFORMANCE_KEY_SEEDS[kid]));
  return { kid, privateKey, publicJwk: { kty: 'EC', crv: 'P-256', x: publicJwk.x, y: publicJwk.y, kid } };
}

/**
 * @param {{ admin: Function, rows: () => number, harness: Function, publish: Function,
 *   saveSettings: Function, report: Function, send: Function, cookies: () => Map<string, string>,
 *   serverLog: () => string, contentDir: () => string }} h
 */
export function followUpTests(h) {
  describe('follow-up with a receipt', () => suite(h));
}

function suite(h) {
  /** The admin's REST requests (cookie and nonce, as the office screen sends them). */
  const office = async (path, init = {}) => {
    const nonce = await (await h.admin('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
    return h.admin(`/?rest_route=/hrc/v1/office/reports${path}`, {
      ...init,
      headers: { ...init.headers, 'x-wp-nonce': nonce },
    });
  };
  const setGlobal = (value) =>
    fetch(`${BASE}/?rest_route=/hrc-e2e/v1/run&task=follow-up-global&value=${value}`, {
      method: 'POST',
      headers: { 'x-hrc-e2e': TOKEN },
    });

  after(async () => {
    await h.saveSettings({ office_keys: '' });
    await h.harness('limited');
  });

  describe('the follow-up conformance cases (@hrc/framework conformance/follow-up)', () => {
    before(async () => {
      await h.harness('unlimited');
      await h.saveSettings({ office_keys: JSON.stringify(sealedOfficeKeys()) });
      resetCounters();
    });
    for (const c of loadCases('follow-up')) {
      test(`${c.file}: ${c.title}`, () =>
        runCase(c, {
          endpoint: `${BASE}/?rest_route=/hrc/v1/reports`,
          followUpEndpoint: FOLLOW_UP,
          stored: async () => h.rows(),
        }));
    }
  });

  describe('messages with evidence files: the conformance cases (conformance/follow-up-evidence), the office route, retention', () => {
    const messageFiles = () => Number(mysql('SELECT COUNT(*) FROM wp_hrc_message_evidence WHERE chunk = 0'));
    const reportFiles = () => Number(mysql('SELECT COUNT(*) FROM wp_hrc_evidence WHERE chunk = 0'));
    const cases = loadCases('follow-up-evidence');
    before(async () => {
      await h.harness('unlimited');
      await h.saveSettings({ office_keys: JSON.stringify(sealedOfficeKeys()) });
      resetCounters();
    });
    for (const c of cases) {
      test(`${c.file}: ${c.title}`, () =>
        runCase(c, {
          endpoint: `${BASE}/?rest_route=/hrc/v1/reports`,
          followUpEndpoint: FOLLOW_UP,
          stored: async () => h.rows(),
          storedFiles: async () => messageFiles() + reportFiles(),
        }));
    }

    test('the office fetches each sealed file of the message as it came; retention deletes them with the report', async () => {
      const accepted = cases[0].steps[1].request;
      const lookupToken = accepted.multipart.find((p) => p.name === 'lookup').text;
      const reference = (await (await lookup(lookupToken)).json()).reference;
      const thread = await (await office(`/${reference}/messages`)).json();
      const mine = thread.messages.find((m) => m.from === 'resident');
      assert.equal(mine.message.evidence.length, 2);
      const paths = accepted.multipart.filter((p) => p.name === 'evidence[]').map((p) => p.file);
      for (const [i, path] of paths.entries()) {
        const res = await office(`/${reference}/messages/${mine.id}/evidence/${i}`);
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('content-type'), 'application/octet-stream');
        const expected = readFileSync(
          new URL(`../../framework/conformance/follow-up-evidence/${path}`, import.meta.url),
        );
        assert.deepEqual(Buffer.from(await res.arrayBuffer()), expected);
      }
      assert.equal((await office(`/${reference}/messages/${mine.id}/evidence/2`)).status, 404);
      assert.equal(
        (
          await fetch(
            `${BASE}/?rest_route=/hrc/v1/office/reports/${reference}/messages/${mine.id}/evidence/0`,
          )
        ).status,
        401,
      );
      mysql(
        `UPDATE wp_hrc_reports SET status = 'closed', status_changed_at = '2000-01-01 00:00:00' WHERE reference = '${reference}'`,
      );
      await h.harness('cron');
      assert.equal(mysql(`SELECT COUNT(*) FROM wp_hrc_message_evidence WHERE message_id = ${mine.id}`), '0');
    });
  });

  describe('lookups: limits, lockout, retention, the office routes', () => {
    // Registered by the conformance cases above: case 01's report (no messages) and case 02's (one).
    const right = step('01-reads-the-conversation-with-the-lookup-token.json', 1).lookup;
    const wrong = step('01-reads-the-conversation-with-the-lookup-token.json', 2).lookup;
    const withMessage = step('02-adds-the-residents-message.json', 1).lookup;
    before(() => {
      resetCounters();
    });
    after(async () => {
      await setGlobal(0);
      await h.saveSettings({ office_keys: JSON.stringify(sealedOfficeKeys()) });
      resetCounters();
    });

    test('ten failed lookups from one address, then every lookup is refused before it is looked up, the right one too', async () => {
      const bodies = [];
      for (let i = 0; i < 10; i++) {
        const res = await lookup(wrong);
        assert.equal(res.status, 404);
        assert.equal(res.headers.get('cache-control'), 'no-store');
        bodies.push(await res.json());
      }
      assert.equal(
        new Set(bodies.map((b) => JSON.stringify(b))).size,
        1,
        'one answer for each wrong receipt',
      );
      assert.equal(bodies[0].error, 'unknown-receipt');
      for (const token of [wrong, right]) {
        const res = await lookup(token);
        assert.equal(res.status, 429, token === right ? 'the right receipt is refused while locked' : '');
        const wait = Number(res.headers.get('retry-after'));
        assert.ok(wait >= 1 && wait <= 900, `Retry-After ${wait}`);
        assert.equal((await res.json()).error, 'rate-limited');
      }
      // The counters are named after keyed hashes: no address is written.
      const counters = mysql(
        "SELECT CONCAT(option_name, '=', option_value) FROM wp_options WHERE option_name LIKE '\\_transient\\_hrc\\_fu\\_%'",
      ).split('\n');
      assert.equal(counters.length, 2, 'one counter for this address, one for everyone');
      assert.deepEqual(counters.map((c) => c.split('=')[1]).sort(), ['10', '10']);
      assert.ok(!counters.join('\n').includes('127.0.0.1'));
      resetCounters();
      const res = await lookup(right);
      assert.equal(res.status, 200);
      // Right lookups use up nothing.
      for (let i = 0; i < 12; i++) assert.equal((await lookup(right)).status, 200);
    });

    test('failed lookups from many addresses together reach the global limit, which refuses a right receipt too', async () => {
      await h.saveSettings({ office_keys: JSON.stringify(sealedOfficeKeys()), trusted_proxies: '127.0.0.1' });
      await setGlobal(3);
      resetCounters();
      try {
        for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
          assert.equal((await lookup(wrong, { forwardedFor: ip })).status, 404);
        }
        const res = await lookup(right, { forwardedFor: '198.51.100.4' });
        assert.equal(
          res.status,
          429,
          'a new address with the right receipt is refused while the global limit holds',
        );
        assert.ok(Number(res.headers.get('retry-after')) >= 1);
      } finally {
        await setGlobal(0);
        await h.saveSettings({ office_keys: JSON.stringify(sealedOfficeKeys()) });
        resetCounters();
      }
      assert.equal((await lookup(right)).status, 200);
    });

    test('the office routes: the conversation and the resident key for users who may read reports, an answer sealed to it', async () => {
      const reference = (await (await lookup(withMessage)).json()).reference;
      assert.ok(
        [401, 403].includes(
          (await fetch(`${BASE}/?rest_route=/hrc/v1/office/reports/${reference}/messages`)).status,
        ),
      );
      const thread = await (await office(`/${reference}/messages`)).json();
      assert.match(thread.followUp.key, /^B[A-Za-z0-9_-]{86}$/);
      assert.deepEqual(
        thread.messages.map((m) => [m.from, m.message.to]),
        [['resident', 'office']],
      );
      // A readable answer, or one sealed the wrong way, is refused; one sealed to the resident key is kept.
      const reply = (body, headers = {}) =>
        office(`/${reference}/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
        });
      const refused = await reply({ message: { text: 'readable' } });
      assert.equal(refused.status, 400);
      assert.equal((await refused.json()).error, 'invalid-message');
      const key = await conformanceKey('conformance-a');
      const { message, copy } = await sealOfficeReply('Thank you.', thread.followUp.key, key, reference);
      assert.equal(message.kid, 'conformance-a');
      // Without its copy, with a copy under another key id or the answer as its copy, with other
      // members, or without the key id: refused, and nothing is stored.
      const other = await sealOfficeReply(
        'Thank you.',
        thread.followUp.key,
        await conformanceKey('conformance-b'),
        reference,
      );
      const noKid = { ...message };
      delete noKid.kid;
      for (const body of [
        { message },
        { message, copy: other.copy },
        { message, copy: message },
        { message, copy: { ...copy, copy: false } },
        { message, copy, note: 'x' },
        { message: noKid, copy },
      ]) {
        const res = await reply(body);
        assert.equal(res.status, 400, JSON.stringify(Object.keys(body)));
        assert.equal((await res.json()).error, 'invalid-message');
      }
      // An answer sent with a key the site does not have.
      const stranger = await sealOfficeReply(
        'Thank you.',
        thread.followUp.key,
        { ...key, kid: 'stranger', publicJwk: { ...key.publicJwk, kid: 'stranger' } },
        reference,
      );
      const unknown = await reply(stranger);
      assert.equal(unknown.status, 400);
      assert.deepEqual(await unknown.json().then((b) => [b.error, b.kid]), ['unknown-key', 'stranger']);
      assert.equal((await reply({ message, copy }, { 'idempotency-key': 'not-a-uuid' })).status, 400);
      assert.equal(
        mysql(`SELECT COUNT(*) FROM wp_hrc_follow_up_messages WHERE reference = '${reference}'`),
        '1',
        'only the resident message is stored',
      );
      // The answer, sent twice with one Idempotency-Key (a lost connection): stored once.
      const idempotencyKey = crypto.randomUUID();
      const sent = await reply({ message, copy }, { 'idempotency-key': idempotencyKey });
      assert.equal(sent.status, 201);
      assert.equal(sent.headers.get('idempotent-replayed'), null);
      const stored = await sent.json();
      assert.equal(stored.from, 'office');
      assert.deepEqual([stored.message, stored.copy], [message, copy]);
      const again = await reply({ message, copy }, { 'idempotency-key': idempotencyKey.toUpperCase() });
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await again.json(), stored);
      const reused = await reply(other, { 'idempotency-key': idempotencyKey });
      assert.equal(reused.status, 422);
      assert.equal((await reused.json()).error, 'idempotency-key-reused');
      assert.equal(
        mysql(`SELECT COUNT(*) FROM wp_hrc_follow_up_messages WHERE reference = '${reference}'`),
        '2',
        'the answer is stored once',
      );
      // The office reads its answer again from its copy; the resident gets the answer, never the copy.
      const officeView = await (await office(`/${reference}/messages`)).json();
      assert.deepEqual(officeView.messages[1].copy, copy);
      assert.equal(officeView.messages[0].copy, undefined);
      assert.deepEqual(
        await openMessage(officeView.messages[1].copy, reference, { to: 'office', keys: [key] }),
        { text: 'Thank you.' },
      );
      const seen = await (await lookup(withMessage)).json();
      assert.deepEqual(
        seen.messages.map((m) => [m.from, m.message?.ciphertext, m.message?.kid, 'copy' in m]),
        [
          ['resident', undefined, undefined, false],
          ['office', message.ciphertext, 'conformance-a', false],
        ],
        'the resident sees that they wrote and what the office answered, sealed, without the copy',
      );
      assert.ok(!JSON.stringify(seen).includes(copy.ciphertext));
      // The list: this report no longer awaits a reply; case 01's (nobody wrote yet) does.
      const first = (await (await lookup(right)).json()).reference;
      const awaiting = await (await office('&awaiting=reply&per_page=200')).json();
      const listed = awaiting.items.map((r) => r.reference);
      assert.ok(listed.includes(first), `${first} awaits a reply`);
      assert.ok(!listed.includes(reference), `${reference} was answered`);
      assert.deepEqual(awaiting.items.find((r) => r.reference === first).followUp, {
        awaitingReply: true,
        lastMessageAt: null,
      });
      const all = await (await office('&per_page=200')).json();
      assert.equal(all.items.find((r) => r.reference === reference).followUp.awaitingReply, false);
    });

    test('a report sent without a receipt has no conversation to answer in', async () => {
      const res = await h.send(h.report());
      // With office keys set, a plain report is refused: send a sealed one without a receipt instead.
      assert.equal(res.status, 400);
      const c = loadCases('sealed')[0];
      const envelope = c.steps[0].request.body;
      const stored = await fetch(`${BASE}/?rest_route=/hrc/v1/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify(envelope),
      });
      assert.equal(stored.status, 201, await stored.clone().text());
      const { reference } = await stored.json();
      const thread = await (await office(`/${reference}/messages`)).json();
      assert.deepEqual(thread, { followUp: null, messages: [] });
      const reply = await sealOfficeReply(
        'Hello',
        step('01-reads-the-conversation-with-the-lookup-token.json', 0).followUp.key,
        await conformanceKey('conformance-a'),
        reference,
      );
      const res2 = await office(`/${reference}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(reply),
      });
      assert.equal(res2.status, 409);
      assert.equal((await res2.json()).error, 'no-follow-up');
      assert.equal((await office('/HRC-ZZZZ-ZZZZ/messages')).status, 404);
    });

    test("retention deletes the conversation with its report; its receipt then gets the wrong receipt's answer", async () => {
      const reference = (await (await lookup(withMessage)).json()).reference;
      const wrongBody = await (await lookup(wrong)).json();
      mysql(
        `UPDATE wp_hrc_reports SET status = 'closed', status_changed_at = '2000-01-01 00:00:00' WHERE reference = '${reference}'`,
      );
      await h.harness('cron');
      assert.equal(mysql(`SELECT COUNT(*) FROM wp_hrc_follow_ups WHERE reference = '${reference}'`), '0');
      assert.equal(
        mysql(`SELECT COUNT(*) FROM wp_hrc_follow_up_messages WHERE reference = '${reference}'`),
        '0',
      );
      const res = await lookup(withMessage);
      assert.equal(res.status, 404);
      assert.deepEqual(await res.json(), wrongBody);
      // Deleted between the lookup and the message: the route answers that same 404, not a failure.
      assert.deepEqual(await h.harness('message-to-deleted'), { result: 'gone' });
    });
  });

  describe('the proof in Chromium: report, answer, come back with the receipt, add information', () => {
    const PASSPHRASE = 'brug wolk tulp kompas';
    const hex = randomBytes(8).toString('hex');
    const markers = {
      report: `marker-wp-report-${hex}`,
      answer: `marker-wp-answer-${hex}`,
      more: `marker-wp-more-${hex}`,
      file: `marker-wp-file-${hex}`,
      fileName: `marker-wp-letter-${hex}`,
    };
    // A document the resident sends with the follow-up message; a PDF travels as it is, sealed.
    const pdf = Buffer.from(`%PDF-1.4\n% The letter the landlord sent. ${markers.file}\n%%EOF\n`);
    let work;
    let key;
    let keyFile;
    let formUrl;
    let statusUrl;

    before(async () => {
      await h.harness('unlimited');
      resetCounters();
      work = mkdtempSync(join(tmpdir(), 'hrc-wp-follow-up-'));
      key = await createOfficeKey(PASSPHRASE, { kid: 'wp-follow-up' });
      keyFile = join(work, 'office-key.json');
      writeFileSync(keyFile, JSON.stringify(key.file));
      statusUrl = await h.publish(
        'Follow up your report',
        '<!-- wp:shortcode -->\n[hrc_report_status lang="en"]\n<!-- /wp:shortcode -->',
      );
      formUrl = await h.publish('Report discrimination', '<!-- wp:hrc/report-form {"lang":"en"} /-->');
      assert.equal(
        (
          await h.saveSettings({
            office_keys: JSON.stringify(key.publicJwk),
            follow_up_url: statusUrl,
            reply_days: '5',
          })
        ).status,
        302,
      );
    });
    after(() => {
      if (work) rmSync(work, { recursive: true, force: true });
    });

    test('the form offers a receipt and links the status page; the status page points at the route', async () => {
      const form = await (await fetch(formUrl)).text();
      const tag = /<hrc-report-form [^>]*>/.exec(form)[0];
      assert.match(tag, new RegExp(`follow-up-url="${statusUrl.replace(/[.?]/g, '\\$&')}"`));
      assert.match(tag, /seal-key="/);
      const page = await (await fetch(statusUrl)).text();
      const status = /<hrc-report-status [^>]*>/.exec(page)?.[0];
      assert.ok(status, 'the shortcode prints the element');
      // wp-json/hrc/v1/follow-up with pretty permalinks, ?rest_route=/hrc/v1/follow-up without.
      assert.match(status, /endpoint="[^"]*(wp-json\/|rest_route=(%2F|\/))hrc(%2F|\/)v1(%2F|\/)follow-up"/);
      assert.match(status, /office-name="Bureau Gelijke Behandeling"/);
      assert.match(status, /seal-key="\{&quot;kty&quot;:&quot;EC&quot;/);
      assert.match(page, /hrc-report-status\.js/, "the element's module is loaded");
      // With two office keys (a rotation), the set: answers sent with either are confirmed.
      const two = [key.publicJwk, sealedOfficeKeys()[0]];
      const settings = { follow_up_url: statusUrl, reply_days: '5' };
      assert.equal((await h.saveSettings({ ...settings, office_keys: JSON.stringify(two) })).status, 302);
      const rotated = /<hrc-report-status [^>]*seal-key="([^"]*)"/.exec(
        await (await fetch(statusUrl)).text(),
      );
      assert.deepEqual(
        JSON.parse(rotated[1].replaceAll('&quot;', '"')).keys.map((k) => k.kid),
        two.map((k) => k.kid),
      );
      assert.equal(
        (await h.saveSettings({ ...settings, office_keys: JSON.stringify(key.publicJwk) })).status,
        302,
      );
    });

    test('send anonymously, answer in the admin, come back with the receipt, add information; none of it kept readable', async () => {
      const browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
      const problems = [];
      const watch = (page) => page.on('pageerror', (e) => problems.push(String(e)));
      let digits;
      let reference;
      try {
        // 1. The resident reports anonymously through the form on the city's page and keeps the receipt.
        const first = await browser.newContext({ locale: 'en-GB' });
        const reportPage = await first.newPage();
        watch(reportPage);
        await reportPage.goto(formUrl);
        const form = reportPage.locator('hrc-report-form');
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
        await next();
        await form.getByLabel('No, I want to stay anonymous').check();
        await form.getByLabel('Only register it').check();
        await next();
        await form.getByLabel(/I agree that/).check();
        // People take more than a few seconds; faster fills are treated as automated and not stored.
        await reportPage.waitForTimeout(3000);
        await next();
        const code = form.locator('.receipt-code');
        await code.waitFor({ timeout: 60_000 });
        const checked = checkReceipt((await code.textContent()).trim());
        assert.ok(checked.ok);
        digits = checked.digits;
        reference = (await form.locator('.reference').textContent()).trim();
        assert.equal(
          await form.getByRole('link', { name: 'Follow up your report' }).getAttribute('href'),
          statusUrl,
        );
        const stored = await first.storageState();
        assert.deepEqual(stored.origins, [], 'nothing in the browser storage of the site');
        await first.close();

        // 2. The office sees that the report awaits an answer, opens it with the key and answers.
        const officeContext = await browser.newContext({ locale: 'en-GB' });
        await officeContext.addCookies([...h.cookies()].map(([name, value]) => ({ name, value, url: BASE })));
        const admin = await officeContext.newPage();
        watch(admin);
        await admin.goto(`${BASE}/wp-admin/admin.php?page=hrc-widgets-sealed`);
        await admin.getByLabel('Key file').setInputFiles(keyFile);
        await admin.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
        await admin.getByRole('button', { name: 'Unlock key' }).click();
        await admin.locator('#status', { hasText: 'is unlocked' }).waitFor({ timeout: 30_000 });
        await admin.locator('#filter').selectOption('awaiting');
        const row = admin.locator(`#report-${reference}`);
        await row.filter({ hasText: 'awaits a reply' }).waitFor({ timeout: 30_000 });
        await row.getByRole('button').click();
        await admin.getByText(markers.report).waitFor({ timeout: 60_000 });
        await admin.getByText('No messages yet.').waitFor();
        await admin
          .getByLabel('Answer to the resident')
          .fill(`Thank you. Which day was it? ${markers.answer}`);
        // By keyboard: Tab from the answer reaches its button, Enter sends it.
        await admin.getByLabel('Answer to the resident').focus();
        await admin.keyboard.press('Tab');
        assert.equal(await admin.evaluate(() => document.activeElement?.textContent), 'Send the answer');
        await admin.keyboard.press('Enter');
        await admin.locator('#status', { hasText: 'The answer was sent.' }).waitFor();
        // What a screen reader is given: the section's heading, the messages as a list, the labelled box.
        const tree = await admin.locator('#conversation').ariaSnapshot();
        for (const part of [
          'heading "Conversation with the resident" [level=3]',
          '- list:',
          '- listitem:',
          'textbox "Answer to the resident"',
          'button "Send the answer"',
        ]) {
          assert.ok(tree.includes(part), `${part} in\n${tree}`);
        }
        assert.match(
          await admin.locator('#messages').textContent(),
          new RegExp(`Answer of the office, .*Thank you\\. Which day was it\\? ${markers.answer}`),
        );
        await admin.locator('#new-status').selectOption('in-progress');
        await admin.getByRole('button', { name: 'Save status' }).click();
        await admin.locator('#status', { hasText: 'Status saved' }).waitFor();

        // 3. The resident comes back in a fresh browser context with the receipt alone.
        const second = await browser.newContext({ locale: 'en-GB' });
        const statusPage = await second.newPage();
        watch(statusPage);
        await statusPage.goto(statusUrl);
        const status = statusPage.locator('hrc-report-status');
        await status.getByLabel('Receipt').fill(digits.replace(/(\d{4})(?=\d)/g, '$1 '));
        await statusPage.keyboard.press('Enter');
        await status.getByText(markers.answer).waitFor({ timeout: 60_000 });
        assert.match(await status.locator('.facts').textContent(), /In progress/);
        assert.equal(
          await status.getByText('Bureau Gelijke Behandeling answers within 5 working days.').count(),
          1,
        );
        await status.getByLabel('Your message').fill(`It was Friday 2 February. ${markers.more}`);
        // With a document: the file field loads when asked for, and the file is sealed with the message.
        await status.getByRole('button', { name: 'Add a photo or document' }).click();
        await status
          .locator('#evidence')
          .setInputFiles({ name: `${markers.fileName}.pdf`, mimeType: 'application/pdf', buffer: pdf });
        await status.locator('.evidence-list li').waitFor({ timeout: 30_000 });
        await status.getByRole('button', { name: 'Send', exact: true }).click();
        await status.getByText('Your information was sent to the office.').waitFor({ timeout: 60_000 });
        assert.match(await status.locator('.message--resident').last().textContent(), /With 1 file\./);
        const again = await second.storageState();
        assert.deepEqual(again.cookies, [], 'no cookie for the resident');
        assert.deepEqual(again.origins, [], 'nothing in browser storage');
        await second.close();

        // 4. The office reads what the resident added: the report awaits a reply again.
        await admin.getByRole('button', { name: 'Back to the reports' }).click();
        await admin.locator('#filter').selectOption('awaiting');
        await admin.locator(`#report-${reference}`).getByRole('button').click();
        await admin.getByText(markers.more).waitFor({ timeout: 60_000 });
        // The office opens the document in its browser: the very bytes the resident chose.
        const fileButton = admin
          .locator('#messages')
          .getByRole('button', { name: new RegExp(`^Open and save .*${markers.fileName}`) });
        const [download] = await Promise.all([admin.waitForEvent('download'), fileButton.click()]);
        assert.ok(readFileSync(await download.path()).equals(pdf), 'the office saved the document sent');
        assert.equal(
          mysql(
            `SELECT COUNT(DISTINCT e.position) FROM wp_hrc_message_evidence e JOIN wp_hrc_follow_up_messages m ON m.id = e.message_id WHERE m.reference = '${reference}'`,
          ),
          '1',
          'one sealed file stored with the message',
        );
        await officeContext.close();
        assert.deepEqual(problems, []);
      } finally {
        await browser.close();
      }

      // 5. Nothing readable where WordPress and MariaDB keep things, while the ciphertext is there.
      const keys = await deriveFollowUp(digits);
      const secrets = [
        ...Object.values(markers),
        digits,
        digits.replace(/(\d{4})(?=\d)/g, '$1 '),
        keys.lookup,
      ];
      const envelopes = mysql(
        `SELECT envelope FROM wp_hrc_follow_up_messages WHERE reference = '${reference}' ORDER BY id`,
      )
        .split('\n')
        .map((line) => JSON.parse(line));
      assert.deepEqual(
        envelopes.map((m) => m.to),
        ['resident', 'office'],
      );
      const dump = execFileSync('mysqldump', ['-uroot', '--skip-extended-insert', DB], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      for (const m of envelopes)
        assert.ok(dump.includes(m.ciphertext.slice(100, 160)), 'the dump holds the ciphertext');
      for (const secret of secrets) assert.ok(!dump.includes(secret), `${secret} in the database`);
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
            ? holders(path, secrets)
            : secrets.some((s) => readFileSync(path).includes(Buffer.from(s)))
              ? [path]
              : [];
          assert.deepEqual(found, [], `secrets in ${path}`);
        }
      }
      assert.deepEqual(holders(h.contentDir(), secrets), []);
      if (existsSync('/tmp/hrc-wp-e2e/debug.log')) {
        const log = readFileSync('/tmp/hrc-wp-e2e/debug.log', 'utf8');
        for (const secret of secrets) assert.ok(!log.includes(secret), `${secret} in debug.log`);
      }
      for (const secret of secrets) assert.ok(!h.serverLog().includes(secret), `${secret} in the server log`);
    });
  });
}
