// The plugin in Chromium as a city editor and the office meet it, on the WordPress version under test
// (test/run.mjs runs this after e2e.mjs, on a fresh site of its own): the four blocks inserted through
// the block editor's inserter, their controls and live previews, the editor's iframe (WordPress 6.3+
// iframes the post editor when every block on the site is apiVersion 3), not one error or deprecation
// in the console, and the office's report detail. Screenshots of each step go to
// .cache/screenshots/wordpress-<version>/ for people to look at.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ADMIN, BASE, VERSION, mysql, start } from './wp-env.mjs';
import { CHROME_ARGS, findChromium } from '../../../scripts/lib/system.mjs';

const SHOTS = fileURLToPath(
  new URL(`../../../.cache/screenshots/wordpress-${VERSION.version}/`, import.meta.url),
);
const atLeast = (wanted) => {
  const [major, minor] = VERSION.version.split('.').map(Number);
  const [wMajor, wMinor] = wanted.split('.').map(Number);
  return major > wMajor || (major === wMajor && minor >= wMinor);
};

const BLOCKS = [
  {
    name: 'hrc/report-form',
    tag: 'hrc-report-form',
    title: 'Report form',
    controls: ['Language', 'Equality questions', 'Preselected ground', 'Quick exit address'],
  },
  {
    name: 'hrc/rights-cards',
    tag: 'hrc-rights-cards',
    title: 'Rights cards',
    controls: [
      'Language',
      'Charter articles',
      'Charter chapter',
      'Variant',
      'Report form page',
      'Heading level of the cards',
    ],
  },
  {
    name: 'hrc/framework-checklist',
    tag: 'hrc-framework-checklist',
    title: 'Human rights city checklist',
    // The preview fetches the published assessment (one element in place) from inside the canvas.
    ready: /1 of 20 applicable elements in place/,
    controls: ['Language', 'Compare with (JSON address)', 'Published assessment (JSON)', 'Read only'],
  },
  {
    name: 'hrc/declaration-badge',
    tag: 'hrc-declaration-badge',
    title: 'Human rights city badge',
    controls: ['Language', 'Variant', 'Size', 'Show progress from the published checklist', 'Checklist page'],
  },
  {
    name: 'hrc/report-stats',
    tag: 'hrc-report-stats',
    title: 'Report statistics',
    // The preview reads this site's statistics file from inside the canvas: nothing published yet.
    ready: /No statistics have been published yet/,
    controls: ['Language', 'Published statistics (JSON)', 'Counts by', 'Period shown first', 'Heading'],
  },
];

let env;
let browser;
let page;
/** Console errors and warnings, uncaught exceptions: everything the editor should never print. */
const problems = [];
/** Requests to other sites (the network is closed: they fail, and the plugin must make none). */
const foreign = [];

