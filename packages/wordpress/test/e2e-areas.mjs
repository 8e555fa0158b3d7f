// End-to-end tests of the city's parts (areas) in the real WordPress (called from e2e.mjs, which owns
// the site and the admin's session; docs/wordpress.md#parts-of-the-city): an editor lists them on the
// settings page in Chromium (a wrong line is explained and kept as typed; screenshots of the field go to
// .cache/screenshots/wordpress-<version>/), the report form on a page asks from them, a resident picks
// one and the report is counted under it; an id the city does not list counts as unspecified; the
// office publishes a period on the Statistics screen with the area table, which WordPress checks, and
// the published file validates against the statistics schema.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import Ajv2020 from 'ajv/dist/2020.js';
import { BASE, VERSION, mysql } from './wp-env.mjs';
import { CHROME_ARGS, findChromium } from '../../../scripts/lib/system.mjs';
import { counterKeys, publishPeriod, statisticsFields } from '../../framework/dist/statistics/index.js';

const SHOTS = fileURLToPath(
  new URL(`../../../.cache/screenshots/wordpress-${VERSION.version}/`, import.meta.url),
);
const AREAS = [
  { id: 'centrum', label: 'Centrum' },
  { id: 'noord', label: 'Noord' },
  { id: 'zuid', label: 'Zuid & Haven' },
];
const FIELD = 'Parts of the city (statistics by area)';
const MONTHS = ['2023-04', '2023-05', '2023-06'];

