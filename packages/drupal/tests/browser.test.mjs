// The module's templates, rendered by Twig as Drupal would, served to Chromium with the kit's bundle
// from the module's assets/ folder: the markup must upgrade into working custom elements.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChromium } from '../../../scripts/lib/system.mjs';
import { moduleDir, packageDir, run } from './lib.mjs';

const MODULE_BASE = '/modules/custom/hrc_widgets/';
// The strict policy the kit is built for (docs/embedding.md): nothing inline, nothing from elsewhere.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";
const STATISTICS = join(packageDir, '../framework/examples/statistics.example.json');
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

let pagesDir;
let summary;
let server;
let origin;
let browser;

before(async () => {
  assert.ok(
    existsSync(join(moduleDir, 'assets/hrc-loader.js')),
    'hrc_widgets/assets/ is empty: run `pnpm --filter @hrc/drupal build` after building the widgets',
  );
  pagesDir = mkdtempSync(join(tmpdir(), 'hrc-drupal-'));
  const r = run('php', [join(packageDir, 'tests/php/render.php'), pagesDir]);
  assert.equal(r.status, 0, `Twig rendering failed:\n${r.stderr}${r.stdout}`);
  summary = JSON.parse(r.stdout);

  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file;
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (path.startsWith('/page/')) file = join(pagesDir, normalize(path.slice(6)));
    // Like a web server in front of Drupal: only the module's assets are served from its folder.
    // A city's published statistics file (the framework's example), for the report statistics block.
    else if (path === '/statistics.json') file = STATISTICS;
    else if (path.startsWith(`${MODULE_BASE}assets/`))
      file = join(moduleDir, normalize(path.slice(MODULE_BASE.length)));
    if (
      !file ||
      (file !== STATISTICS &&
        !file.startsWith(file.startsWith(pagesDir) ? pagesDir : join(moduleDir, 'assets'))) ||
      !existsSync(file)
    ) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`,
      'content-security-policy': CSP,
    });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (pagesDir) rmSync(pagesDir, { recursive: true, force: true });
});

/** Opens a rendered page and collects what went wrong on it. */
async function open(name) {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const html = readFileSync(join(pagesDir, `${name}.html`), 'utf8');
  await page.goto(`${origin}/page/${name}.html`, { waitUntil: 'load' });
  return { context, page, problems, requests, html };
}

/** Waits until the element is defined and rendered, then reports what a visitor would get. */
async function inspect(page, tag, index = 0) {
  await page.waitForFunction((t) => customElements.get(t) !== undefined, tag, { timeout: 15_000 });
  return page.evaluate(
    async ([t, i]) => {
      const el = document.querySelectorAll(t)[i];
      await el.updateComplete;
      // Content-driven elements settle after their content file arrived.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      const observed = el.constructor.observedAttributes ?? [];
      const attributes = Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
      const text = (node) =>
        [...node.childNodes]
          .map((n) =>
            n.nodeType === 3 ? n.textContent : n.nodeType === 1 ? text(n.shadowRoot ?? n) + text(n) : '',
          )
          .join(' ');
      return {
        upgraded: el instanceof customElements.get(t) && el.matches(':defined'),
        shadow: el.shadowRoot !== null,
        shadowText: el.shadowRoot ? text(el.shadowRoot).replace(/\s+/g, ' ').trim() : '',
        shadowElements: el.shadowRoot ? el.shadowRoot.querySelectorAll('*').length : 0,
        attributes,
        observed,
        locale: el.locale,
        csp: window.__cspViolations,
      };
    },
    [tag, index],
  );
}

const expectedAttributes = (attrs) =>
  Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, v === true ? '' : String(v)]));

function checkElement(result, tag, attributes, problems, requests) {
  assert.ok(result.upgraded, `${tag} upgraded`);
  assert.ok(result.shadow, `${tag} has a shadow root`);
  assert.ok(result.shadowElements > 0, `${tag} rendered its own markup`);
  // The element may reflect more (its defaults); what the module printed must arrive unchanged.
  for (const [name, value] of Object.entries(expectedAttributes(attributes))) {
    assert.equal(result.attributes[name], value, `${tag}: attribute ${name} arrives as printed`);
  }
  for (const name of Object.keys(attributes)) {
    assert.ok(
      result.observed.includes(name),
      `<${tag}> does not observe the attribute "${name}" the module prints`,
    );
  }
  assert.deepEqual(result.csp, [], `${tag}: CSP violations`);
  assert.deepEqual(problems, [], `${tag}: problems on the page`);
  const foreign = requests.filter((url) => !url.startsWith(origin));
  assert.deepEqual(foreign, [], 'no request leaves the site');
}

for (const lang of ['en', 'nl']) {
  for (const widget of [
    'report-form',
    'rights-cards',
    'framework-checklist',
    'declaration-badge',
    'report-stats',
  ]) {
    test(`block ${widget} (${lang}) upgrades in Chromium`, async () => {
      const name = `block-${widget}-${lang}`;
      const { tag, attributes } = summary[name];
      const { context, page, problems, requests, html } = await open(name);
      try {
        // Light-DOM fallback was printed inside the element, for browsers without JavaScript.
        const inner = html.match(new RegExp(`<${tag}[^>]*>([\\s\\S]*)</${tag}>`))[1];
        assert.ok(inner.replace(/<[^>]+>/g, '').trim().length > 10, `${tag} has fallback text`);
        assert.doesNotMatch(html, /<script>alert/, 'hostile settings are escaped');
        const result = await inspect(page, tag);
        checkElement(result, tag, attributes, problems, requests);
        assert.equal(result.locale, lang, `${tag} renders in ${lang}`);
        const scripts = requests.filter((u) => u.endsWith('.js') || u.includes('.js?'));
        assert.ok(
          scripts.every((u) => u.startsWith(`${origin}${MODULE_BASE}assets/`)),
          'scripts come from the module',
        );
        if (widget === 'rights-cards') {
          // The upgraded cards show the Charter text of the page's language from the content file.
          const content = JSON.parse(readFileSync(join(moduleDir, `assets/content/${lang}.json`), 'utf8'));
          const title = content.charter.articles.find((a) => Number(a.number) === 21).title;
          assert.ok(result.shadowText.includes(title), `rights cards show "${title}"`);
        }
        if (widget === 'declaration-badge') assert.match(result.shadowText, /Utrecht/);
        // The head names every module file the element imports (modulepreload) and the kit's style
        // sheet; each was fetched, from the module.
        const manifest = JSON.parse(readFileSync(join(moduleDir, 'assets/manifest.json'), 'utf8'));
        const chunks = manifest.preload[tag].filter((f) => f.startsWith('./chunks/'));
        const head = html.slice(0, html.indexOf('</head>'));
        for (const chunk of chunks) {
          const href = `${MODULE_BASE}assets/${chunk.slice(2)}`;
          assert.ok(head.includes(`<link rel="modulepreload" href="${href}">`), `${tag}: preload ${chunk}`);
          assert.ok(requests.includes(`${origin}${href}`), `${tag}: ${chunk} fetched`);
        }
        assert.ok(
          requests.includes(`${origin}${MODULE_BASE}assets/hrc-kit.css`),
          `${tag}: hrc-kit.css fetched`,
        );
        if (widget === 'report-stats') {
          // The published file was fetched from the address the block printed, checked and shown.
          assert.ok(requests.includes(`${origin}/statistics.json`), 'the statistics file was fetched');
          const shown = await page.evaluate(async () => {
            const el = document.querySelector('hrc-report-stats');
            await el.updateComplete;
            await new Promise((resolve) => setTimeout(resolve, 200));
            await el.updateComplete;
            return {
              level: el.shadowRoot.querySelector('[role="heading"]')?.getAttribute('aria-level'),
              tables: el.shadowRoot.querySelectorAll('table').length,
            };
          });
          assert.ok(shown.tables > 0, 'the counts are shown as tables');
          assert.equal(shown.level, '3', 'the heading has the level the block set');
          assert.match(inner, /<a href="\/statistics\.json">/, 'the fallback links to the file');
        }
        if (widget !== 'declaration-badge') {
          assert.ok(
            requests.some((u) => u.startsWith(`${origin}${MODULE_BASE}assets/content/${lang}/`)),
            `${tag} fetched its content from the module's assets/content/`,
          );
        }
      } finally {
        await context.close();
      }
    });
  }
}

