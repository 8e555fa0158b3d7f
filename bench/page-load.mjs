// Page load side by side: the kit's report form as a city embeds it (with the script tag, and with
// its first step drawn in advance as a server sends it), the same first-step questions with GOV.UK
// Frontend, and as plain HTML without script (the limit). Part of `pnpm bench`
// (`--no-page-load` skips it); alone: `node bench/page-load.mjs [--runs N] [--serve]`.
//   --runs N   loads per page, language and condition (default 7), interleaved round robin
//   --serve    only start the server and print the pages' addresses (to look at them), no measuring
// One static server compresses with gzip; Chromium (the system one) loads each page in a fresh context
// with the cache off, the CPU slowed 4×, once without network throttling and once on "slow 4G".
// Per page: bytes as sent (gzip bodies) by type, requests, time until the first radio is visible,
// enabled, in the tab order and carries its final label (in the kit: inside its shadow root), first
// contentful paint, total blocking time and layout shift. Medians with quartiles [q1–q3].
// Alone, it writes its figures into bench/results.json under "pageLoad" and keeps the other keys.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import * as sass from 'sass';
import { STRICT_CSP } from '../demo/server.mjs';
import { CHROME_ARGS, findChromium } from '../scripts/lib/system.mjs';
import { GOVUK_SCRIPT_HASHES, LANGS, pagesFor } from './page-load/pages.mjs';
import { CONTENT_TYPES as TYPES } from '../scripts/lib/serve-folder.mjs';
import { fillPrerender } from '../packages/widgets/dist/prerender.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const bundle = `${root}packages/widgets/bundle/`;
const govukDist = `${root}node_modules/govuk-frontend/dist/govuk/`;

export const PAGES = ['kit', 'kitPrerendered', 'govuk', 'plain'];
const PAGE_NAMES = {
  kit: 'the kit’s form',
  kitPrerendered: 'kit, drawn ahead',
  govuk: 'GOV.UK Frontend',
  plain: 'plain HTML',
};
/** The kit's two ways of being embedded: the script tag alone, and with the first step drawn ahead. */
const KIT_PAGES = ['kit', 'kitPrerendered'];

/** CPU slowed 4× in both; "slow 4G" as in issue 25 (DevTools' throughputs are in bytes per second). */
export const CONDITIONS = {
  unthrottled: { name: 'CPU 4× slower, network not throttled' },
  slow4g: {
    name: 'CPU 4× slower, slow 4G (150 ms, 1.6 Mbit/s down, 750 kbit/s up)',
    network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  },
};

/** Issue 25's targets, shown beside the figures (they are not budgets: a miss does not fail the bench). */
export const TARGETS = { pageBytes: 30000, cls: 0 };

const KIND = { '.html': 'html', '.js': 'js', '.css': 'css', '.json': 'json' };

/** GOV.UK Frontend's CSS, compiled from its Sass with system fonts: its licensed fonts left out. */
function govukCss() {
  const { css } = sass.compileString(
    '@use "govuk-frontend/dist/govuk" with ($govuk-font-family: (arial, sans-serif));',
    { loadPaths: [`${root}node_modules`], style: 'compressed', quietDeps: true },
  );
  if (/@font-face|GDS Transport/.test(css)) throw new Error('GOV.UK CSS still refers to its own fonts');
  return Buffer.from(css);
}

/**
 * One server for the pages: generated pages and GOV.UK's files from memory, the kit from its
 * self-hosted folder under /kit/. Everything over 512 bytes is sent gzip-compressed (level 9, as
 * `pnpm bench` counts sizes). It notes what it sends, so each load's bytes and requests are exact.
 */