const take = () => problems.splice(0);
const shot = (name) => page.screenshot({ path: `${SHOTS}${name}.png` });
/** Opens every closed group of the block sidebar (only the first is open at first). */
async function openPanels() {
  const closed = page.locator(
    '.block-editor-block-inspector .components-panel__body:not(.is-opened) > .components-panel__body-title button',
  );
  while ((await closed.count()) > 0) await closed.first().click();
}
/** A nonce-bearing hidden field of the page currently shown. */
const hidden = (name) => page.locator(`input[name="${name}"]`).first().inputValue();

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  env = await start(process.env.HRC_WP_ZIP);
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB' });
  page = await context.newPage();
  // The machine may be busy: WordPress's admin pages take their time.
  page.setDefaultTimeout(60000);
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    const where = m.location().url;
    // A failed load of another site's file (WordPress's welcome guide shows images from s.w.org) is the
    // closed network speaking, recorded below as a foreign request.
    if (m.text().startsWith('Failed to load resource') && where && !where.startsWith(BASE)) return;
    problems.push(`${m.type()}: ${m.text()} (${where})`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.stack ?? e}`));
  // Requests to other sites fail at once, as on a closed network that answers quickly (waiting for a
  // resolver that never answers would hold up every page's load event).
  await context.route(
    (url) => !url.href.startsWith(BASE),
    (route) => {
      foreign.push(route.request().url());
      return route.abort('internetdisconnected');
    },
  );

  await page.goto(`${BASE}/wp-login.php`);
  await page.fill('#user_login', ADMIN.user);
  await page.fill('#user_pass', ADMIN.password);
  await page.click('#wp-submit');
  await page.waitForURL(/wp-admin/);

  await page.goto(`${BASE}/wp-admin/plugins.php`);
  await page.locator('a[href*="action=activate"][href*="hrc-widgets%2Fhrc-widgets.php"]').click();
  await page.locator('a[href*="action=deactivate"][href*="hrc-widgets%2Fhrc-widgets.php"]').waitFor();

  await page.goto(`${BASE}/wp-admin/admin.php?page=hrc-widgets-settings`);
  for (const [key, value] of Object.entries({
    city: 'Voorbeeld',
    office_name: 'Bureau Gelijke Behandeling',
    office_url: 'https://gelijk.example.org/',
    office_phone: '030 123 45 67',
    privacy_url: 'https://voorbeeld.example.org/privacy',
    declaration_year: '2019',
    declaration_url: 'https://voorbeeld.example.org/verklaring',
  })) {
    await page.fill(`[name="hrc_widgets_settings[${key}]"]`, value);
  }
  await page.selectOption('[name="hrc_widgets_settings[default_locale]"]', 'en');
  await page.locator('#submit').click();
  await page.waitForURL(/settings-updated/);

  // A published assessment, so that the checklist block previews the element rather than its notice.
  await page.goto(`${BASE}/wp-admin/admin.php?page=hrc-widgets-checklist`);
  const schemaVersion = JSON.parse(
    readFileSync(new URL('../../framework/dist/schema/assessment.schema.json', import.meta.url), 'utf8'),
  ).properties.schemaVersion.const;
  const saved = await page.request.post(`${BASE}/wp-admin/admin-post.php`, {
    form: {
      action: 'hrc_widgets_assessment',
      _wpnonce: await hidden('_wpnonce'),
      published: '1',
      assessment: JSON.stringify({
        kind: 'hrc-assessment',
        schemaVersion,
        city: 'Voorbeeld',
        period: '2026',
        elements: { declaration: { status: 'in-place' }, 'human-rights-office': { status: 'in-progress' } },
      }),
    },
  });
  assert.ok(saved.ok());
  assert.equal((await page.request.get(`${BASE}/?rest_route=/hrc/v1/assessment`)).status(), 200);
  take();
});

after(async () => {
  await browser?.close();
  env?.stop();
});

describe(`the block editor of WordPress ${VERSION.version}`, () => {
  /** The document that holds the blocks: the editor's iframe where WordPress uses one. */
  let canvas;

  test(`opens ${atLeast('6.3') ? 'in its iframe' : 'without an iframe (WordPress before 6.3)'}, printing nothing`, async () => {
    await page.goto(`${BASE}/wp-admin/post-new.php?post_type=page`);
    await page.waitForFunction(
      () => window.wp?.data?.select('core/block-editor') && window.wp.blocks.getBlockType('hrc/report-form'),
    );
    // The welcome guide, if it shows.
    await page.waitForTimeout(1000);
    await page.keyboard.press('Escape');
    const apiVersions = await page.evaluate(() =>
      window.wp.blocks
        .getBlockTypes()
        .filter((b) => b.name.startsWith('hrc/'))
        .map((b) => b.apiVersion),
    );
    // The later tests work in whichever document holds the blocks, even when this one fails.
    const frame = page.frame({ name: 'editor-canvas' });
    canvas = frame ?? page;
    if (frame) await frame.waitForSelector('.block-editor-block-list__layout');
    assert.deepEqual(
      apiVersions,
      BLOCKS.map(() => 3),
      'the plugin registers its blocks (one per element) with apiVersion 3',
    );
    assert.equal(
      Boolean(frame),
      atLeast('6.3'),
      atLeast('6.3')
        ? 'the post editor is iframed: no block of the site holds it back'
        : 'no iframe before 6.3',
    );
    assert.deepEqual(take(), []);
  });

  for (const block of BLOCKS) {
    test(`inserts ${block.title} from the inserter: controls, live preview with its styles, no console message`, async () => {
      assert.ok(canvas, 'the editor is open');
      const search = page.locator('.block-editor-inserter__search input');
      if (!(await search.isVisible()))
        await page
          .getByRole('button', { name: /block inserter/i })
          .first()
          .click();
      await search.fill(block.title);
      await page.locator(`.editor-block-list-item-${block.name.replace('/', '-')}`).click();
      const count = await page.evaluate(
        (name) =>
          window.wp.data
            .select('core/block-editor')
            .getBlocks()
            .filter((b) => b.name === name).length,
        block.name,
      );
      assert.equal(count, 1, 'the block is in the post');

      // The server-rendered preview holds the element, defined and styled inside the canvas.
      const wrapper = `[data-type="${block.name}"]`;
      await canvas.waitForFunction(
        ({ wrapper, tag }) => {
          const el = document.querySelector(`${wrapper} ${tag}`);
          return el && customElements.get(tag) && el.shadowRoot && el.shadowRoot.childElementCount > 0;
        },
        { wrapper, tag: block.tag },
        { timeout: 20000 },
      );
      const styled = await canvas.evaluate(
        ({ wrapper, tag }) => {
          const el = document.querySelector(`${wrapper} ${tag}`);
          return {
            display: getComputedStyle(el).display,
            sheets: el.shadowRoot.adoptedStyleSheets.length + el.shadowRoot.querySelectorAll('style').length,
          };
        },
        { wrapper, tag: block.tag },
      );
      assert.notEqual(
        styled.display,
        'inline',
        "the element's own styles apply (an unstyled element is inline)",
      );
      assert.ok(styled.sheets > 0, 'its shadow root has its style sheets');

      if (block.ready) {
        await canvas.waitForFunction(
          ({ wrapper, tag, ready }) =>
            new RegExp(ready).test(document.querySelector(`${wrapper} ${tag}`).shadowRoot.textContent),
          { wrapper, tag: block.tag, ready: block.ready.source },
          { timeout: 20000 },
        );
      }
      await canvas.locator(wrapper).scrollIntoViewIfNeeded();

      // Every group open: one control per attribute of the block (generated from the element's
      // description), each found by its label.
      const inspector = page.locator('.block-editor-block-inspector');
      await openPanels();
      const attributes = Object.keys(
        JSON.parse(
          readFileSync(new URL(`../blocks/${block.name.split('/')[1]}/block.json`, import.meta.url), 'utf8'),
        ).attributes,
      );
      const controls = await page.evaluate((name) => window.hrcWidgetsEditor.blocks[name], block.name);
      assert.deepEqual(
        controls.map((c) => c.key),
        attributes,
        'a control for every block attribute',
      );
      for (const label of [...block.controls, ...controls.map((c) => c.label)]) {
        assert.equal(await inspector.getByLabel(label, { exact: true }).count(), 1, `control "${label}"`);
      }
      await shot(`editor-${block.name.split('/')[1]}`);
      assert.deepEqual(take(), [], 'no error or warning in the console');
    });
  }

  test('a control changes the live preview', async () => {
    await page.evaluate(() => {
      const editor = window.wp.data;
      const cards = editor
        .select('core/block-editor')
        .getBlocks()
        .find((b) => b.name === 'hrc/rights-cards');
      editor.dispatch('core/block-editor').selectBlock(cards.clientId);
    });
    await openPanels();
    const inspector = page.locator('.block-editor-block-inspector');
    await inspector.getByLabel('Variant', { exact: true }).selectOption('compact');
    await inspector.getByLabel('Heading level of the cards', { exact: true }).selectOption('2');
    // The new preview: the attributes on the element, its property set, the fallback at that level.
    await canvas.waitForFunction(
      () => {
        const el = document.querySelector(
          '[data-type="hrc/rights-cards"] hrc-rights-cards[variant="compact"]',
        );
        return el && el.headingLevel === 2 && el.querySelector(':scope > article > h2');
      },
      null,
      { timeout: 20000 },
    );
    await shot('editor-rights-cards-compact');
    assert.deepEqual(take(), []);
  });

  test('publishing from the editor puts the five elements on the page', async () => {
    await page.evaluate(() =>
      window.wp.data.dispatch('core/editor').editPost({ title: 'Mensenrechten', status: 'publish' }),
    );
    await page.evaluate(() => window.wp.data.dispatch('core/editor').savePost());
    await page.waitForFunction(() => {
      const editor = window.wp.data.select('core/editor');
      return !editor.isSavingPost() && editor.getCurrentPost().status === 'publish';
    });
    const link = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPost().link);
    const html = await (await page.request.get(link)).text();
    const opening = (tag) => html.match(new RegExp(`<${tag} [^>]*>`, 'g')) ?? [];
    for (const { tag } of BLOCKS) assert.equal(opening(tag).length, 1, `${tag} on the page`);
    assert.match(opening('hrc-rights-cards')[0], /variant="compact" heading-level="2"/);
    assert.deepEqual(take(), []);
  });

  test("the plugin made no request to another site and left nothing in PHP's log", () => {
    // WordPress itself shows avatars from Gravatar and its welcome guide's images from s.w.org.
    const core = (url) => /(^|\.)gravatar\.com$|^s\.w\.org$/.test(new URL(url).hostname);
    assert.deepEqual(
      foreign.filter((url) => !core(url)),
      [],
      "no request to another site but WordPress's own",
    );
    let log = '';
    try {
      log = readFileSync(env.debugLog, 'utf8');
    } catch {
      // No log file: nothing was logged.
    }
    assert.deepEqual(
      log.split('\n').filter((line) => line.includes('hrc-widgets')),
      [],
    );
  });
});

describe('the office', () => {
  test('reads a report in words (screenshot of the detail)', async () => {
    const res = await page.request.post(`${BASE}/?rest_route=/hrc/v1/reports`, {
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      data: {
        schemaVersion: 1,
        locale: 'nl',
        description: 'Bij een sollicitatie werd mij gevraagd of ik een hoofddoek zou blijven dragen.',
        when: { precision: 'month', month: 1, year: 2026 },
        place: 'Centrum',
        domain: 'work',
        grounds: ['religion-or-belief', 'age'],
        groundUnknown: false,
        role: 'witness',
        contact: { kind: 'contact', email: 'melder@example.org', phone: '' },
        wish: 'advice',
        consent: true,
        sentAt: new Date().toISOString(),
        antiAbuse: { honeypot: '', fillMs: 64000 },
      },
    });
    assert.equal(res.status(), 201, await res.text());
    const { reference } = await res.json();
    const id = mysql(`SELECT id FROM wp_hrc_reports WHERE reference='${reference}'`);
    await page.goto(`${BASE}/wp-admin/admin.php?page=hrc-widgets-reports&report=${id}`);
    await page.getByRole('heading', { name: new RegExp(reference) }).waitFor();
    const text = await page.locator('#wpbody-content').innerText();
    assert.match(text, /Work/);
    assert.doesNotMatch(text, /religion-or-belief|\bwitness\b/, 'no internal codes');
    await page.screenshot({ path: `${SHOTS}office-report.png`, fullPage: true });
    assert.deepEqual(take(), []);
  });
});