test('block fallback text follows the language (nl)', () => {
  const badge = readFileSync(join(pagesDir, 'block-declaration-badge-nl.html'), 'utf8');
  assert.match(badge, /Utrecht, mensenrechtenstad sinds 2011: lees de verklaring/);
  const form = readFileSync(join(pagesDir, 'block-report-form-nl.html'), 'utf8');
  assert.match(form, /<h2>Discriminatie melden<\/h2>/);
  assert.match(
    form,
    /U kunt ook contact opnemen met <a href="https:\/\/office\.example\/\?a=1&amp;b=2">Office &quot;A&quot; &lt;script&gt;/,
  );
});

test('report form: its first step is sent drawn, usable before any script, then taken over', async () => {
  const { fillPrerender } = await import('../../widgets/dist/prerender.js');
  const template = (lang) =>
    readFileSync(join(moduleDir, `assets/prerender/hrc-report-form.${lang}.html`), 'utf8');
  const html = readFileSync(join(pagesDir, 'block-report-form-en.html'), 'utf8');
  // First inside the element, before the fallback; filled in as the kit's own fillPrerender() fills it.
  const drawn = fillPrerender(template('en'), {
    kitUrl: `${MODULE_BASE}assets/`,
    quickExitUrl: 'https://weather.example/',
  });
  assert.match(html, /<hrc-report-form [^>]*><template shadowrootmode="open">/);
  assert.ok(html.includes(`>${drawn}<h2>Report discrimination</h2>`), 'the drawn step, then the fallback');
  assert.ok(
    readFileSync(join(pagesDir, 'block-report-form-nl.html'), 'utf8').includes(
      fillPrerender(template('nl'), {
        kitUrl: `${MODULE_BASE}assets/`,
        quickExitUrl: 'https://weather.example/',
      }),
    ),
    'in the form’s language',
  );
  // Left out in a preview and with the Shift shortcut off; a refused quick exit goes to an empty page.
  assert.doesNotMatch(readFileSync(join(pagesDir, 'preview-report-form-en.html'), 'utf8'), /<template/);
  const hostile = readFileSync(join(pagesDir, 'hostile-en.html'), 'utf8');
  assert.equal(
    hostile.split('<template shadowrootmode="open">').length - 1,
    1,
    'only the form with the shortcut on',
  );
  assert.ok(hostile.includes('<a part="quick-exit" class="button button--exit" href="about:blank">'));

  // In Chromium, with the kit's modules held back: the step is there with its final labels.
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/hrc-report-form*.js*', async (route) => {
    await held;
    await route.continue();
  });
  try {
    await page.goto(`${origin}/page/block-report-form-en.html`, { waitUntil: 'commit' });
    const form = page.locator('hrc-report-form');
    const first = form.locator('input[type=radio]').first();
    await first.waitFor({ state: 'visible' });
    assert.equal(await page.evaluate(() => customElements.get('hrc-report-form')), undefined);
    const content = JSON.parse(readFileSync(join(moduleDir, 'assets/content/en/report.json'), 'utf8'));
    assert.equal((await form.locator('label[for=domain]').textContent()).trim(), content.domains[0].label);
    await form.locator('#description').fill('They refused me at the counter.');
    release();
    await page.waitForFunction(() => document.querySelector('hrc-report-form').hasUpdated, null, {
      timeout: 15_000,
    });
    assert.equal(await form.locator('button[part=quick-exit]').count(), 1, 'the element drew its own');
    assert.equal(await form.locator('#description').inputValue(), 'They refused me at the counter.');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('report form: hostile office name reaches the element as text', async () => {
  const { context, page, problems, requests } = await open('block-report-form-en');
  try {
    const result = await inspect(page, 'hrc-report-form');
    checkElement(result, 'hrc-report-form', summary['block-report-form-en'].attributes, problems, requests);
    assert.equal(result.attributes['office-name'], 'Office "A" <script>alert(1)</script> & co');
    assert.equal(await page.evaluate(() => document.querySelectorAll('script:not([src])').length), 0);
  } finally {
    await context.close();
  }
});

test('text filter: embeds become elements with allowlisted attributes only', async () => {
  const { embeds } = summary['filter-en'];
  assert.deepEqual(
    embeds.map((e) => e.tag),
    ['hrc-declaration-badge', 'hrc-rights-cards', 'hrc-report-form'],
  );
  // Settings-only and unknown attributes written in the text are gone; bad values are dropped.
  const form = embeds[2].attributes;
  assert.equal(form.endpoint, '/reports');
  assert.equal(form.ground, 'race');
  assert.equal(embeds[1].attributes['report-url'], undefined);
  assert.equal(embeds[1].attributes.articles, '21,26');
  assert.equal(embeds[0].attributes.onclick, undefined);

  const { context, page, problems, requests, html } = await open('filter-en');
  try {
    assert.match(html, /Unknown widgets stay text: \[hrc:marquee speed="fast"\]/);
    // An embed alone in a paragraph replaces the paragraph: no block element inside <p>.
    assert.doesNotMatch(html, /<p>\s*<hrc-/);
    for (const [i, { tag, attributes }] of embeds.entries()) {
      const index = embeds.slice(0, i).filter((e) => e.tag === tag).length;
      checkElement(await inspect(page, tag, index), tag, attributes, problems, requests);
    }
  } finally {
    await context.close();
  }
});

test('hostile addresses in embeds and settings reach neither the page nor the elements', async () => {
  const { embeds } = summary['hostile-en'];
  assert.equal(embeds.length, 5);
  const { context, page, problems, requests, html } = await open('hostile-en');
  try {
    assert.doesNotMatch(
      html,
      /hrc-report-stats/,
      'report statistics with a refused address: no block at all',
    );
    // Every address printed in the page, decoded as the browser reads it.
    const printed = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes]
          .filter((a) => /(^href$|^src$|url$|-src$|^endpoint$)/.test(a.name))
          .map((a) => a.value),
      ),
    );
    const scriptLike = (v) =>
      /^(javascript|vbscript|data):|^\/\/|&#|&colon;/i.test([...v].filter((c) => c > ' ').join(''));
    assert.deepEqual(printed.filter(scriptLike), [], 'no unsafe address in the page');
    assert.ok(
      !/quick-exit-url=|report-url=|compare-src=|status-src=|office-url=|privacy-url=|declaration-url=/.test(
        html,
      ),
    );
    assert.match(html, /<hrc-report-form[^>]* quick-exit-shortcut="off"/);
    for (const [i, { tag, attributes }] of embeds.entries()) {
      const index = embeds.slice(0, i).filter((e) => e.tag === tag).length;
      checkElement(await inspect(page, tag, index), tag, attributes, problems, requests);
    }
    const links = await page.evaluate(() => {
      const all = (root) =>
        [...root.querySelectorAll('*')].flatMap((el) => [
          ...(el instanceof HTMLAnchorElement ? [el.href] : []),
          ...(el.shadowRoot ? all(el.shadowRoot) : []),
        ]);
      return all(document);
    });
    assert.deepEqual(
      links.filter((href) => !/^(https?|tel):/.test(href)),
      [],
      'the elements link nothing unsafe',
    );
  } finally {
    await context.close();
  }
});

