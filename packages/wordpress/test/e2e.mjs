// End-to-end tests of the plugin in a real WordPress (Debian's package of the version under test, with
// MariaDB), over HTTP and in Chromium. Run by test/run.mjs, which builds the plugin and provisions the site (test/wp-env.mjs).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { ADMIN, BASE, TOKEN, VERSION, installPlugin, mysql, start } from './wp-env.mjs';
import { CHROME_ARGS, findChromium } from '../../../scripts/lib/system.mjs';
import { loadCases, runCase } from '../../framework/conformance/run.mjs';
import { reportCsvHeader, reportCsvRow } from '../../framework/dist/report-csv.js';
import { fillPrerender } from '../../widgets/dist/prerender.js';
import {
  counterKeys,
  publishPeriod,
  statisticsCsv,
  statisticsFields,
} from '../../framework/dist/statistics/index.js';
import Ajv2020 from 'ajv/dist/2020.js';
import { evidenceTests } from './e2e-evidence.mjs';
import { sealedTests } from './e2e-sealed.mjs';
import { followUpTests } from './e2e-follow-up.mjs';
import { areasTests } from './e2e-areas.mjs';

const zipFile = process.env.HRC_WP_ZIP;
let env;
const jar = new Map();

/** fetch with the admin's cookies (kept like a browser would). */
async function admin(path, init = {}) {
  const headers = new Headers(init.headers);
  headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
  const res = await fetch(BASE + path, { ...init, headers, redirect: 'manual' });
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const i = pair.indexOf('=');
    jar.set(pair.slice(0, i), pair.slice(i + 1));
  }
  return res;
}
const form = (data) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(data),
});
const decode = (s) => s.replace(/&amp;/g, '&').replace(/&#0?38;/g, '&');
function field(html, name) {
  const m = new RegExp(`name="${name.replace(/[[\]]/g, '\\$&')}" value="([^"]*)"`).exec(html);
  assert.ok(m, `form field ${name}`);
  return decode(m[1]);
}

const report = (over = {}) => ({
  schemaVersion: 1,
  locale: 'nl',
  description: 'Bij de woningcorporatie werd ik anders behandeld dan mijn buren.',
  when: { precision: 'day', date: '2026-01-15' },
  place: 'Oost',
  domain: 'housing',
  grounds: ['race'],
  groundUnknown: false,
  role: 'victim',
  contact: { kind: 'anonymous' },
  wish: 'register',
  consent: true,
  sentAt: new Date().toISOString(),
  antiAbuse: { honeypot: '', fillMs: 64000 },
  ...over,
});
const send = (body, { key = randomUUID(), type = 'application/json' } = {}) =>
  fetch(`${BASE}/?rest_route=/hrc/v1/reports`, {
    method: 'POST',
    headers: { 'content-type': type, ...(key ? { 'idempotency-key': key } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const rows = () => Number(mysql('SELECT COUNT(*) FROM wp_hrc_reports'));
const SETTINGS = {
  city: 'Voorbeeld',
  default_locale: 'nl',
  office_name: 'Bureau Gelijke Behandeling',
  office_url: 'https://gelijk.example.org/',
  office_phone: '030 123 45 67',
  privacy_url: 'https://voorbeeld.example.org/privacy',
  declaration_year: '2019',
  declaration_url: 'https://voorbeeld.example.org/verklaring',
  equality: '1',
  retention_days: '30',
  notify_email: 'meldpunt@example.org',
};
/** Submits the settings form as the admin would, with some fields changed. */
async function saveSettings(over = {}) {
  const page = await (await admin('/wp-admin/admin.php?page=hrc-widgets-settings')).text();
  const fields = { ...SETTINGS, ...over };
  const body = {
    option_page: 'hrc-widgets-settings',
    action: 'update',
    _wpnonce: field(page, '_wpnonce'),
    _wp_http_referer: '/wp-admin/admin.php?page=hrc-widgets-settings',
  };
  for (const [k, v] of Object.entries(fields)) if (v !== null) body[`hrc_widgets_settings[${k}]`] = v;
  return admin('/wp-admin/options.php', form(body));
}
const setting = () => mysql("SELECT option_value FROM wp_options WHERE option_name='hrc_widgets_settings'");
/** Publishes a page with the given block markup; returns its address. */
async function publish(title, content) {
  const nonce = await (await admin('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
  const res = await admin('/?rest_route=/wp/v2/pages', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wp-nonce': nonce },
    body: JSON.stringify({ title, status: 'publish', content }),
  });
  assert.equal(res.status, 201);
  return (await res.json()).link;
}
/** The block editor's server-rendered preview of a block. */
async function preview(block, query = '') {
  const nonce = await (await admin('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
  const res = await admin(`/?rest_route=/wp/v2/block-renderer/${block}&context=edit${query}`, {
    headers: { 'x-wp-nonce': nonce },
  });
  assert.equal(res.status, 200);
  return (await res.json()).rendered;
}
/** The rate limit's counters in this window, sorted. */
const counters = () =>
  mysql("SELECT option_value FROM wp_options WHERE option_name LIKE '\\_transient\\_hrc\\_rl\\_%'")
    .split('\n')
    .filter(Boolean)
    .map(Number)
    .sort((a, b) => a - b);
const resetCounters = () =>
  mysql("DELETE FROM wp_options WHERE option_name LIKE '%\\_transient%\\_hrc\\_rl\\_%'");
const adminLocale = (locale) => {
  mysql("DELETE FROM wp_usermeta WHERE user_id = 1 AND meta_key = 'locale'");
  if (locale)
    mysql(`INSERT INTO wp_usermeta (user_id, meta_key, meta_value) VALUES (1, 'locale', '${locale}')`);
};
const harness = async (task, email = '') =>
  (
    await fetch(`${BASE}/?rest_route=/hrc-e2e/v1/run&task=${task}&email=${encodeURIComponent(email)}`, {
      method: 'POST',
      headers: { 'x-hrc-e2e': TOKEN },
    })
  ).json();

before(async () => {
  env = await start(zipFile);
  await admin('/wp-login.php'); // sets the test cookie
  jar.set('wordpress_test_cookie', 'WP%20Cookie%20check');
  const login = await admin('/wp-login.php', form({ log: ADMIN.user, pwd: ADMIN.password, testcookie: '1' }));
  assert.equal(login.status, 302, 'admin logs in');
});

after(() => env?.stop());

describe('installing', () => {
  test('the plugin activates from the plugins screen and creates its tables', async () => {
    const page = await (await admin('/wp-admin/plugins.php')).text();
    const link =
      /href="(plugins\.php\?action=activate&(?:amp;)?plugin=hrc-widgets%2Fhrc-widgets\.php[^"]*)"/.exec(page);
    assert.ok(link, 'activate link for the plugin');
    const res = await admin(`/wp-admin/${decode(link[1])}`);
    assert.equal(res.status, 302);
    assert.match(
      mysql("SELECT option_value FROM wp_options WHERE option_name='active_plugins'"),
      /hrc-widgets\/hrc-widgets\.php/,
    );
    assert.equal(
      mysql("SHOW TABLES LIKE 'wp_hrc_%'").split('\n').sort().join(','),
      'wp_hrc_evidence,wp_hrc_follow_up_messages,wp_hrc_follow_ups,wp_hrc_idempotency,wp_hrc_message_evidence,wp_hrc_reports,wp_hrc_stat_counters,wp_hrc_stat_periods',
    );
    assert.equal(
      mysql("SELECT option_value FROM wp_options WHERE option_name='hrc_widgets_db_version'"),
      '2',
    );
    assert.equal(
      mysql("SELECT option_value FROM wp_options WHERE option_name='hrc_widgets_statistics_db_version'"),
      '1',
    );
    assert.equal(
      mysql("SELECT option_value FROM wp_options WHERE option_name='hrc_widgets_follow_up_db_version'"),
      '3',
    );
    assert.ok((await harness('scheduled')).next > 0, 'the daily clean-up is scheduled');
    assert.equal(mysql('SELECT COUNT(*) FROM wp_hrc_reports WHERE 0'), '0');
  });

  test('the settings page offers the kit’s languages from its one list (the manifest)', async () => {
    const page = await (await admin('/wp-admin/admin.php?page=hrc-widgets-settings')).text();
    // The languages are the kit's one list (its manifest), each in its own name and direction.
    const manifest = JSON.parse(
      readFileSync(new URL('../../widgets/bundle/manifest.json', import.meta.url), 'utf8'),
    );
    const offered = [...page.matchAll(/<option value="([^"]+)" lang="[^"]+" dir="(ltr|rtl)"/g)].map(
      (m) => m[1],
    );
    assert.deepEqual(
      offered,
      manifest.locales.map((l) => l.locale),
    );
    assert.match(page, /<option value="ar" lang="ar" dir="rtl"[^>]*>العربية<\/option>/);
  });

  test('an update from the first table version keeps reports and counts their retention from arrival', async () => {
    mysql(
      "ALTER TABLE wp_hrc_reports DROP INDEX status, DROP COLUMN status_changed_at; UPDATE wp_options SET option_value='1' WHERE option_name='hrc_widgets_db_version'; " +
        "INSERT INTO wp_hrc_reports (reference, received_at, status, payload) VALUES ('HRC-OLD2-OLD2', '2024-05-06 07:08:09', 'closed', '{}')",
    );
    await fetch(`${BASE}/`);
    assert.equal(
      mysql("SELECT option_value FROM wp_options WHERE option_name='hrc_widgets_db_version'"),
      '2',
    );
    assert.equal(
      mysql("SELECT status_changed_at FROM wp_hrc_reports WHERE reference='HRC-OLD2-OLD2'"),
      '2024-05-06 07:08:09',
    );
    mysql("DELETE FROM wp_hrc_reports WHERE reference='HRC-OLD2-OLD2'");
  });

  test("an update from the follow-up tables' second version adds the table of the messages' evidence files", async () => {
    mysql(
      "DROP TABLE wp_hrc_message_evidence; UPDATE wp_options SET option_value='2' WHERE option_name='hrc_widgets_follow_up_db_version'",
    );
    await fetch(`${BASE}/`);
    assert.equal(
      mysql("SELECT option_value FROM wp_options WHERE option_name='hrc_widgets_follow_up_db_version'"),
      '3',
    );
    assert.equal(mysql("SHOW TABLES LIKE 'wp_hrc_message_evidence'"), 'wp_hrc_message_evidence');
  });

  test("an update from the follow-up tables' first version adds the messages' Idempotency-Key (unique) and the office's copy", async () => {
    mysql(
      'ALTER TABLE wp_hrc_follow_up_messages DROP INDEX idempotency_key, DROP COLUMN idempotency_key, DROP COLUMN office_copy; ' +
        "UPDATE wp_options SET option_value='1' WHERE option_name='hrc_widgets_follow_up_db_version'",
    );
    assert.equal(mysql("SHOW COLUMNS FROM wp_hrc_follow_up_messages LIKE 'office_copy'"), '');
    await fetch(`${BASE}/`);
    assert.equal(
      mysql("SELECT option_value FROM wp_options WHERE option_name='hrc_widgets_follow_up_db_version'"),
      '3',
    );
    assert.match(
      mysql("SHOW COLUMNS FROM wp_hrc_follow_up_messages LIKE 'office_copy'"),
      /^office_copy\tlongtext\tYES/,
    );
    assert.equal(
      mysql(
        "SELECT non_unique, column_name FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = 'wp_hrc_follow_up_messages' AND index_name = 'idempotency_key'",
      ),
      '0\tidempotency_key',
    );
  });

  test('the settings page saves the city settings (Settings API) and says so', async () => {
    const res = await saveSettings();
    assert.equal(res.status, 302);
    const saved = setting();
    assert.match(saved, /Bureau Gelijke Behandeling/);
    assert.match(saved, /"retention_days";i:30/);
    const after = await (
      await admin('/wp-admin/admin.php?page=hrc-widgets-settings&settings-updated=true')
    ).text();
    assert.match(
      after,
      /<div id=["']setting-error-settings_updated["'] class=["']notice notice-success[^"']*["']>\s*<p><strong>Settings saved\.<\/strong>/,
    );
  });

  test('the settings page says how many reports there are, how to export them and what uninstalling does', async () => {
    assert.match(setting(), /"uninstall_delete";b:0/, 'deleting the plugin keeps the data by default');
    const page = await (await admin('/wp-admin/admin.php?page=hrc-widgets-settings')).text();
    assert.match(page, /Reports kept on this site: 0\./);
    assert.match(
      page,
      /href="[^"]*admin-post\.php\?action=hrc_widgets_export&(?:amp;|#038;)_wpnonce=[0-9a-f]+"[^>]*>Export all reports as CSV</,
    );
    assert.match(
      page,
      /<input type="checkbox" id="hrc-uninstall_delete" name="hrc_widgets_settings\[uninstall_delete\]" value="1"\s*\/>/,
    );
    assert.match(page, /deleting the plugin keeps its data/);
    assert.match(page, /Closed reports are deleted 30 days after they were closed\./);
    const plugins = await (await admin('/wp-admin/plugins.php')).text();
    assert.match(
      plugins,
      /Reports kept on this site: 0\. Deleting the plugin keeps them\. <a href="[^"]*action=hrc_widgets_export/,
    );
  });

  test('trusted proxies must be addresses or ranges', async () => {
    await saveSettings({ trusted_proxies: '10.0.0.0/8\nproxy.example' });
    const page = await (
      await admin('/wp-admin/admin.php?page=hrc-widgets-settings&settings-updated=true')
    ).text();
    assert.match(page, /not IP addresses or ranges: proxy\.example/);
    assert.doesNotMatch(page, /Settings saved\./);
    assert.match(setting(), /"trusted_proxies";s:0:"";/);
  });

  test('a bad setting is refused with a message and the previous value kept', async () => {
    const page = await (await admin('/wp-admin/admin.php?page=hrc-widgets-settings')).text();
    await admin(
      '/wp-admin/options.php',
      form({
        option_page: 'hrc-widgets-settings',
        action: 'update',
        _wpnonce: field(page, '_wpnonce'),
        'hrc_widgets_settings[city]': 'Voorbeeld',
        'hrc_widgets_settings[default_locale]': 'nl',
        'hrc_widgets_settings[retention_days]': '0',
        'hrc_widgets_settings[office_name]': 'Bureau Gelijke Behandeling',
        'hrc_widgets_settings[office_url]': 'https://gelijk.example.org/',
        'hrc_widgets_settings[office_phone]': '030 123 45 67',
        'hrc_widgets_settings[privacy_url]': 'https://voorbeeld.example.org/privacy',
        'hrc_widgets_settings[declaration_year]': '2019',
        'hrc_widgets_settings[declaration_url]': 'https://voorbeeld.example.org/verklaring',
        'hrc_widgets_settings[equality]': '1',
        'hrc_widgets_settings[notify_email]': 'meldpunt@example.org',
      }),
    );
    const after = await (
      await admin('/wp-admin/admin.php?page=hrc-widgets-settings&settings-updated=true')
    ).text();
    assert.match(after, /between 1 and 3650 days/);
    assert.match(
      mysql("SELECT option_value FROM wp_options WHERE option_name='hrc_widgets_settings'"),
      /"retention_days";i:30/,
    );
  });
});

describe('the checklist', () => {
  const assessment = (over = {}) => ({
    kind: 'hrc-assessment',
    schemaVersion: JSON.parse(
      readFileSync(new URL('../../framework/dist/schema/assessment.schema.json', import.meta.url), 'utf8'),
    ).properties.schemaVersion.const,
    city: 'Voorbeeld',
    period: '2026',
    elements: { declaration: { status: 'in-place' }, 'human-rights-office': { status: 'in-progress' } },
    ...over,
  });
  const save = async (json, published = true) => {
    const page = await (await admin('/wp-admin/admin.php?page=hrc-widgets-checklist')).text();
    assert.match(page, /<hrc-framework-checklist lang="nl" id="hrc-admin-checklist">/);
    return admin(
      '/wp-admin/admin-post.php',
      form({
        action: 'hrc_widgets_assessment',
        _wpnonce: field(page, '_wpnonce'),
        assessment: json,
        ...(published ? { published: '1' } : {}),
      }),
    );
  };

  let checklistPage;
  test('nothing is published at first: the page shows no checklist, the editor says why', async () => {
    const res = await fetch(`${BASE}/?rest_route=/hrc/v1/assessment`);
    assert.equal(res.status, 404);
    checklistPage = await publish(
      'Checklist',
      '<!-- wp:hrc/framework-checklist /-->\n<!-- wp:shortcode -->[hrc_framework_checklist]<!-- /wp:shortcode -->',
    );
    const html = await (await fetch(checklistPage)).text();
    assert.ok(html.includes('<main'), 'the page rendered');
    assert.doesNotMatch(
      html,
      /hrc-framework-checklist|Not started|Nog niet begonnen|wp-block-hrc-framework-checklist/,
    );
    const rendered = await preview('hrc/framework-checklist');
    assert.match(rendered, /No assessment is published yet\./);
    assert.match(rendered, /shows nothing on the site until the city publishes its assessment/);
    assert.doesNotMatch(rendered, /<hrc-framework-checklist/);
  });

  test('an invalid assessment is refused, listing the problems, and keeps what was typed', async () => {
    const bad = JSON.stringify(assessment({ elements: { 'moon-base': { status: 'done' } } }));
    await save(bad);
    const page = await (await admin('/wp-admin/admin.php?page=hrc-widgets-checklist')).text();
    assert.match(page, /elements\.moon-base/);
    assert.ok(page.includes('moon-base&quot;') || page.includes('moon-base"'), 'the typed JSON is kept');
    assert.equal((await fetch(`${BASE}/?rest_route=/hrc/v1/assessment`)).status, 404);
    await save('{ not json');
    assert.match(
      await (await admin('/wp-admin/admin.php?page=hrc-widgets-checklist')).text(),
      /not JSON|geen JSON/,
    );
  });

  test('a saved but unpublished assessment is still not shown', async () => {
    await save(JSON.stringify(assessment()), false);
    assert.equal((await fetch(`${BASE}/?rest_route=/hrc/v1/assessment`)).status, 404);
    assert.doesNotMatch(await (await fetch(checklistPage)).text(), /hrc-framework-checklist/);
  });

  test('a saved and published assessment is served by hrc/v1/assessment and shown', async () => {
    await save(JSON.stringify(assessment()));
    const res = await fetch(`${BASE}/?rest_route=/hrc/v1/assessment`);
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.kind, 'hrc-assessment');
    assert.equal(body.elements.declaration.status, 'in-place');
    const html = await (await fetch(checklistPage)).text();
    assert.equal(html.split('<hrc-framework-checklist ').length - 1, 2);
    assert.doesNotMatch(await preview('hrc/framework-checklist'), /No assessment is published/);
  });
});

describe('reports', () => {
  let first;
  const key = randomUUID();
  const payload = report({ description: '=HYPERLINK("http://evil.example","klik")' });
  test('a valid report is stored and answered with 201 and a reference', async () => {
    const res = await send(payload, { key });
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    first = await res.json();
    assert.match(first.reference, /^HRC-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    assert.ok(!Number.isNaN(Date.parse(first.receivedAt)));
    assert.equal(rows(), 1);
    const stored = JSON.parse(
      mysql(`SELECT payload FROM wp_hrc_reports WHERE reference='${first.reference}'`),
    );
    assert.equal(stored.domain, 'housing');
    assert.equal(stored.antiAbuse, undefined, 'anti-abuse signals are not stored');
    const columns = mysql('SHOW COLUMNS FROM wp_hrc_reports').toLowerCase();
    assert.ok(!/\bip\b|user_agent|remote_addr/.test(columns), 'no IP or user agent column');
  });

  test('a replayed key returns the first answer and stores one row', async () => {
    const res = await send({ ...payload, antiAbuse: { honeypot: '', fillMs: 70000 } }, { key });
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await res.json(), first);
    assert.equal(rows(), 1);
  });

  test('the same key with another payload gets 422', async () => {
    const res = await send(report({ description: 'Iets anders.' }), { key });
    assert.equal(res.status, 422);
    assert.equal((await res.json()).error, 'idempotency-key-reused');
    assert.equal(rows(), 1);
  });

  test('bad requests get a 4xx with a reason and store nothing', async () => {
    const cases = [
      [report({ contact: { kind: 'contact', email: 'geen-adres' } }), 400, 'invalid', 'contact.email'],
      [report({ description: '  ' }), 400, 'invalid', 'description'],
      [report({ when: { precision: 'day', date: '2099-01-01' } }), 400, 'invalid', 'when.date', 'future'],
      [report({ wish: 'advice' }), 400, 'invalid', 'wish', 'wish-needs-contact'],
      [{ ...report(), extra: 1, grounds: ['height'] }, 400, 'invalid', 'grounds.0'],
      [report({ antiAbuse: { honeypot: 'http://spam.example', fillMs: 64000 } }), 400, 'rejected'],
      [report({ antiAbuse: { honeypot: '', fillMs: 800 } }), 400, 'rejected'],
    ];
    for (const [body, status, error, path, code] of cases) {
      const res = await send(body);
      assert.equal(res.status, status, JSON.stringify(body).slice(0, 80));
      assert.equal(res.headers.get('cache-control'), 'no-store');
      const json = await res.json();
      assert.equal(json.error, error);
      assert.ok(json.message);
      if (path)
        assert.ok(
          json.fields.some((f) => f.path === path && (!code || f.code === code)),
          JSON.stringify(json.fields),
        );
    }
    const plain = [
      [await send(report(), { key: null }), 400, 'idempotency-key-missing'],
      [await send(report(), { key: 'not-a-uuid' }), 400, 'idempotency-key-invalid'],
      [await send('{"schemaVersion": 1,', {}), 400, 'malformed-json'],
      [await send(report(), { type: 'text/plain' }), 415, 'unsupported-media-type'],
      [await send(report({ description: 'x'.repeat(70000) })), 413, 'too-large'],
      [await send('[1, 2]'), 400, 'invalid'],
    ];
    for (const [res, status, error] of plain) {
      assert.equal(res.status, status, error);
      assert.equal((await res.json()).error, error);
    }
    assert.equal(rows(), 1);
  });

  test('the office is notified with the reference only, no personal data', async () => {
    const mails = (await harness('mails')).filter((m) => m.to === 'meldpunt@example.org');
    assert.equal(mails.length, 1);
    assert.equal(mails[0].to, 'meldpunt@example.org');
    assert.ok(mails[0].subject.includes(first.reference));
    assert.ok(mails[0].message.includes(first.reference));
    assert.ok(!mails[0].message.includes('HYPERLINK') && !mails[0].message.includes('housing'));
  });

  test('the report appears in the admin list, the single view and the CSV', async () => {
    const list = await (await admin('/wp-admin/admin.php?page=hrc-widgets-reports')).text();
    assert.ok(list.includes(first.reference), 'in the list');
    assert.match(list, /Nieuw|New/);
    const id = mysql(`SELECT id FROM wp_hrc_reports WHERE reference='${first.reference}'`);
    const single = await (await admin(`/wp-admin/admin.php?page=hrc-widgets-reports&report=${id}`)).text();
    assert.ok(
      single.includes('=HYPERLINK(&quot;http://evil.example&quot;,&quot;klik&quot;)'),
      'escaped in HTML',
    );
    const exportLink = /href="([^"]*admin-post\.php\?action=hrc_widgets_export[^"]*)"/.exec(list);
    assert.ok(exportLink);
    const csv = await (await admin(decode(exportLink[1]).replace(BASE, ''))).text();
    assert.ok(csv.includes(first.reference));
    assert.ok(csv.includes(`"'=HYPERLINK(""http://evil.example"",""klik"")"`), 'formula neutralised');
    const noNonce = await admin('/wp-admin/admin-post.php?action=hrc_widgets_export');
    assert.notEqual(noNonce.status, 200, 'the export needs a nonce');
    const anonymous = await fetch(`${BASE}/wp-admin/admin-post.php?action=hrc_widgets_export`, {
      redirect: 'manual',
    });
    assert.ok(!(await anonymous.text()).includes(first.reference), 'and a logged-in user');
  });

  test('the CSV has the columns and spelling of @hrc/framework, every cell quoted', async () => {
    const res = await send(report({ place: 'x;=2+5', grounds: ['race', 'age'], groundUnknown: true }));
    assert.equal(res.status, 201);
    const { reference } = await res.json();
    const list = await (await admin('/wp-admin/admin.php?page=hrc-widgets-reports')).text();
    const exportLink = /href="([^"]*admin-post\.php\?action=hrc_widgets_export[^"]*)"/.exec(list);
    const bytes = new Uint8Array(await (await admin(decode(exportLink[1]).replace(BASE, ''))).arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'a byte-order mark');
    const csv = new TextDecoder().decode(bytes.slice(3));
    assert.ok(csv.startsWith(reportCsvHeader()), 'the same heading as @hrc/receiver');
    for (const ref of [first.reference, reference]) {
      const [payload, receivedAt, status] = mysql(
        `SELECT payload, DATE_FORMAT(received_at, '%Y-%m-%dT%H:%i:%sZ'), status FROM wp_hrc_reports WHERE reference='${ref}'`,
      ).split('\t');
      const line = reportCsvRow({ reference: ref, receivedAt, status, payload: JSON.parse(payload) });
      assert.ok(csv.includes(line), `the line of ${ref} as @hrc/receiver writes it:\n${line}`);
    }
    assert.ok(csv.includes('"x;=2+5"'), 'a cell a spreadsheet splitting on ; keeps whole');
  });

  test('the status can be changed', async () => {
    const id = mysql(`SELECT id FROM wp_hrc_reports WHERE reference='${first.reference}'`);
    const single = await (await admin(`/wp-admin/admin.php?page=hrc-widgets-reports&report=${id}`)).text();
    await admin(
      '/wp-admin/admin-post.php',
      form({
        action: 'hrc_widgets_report',
        report: id,
        status: 'in-progress',
        save: '1',
        _wpnonce: field(single, '_wpnonce'),
      }),
    );
    assert.equal(mysql(`SELECT status FROM wp_hrc_reports WHERE id=${id}`), 'in-progress');
  });

  test('the office reads words, not codes, in its own language', async () => {
    const res = await send(
      report({
        domain: 'work',
        grounds: ['religion-or-belief', 'age'],
        groundUnknown: true,
        role: 'witness',
        wish: 'complaint-help',
        contact: { kind: 'contact', email: 'getuige@example.org', phone: '' },
        equality: { gender: 'non-binary', ageGroup: '30-44', migrationBackground: 'prefer-not-to-say' },
      }),
    );
    assert.equal(res.status, 201);
    const { reference } = await res.json();
    const id = mysql(`SELECT id FROM wp_hrc_reports WHERE reference='${reference}'`);
    const cells = (html) =>
      Object.fromEntries(
        [...html.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>([^<]*)<\/td><\/tr>/g)].map((m) => [
          m[1],
          m[2],
        ]),
      );
    try {
      const en = cells(
        await (await admin(`/wp-admin/admin.php?page=hrc-widgets-reports&report=${id}`)).text(),
      );
      assert.equal(en['Area of life'], 'Work');
      assert.equal(en.Grounds, 'Religion or belief, Age, I don’t know');
      assert.equal(en['Reported by'], 'I saw it happen to someone else');
      assert.equal(en.Wish, 'Help with a complaint or other steps');
      assert.equal(en.Contact, 'Yes, contact me');
      assert.equal(en.Gender, 'Non-binary');
      assert.equal(en.Age, '30-44');
      assert.equal(en['Do you or your parents have a migration background?'], 'Prefer not to say');
      assert.equal(en.Status, 'New');
      assert.equal(en['Language of the form'], 'Nederlands');
      assert.equal(en.When, 'January 15, 2026');
      const codes = [
        'work',
        'religion-or-belief',
        'witness',
        'complaint-help',
        'non-binary',
        'prefer-not-to-say',
        'nl',
      ];
      for (const [label, value] of Object.entries(en)) {
        assert.ok(!/^[a-z][A-Za-z]+$/.test(label), `label ${label} is a word`);
        for (const code of codes) assert.ok(!value.split(', ').includes(code), `${label}: ${value}`);
      }
      const list = await (await admin('/wp-admin/admin.php?page=hrc-widgets-reports')).text();
      assert.match(
        list,
        /<th scope="col" id='domain' class='manage-column column-domain'\s*>Area of life<\/th>/,
      );
      assert.match(
        list,
        new RegExp(
          `${reference}.*?data-colname="Area of life"\\s*>Work</td>\\s*<td [^>]*data-colname="Wish"\\s*>Help with a complaint or other steps</td>`,
          's',
        ),
      );

      adminLocale('nl_NL');
      const nl = cells(
        await (await admin(`/wp-admin/admin.php?page=hrc-widgets-reports&report=${id}`)).text(),
      );
      assert.equal(nl.Terrein, 'Werk');
      assert.equal(nl.Gronden, 'Godsdienst of overtuiging, Leeftijd, Ik weet het niet');
      assert.equal(nl['Gemeld door'], 'Ik zag het iemand anders overkomen');
      assert.equal(nl.Wens, 'Hulp bij een klacht of andere stappen');
      assert.equal(nl['Hebben u of uw ouders een migratieachtergrond?'], 'Zeg ik liever niet');
      assert.equal(nl.Status, 'Nieuw');
      assert.equal(nl['Taal van het formulier'], 'Nederlands');
      const nlList = await (await admin('/wp-admin/admin.php?page=hrc-widgets-reports')).text();
      assert.match(nlList, /data-colname="Terrein"\s*>Wonen<\/td>/);
    } finally {
      adminLocale(null);
    }
  });

  test('deleting a report needs a confirmation step with its own nonce', async () => {
    const res = await send(report({ description: 'Deze melding wordt verwijderd.' }));
    const { reference } = await res.json();
    const id = mysql(`SELECT id FROM wp_hrc_reports WHERE reference='${reference}'`);
    const single = await (await admin(`/wp-admin/admin.php?page=hrc-widgets-reports&report=${id}`)).text();
    assert.doesNotMatch(single, /name="delete"/, 'no delete button in the status form');
    // The status form's nonce cannot delete, even with the old button's name.
    await admin(
      '/wp-admin/admin-post.php',
      form({
        action: 'hrc_widgets_report',
        report: id,
        status: 'new',
        delete: '1',
        _wpnonce: field(single, '_wpnonce'),
      }),
    );
    assert.equal(mysql(`SELECT COUNT(*) FROM wp_hrc_reports WHERE id=${id}`), '1');
    const link = /href="([^"]*hrc-confirm=delete[^"]*)"/.exec(single);
    assert.ok(link, 'a link to the confirmation step');
    const confirm = await (await admin(decode(link[1]).replace(BASE, ''))).text();
    assert.match(confirm, new RegExp(`<h1>Delete report ${reference}\\?</h1>`));
    assert.match(confirm, /cannot be restored/);
    assert.match(confirm, /<input type="hidden" name="action" value="hrc_widgets_delete" \/>/);
    assert.match(confirm, /No, keep it/);
    // A forged request (no nonce, or another report's nonce) deletes nothing.
    const forged = await admin(
      '/wp-admin/admin-post.php',
      form({ action: 'hrc_widgets_delete', report: id }),
    );
    assert.notEqual(forged.status, 302);
    assert.equal(mysql(`SELECT COUNT(*) FROM wp_hrc_reports WHERE id=${id}`), '1');
    const done = await admin(
      '/wp-admin/admin-post.php',
      form({ action: 'hrc_widgets_delete', report: id, confirm: '1', _wpnonce: field(confirm, '_wpnonce') }),
    );
    assert.equal(done.status, 302);
    assert.match(done.headers.get('location'), /hrc-done=deleted/);
    assert.equal(mysql(`SELECT COUNT(*) FROM wp_hrc_reports WHERE id=${id}`), '0');
    assert.match(
      await (await admin('/wp-admin/admin.php?page=hrc-widgets-reports&hrc-done=deleted')).text(),
      /Report deleted\./,
    );
  });

  test('personal-data export and erasure find reports by e-mail address', async () => {
    const res = await send(
      report({ contact: { kind: 'contact', email: 'Persoon@Example.org', phone: '' }, wish: 'advice' }),
    );
    assert.equal(res.status, 201);
    const { reference } = await res.json();
    const exported = await harness('export', 'persoon@example.org');
    assert.equal(exported.data.length, 1);
    assert.equal(exported.data[0].item_id, `hrc-report-${reference}`);
    const erased = await harness('erase', 'persoon@example.org');
    assert.equal(erased.items_removed, true);
    assert.equal(mysql(`SELECT COUNT(*) FROM wp_hrc_reports WHERE reference='${reference}'`), '0');
  });

  test('closing a report starts its retention period', async () => {
    const id = mysql(`SELECT id FROM wp_hrc_reports WHERE reference='${first.reference}'`);
    mysql(`UPDATE wp_hrc_reports SET status_changed_at = '2020-01-01 00:00:00' WHERE id=${id}`);
    const single = await (await admin(`/wp-admin/admin.php?page=hrc-widgets-reports&report=${id}`)).text();
    assert.match(single, /Kept while the case is open/);
    await admin(
      '/wp-admin/admin-post.php',
      form({
        action: 'hrc_widgets_report',
        report: id,
        status: 'closed',
        save: '1',
        _wpnonce: field(single, '_wpnonce'),
      }),
    );
    assert.equal(mysql(`SELECT status FROM wp_hrc_reports WHERE id=${id}`), 'closed');
    assert.ok(
      Number(
        mysql(
          `SELECT TIMESTAMPDIFF(SECOND, status_changed_at, UTC_TIMESTAMP()) FROM wp_hrc_reports WHERE id=${id}`,
        ),
      ) < 60,
    );
    const due = new Date(Date.now() + 30 * 86400000).toLocaleDateString('en-US', {
      month: 'long',
      day: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    });
    assert.ok(
      (await (await admin(`/wp-admin/admin.php?page=hrc-widgets-reports&report=${id}`)).text()).includes(
        `Deleted automatically from ${due}.`,
      ),
    );
  });

  test('retention per status: open cases stay however old, closed ones go after the period, and the admin sees what goes next', async () => {
    const made = {};
    for (const [name, status, changedDaysAgo] of [
      ['oldNew', 'new', 400],
      ['oldOpen', 'in-progress', 400],
      ['expired', 'closed', 31],
      ['soon', 'closed', 29],
    ]) {
      const { reference } = await (await send(report({ description: `Retentie ${name}` }))).json();
      mysql(
        `UPDATE wp_hrc_reports SET status='${status}', received_at = UTC_TIMESTAMP() - INTERVAL 400 DAY, status_changed_at = UTC_TIMESTAMP() - INTERVAL ${changedDaysAgo} DAY WHERE reference='${reference}'`,
      );
      made[name] = reference;
    }
    const day = (offset) =>
      new Date(Date.now() + offset * 86400000).toLocaleDateString('en-US', {
        month: 'long',
        day: 'numeric',
        year: 'numeric',
        timeZone: 'UTC',
      });
    const list = await (await admin('/wp-admin/admin.php?page=hrc-widgets-reports')).text();
    assert.match(
      list,
      /Closed reports are deleted 30 days after they were closed\. New and in-progress reports are never deleted because of their age/,
    );
    assert.ok(
      list.includes(`<tr><td>${day(-1)}</td><td>1</td></tr>`),
      'the expired one is due since yesterday',
    );
    assert.ok(list.includes(`<tr><td>${day(1)}</td><td>1</td></tr>`), 'the next one is due tomorrow');
    assert.match(list, /Open reports that arrived more than 30 days ago: 2\./);
    assert.match(
      await (await admin('/wp-admin/admin.php?page=hrc-widgets-settings')).text(),
      /Next deletions/,
    );
    const before = rows();
    await harness('cron');
    assert.equal(rows(), before - 1);
    const left = (ref) => mysql(`SELECT COUNT(*) FROM wp_hrc_reports WHERE reference='${ref}'`);
    assert.equal(left(made.expired), '0');
    assert.equal(left(made.oldNew), '1', 'a new report is never deleted by age');
    assert.equal(left(made.oldOpen), '1', 'a case in progress is never deleted by age');
    assert.equal(left(made.soon), '1');
    assert.equal(left(first.reference), '1');
  });

  test("a request refused by WordPress's own argument check counts once against the rate limit", async () => {
    resetCounters();
    const res = await send({ ...report(), grounds: ['height'] });
    assert.equal(res.status, 400);
    assert.ok((await res.json()).fields.some((f) => f.path === 'grounds.0'));
    assert.deepEqual(counters(), [1]);
    assert.equal((await send(report({ antiAbuse: { honeypot: 'x', fillMs: 64000 } }))).status, 400);
    assert.deepEqual(counters(), [2]);
  });

  test('behind a trusted proxy each resident has a budget of their own; otherwise X-Forwarded-For is ignored', async () => {
    const viaProxy = (ip) =>
      fetch(`${BASE}/?rest_route=/hrc/v1/reports`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
          'x-forwarded-for': `6.6.6.6, ${ip}`,
        },
        body: JSON.stringify(report({ antiAbuse: { honeypot: 'x', fillMs: 64000 } })),
      });
    resetCounters();
    for (const ip of ['203.0.113.5', '203.0.113.5', '203.0.113.6']) await viaProxy(ip);
    assert.deepEqual(counters(), [3], 'untrusted: one budget for the connection');
    try {
      await saveSettings({ trusted_proxies: '127.0.0.1' });
      assert.match(setting(), /"trusted_proxies";s:9:"127\.0\.0\.1"/);
      resetCounters();
      for (const ip of ['203.0.113.5', '203.0.113.5', '203.0.113.6']) await viaProxy(ip);
      assert.deepEqual(counters(), [1, 2], 'trusted: one budget per address the proxy saw');
    } finally {
      await saveSettings();
    }
    assert.match(setting(), /"trusted_proxies";s:0:""/);
    assert.equal(
      mysql(
        "SELECT COUNT(*) FROM wp_options WHERE option_value LIKE '%203.0.113.%' OR option_name LIKE '%203.0.113.%'",
      ),
      '0',
      'the forwarded addresses are stored nowhere',
    );
  });

  test('the server enforces the anti-abuse signals it can: present, an empty honeypot, a plausible fill time', async () => {
    const before = rows();
    const { antiAbuse, ...withoutSignals } = report();
    assert.ok(antiAbuse);
    for (const body of [
      withoutSignals,
      report({ antiAbuse: { honeypot: '' } }),
      report({ antiAbuse: { honeypot: '', fillMs: -5 } }),
      report({ antiAbuse: { honeypot: ' x ', fillMs: 64000 } }),
      report({ antiAbuse: { honeypot: '', fillMs: 2999 } }),
    ]) {
      const res = await send(body);
      assert.equal(res.status, 400, JSON.stringify(body.antiAbuse));
      assert.ok(['invalid', 'rejected'].includes((await res.json()).error));
    }
    assert.equal(rows(), before);
  });

  test('the rate limit answers 429 with Retry-After', async () => {
    let limited;
    for (let i = 0; i < 25 && !limited; i++) {
      const res = await send(report({ antiAbuse: { honeypot: 'x', fillMs: 64000 } }));
      if (res.status === 429) limited = res;
    }
    assert.ok(limited, 'limited within 25 requests');
    assert.equal((await limited.json()).error, 'rate-limited');
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    // The site's own address (siteurl, home, and the test's captured mails) holds 127.0.0.1 too; nothing else may.
    const holders = mysql(
      "SELECT option_name FROM wp_options WHERE option_value LIKE '%127.0.0.1%' OR option_name LIKE '%127.0.0.1%'",
    );
    assert.deepEqual(
      holders.split('\n').filter((n) => n && !['siteurl', 'home', 'hrc_e2e_mails'].includes(n)),
      [],
      'the IP address is stored nowhere',
    );
    assert.equal(mysql("SELECT COUNT(*) FROM wp_hrc_reports WHERE payload LIKE '%127.0.0.1%'"), '0');
    assert.ok(
      Number(
        mysql(
          "SELECT COUNT(*) FROM wp_options WHERE option_name LIKE '\\_transient\\_timeout\\_hrc\\_rl\\_%' AND option_value < UNIX_TIMESTAMP() + 601",
        ),
      ) > 0,
      'the counter is short-lived',
    );
  });
});

describe('statistics', () => {
  const counted = (dimension = 'reports', key = 'all') =>
    Number(
      mysql(
        `SELECT COALESCE(SUM(count), 0) FROM wp_hrc_stat_counters WHERE dimension='${dimension}' AND stat_key='${key}'`,
      ),
    );

  test('each accepted report is counted once, in its month; replays and refusals are not', async () => {
    resetCounters();
    const [all, police, witness, other] = [
      counted(),
      counted('domain', 'police'),
      counted('role', 'witness'),
      counted('ground', 'other'),
    ];
    const key = randomUUID();
    const body = report({ domain: 'police', role: 'witness', groundOther: 'Mijn accent' });
    assert.equal((await send(body, { key })).status, 201);
    assert.equal((await send(body, { key })).headers.get('idempotent-replayed'), 'true');
    assert.equal((await send(report({ description: 'Anders' }), { key })).status, 422);
    assert.equal((await send(report({ antiAbuse: { honeypot: 'bot', fillMs: 64000 } }))).status, 400);
    assert.equal((await send(report({ domain: 'nowhere' }))).status, 400);
    assert.equal((await send(report({ domain: 'police' }))).status, 201);
    assert.deepEqual(
      [counted(), counted('domain', 'police'), counted('role', 'witness'), counted('ground', 'other')],
      [all + 2, police + 2, witness + 1, other + 1],
    );
    const month = new Date().toISOString().slice(0, 7);
    assert.ok(
      Number(
        mysql(`SELECT count FROM wp_hrc_stat_counters WHERE month='${month}' AND dimension='reports'`),
      ) >= 2,
    );
  });

  test('the counts stay when retention and the office delete reports', async () => {
    const before = mysql(
      'SELECT month, dimension, stat_key, count FROM wp_hrc_stat_counters ORDER BY 1, 2, 3',
    );
    assert.ok(counted() > rows(), 'reports deleted earlier in this run are still counted');
    mysql(
      "UPDATE wp_hrc_reports SET status='closed', status_changed_at = UTC_TIMESTAMP() - INTERVAL 400 DAY WHERE domain='police'",
    );
    const reports = rows();
    await harness('cron');
    assert.ok(rows() < reports, 'retention deleted the closed reports');
    assert.equal(
      mysql('SELECT month, dimension, stat_key, count FROM wp_hrc_stat_counters ORDER BY 1, 2, 3'),
      before,
    );
  });

  test('hrc/v1/statistics serves the published file to any site, without cookies', async () => {
    mysql(
      "INSERT INTO wp_hrc_stat_periods (from_month, to_month, body) VALUES ('2024-01', '2024-12', " +
        `'{"from":"2024-01","to":"2024-12","publishedAt":"2025-02-01T09:00:00.000Z","threshold":5,"withheld":true}')`,
    );
    const res = await fetch(`${BASE}/?rest_route=/hrc/v1/statistics`, {
      headers: { Origin: 'https://ngo.example' },
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(res.headers.get('access-control-allow-credentials'), null);
    assert.equal(res.headers.get('cache-control'), 'public, max-age=300');
    assert.equal(res.headers.get('set-cookie'), null);
    const doc = await res.json();
    assert.deepEqual(
      { ...doc, publisher: undefined },
      {
        schemaVersion: 1,
        kind: 'hrc-report-statistics',
        publisher: undefined,
        periods: [
          {
            from: '2024-01',
            to: '2024-12',
            publishedAt: '2025-02-01T09:00:00.000Z',
            threshold: 5,
            withheld: true,
          },
        ],
      },
    );
    assert.equal(typeof doc.publisher.name, 'string');
    assert.match(doc.publisher.url, /^http:\/\//);
    mysql("DELETE FROM wp_hrc_stat_periods WHERE from_month='2024-01'");
  });

  /**
   * Counters of `n` made-up reports received in the months given, counted by the framework's rules
   * (the same as the plugin's), stored as the plugin stores them.
   */
  function storeCounters(months, n, seed) {
    let state = seed;
    const random = (list) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return list[state % list.length];
    };
    const sums = new Map();
    for (let i = 0; i < n; i++) {
      const fields = statisticsFields(
        {
          domain: random(['work', 'housing', 'education', 'police', 'online']),
          grounds: [...new Set([random(['race', 'age', 'disability']), random(['race', 'sex', 'age'])])],
          groundUnknown: false,
          role: random(['victim', 'witness', 'organisation']),
          wish: random(['register', 'advice', 'complaint-help']),
        },
        `${random(months)}-${String(1 + (i % 28)).padStart(2, '0')}T12:00:00Z`,
      );
      for (const k of counterKeys(fields)) {
        const id = `${k.month}|${k.dimension}|${k.key}`;
        sums.set(id, (sums.get(id) ?? 0) + 1);
      }
    }
    mysql(`DELETE FROM wp_hrc_stat_counters WHERE month IN (${months.map((m) => `'${m}'`).join(', ')})`);
    mysql(
      `INSERT INTO wp_hrc_stat_counters (month, dimension, stat_key, count) VALUES ${[...sums]
        .map(
          ([id, count]) =>
            `(${id
              .split('|')
              .map((v) => `'${v}'`)
              .join(', ')}, ${count})`,
        )
        .join(', ')}`,
    );
  }
  const schema = JSON.parse(
    readFileSync(new URL('../../framework/dist/schema/statistics.schema.json', import.meta.url), 'utf8'),
  );
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  const office = async (path, init = {}) => {
    const nonce = await (await admin('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
    return admin(path, { ...init, headers: { ...init.headers, 'x-wp-nonce': nonce } });
  };
  const postPeriod = (period, nonce = true) =>
    (nonce ? office : admin)('/?rest_route=/hrc/v1/statistics/periods', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ period }),
    });
  const stored = (from) =>
    Number(mysql(`SELECT COUNT(*) FROM wp_hrc_stat_periods WHERE from_month='${from}'`));

  test('the office publishes a period worked out from the counters; WordPress checks it, keeps it once and serves it as JSON and CSV', async () => {
    storeCounters(['2025-01', '2025-02', '2025-03'], 70, 7);
    // The counters and publishing are the office's: no login, or a login without the REST nonce, is refused.
    assert.equal((await fetch(`${BASE}/?rest_route=/hrc/v1/statistics/counters`)).status, 401);
    assert.equal((await admin('/?rest_route=/hrc/v1/statistics/counters')).status, 401);
    const res = await office('/?rest_route=/hrc/v1/statistics/counters');
    assert.equal(res.status, 200);
    const overview = await res.json();
    assert.equal(overview.threshold, 5);
    const period = publishPeriod({
      from: '2025-01',
      to: '2025-03',
      counters: overview.counters,
      threshold: 5,
    });
    assert.equal(period.reports.total, 70);
    assert.equal((await postPeriod(period, false)).status, 401, 'no nonce, nothing published');

    // A published number that differs from the counters, or a small count shown, is refused.
    const changed = structuredClone(period);
    changed.reports.total = 71;
    const refused = await postPeriod(changed);
    assert.equal(refused.status, 400);
    const problems = (await refused.json()).data.problems.map((p) => `${p.path} ${p.code}`);
    assert.ok(problems.includes('reports.total differs'), problems.join(', '));
    const shown = structuredClone(period);
    const [id, s] = Object.entries(shown.domains).find(([, v]) =>
      v.months.some((c) => typeof c === 'object' && 'lt' in c),
    );
    const i = s.months.findIndex((c) => typeof c === 'object' && 'lt' in c);
    const real = overview.counters
      .filter((c) => c.dimension === 'domain' && c.key === id && c.month === `2025-0${i + 1}`)
      .reduce((a, c) => a + c.count, 0);
    s.months[i] = real;
    assert.equal((await postPeriod(shown)).status, 400, `domains.${id}.months.${i} = ${real} shown`);
    assert.equal(stored('2025-01'), 0, 'nothing stored from refused requests');

    const published = await postPeriod(period);
    assert.equal(published.status, 201, await published.clone().text());
    const { period: kept } = await published.json();
    assert.deepEqual({ ...kept, publishedAt: undefined }, { ...period, publishedAt: undefined });
    assert.equal((await postPeriod(period)).status, 409, 'a period is published once');
    const overlapping = publishPeriod({ from: '2025-03', to: '2025-04', counters: overview.counters });
    assert.equal((await postPeriod(overlapping)).status, 409, 'and never overlaps another');
    assert.equal(stored('2025-01'), 1);

    const doc = await (await fetch(`${BASE}/?rest_route=/hrc/v1/statistics`)).json();
    assert.ok(validate(doc), JSON.stringify(validate.errors));
    assert.deepEqual(
      doc.periods.find((p) => p.from === '2025-01'),
      kept,
    );
    const csv = await fetch(`${BASE}/?rest_route=/hrc/v1/statistics&format=csv`);
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type'), /^text\/csv; charset=utf-8/);
    assert.equal(csv.headers.get('access-control-allow-origin'), '*');
    assert.equal(await csv.text(), statisticsCsv(doc));
  });

  test('in Chromium the statistics screen previews a period, publishes it, and the block shows it', async () => {
    storeCounters(['2025-04', '2025-05', '2025-06'], 90, 11);
    adminLocale('');
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
    try {
      const context = await browser.newContext();
      await context.addCookies([...jar].map(([name, value]) => ({ name, value, url: BASE })));
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${BASE}/wp-admin/admin.php?page=hrc-widgets-statistics`, { waitUntil: 'load' });
      await page.getByLabel('First month').fill('2025-04');
      await page.getByLabel('Last month').fill('2025-06');
      await page.getByRole('button', { name: 'Show what will be published' }).click();
      const heading = page.getByRole('heading', { name: /What will be published for/ });
      await heading.waitFor({ timeout: 30000 });
      assert.ok(await heading.evaluate((h) => h === document.activeElement), 'the preview takes the focus');
      assert.match(await page.locator('#hrc-stats-result').innerText(), /Reports in the period: 90\./);
      assert.equal(await page.locator('#hrc-stats-result table').count(), 3);
      assert.equal(stored('2025-04'), 0, 'a preview publishes nothing');
      await page.getByRole('button', { name: 'Publish this period' }).click();
      await page.getByText(/^Published: /).waitFor({ timeout: 30000 });
      assert.equal(stored('2025-04'), 1);
      assert.equal((await page.locator('#hrc-stats-published li').count()) >= 2, true);
      assert.deepEqual(errors, []);

      // The block on a page shows the published periods, from this site's own file.
      const url = await publish('Cijfers', '<!-- wp:hrc/report-stats {"lang":"en"} /-->');
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(
        () => document.querySelector('hrc-report-stats')?.shadowRoot?.querySelectorAll('table').length > 0,
        null,
        { timeout: 20000 },
      );
      assert.match(
        await page.locator('hrc-report-stats').evaluate((el) => el.shadowRoot.textContent),
        /90/,
        'the period just published',
      );
    } finally {
      await browser.close();
    }
  });
});

describe('the shared conformance cases (@hrc/framework conformance/requests)', () => {
  before(() => harness('unlimited'));
  after(() => harness('limited'));
  for (const c of loadCases()) {
    test(`${c.file}: ${c.title}`, () =>
      runCase(c, { endpoint: `${BASE}/?rest_route=/hrc/v1/reports`, stored: async () => rows() }));
  }
});

describe('the page', () => {
  const tags = [
    'hrc-report-form',
    'hrc-rights-cards',
    'hrc-framework-checklist',
    'hrc-declaration-badge',
    'hrc-report-stats',
  ];
  let url;
  let html;
  before(async () => {
    const nonce = await (await admin('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
    const content = [
      '<!-- wp:hrc/report-form {"lang":"nl","ground":"age"} /-->',
      '<!-- wp:hrc/rights-cards {"articles":"21,23","lang":"en"} /-->',
      '<!-- wp:hrc/framework-checklist /-->',
      '<!-- wp:hrc/declaration-badge {"variant":"horizontal"} /-->',
      '<!-- wp:hrc/report-stats {"view":"domains","label":"Cijfers & <b>trends</b>"} /-->',
      '<!-- wp:shortcode -->[hrc_report_form lang="en" ask-equality-data="off"]<!-- /wp:shortcode -->',
      '<!-- wp:shortcode -->[hrc_rights_cards articles="21,23"]<!-- /wp:shortcode -->',
      // A language of the kit's manifest that the plugin names nowhere.
      '<!-- wp:shortcode -->[hrc_rights_cards articles="21" lang="de"]<!-- /wp:shortcode -->',
      '<!-- wp:shortcode -->[hrc_framework_checklist]<!-- /wp:shortcode -->',
      '<!-- wp:shortcode -->[hrc_declaration_badge size="l"]<!-- /wp:shortcode -->',
      // Another address (here this site's route written out, so the browser test stays on this site).
      `<!-- wp:shortcode -->[hrc_report_stats lang="en" src="${BASE}/?rest_route=/hrc/v1/statistics" heading-level="3"]<!-- /wp:shortcode -->`,
    ].join('\n');
    const res = await admin('/?rest_route=/wp/v2/pages', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wp-nonce': nonce },
      body: JSON.stringify({ title: 'Mensenrechten', status: 'publish', content }),
    });
    assert.equal(res.status, 201);
    url = (await res.json()).link;
    html = await (await fetch(url)).text();
  });

  test('blocks and shortcodes print the elements with the settings as attributes', () => {
    for (const tag of tags) {
      const times = tag === 'hrc-rights-cards' ? 3 : 2;
      assert.equal(html.split(`<${tag} `).length - 1, times, `${tag} ${times} times`);
    }
    assert.match(
      html,
      /<hrc-report-form lang="nl" endpoint="[^"]*hrc\/v1\/reports" office-name="Bureau Gelijke Behandeling" office-url="https:\/\/gelijk\.example\.org\/" office-phone="030 123 45 67" privacy-url="https:\/\/voorbeeld\.example\.org\/privacy" ask-equality-data ground="age">/,
    );
    assert.match(
      html,
      /<hrc-report-form lang="en" endpoint="[^"]*" office-name="[^"]*" office-url="[^"]*" office-phone="[^"]*" privacy-url="[^"]*">/,
      'equality off by shortcode',
    );
    assert.match(
      html,
      /<hrc-declaration-badge lang="nl" city="Voorbeeld" year="2019" declaration-url="https:\/\/voorbeeld\.example\.org\/verklaring" variant="horizontal" status-src="[^"]*hrc\/v1\/assessment">/,
    );
    assert.match(html, /<hrc-framework-checklist lang="nl" src="[^"]*hrc\/v1\/assessment" readonly>/);
    // The statistics: this site's own file when no address is given, else the address (checked).
    assert.match(
      html,
      /<hrc-report-stats lang="nl" src="[^"]*hrc\/v1\/statistics" view="domains" label="Cijfers &amp; trends">/,
    );
    assert.match(
      html,
      /<hrc-report-stats lang="en" src="http:\/\/[^"]*\/\?rest_route=\/hrc\/v1\/statistics" heading-level="3">/,
    );
    assert.match(html, /<hrc-rights-cards lang="en" articles="21,23"/);
    // German, with its own content in the fallback text.
    assert.match(html, /<hrc-rights-cards lang="de" articles="21"/);
    assert.match(html, /Nichtdiskriminierung/);
  });

  test('the fallback content is readable without JavaScript, in the element language', () => {
    assert.match(html, /<h2>Discriminatie melden<\/h2>/);
    assert.match(html, /<h2>Report discrimination<\/h2>/);
    assert.match(html, /Article 21: Non-discrimination/);
    assert.match(html, /Artikel 21: Non-discriminatie/);
    assert.match(html, /Voorbeeld, mensenrechtenstad sinds 2019/);
    assert.match(html, /: Gerealiseerd<\/li>/, 'published status in the checklist fallback');
    // The statistics link to their published files: this site's JSON and CSV, or the address given.
    assert.match(
      html,
      /<h2>Cijfers &amp; trends<\/h2><p>De grafieken van deze cijfers hebben JavaScript nodig[^<]*<\/p><ul><li><a href="[^"]*hrc\/v1\/statistics">Gepubliceerde statistiek \(JSON\)<\/a><\/li><li><a href="[^"]*hrc\/v1\/statistics[^"]*format=csv">Gepubliceerde statistiek \(CSV, voor spreadsheets\)<\/a><\/li><\/ul>/,
    );
    assert.match(
      html,
      /<h3>Reports of discrimination<\/h3><p>[^<]*<\/p><ul><li><a href="http:\/\/[^"]*\/\?rest_route=\/hrc\/v1\/statistics">Published statistics \(JSON\)<\/a><\/li><\/ul>/,
    );
    assert.match(
      html,
      /<script type="module" src="[^"]*\/wp-content\/plugins\/hrc-widgets\/assets\/kit\/hrc-report-form\.js[^"]*"/,
    );
  });

  test('the report form comes with its first step drawn (the kit’s file of its language), then the fallback', async () => {
    const kit = `${BASE}/wp-content/plugins/hrc-widgets/assets/kit/`;
    const drawn = (lang) =>
      fillPrerender(
        readFileSync(
          new URL(`../../widgets/bundle/prerender/hrc-report-form.${lang}.html`, import.meta.url),
          'utf8',
        ),
        { kitUrl: kit },
      );
    assert.ok(
      html.includes(`ground="age">${drawn('nl')}<h2>Discriminatie melden</h2>`),
      'the block, in Dutch',
    );
    assert.ok(
      html.includes(
        `privacy-url="https://voorbeeld.example.org/privacy">${drawn('en')}<h2>Report discrimination</h2>`,
      ),
      'the shortcode, in English',
    );
    // The plugin's copy of the kit serves the drawn step's style sheet.
    const css = await fetch(`${kit}hrc-report-form.css`);
    assert.equal(css.status, 200);
    assert.match(await css.text(), /prerender-noscript/);
  });

  test('in Chromium the first step is usable before the kit’s modules run, then the element takes it over', async () => {
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route('**/hrc-report-form*.js*', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(url, { waitUntil: 'commit' });
      const form = page.locator('hrc-report-form').first();
      await form.locator('input[type=radio]').first().waitFor({ state: 'visible' });
      assert.equal(await page.evaluate(() => customElements.get('hrc-report-form')), undefined);
      const content = JSON.parse(
        readFileSync(new URL('../../widgets/bundle/content/nl/report.json', import.meta.url), 'utf8'),
      );
      // Inside the form's shadow root, with its final label.
      assert.equal(
        await form.evaluate((el) => el.shadowRoot.querySelector('label[for=domain]').textContent.trim()),
        content.domains[0].label,
      );
      await form.locator('#description').fill('Bij de balie werd ik geweigerd.');
      release();
      await page.waitForFunction(() => document.querySelector('hrc-report-form').hasUpdated, null, {
        timeout: 15000,
      });
      assert.equal(await form.locator('button[part=quick-exit]').count(), 1, 'the element drew its own');
      assert.equal(await form.locator('#description').inputValue(), 'Bij de balie werd ik geweigerd.');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });

  test('the head carries the kit style sheet and a modulepreload for every module the elements import', async () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../../widgets/bundle/manifest.json', import.meta.url), 'utf8'),
    );
    const head = html.slice(0, html.indexOf('</head>'));
    assert.match(
      head,
      /<link rel=['"]stylesheet['"] id=['"]hrc-kit-css['"] href=['"][^'"]*assets\/kit\/hrc-kit\.css/,
    );
    const preloaded = [...head.matchAll(/<link rel="modulepreload" href="([^"]+\/assets\/kit\/[^"]+)"/g)].map(
      (m) => new URL(m[1]).pathname.replace(/^.*\/assets\/kit\//, './'),
    );
    const chunks = [...new Set(tags.flatMap((tag) => manifest.preload[tag]))].filter((f) =>
      f.startsWith('./chunks/'),
    );
    assert.ok(chunks.length > 4, 'the manifest lists the chunks');
    assert.deepEqual([...preloaded].sort(), chunks.sort(), 'each chunk once, nothing else');
    // The style sheet keeps the form's room before its script has run.
    const css = await (await fetch(head.match(/href=['"]([^'"]*hrc-kit\.css[^'"]*)['"]/)[1])).text();
    assert.match(css, /hrc-report-form/);
    // A page without an element gets neither.
    const plain = await (
      await fetch(
        await publish('No element', '<!-- wp:paragraph --><p>Opening hours</p><!-- /wp:paragraph -->'),
      )
    ).text();
    assert.ok(
      !/hrc-kit\.css|rel="modulepreload" href="[^"]*assets\/kit/.test(
        plain.slice(0, plain.indexOf('</head>')),
      ),
    );
  });

  test('each element module loads once: a script module (the blocks’ viewScriptModule) on 6.5+, a module script tag before', () => {
    const [major, minor] = VERSION.version.split('.').map(Number);
    const modules = major > 6 || (major === 6 && minor >= 5);
    for (const tag of tags) {
      const scripts = html.match(new RegExp(`<script [^>]*assets/kit/${tag}\\.js[^>]*>`, 'g')) ?? [];
      assert.equal(scripts.length, 1, `${tag}: ${scripts.join(' ')}`);
      assert.match(scripts[0], modules ? new RegExp(`id="@hrc/${tag}-js-module"`) : /type="module"/, tag);
    }
  });

  test('the editor preview renders the same element (block renderer)', async () => {
    const nonce = await (await admin('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
    const res = await admin(
      '/?rest_route=/wp/v2/block-renderer/hrc/declaration-badge&context=edit&attributes[size]=s',
      { headers: { 'x-wp-nonce': nonce } },
    );
    assert.equal(res.status, 200);
    assert.match((await res.json()).rendered, /<hrc-declaration-badge [^>]*size="s"/);
  });

  test('in Chromium the elements are defined and render in their shadow roots, from this site only', async () => {
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
    try {
      const page = await browser.newPage();
      const foreign = [];
      const errors = [];
      page.on('request', (r) => {
        // data: and this site's own blob: URLs (WordPress 6.8's emoji check runs in a Worker) stay here.
        if (![BASE, 'data:', `blob:${BASE}/`].some((p) => r.url().startsWith(p))) foreign.push(r.url());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction((t) => t.every((tag) => customElements.get(tag)), tags, { timeout: 15000 });
      const state = await page.evaluate(
        (t) =>
          t.map((tag) =>
            [...document.querySelectorAll(tag)].map((el) =>
              Boolean(el.shadowRoot && el.shadowRoot.childNodes.length),
            ),
          ),
        tags,
      );
      assert.deepEqual(
        state,
        tags.map((tag) => (tag === 'hrc-rights-cards' ? [true, true, true] : [true, true])),
      );
      const office = await page.evaluate(() => document.querySelector('hrc-report-form').officeName);
      assert.equal(office, 'Bureau Gelijke Behandeling', 'the setting reached the element property');
      assert.deepEqual(foreign, [], 'no request to another site');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
});

describe('addresses from contributors, and the editor preview', () => {
  const password = randomUUID();
  let contributor;
  let postId;
  let preview;

  /** A logged-in user of its own, with cookies kept like a browser's. */
  async function session(user, pwd) {
    const cookies = new Map([['wordpress_test_cookie', 'WP%20Cookie%20check']]);
    const request = async (path, init = {}) => {
      const headers = new Headers(init.headers);
      headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
      const res = await fetch(BASE + path, { ...init, headers, redirect: 'manual' });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const i = pair.indexOf('=');
        cookies.set(pair.slice(0, i), pair.slice(i + 1));
      }
      return res;
    };
    const login = await request('/wp-login.php', form({ log: user, pwd, testcookie: '1' }));
    assert.equal(login.status, 302, `${user} logs in`);
    return request;
  }

  /** Every address in the page's tags, decoded as the browser reads it (entities, spaces, case). */
  function addresses(html) {
    const named = { colon: ':', tab: '\t', newline: '\n', quot: '"', amp: '&' };
    // One pass, as the browser decodes an attribute once.
    const decode = (v) =>
      v.replace(/&(#x[0-9a-f]+|#\d+|colon|tab|newline|quot|amp);?/gi, (_, e) =>
        e[0] !== '#'
          ? named[e.toLowerCase()]
          : String.fromCodePoint(
              e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
            ),
      );
    const found = [];
    for (const tag of html.matchAll(/<(?:a|hrc-[a-z-]+)\s[^>]*>/g))
      for (const [, name, value] of tag[0].matchAll(
        /\s((?:href|src|endpoint|[a-z-]*-(?:url|src)))="([^"]*)"/g,
      ))
        found.push({ name, value: decode(value) });
    return found;
  }
  const scriptLike = (value) =>
    /^(?:javascript|vbscript|data):/.test(
      [...value]
        .filter((c) => c.charCodeAt(0) > 0x20)
        .join('')
        .toLowerCase(),
    );

  before(async () => {
    const nonce = await (await admin('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
    const created = await admin('/?rest_route=/wp/v2/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wp-nonce': nonce },
      body: JSON.stringify({
        username: 'bijdrager',
        password,
        email: 'bijdrager@example.org',
        roles: ['contributor'],
      }),
    });
    assert.equal(created.status, 201, await created.clone().text());
    contributor = await session('bijdrager', password);
    const contributorNonce = await (await contributor('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
    // What a contributor can write: block attributes and shortcodes are not touched by WordPress's
    // HTML filter, so the plugin must check every address itself.
    const content = [
      '<!-- wp:hrc/report-form {"quickExitUrl":"javascript:alert(document.domain)"} /-->',
      '<!-- wp:hrc/rights-cards {"articles":"21","reportUrl":"java\\tscript:alert(1)"} /-->',
      '<!-- wp:hrc/framework-checklist {"compareSrc":"data:application/json,{}"} /-->',
      '<!-- wp:hrc/declaration-badge {"statusUrl":"JaVaScRiPt:alert(1)"} /-->',
      '<!-- wp:shortcode -->[hrc_report_form quick-exit-url=" javascript:alert(1)" quick-exit-shortcut="off"]<!-- /wp:shortcode -->',
      '<!-- wp:shortcode -->[hrc_rights_cards articles="21" report-url="&#106;avascript:alert(1)"]<!-- /wp:shortcode -->',
      '<!-- wp:shortcode -->[hrc_framework_checklist compare-src="vbscript:msgbox(1)"]<!-- /wp:shortcode -->',
      '<!-- wp:shortcode -->[hrc_declaration_badge status-url="javascript&colon;alert(1)"]<!-- /wp:shortcode -->',
      '<!-- wp:hrc/report-stats {"src":"javascript:alert(1)"} /-->',
      '<!-- wp:shortcode -->[hrc_report_stats src="data:application/json,{}"]<!-- /wp:shortcode -->',
    ].join('\n');
    const res = await contributor('/?rest_route=/wp/v2/posts', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wp-nonce': contributorNonce },
      body: JSON.stringify({ title: 'Melden', status: 'pending', content }),
    });
    assert.equal(res.status, 201, await res.clone().text());
    postId = (await res.json()).id;
    // The administrator previews the contributor's post.
    const page = await admin(`/?p=${postId}&preview=true`);
    assert.equal(page.status, 200);
    preview = await page.text();
  });

  test('a contributor’s script addresses in blocks and shortcodes come out neutralised', () => {
    for (const tag of [
      'hrc-report-form',
      'hrc-rights-cards',
      'hrc-framework-checklist',
      'hrc-declaration-badge',
      'hrc-report-stats',
    ])
      assert.equal(preview.split(`<${tag} `).length - 1, 2, `${tag} twice`);
    // A refused address is no address: the statistics block shows this site's own file instead.
    assert.equal(
      preview.match(/<hrc-report-stats [^>]*src="[^"]*hrc\/v1\/statistics"/g)?.length,
      2,
      'statistics from this site',
    );
    const found = addresses(preview);
    assert.ok(found.length > 10, 'the page has addresses to check');
    assert.deepEqual(
      found.filter((a) => scriptLike(a.value)),
      [],
    );
    for (const name of ['quick-exit-url', 'report-url', 'compare-src'])
      assert.ok(!found.some((a) => a.name === name), `no ${name}: the unsafe value is left out`);
    // Without a colon ("javascript&colon;…" after WordPress's entity clean-up) esc_url() reads a
    // host name and prefixes http://: harmless, and the element refuses it too (a character reference).
    for (const { value } of found.filter((a) => a.name === 'status-url')) assert.match(value, /^http:\/\//);
    assert.match(preview, /<hrc-report-form [^>]*quick-exit-shortcut="off"/);
    // The first step drawn in advance: not with the Shift shortcut off (it shows the hint), and quick
    // exit to an empty page when the address is refused.
    assert.equal(preview.split('<template shadowrootmode="open">').length - 1, 1);
    assert.ok(preview.includes('<a part="quick-exit" class="button button--exit" href="about:blank">'));
    assert.ok(
      !/<hrc-report-form [^>]*\spreview[\s>]/.test(preview),
      'a post preview is the page as residents see it',
    );
  });

  test('in Chromium, Shift three times on the previewed post runs nothing', async () => {
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
    try {
      const context = await browser.newContext();
      await context.addCookies([...jar].map(([name, value]) => ({ name, value, url: BASE })));
      const page = await context.newPage();
      const dialogs = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`${BASE}/?p=${postId}&preview=true`, { waitUntil: 'load' });
      await page.waitForFunction(() => customElements.get('hrc-report-form'), null, { timeout: 15000 });
      await page
        .locator('hrc-report-form')
        .first()
        .evaluate((el) => el.updateComplete);
      const left = page.waitForURL('about:blank', { timeout: 5000 });
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      await left;
      assert.deepEqual(dialogs, [], 'no script ran');
    } finally {
      await browser.close();
    }
  });

  test('the block editor’s preview shows the report form as a preview; the page does not', async () => {
    const nonce = await (await admin('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
    const res = await admin(
      '/?rest_route=/wp/v2/block-renderer/hrc/report-form&context=edit&attributes[quickExitUrl]=https://weer.example/',
      { headers: { 'x-wp-nonce': nonce } },
    );
    assert.equal(res.status, 200);
    const { rendered } = await res.json();
    assert.match(rendered, /<hrc-report-form [^>]*quick-exit-url="https:\/\/weer\.example\/"[^>]* preview>/);
    assert.doesNotMatch(rendered, /<template/, 'no first step drawn in advance in a preview');
    assert.ok(!/\spreview[\s>]/.test(preview.match(/<hrc-report-form [^>]*>/)[0]));
  });

  test('address settings are cleaned on save the same way', async () => {
    const before = mysql("SELECT option_value FROM wp_options WHERE option_name='hrc_widgets_settings'");
    const page = await (await admin('/wp-admin/admin.php?page=hrc-widgets-settings')).text();
    await admin(
      '/wp-admin/options.php',
      form({
        option_page: 'hrc-widgets-settings',
        action: 'update',
        _wpnonce: field(page, '_wpnonce'),
        'hrc_widgets_settings[city]': 'Voorbeeld',
        'hrc_widgets_settings[default_locale]': 'nl',
        'hrc_widgets_settings[office_url]': 'javascript:alert(1)',
        'hrc_widgets_settings[privacy_url]': 'java\tscript:alert(1)',
        'hrc_widgets_settings[declaration_url]': 'data:text/html,x',
        'hrc_widgets_settings[retention_days]': '30',
      }),
    );
    const saved = mysql("SELECT option_value FROM wp_options WHERE option_name='hrc_widgets_settings'");
    for (const key of ['office_url', 'privacy_url', 'declaration_url'])
      assert.match(saved, new RegExp(`"${key}";s:0:""`), key);
    mysql(
      `UPDATE wp_options SET option_value='${before.replace(/'/g, "''")}' WHERE option_name='hrc_widgets_settings'`,
    );
  });
});