export function areasTests(h) {
  const counted = (key, month = new Date().toISOString().slice(0, 7)) =>
    Number(
      mysql(
        `SELECT COALESCE(SUM(count), 0) FROM wp_hrc_stat_counters WHERE dimension='area' AND stat_key='${key}' AND month='${month}'`,
      ),
    );
  const office = async (path, init = {}) => {
    const nonce = await (await h.admin('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
    return h.admin(path, { ...init, headers: { ...init.headers, 'x-wp-nonce': nonce } });
  };
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
    JSON.parse(
      readFileSync(new URL('../../framework/dist/schema/statistics.schema.json', import.meta.url), 'utf8'),
    ),
  );
  /** Counters of `n` made-up reports in MONTHS, each in one of the city's parts or none, as the plugin stores them. */
  function storeCounters(n) {
    const sums = new Map();
    for (let i = 0; i < n; i++) {
      const fields = statisticsFields(
        {
          domain: ['work', 'housing', 'education', 'police'][i % 4],
          grounds: [['race', 'age', 'disability'][i % 3]],
          groundUnknown: false,
          role: ['victim', 'witness'][i % 2],
          wish: 'register',
          ...([undefined, 'centrum', 'noord', 'zuid', 'centrum'][i % 5]
            ? { area: [undefined, 'centrum', 'noord', 'zuid', 'centrum'][i % 5] }
            : {}),
        },
        `${MONTHS[i % 3]}-${String(1 + (i % 28)).padStart(2, '0')}T12:00:00Z`,
      );
      for (const k of counterKeys(fields)) {
        const id = `${k.month}|${k.dimension}|${k.key}`;
        sums.set(id, (sums.get(id) ?? 0) + 1);
      }
    }
    mysql(`DELETE FROM wp_hrc_stat_counters WHERE month IN (${MONTHS.map((m) => `'${m}'`).join(', ')})`);
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

  describe("the city's parts (areas)", () => {
    let browser;
    let context;
    before(async () => {
      mkdirSync(SHOTS, { recursive: true });
      await h.harness('unlimited');
      // The admin reads the admin in English (the site's language).
      mysql("DELETE FROM wp_usermeta WHERE user_id = 1 AND meta_key = 'locale'");
      browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
      context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
      // The machine may be busy: WordPress's admin pages take their time.
      context.setDefaultTimeout(60000);
      await context.addCookies([...h.cookies()].map(([name, value]) => ({ name, value, url: BASE })));
      // Requests to other sites (WordPress's own, from the admin) fail at once, as on a closed network
      // that answers quickly: waiting for a resolver that never answers would hold up each page's load.
      await context.route(
        (url) => !url.href.startsWith(BASE),
        (route) => route.abort('internetdisconnected'),
      );
    });
    after(async () => {
      await browser?.close();
      await h.saveSettings({ areas: '' });
      await h.harness('limited');
    });

    test('an editor lists them in the settings: a wrong line is explained and kept as typed, then the list is saved', async () => {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${BASE}/wp-admin/admin.php?page=hrc-widgets-settings`);
      const field = page.getByLabel(FIELD);
      const typed = 'centrum=Centrum\nNoord\nzuid=Zuid & Haven';
      await field.fill(typed);
      await page.locator('#submit').click();
      await page.waitForURL(/settings-updated/, { waitUntil: 'domcontentloaded' });
      // Refused: the reason names the line, the text is back as typed, the field says it is invalid.
      const problem =
        'Parts of the city, line 2: write each part as its id, "=" and its name, such as noord=Noord.';
      assert.equal(
        (await page.locator('#setting-error-areas-0 > p').innerText()).trim(),
        problem,
        'at the top',
      );
      assert.deepEqual(
        await page.locator('#hrc-areas-problems li').allInnerTexts(),
        [problem],
        'at the field',
      );
      assert.equal(await field.inputValue(), typed);
      assert.equal(await field.getAttribute('aria-invalid'), 'true');
      assert.match((await field.getAttribute('aria-describedby')) ?? '', /hrc-areas-problems/);
      assert.doesNotMatch(await page.locator('.wrap').innerText(), /Settings saved\./);
      assert.match(h.setting(), /"areas";a:0:\{\}/, 'nothing saved');
      const row = page.locator('tr').filter({ has: field });
      await row.screenshot({ path: `${SHOTS}settings-areas-error.png` });

      await field.fill(AREAS.map((a) => `${a.id}=${a.label}`).join('\n'));
      await page.locator('#submit').click();
      await page.waitForURL(/settings-updated/, { waitUntil: 'domcontentloaded' });
      await page.getByText('Settings saved.').first().waitFor();
      assert.equal(await field.inputValue(), 'centrum=Centrum\nnoord=Noord\nzuid=Zuid & Haven');
      assert.equal(await field.getAttribute('aria-invalid'), null);
      assert.match(h.setting(), /"areas";a:3:\{.*s:2:"id";s:4:"zuid";s:5:"label";s:12:"Zuid & Haven";\}\}/);
      await row.screenshot({ path: `${SHOTS}settings-areas.png` });
      assert.deepEqual(errors, []);
      await page.close();
    });

    test("the report form asks from the site's list, never a block's or a shortcode's own", async () => {
      const url = await h.publish(
        'Melden per wijk',
        `<!-- wp:hrc/report-form {"lang":"en","askEqualityData":"off","areas":"[{\\"id\\":\\"elders\\",\\"label\\":\\"Elders\\"}]"} /-->\n` +
          `<!-- wp:shortcode -->[hrc_report_form lang="en" areas='[{"id":"elders","label":"Elders"}]']<!-- /wp:shortcode -->`,
      );
      const html = await (await fetch(url)).text();
      const lists = [...html.matchAll(/<hrc-report-form [^>]*\bareas="([^"]*)"/g)].map((m) =>
        JSON.parse(m[1].replaceAll('&quot;', '"').replaceAll('&amp;', '&')),
      );
      assert.deepEqual(lists, [AREAS, AREAS]);
      assert.doesNotMatch(html, /elders/);
    });

    test('a resident picks a part of the city in the form; the report is counted under it', async () => {
      const url = await h.publish(
        'Discriminatie melden',
        '<!-- wp:hrc/report-form {"lang":"en","askEqualityData":"off"} /-->',
      );
      const before = [counted('noord'), counted('unspecified')];
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(url);
      const form = page.locator('hrc-report-form');
      const next = () => form.getByRole('button', { name: /^(Continue|Send report)$/ }).click();
      await form.getByLabel('Describe what happened').fill('The landlord would not rent to me.');
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
      // The check step asks, optionally, with "I'd rather not say" chosen until the resident picks one.
      const area = form.getByLabel('In which part of the city did it happen? (optional)');
      assert.equal(await area.inputValue(), '');
      assert.deepEqual(
        await area
          .locator('option')
          .allTextContents()
          .then((t) => t.map((s) => s.trim())),
        ['I’d rather not say', 'Centrum', 'Noord', 'Zuid & Haven'],
      );
      await area.selectOption({ label: 'Noord' });
      await form.getByLabel(/I agree that/).check();
      // People take more than a few seconds; faster fills are treated as automated and not stored.
      await page.waitForTimeout(3000);
      await next();
      const reference = (await form.locator('.reference').textContent({ timeout: 60_000 })).trim();
      const stored = JSON.parse(mysql(`SELECT payload FROM wp_hrc_reports WHERE reference='${reference}'`));
      assert.equal(stored.area, 'noord');
      // The office reads the part by its name.
      const id = mysql(`SELECT id FROM wp_hrc_reports WHERE reference='${reference}'`);
      const view = await (await h.admin(`/wp-admin/admin.php?page=hrc-widgets-reports&report=${id}`)).text();
      assert.match(view, /<tr><th scope="row">Part of the city<\/th><td>Noord<\/td><\/tr>/);
      assert.deepEqual([counted('noord'), counted('unspecified')], [before[0] + 1, before[1]]);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('an id the city does not list is counted as unspecified; a malformed one is refused', async () => {
      const send = (body) =>
        fetch(`${BASE}/?rest_route=/hrc/v1/reports`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body: JSON.stringify(body),
        });
      const before = counted('unspecified');
      const rows = h.rows();
      assert.equal((await send(h.report({ area: 'made-up' }))).status, 201);
      assert.equal(counted('unspecified'), before + 1);
      assert.equal(counted('made-up'), 0, 'no counter for an id the city does not list');
      for (const bad of ['Noord', 'unspecified', 'noord zuid', 7]) {
        const res = await send(h.report({ area: bad }));
        assert.equal(res.status, 400, String(bad));
        assert.ok((await res.json()).fields.some((f) => f.path === 'area'));
      }
      assert.equal(h.rows(), rows + 1, 'nothing stored from the refused requests');
      assert.equal(counted('unspecified'), before + 1);
    });

    test('the office publishes a period with the area table; WordPress checks it and the file fits the schema', async () => {
      storeCounters(90);
      const overview = await (await office('/?rest_route=/hrc/v1/statistics/counters')).json();
      assert.deepEqual(overview.areas, AREAS);
      const expected = publishPeriod({
        from: MONTHS[0],
        to: MONTHS[2],
        counters: overview.counters,
        threshold: 5,
        areas: AREAS,
      });
      assert.ok(expected.areas, 'the period has an area table');

      // A table with other names than the city's, or a count that is not the counter's, is refused.
      const post = (period) =>
        office('/?rest_route=/hrc/v1/statistics/periods', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ period }),
        });
      const renamed = structuredClone(expected);
      renamed.areas.labels.noord = 'Noord-Oost';
      const refused = await post(renamed);
      assert.equal(refused.status, 400);
      assert.deepEqual(
        (await refused.json()).data.problems.map((p) => `${p.path} ${p.code}`),
        ['areas.labels differs'],
      );
      const changed = structuredClone(expected);
      changed.areas.counts.centrum =
        typeof changed.areas.counts.centrum === 'number' ? changed.areas.counts.centrum + 1 : 5;
      assert.equal((await post(changed)).status, 400);
      assert.equal(mysql(`SELECT COUNT(*) FROM wp_hrc_stat_periods WHERE from_month='${MONTHS[0]}'`), '0');

      // On the Statistics screen, as the office does it.
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${BASE}/wp-admin/admin.php?page=hrc-widgets-statistics`);
      await page.getByLabel('First month').fill(MONTHS[0]);
      await page.getByLabel('Last month').fill(MONTHS[2]);
      await page.getByRole('button', { name: 'Show what will be published' }).click();
      await page.getByRole('heading', { name: /What will be published for/ }).waitFor({ timeout: 30000 });
      const table = page.getByRole('table', { name: 'Parts of the city, as they will be published' });
      const cells = await table
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
      const said = (c) =>
        typeof c === 'number' ? String(c) : 'lt' in c ? 'fewer than 5' : 'at least 5 (withheld)';
      assert.deepEqual(cells, [
        ['Centrum', said(expected.areas.counts.centrum)],
        ['Noord', said(expected.areas.counts.noord)],
        ['Zuid & Haven', said(expected.areas.counts.zuid)],
        ['Not given', said(expected.areas.counts.unspecified)],
      ]);
      await page.getByRole('button', { name: 'Publish this period' }).click();
      await page.getByText(/^Published: /).waitFor({ timeout: 30000 });
      assert.deepEqual(errors, []);
      await page.close();

      const doc = await (await fetch(`${BASE}/?rest_route=/hrc/v1/statistics`)).json();
      assert.ok(validate(doc), JSON.stringify(validate.errors));
      const published = doc.periods.find((p) => p.from === MONTHS[0]);
      assert.deepEqual({ ...published, publishedAt: undefined }, { ...expected, publishedAt: undefined });
      assert.deepEqual(published.areas.labels, { centrum: 'Centrum', noord: 'Noord', zuid: 'Zuid & Haven' });
      const csv = await (await fetch(`${BASE}/?rest_route=/hrc/v1/statistics&format=csv`)).text();
      assert.match(csv, new RegExp(`"${MONTHS[0]}","${MONTHS[2]}","areas","noord",""`));
    });
  });
}