test('report form in the layout builder or node preview: inert quick exit, no Shift shortcut', async () => {
  const { attributes } = summary['preview-report-form-en'];
  assert.equal(attributes.preview, true);
  const { context, page, problems, requests } = await open('preview-report-form-en');
  try {
    checkElement(await inspect(page, 'hrc-report-form'), 'hrc-report-form', attributes, problems, requests);
    const before = page.url();
    await page.locator('hrc-report-form').getByRole('button', { name: 'Leave this page quickly' }).click();
    await page.locator('hrc-report-form').getByRole('textbox').first().fill('Typed in the layout builder');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    assert.equal(page.url(), before, 'the page stays');
    assert.equal(
      await page.locator('hrc-report-form').getByRole('textbox').first().inputValue(),
      'Typed in the layout builder',
    );
    const note = page
      .locator('hrc-report-form')
      .getByText('Preview: this form sends nothing, and quick exit stays on this page.');
    assert.equal(await note.count(), 1, 'the note says why the button does nothing');
    assert.deepEqual(
      requests.filter((u) => u.endsWith('/reports')),
      [],
      'nothing sent',
    );
  } finally {
    await context.close();
  }
});

test('loader library upgrades elements a theme prints itself', async () => {
  const { context, page, problems, requests } = await open('loader-en');
  try {
    const { tag, attributes } = summary['loader-en'];
    checkElement(await inspect(page, tag), tag, attributes, problems, requests);
  } finally {
    await context.close();
  }
});