describe('several shortcodes together survive wpautop', () => {
  // Three rights cards shortcodes (two articles, then one), a badge, text between them on one line, and
  // an escaped shortcode that must stay text: in a Shortcode block, in a synced pattern's Shortcode
  // block and in classic content (no blocks, where the_content runs wpautop itself).
  const text = [
    '[hrc_rights_cards articles="21,23"]',
    '[hrc_declaration_badge]',
    'Meer weten? [hrc_rights_cards articles="26"] Bel ons gerust.',
    '[[hrc_rights_cards]]',
  ].join('\n');
  const pages = {};
  before(async () => {
    const nonce = await (await admin('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
    const pattern = await admin('/?rest_route=/wp/v2/blocks', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wp-nonce': nonce },
      body: JSON.stringify({
        title: 'Rechten',
        status: 'publish',
        content: `<!-- wp:shortcode -->\n${text}\n<!-- /wp:shortcode -->`,
      }),
    });
    assert.equal(pattern.status, 201);
    pages['a Shortcode block'] = await publish(
      'Shortcode-blok',
      `<!-- wp:shortcode -->\n${text}\n<!-- /wp:shortcode -->`,
    );
    pages['a synced pattern'] = await publish(
      'Patroon',
      `<!-- wp:block {"ref":${(await pattern.json()).id}} /-->`,
    );
    pages['classic content'] = await publish('Klassiek', text);
  });

  test('each element keeps its fallback inside it, nothing shows twice, the text stays', async () => {
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
    try {
      // Without JavaScript: the page as the parser builds it, which is what the elements later upgrade.
      const page = await browser.newPage({ javaScriptEnabled: false });
      for (const [where, url] of Object.entries(pages)) {
        await page.goto(url);
        const found = await page.evaluate(() => {
          const content = document.querySelector('.wp-block-post-content, .entry-content') ?? document.body;
          return {
            cards: [...content.querySelectorAll('hrc-rights-cards')].map(
              (el) => el.querySelectorAll(':scope > article').length,
            ),
            badges: content.querySelectorAll('hrc-declaration-badge').length,
            stray: [...content.querySelectorAll('article')].filter((a) => !a.closest('hrc-rights-cards'))
              .length,
            inParagraph: [...content.querySelectorAll('hrc-rights-cards, hrc-declaration-badge')].filter(
              (el) => el.closest('p'),
            ).length,
            paragraphs: [...content.querySelectorAll('p')]
              .filter((p) => !p.closest('hrc-rights-cards, hrc-declaration-badge'))
              .map((p) => p.textContent.replace(/\s+/g, ' ').trim())
              .filter(Boolean),
          };
        });
        assert.deepEqual(
          found.cards,
          [2, 1],
          `${where}: articles 21 and 23, then 26, each inside its element`,
        );
        assert.equal(found.badges, 1, where);
        assert.equal(found.stray, 0, `${where}: no article outside the cards`);
        assert.equal(found.inParagraph, 0, `${where}: no element inside a paragraph`);
        assert.deepEqual(found.paragraphs, ['Meer weten?', 'Bel ons gerust. [hrc_rights_cards]'], where);
      }
    } finally {
      await browser.close();
    }
  });
});

describe('options from the elements’ description', () => {
  test('blocks and shortcodes set what the elements take: heading level, layout, search, label, an assessment, the progress line', async () => {
    const url = await publish(
      'Opties',
      [
        '<!-- wp:hrc/rights-cards {"articles":"21","headingLevel":"2","layout":"deck","search":true,"label":"Rechten in de stad"} /-->',
        '<!-- wp:shortcode -->[hrc_rights_cards articles="23" heading-level="4" filter theme="dark" heading-level-x="2"]<!-- /wp:shortcode -->',
        '<!-- wp:shortcode -->[hrc_framework_checklist src="https://example.org/beoordeling.json" readonly="no" storage-key="stad-2026"]<!-- /wp:shortcode -->',
        '<!-- wp:shortcode -->[hrc_declaration_badge status-src="/checklist.json" status-url="/checklist"]<!-- /wp:shortcode -->',
        '<!-- wp:shortcode -->[hrc_rights_cards articles="26" heading-level="9" layout="carousel"]<!-- /wp:shortcode -->',
      ].join('\n'),
    );
    const html = await (await fetch(url)).text();
    assert.match(
      html,
      /<hrc-rights-cards lang="nl" articles="21" layout="deck" heading-level="2" label="Rechten in de stad" search office-name="[^"]*" office-url="[^"]*" office-phone="[^"]*"><article><h2>Artikel 21: /,
    );
    assert.match(
      html,
      /<hrc-rights-cards lang="nl" articles="23" heading-level="4" filter theme="dark" office-name="[^"]*" office-url="[^"]*" office-phone="[^"]*"><article><h4>Artikel 23: /,
    );
    assert.match(
      html,
      /<hrc-framework-checklist lang="nl" src="https:\/\/example\.org\/beoordeling\.json" storage-key="stad-2026">[\s\S]*?<a href="https:\/\/example\.org\/beoordeling\.json">De gepubliceerde zelfevaluatie \(JSON\)<\/a>/,
    );
    assert.match(
      html,
      /<hrc-declaration-badge [^>]*status-src="\/checklist\.json" status-url="\/checklist">/,
    );
    assert.match(
      html,
      /<hrc-rights-cards lang="nl" articles="26" office-name="[^"]*" office-url="[^"]*" office-phone="[^"]*"><article><h3>/,
      'values the element does not take are left out',
    );
  });
});