async function startServer() {
  const files = new Map(); // path → { body, type }
  const english = JSON.parse(readFileSync(`${bundle}locales/en.json`, 'utf8'));
  for (const lang of LANGS) {
    const catalog = JSON.parse(readFileSync(`${bundle}locales/${lang}.json`, 'utf8'));
    const report = JSON.parse(readFileSync(`${bundle}content/${lang}/report.json`, 'utf8'));
    const prerendered = fillPrerender(
      readFileSync(`${bundle}prerender/hrc-report-form.${lang}.html`, 'utf8'),
      {
        kitUrl: '/kit/',
        quickExitUrl: '/weather.html',
      },
    );
    const { preload } = JSON.parse(readFileSync(`${bundle}manifest.json`, 'utf8'));
    const pages = pagesFor(lang, catalog, report, english, prerendered, preload['hrc-report-form']);
    for (const [page, html] of Object.entries(pages)) files.set(`/${page}.${lang}.html`, Buffer.from(html));
  }
  files.set('/govuk/govuk-frontend.min.css', govukCss());
  files.set('/govuk/govuk-frontend.min.js', readFileSync(`${govukDist}govuk-frontend.min.js`));
  const gz = new Map();
  const sent = [];
  const kitRoot = resolve(bundle);
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    let body = files.get(pathname);
    if (!body && pathname.startsWith('/kit/')) {
      const path = normalize(join(kitRoot, decodeURIComponent(pathname.slice(5))));
      if (path.startsWith(kitRoot + sep) && existsSync(path)) body = readFileSync(path);
    }
    if (!body || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('Not found');
    }
    const ext = extname(pathname);
    const gzip = body.length >= 512 && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    let out = body;
    if (gzip) {
      // Compressed once per content, so that a rebuild while serving (--serve) is seen at once.
      const cached = gz.get(pathname);
      out = cached?.body.equals(body) ? cached.out : gzipSync(body, { level: 9 });
      gz.set(pathname, { body, out });
    }
    const csp = pathname.startsWith('/govuk.')
      ? STRICT_CSP.replace("script-src 'self'", `script-src 'self' ${GOVUK_SCRIPT_HASHES}`)
      : STRICT_CSP;
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': out.length,
      'cache-control': 'no-cache',
      'content-security-policy': csp,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    sent.push({ path: pathname, kind: KIND[ext] ?? 'other', bytes: out.length });
    res.end(req.method === 'HEAD' ? undefined : out);
  });
  await new Promise((done) => server.listen(Number(process.env.PORT) || 0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    /** What was sent since the last call. */
    take: () => sent.splice(0),
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/**
 * Runs in the page before its scripts: layout shifts, long tasks, and each frame until the first
 * radio (in the document or in a report form's shadow root) is usable with `label`.
 */
function observe(label) {
  const pl = (window.__pageLoad = { cls: 0, longTasks: [], labels: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) pl.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pl.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const firstRadio = () => {
    const inDoc = document.querySelector('input[type=radio]');
    if (inDoc) return inDoc;
    for (const form of document.querySelectorAll('hrc-report-form')) {
      const r = form.shadowRoot?.querySelector('input[type=radio]');
      if (r) return r;
    }
    return null;
  };
  const inert = (el) => {
    for (let n = el; n; n = n.parentNode ?? n.host) if (n.inert) return true;
    return false;
  };
  // Visible: rendered and not hidden (GOV.UK draws its radio over a transparent input, so opacity
  // does not count); enabled; reachable with Tab.
  const usable = (r) =>
    r.checkVisibility({ visibilityProperty: true }) &&
    r.getBoundingClientRect().width > 0 &&
    r.matches(':enabled') &&
    r.tabIndex >= 0 &&
    !inert(r);
  const frame = () => {
    const r = firstRadio();
    if (r && usable(r)) {
      const now = performance.now();
      const text = (r.labels?.[0]?.textContent ?? r.getAttribute('aria-label') ?? '').trim();
      pl.anyLabel ??= now;
      if (!pl.labels.includes(text)) pl.labels.push(text);
      if (text === label) {
        pl.finalLabel = now;
        return;
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** One load of `url` in a fresh context; what the server sent comes from `server.take()`. */
async function loadOnce(browser, server, url, condition, label) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (condition.network) await cdp.send('Network.emulateNetworkConditions', condition.network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(observe, label);
    server.take();
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => window.__pageLoad.finalLabel !== undefined, undefined, {
      timeout: 30_000,
    });
    // Quiet time for late work (long tasks, shifts) to show.
    await page.waitForTimeout(1500);
    const raw = await page.evaluate(() => ({
      ...window.__pageLoad,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    }));
    const sent = server.take().filter((s) => s.path !== '/favicon.ico');
    const bytes = { total: 0 };
    for (const s of sent) {
      bytes[s.kind] = (bytes[s.kind] ?? 0) + s.bytes;
      bytes.total += s.bytes;
    }
    // Nothing shows before the first paint: a radio found in an earlier frame counts from there.
    const painted = (t) => (raw.fcp === undefined ? t : Math.max(t, raw.fcp));
    return {
      usable: painted(raw.finalLabel),
      usableAnyLabel: painted(raw.anyLabel),
      labelsShown: raw.labels,
      fcp: raw.fcp,
      tbt: raw.longTasks
        .filter((t) => raw.fcp === undefined || t.start + t.duration > raw.fcp)
        .reduce((a, t) => a + Math.max(0, t.duration - 50), 0),
      cls: raw.cls,
      requests: sent.length,
      bytes,
    };
  } catch (error) {
    return { error: String(error?.message ?? error).split('\n')[0] };
  } finally {
    await context.close();
  }
}

/** The p-quantile of sorted numbers (linear between neighbours). */
function quantile(sorted, p) {
  const i = (sorted.length - 1) * p;
  const lo = Math.floor(i);
  return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (i - lo);
}
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), q1: quantile(s, 0.25), q3: quantile(s, 0.75), min: s[0], max: s.at(-1) };
};

function summarize(loads, finalLabel) {
  const failed = loads.filter((l) => l.error);
  const ok = loads.filter((l) => !l.error);
  if (ok.length === 0) return { error: failed[0]?.error ?? 'no loads', loads: 0 };
  const kinds = [...new Set(ok.flatMap((l) => Object.keys(l.bytes)))];
  return {
    loads: ok.length,
    failedLoads: failed.map((l) => l.error),
    bytes: Object.fromEntries(kinds.map((k) => [k, stats(ok.map((l) => l.bytes[k] ?? 0)).median])),
    requests: stats(ok.map((l) => l.requests)).median,
    firstRadioWithFinalLabelMs: stats(ok.map((l) => l.usable)),
    firstRadioAnyLabelMs: stats(ok.map((l) => l.usableAnyLabel)),
    loadsShowingAnotherLabel: ok.filter((l) => l.labelsShown.some((t) => t !== finalLabel)).length,
    labelsShown: [...new Set(ok.flatMap((l) => l.labelsShown))],
    fcpMs: stats(ok.map((l) => l.fcp ?? NaN)),
    tbtMs: stats(ok.map((l) => l.tbt)),
    cls: stats(ok.map((l) => l.cls)),
  };
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const ms = (s) => `${s.median.toFixed(0)} [${s.q1.toFixed(0)}–${s.q3.toFixed(0)}]`;
const mark = (ok) => (ok ? '✓' : '✗');

/** One table per condition, with the ratios and issue 25's targets. */
export function formatTables(result) {
  const out = [];
  const w = [18, 4, 38, 5, 20, 20, 16, 14, 9];
  const row = (cells) =>
    cells.map((c, i) => (i < 2 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join('  ');
  for (const [key, condition] of Object.entries(CONDITIONS)) {
    const r = result.conditions[key];
    out.push(`\nPage load, ${condition.name}; ${result.runs} loads each, median [q1–q3]`);
    out.push(
      row([
        'page',
        'lang',
        'bytes gzip (by type)',
        'reqs',
        'radio, final label',
        'radio, any label',
        'FCP ms',
        'TBT ms',
        'CLS max',
      ]),
    );
    for (const lang of result.langs) {
      for (const page of PAGES) {
        const m = r[lang][page];
        if (m.error) {
          out.push(row([PAGE_NAMES[page], lang, `ERROR ${m.error}`, '', '', '', '', '', '']));
          continue;
        }
        const types = Object.entries(m.bytes)
          .filter(([k]) => k !== 'total')
          .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`)
          .join(' + ');
        out.push(
          row([
            PAGE_NAMES[page],
            lang,
            `${kB(m.bytes.total)} (${types})`,
            m.requests,
            `${ms(m.firstRadioWithFinalLabelMs)} ms`,
            `${ms(m.firstRadioAnyLabelMs)} ms`,
            ms(m.fcpMs),
            ms(m.tbtMs),
            m.cls.max.toFixed(3),
          ]),
        );
      }
    }
    for (const lang of result.langs) {
      const { govuk, plain } = r[lang];
      for (const variant of KIT_PAGES) {
        const kit = r[lang][variant];
        if (!kit || kit.error || govuk.error || plain.error) continue;
        const ratio = (a, b) => (a.median / b.median).toFixed(2);
        const k = kit.firstRadioWithFinalLabelMs;
        out.push(
          `${lang}, ${PAGE_NAMES[variant]}: first radio with its final label, / GOV.UK ${ratio(k, govuk.firstRadioWithFinalLabelMs)}×, ` +
            `/ plain ${ratio(k, plain.firstRadioWithFinalLabelMs)}×; ` +
            `bytes / GOV.UK ${(kit.bytes.total / govuk.bytes.total).toFixed(2)}×, ` +
            `/ plain ${(kit.bytes.total / plain.bytes.total).toFixed(2)}×; ` +
            `loads that showed another label first: ${kit.loadsShowingAnotherLabel}/${kit.loads}` +
            (kit.loadsShowingAnotherLabel ? ` (${kit.labelsShown.map((t) => `“${t}”`).join(', ')})` : ''),
        );
      }
    }
  }
  out.push('\nIssue 25 targets for the kit’s form (shown, not enforced):');
  for (const lang of result.langs) {
    for (const variant of KIT_PAGES) {
      const slow = result.conditions.slow4g[lang];
      if (!slow[variant] || slow[variant].error || slow.govuk.error) continue;
      const kit = slow[variant];
      const k = kit.firstRadioWithFinalLabelMs.median;
      const g = slow.govuk.firstRadioWithFinalLabelMs.median;
      const clsMax = Math.max(
        ...Object.values(result.conditions).map((c) => c[lang][variant].cls?.max ?? Infinity),
      );
      const shown = Object.values(result.conditions).reduce(
        (a, c) => a + c[lang][variant].loadsShowingAnotherLabel,
        0,
      );
      out.push(
        `  ${lang}, ${PAGE_NAMES[variant]}: ${mark(k <= g)} first radio with its final label on slow 4G ${k.toFixed(0)} ms ≤ GOV.UK ${g.toFixed(0)} ms` +
          ` (aim 1.25× plain: ${(1.25 * slow.plain.firstRadioWithFinalLabelMs.median).toFixed(0)} ms)` +
          `   ${mark(kit.bytes.total <= TARGETS.pageBytes)} page ${kB(kit.bytes.total)} ≤ ${kB(TARGETS.pageBytes)} gzip` +
          `   ${mark(clsMax <= TARGETS.cls)} CLS ${clsMax.toFixed(3)} in the worst load` +
          `   ${mark(shown === 0)} no other label shown first (${shown} loads did)`,
      );
    }
  }
  return out.join('\n');
}

/** Loads every page `runs` times per language and condition, round robin; returns the figures. */
export async function pageLoadBenchmark({ runs = 7, log = () => {} } = {}) {
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROME_ARGS });
  const labels = Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      JSON.parse(readFileSync(`${bundle}content/${lang}/report.json`, 'utf8')).domains[0].label,
    ]),
  );
  const version = browser.version();
  const loads = {};
  try {
    for (let i = 0; i < runs; i++) {
      log(`page load: round ${i + 1} of ${runs}`);
      for (const [key, condition] of Object.entries(CONDITIONS)) {
        for (const lang of LANGS) {
          for (const page of PAGES) {
            const url = `${server.origin}/${page}.${lang}.html`;
            const list = (((loads[key] ??= {})[lang] ??= {})[page] ??= []);
            list.push(await loadOnce(browser, server, url, condition, labels[lang]));
          }
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const conditions = {};
  for (const [key, byLang] of Object.entries(loads)) {
    conditions[key] = {};
    for (const [lang, byPage] of Object.entries(byLang)) {
      conditions[key][lang] = {};
      for (const [page, list] of Object.entries(byPage))
        conditions[key][lang][page] = summarize(list, labels[lang]);
    }
  }
  return {
    date: new Date().toISOString(),
    browser: `Chromium ${version} headless, 412×823, fresh context per load, cache off`,
    runs,
    langs: LANGS,
    finalLabels: labels,
    conditionNames: Object.fromEntries(Object.entries(CONDITIONS).map(([k, c]) => [k, c.name])),
    pages: {
      kit: 'hrc-loader.js script tag, <hrc-report-form> with its no-JavaScript text inside, content below',
      kitPrerendered:
        'the first step drawn in advance inside the element (prerender/, declarative shadow DOM); hrc-report-form.js with modulepreload for its files, as the CMS modules print it; no hrc-kit.css',
      govuk: `GOV.UK Frontend ${JSON.parse(readFileSync(`${root}node_modules/govuk-frontend/package.json`, 'utf8')).version}: its CSS (system fonts) and JS, the same questions`,
      plain: 'the same questions as HTML, no script, no style sheet',
    },
    targets: TARGETS,
    conditions,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  if (!existsSync(`${bundle}hrc-loader.js`)) {
    console.error('No self-hosted build: run `pnpm run build` first.');
    process.exit(1);
  }
  if (argv.includes('--serve')) {
    const server = await startServer();
    for (const lang of LANGS) for (const page of PAGES) console.log(`${server.origin}/${page}.${lang}.html`);
    console.log('Ctrl-C stops the server.');
  } else {
    const runs = Math.max(1, Number(argv[argv.indexOf('--runs') + 1]) || 7);
    const result = await pageLoadBenchmark({ runs, log: (s) => console.log(s) });
    console.log(formatTables(result));
    const file = `${root}bench/results.json`;
    const previous = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    writeFileSync(file, `${JSON.stringify({ ...previous, pageLoad: result }, null, 2)}\n`);
    console.log('\nWrote bench/results.json (pageLoad)');
  }
}
