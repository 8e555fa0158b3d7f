// End-to-end tests of the plugin in a real WordPress (Debian's 6.1 with MariaDB), over HTTP and in
// Chromium. Run by test/run.mjs, which builds the plugin and provisions the site (test/wp-env.mjs).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { ADMIN, BASE, TOKEN, mysql, start } from './wp-env.mjs';
import { CHROME_ARGS, findChromium } from '../../../scripts/lib/system.mjs';

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
      'wp_hrc_idempotency,wp_hrc_reports',
    );
    assert.equal(
      mysql("SELECT option_value FROM wp_options WHERE option_name='hrc_widgets_db_version'"),
      '1',
    );
    assert.ok((await harness('scheduled')).next > 0, 'the daily clean-up is scheduled');
    assert.equal(mysql('SELECT COUNT(*) FROM wp_hrc_reports WHERE 0'), '0');
  });

  test('the settings page saves the city settings (Settings API)', async () => {
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
    const res = await admin(
      '/wp-admin/options.php',
      form({
        option_page: 'hrc-widgets-settings',
        action: 'update',
        _wpnonce: field(page, '_wpnonce'),
        _wp_http_referer: '/wp-admin/admin.php?page=hrc-widgets-settings',
        'hrc_widgets_settings[city]': 'Voorbeeld',
        'hrc_widgets_settings[default_locale]': 'nl',
        'hrc_widgets_settings[office_name]': 'Bureau Gelijke Behandeling',
        'hrc_widgets_settings[office_url]': 'https://gelijk.example.org/',
        'hrc_widgets_settings[office_phone]': '030 123 45 67',
        'hrc_widgets_settings[privacy_url]': 'https://voorbeeld.example.org/privacy',
        'hrc_widgets_settings[declaration_year]': '2019',
        'hrc_widgets_settings[declaration_url]': 'https://voorbeeld.example.org/verklaring',
        'hrc_widgets_settings[equality]': '1',
        'hrc_widgets_settings[retention_days]': '30',
        'hrc_widgets_settings[notify_email]': 'meldpunt@example.org',
      }),
    );
    assert.equal(res.status, 302);
    const saved = mysql("SELECT option_value FROM wp_options WHERE option_name='hrc_widgets_settings'");
    assert.match(saved, /Bureau Gelijke Behandeling/);
    assert.match(saved, /"retention_days";i:30/);
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

  test('nothing is published at first', async () => {
    const res = await fetch(`${BASE}/?rest_route=/hrc/v1/assessment`);
    assert.equal(res.status, 404);
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

  test('a saved and published assessment is served by hrc/v1/assessment', async () => {
    await save(JSON.stringify(assessment()));
    const res = await fetch(`${BASE}/?rest_route=/hrc/v1/assessment`);
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.kind, 'hrc-assessment');
    assert.equal(body.elements.declaration.status, 'in-place');
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

  test('the daily clean-up deletes reports past the retention period', async () => {
    const res = await send(report());
    const { reference } = await res.json();
    mysql(`UPDATE wp_hrc_reports SET received_at = NOW() - INTERVAL 31 DAY WHERE reference='${reference}'`);
    const before = rows();
    await harness('cron');
    assert.equal(rows(), before - 1);
    assert.equal(mysql(`SELECT COUNT(*) FROM wp_hrc_reports WHERE reference='${first.reference}'`), '1');
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
      holders.split('\n').filter((n) => !['siteurl', 'home', 'hrc_e2e_mails'].includes(n)),
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

describe('the page', () => {
  const tags = ['hrc-report-form', 'hrc-rights-cards', 'hrc-framework-checklist', 'hrc-declaration-badge'];
  let url;
  let html;
  before(async () => {
    const nonce = await (await admin('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
    const content = [
      '<!-- wp:hrc/report-form {"lang":"nl","ground":"age"} /-->',
      '<!-- wp:hrc/rights-cards {"articles":"21,23","lang":"en"} /-->',
      '<!-- wp:hrc/framework-checklist /-->',
      '<!-- wp:hrc/declaration-badge {"variant":"horizontal"} /-->',
      '<!-- wp:shortcode -->[hrc_report_form lang="en" ask-equality-data="off"]<!-- /wp:shortcode -->',
      '<!-- wp:shortcode -->[hrc_rights_cards articles="21,23"]<!-- /wp:shortcode -->',
      // A language of the kit's manifest that the plugin names nowhere.
      '<!-- wp:shortcode -->[hrc_rights_cards articles="21" lang="de"]<!-- /wp:shortcode -->',
      '<!-- wp:shortcode -->[hrc_framework_checklist]<!-- /wp:shortcode -->',
      '<!-- wp:shortcode -->[hrc_declaration_badge size="l"]<!-- /wp:shortcode -->',
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
    assert.match(
      html,
      /<script type="module" src="[^"]*\/wp-content\/plugins\/hrc-widgets\/assets\/kit\/hrc-report-form\.js[^"]*"/,
    );
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
        if (!r.url().startsWith(BASE) && !r.url().startsWith('data:')) foreign.push(r.url());
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

describe('uninstalling', () => {
  test('deactivating and deleting the plugin removes its tables and options', async () => {
    let page = await (await admin('/wp-admin/plugins.php')).text();
    const link =
      /href="(plugins\.php\?action=deactivate&(?:amp;)?plugin=hrc-widgets%2Fhrc-widgets\.php[^"]*)"/.exec(
        page,
      );
    assert.ok(link);
    await admin(`/wp-admin/${decode(link[1])}`);
    assert.equal(await harness('scheduled').then((r) => r.next), false, 'the daily event is cleared');
    page = await (await admin('/wp-admin/plugins.php')).text();
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
    assert.equal(mysql("SHOW TABLES LIKE 'wp_hrc_%'"), '');
    assert.equal(
      mysql(
        "SELECT COUNT(*) FROM wp_options WHERE option_name LIKE 'hrc\\_widgets%' OR option_name LIKE '\\_transient%hrc\\_%'",
      ),
      '0',
    );
  });
});