sealedTests({
  admin,
  send,
  rows,
  harness,
  publish,
  saveSettings,
  setting,
  report,
  cookies: () => jar,
  serverLog: () => env.serverLog(),
  contentDir: () => env.contentDir,
});

followUpTests({
  admin,
  send,
  rows,
  harness,
  publish,
  saveSettings,
  report,
  cookies: () => jar,
  serverLog: () => env.serverLog(),
  contentDir: () => env.contentDir,
});

evidenceTests({
  admin,
  rows,
  harness,
  publish,
  saveSettings,
  report,
  cookies: () => jar,
  serverLog: () => env.serverLog(),
  contentDir: () => env.contentDir,
});

areasTests({
  admin,
  rows,
  harness,
  publish,
  saveSettings,
  setting,
  report,
  cookies: () => jar,
});

describe('uninstalling', () => {
  const pluginLink = async (action) => {
    const page = await (await admin('/wp-admin/plugins.php')).text();
    const link = new RegExp(
      `href="(plugins\\.php\\?action=${action}&(?:amp;)?plugin=hrc-widgets%2Fhrc-widgets\\.php[^"]*)"`,
    ).exec(page);
    assert.ok(link, `${action} link`);
    return admin(`/wp-admin/${decode(link[1])}`);
  };
  const deletePlugin = async () => {
    await pluginLink('deactivate');
    assert.equal(await harness('scheduled').then((r) => r.next), false, 'the daily event is cleared');
    const page = await (await admin('/wp-admin/plugins.php')).text();
    const res = await admin(
      '/wp-admin/plugins.php',
      form({
        action: 'delete-selected',
        'checked[]': 'hrc-widgets/hrc-widgets.php',
        verify: 'yes',
        'verify-delete': '1',
        _wpnonce: field(page, '_wpnonce'),
      }),
    );
    assert.ok([200, 302].includes(res.status));
    assert.doesNotMatch(
      await (await admin('/wp-admin/plugins.php')).text(),
      /hrc-widgets%2Fhrc-widgets\.php/,
      'the plugin is gone',
    );
  };
  const ourOptions = () =>
    mysql(
      "SELECT COUNT(*) FROM wp_options WHERE option_name LIKE 'hrc\\_widgets%' OR option_name LIKE '\\_transient%hrc\\_%'",
    );

  test('the plugins screen says how many reports there are before anyone deletes the plugin', async () => {
    const page = await (await admin('/wp-admin/plugins.php')).text();
    assert.match(
      page,
      new RegExp(`Reports kept on this site: ${rows()}\\. Deleting the plugin keeps them\\.`),
    );
  });

  test('deleting the plugin keeps the reports, the checklist and the settings by default', async () => {
    const reports = rows();
    assert.ok(reports > 0);
    await deletePlugin();
    assert.equal(
      mysql("SHOW TABLES LIKE 'wp_hrc_%'").split('\n').sort().join(','),
      'wp_hrc_evidence,wp_hrc_follow_up_messages,wp_hrc_follow_ups,wp_hrc_idempotency,wp_hrc_message_evidence,wp_hrc_reports,wp_hrc_stat_counters,wp_hrc_stat_periods',
    );
    assert.equal(rows(), reports);
    assert.match(setting(), /Bureau Gelijke Behandeling/);
    assert.equal(
      mysql(
        "SELECT COUNT(*) FROM wp_options WHERE option_name IN ('hrc_widgets_assessment', 'hrc_widgets_db_version')",
      ),
      '2',
    );
    assert.equal(
      mysql("SELECT COUNT(*) FROM wp_options WHERE option_name LIKE '\\_transient%hrc\\_rl\\_%'"),
      '0',
      'rate-limit entries go',
    );
  });

  test('installed again, everything is back; with the setting on, deleting removes everything', async () => {
    const reports = rows();
    installPlugin(zipFile);
    const res = await pluginLink('activate');
    assert.equal(res.status, 302);
    const list = await (await admin('/wp-admin/admin.php?page=hrc-widgets-reports')).text();
    assert.match(list, new RegExp(`All <span class="count">\\(${reports}\\)</span>`));
    await saveSettings({ uninstall_delete: '1' });
    assert.match(setting(), /"uninstall_delete";b:1/);
    assert.match(
      await (await admin('/wp-admin/plugins.php')).text(),
      new RegExp(`Reports kept on this site: ${reports}\\. Deleting the plugin deletes them too`),
    );
    await deletePlugin();
    assert.equal(mysql("SHOW TABLES LIKE 'wp_hrc_%'"), '');
    assert.equal(ourOptions(), '0');
  });
});
