// `pnpm bench`: size and speed of the self-hosted kit, checked against its budgets. Writes
// bench/results.json, prints a table, and exits non-zero when a budget is missed.
//   --no-lighthouse   skip the Lighthouse runs (they take about half a minute each)
//   --no-page-load    skip the side-by-side page load of the report form, GOV.UK Frontend and plain
//                     HTML (bench/page-load.mjs; a few minutes); --page-load-runs N loads each (default 7)
//   --runs N          first-render runs per element (default 15; the median is reported)
//   --page-runs N     loads of each demo page with the CPU slowed (default 5): layout shift must be 0 in
//                     every load; long tasks and TBT are the median (each load's count is printed too)
//   --sizes-only      print the size table and stop (no browser, no receiver; writes no results file)
//   --no-evidence     skip re-encoding and sealing a 5 MB photo (bench/evidence.mjs; target 2 s, 4× slower CPU)
// Sizes are of the files a browser downloads (packages/widgets/bundle/), each compressed on its own as
// a server would; "alone" counts an element's module and every chunk it imports, Lit included.
// 1 kB = 1000 bytes.
// Where one element's "alone" bytes go, module by module: node bench/modules.mjs <tag>.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { STRICT_CSP, startStaticServer } from '../demo/server.mjs';
import { CHROME_ARGS, findChromium } from '../scripts/lib/system.mjs';
import { demoPageMetrics } from './demo-metrics.mjs';
import { EVIDENCE_TARGET_MS, evidenceBenchmark, formatEvidence } from './evidence.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { formatTables as pageLoadTables, pageLoadBenchmark } from './page-load.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const bundle = `${root}packages/widgets/bundle/`;
const argv = process.argv.slice(2);
const RUNS = Number(argv[argv.indexOf('--runs') + 1]) || 15;
const PAGE_RUNS = Number(argv[argv.indexOf('--page-runs') + 1]) || 5;
const withLighthouse = !argv.includes('--no-lighthouse');
const withPageLoad = !argv.includes('--no-page-load');
const PAGE_LOAD_RUNS = Number(argv[argv.indexOf('--page-load-runs') + 1]) || 7;
const sizesOnly = argv.includes('--sizes-only');
const withEvidence = !argv.includes('--no-evidence');

/** Budgets in bytes (gzip, alone, Lit included) and for the demo page. */
const BUDGETS = {
  size: {
    'hrc-declaration-badge': 8000,
    'hrc-rights-card': 15000,
    'hrc-framework-checklist': 30000,
    'hrc-report-form': 30000,
    'hrc-report-stats': 20000,
    'hrc-report-status': 20000,
    'hrc-all': 60000,
  },
  cls: 0,
  kitLongTasks: 0,
  lighthousePerformance: 95,
  lighthouseAccessibility: 100,
};

/** Each element as the benchmark renders it. */
const RENDER_CASES = {
  'hrc-declaration-badge': { city: 'Middelstad', year: '2019', 'declaration-url': '/declaration.html' },
  'hrc-rights-card': { article: '21', 'office-name': 'Office', 'report-url': '/report.html' },
  'hrc-rights-cards': { articles: '21,23,26' },
  'hrc-framework-checklist': { 'storage-key': 'bench' },
  'hrc-report-form': { endpoint: '/reports' },
  'hrc-report-status': { endpoint: '/follow-up' },
};

if (!existsSync(`${bundle}hrc-loader.js`)) {
  console.log('No self-hosted build yet: running pnpm run build…');
  const r = spawnSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// ── sizes ────────────────────────────────────────────────────────────────────────────────────────
const manifest = JSON.parse(readFileSync(`${bundle}manifest.json`, 'utf8'));
const fileSizes = new Map();
function sizeOf(file) {
  let s = fileSizes.get(file);
  if (!s) {
    const buf = readFileSync(`${bundle}${file}`);
    s = {
      min: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      brotli: brotliCompressSync(buf, {
        params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: buf.length },
      }).length,
    };
    fileSizes.set(file, s);
  }
  return s;
}

/** A module and every module it imports statically, as paths relative to the bundle folder. */
function closure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(`${bundle}${file}`, 'utf8');
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const m of code.matchAll(
      /(?:\bimport|\bexport)\s*(?:[\w${},*\s]*?\bfrom\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g,
    )) {
      visit(new URL(m[1], `file:///${dir}`).pathname.slice(1));
    }
  };
  visit(entry);
  return [...seen];
}

const sum = (files) =>
  files
    .map(sizeOf)
    .reduce((a, s) => ({ min: a.min + s.min, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), {
      min: 0,
      gzip: 0,
      brotli: 0,
    });

const isLit = (file) => /^chunks\/lit-[^/]+\.js$/.test(file);
const litFiles = closure('hrc-all.js').filter(isLit);
const litChunk = sum(litFiles);

/**
 * Modules loaded on demand (`import()`, such as the report form's evidence field) are not what an
 * element needs to show itself: they stay out of its "alone" size, as they stay out of its first load.
 */
const onDemandApart = {
  name: 'on-demand-apart',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    );
  },
};

/** One minified file holding a module and everything it imports (Lit tree-shaken), as a CDN would. */
async function standalone(contents) {
  const result = await build({
    plugins: [onDemandApart],
    stdin: { contents, resolveDir: `${root}packages/widgets/dist`, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    define: { __HRC_CONTENT_BASE__: '"./content/"' },
    logLevel: 'silent',
  });
  const buf = Buffer.from(result.outputFiles[0].contents);
  return {
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
const minus = (a, b) => ({ min: a.min - b.min, gzip: a.gzip - b.gzip, brotli: a.brotli - b.brotli });

// "Lit" is what any Lit element needs: LitElement, html, css and the property decorators.
const lit = await standalone(
  "import { LitElement, html, css } from 'lit'; import { property, state } from 'lit/decorators.js';" +
    'class X extends LitElement { static styles = css`:host{display:block}`; render() { return html`<p>${this.x}</p>`; } }' +
    "property()(X.prototype, 'x'); state()(X.prototype, 'y'); customElements.define('x-x', X);",
);

const sizes = {};
for (const [name, file] of [
  ...Object.entries(manifest.elements),
  ['hrc-all', manifest.all],
  ['hrc-loader', manifest.loader],
]) {
  const files = closure(file);
  const entry =
    name === 'hrc-all' ? './all.js' : name === 'hrc-loader' ? './loader.js' : `./define/${name}.js`;
  const alone = name === 'hrc-loader' ? sum(files) : await standalone(`import '${entry}';`);
  sizes[name] = {
    files,
    alone,
    // The loader and the badge load no Lit: for them this column is their whole size.
    onTopOfLit: name === 'hrc-loader' || !files.some(isLit) ? alone : minus(alone, lit),
    selfHosted: sum(files),
  };
}
/** Each locale's UI catalog and content sections, as a page fetches them (one file each). */
const content = {};
for (const { catalog, content: folder } of manifest.locales) {
  content[catalog] = sizeOf(catalog);
  for (const f of readdirSync(`${bundle}${folder}`).sort())
    content[`${folder}${f}`] ??= sizeOf(`${folder}${f}`);
}

// ── table ────────────────────────────────────────────────────────────────────────────────────────
function kB(n) {
  return `${(n / 1000).toFixed(1)} kB`;
}
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const line = (cells, widths) =>
  cells.map((c, i) => (i === 0 ? pad(c, widths[i]) : lpad(c, widths[i]))).join('  ');

function printSizes() {
  console.log(
    '\nSizes, 1 kB = 1000 bytes. alone: the element with all it imports (Lit included where it uses Lit) in one minified file;',
  );
  console.log(
    '+Lit: what it adds to a minimal Lit element (all of it for modules without Lit); self-host: what bundle/ serves when it is alone on a page.',
  );
  const w = [26, 10, 10, 10, 10, 12, 14, 10];
  console.log(
    line(['module', 'min', 'gzip', 'brotli', '+Lit gzip', '+Lit brotli', 'self-host gzip', 'budget'], w),
  );
  for (const [name, s] of Object.entries(sizes)) {
    const budget = BUDGETS.size[name];
    console.log(
      line(
        [
          name === 'hrc-all' || name === 'hrc-loader' ? `${name}.js` : `<${name}>`,
          kB(s.alone.min),
          kB(s.alone.gzip),
          kB(s.alone.brotli),
          kB(s.onTopOfLit.gzip),
          kB(s.onTopOfLit.brotli),
          kB(s.selfHosted.gzip),
          budget ? `${s.alone.gzip <= budget ? '✓' : '✗'} ${kB(budget)}` : '',
        ],
        w,
      ),
    );
  }
  console.log(line(['Lit (minimal element)', kB(lit.min), kB(lit.gzip), kB(lit.brotli), '', '', '', ''], w));
  console.log(
    line(
      [
        'Lit (bundle/ shared chunk)',
        kB(litChunk.min),
        kB(litChunk.gzip),
        kB(litChunk.brotli),
        '',
        '',
        '',
        '',
      ],
      w,
    ),
  );
  for (const [file, s] of Object.entries(content)) {
    console.log(line([file, kB(s.min), kB(s.gzip), kB(s.brotli), '', '', '', ''], w));
  }
}

if (sizesOnly) {
  printSizes();
  process.exit(0);
}

// ── browser measurements ─────────────────────────────────────────────────────────────────────────
const chromePath = findChromium();
const site = await startStaticServer({
  port: 0,
  csp: STRICT_CSP,
  mounts: {
    '/': `${root}demo/site/`,
    '/kit/': bundle,
    '/bench/harness/': `${root}bench/harness/`,
  },
});
const browser = await chromium.launch({
  executablePath: chromePath,
  args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')),
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const firstRender = {};
for (const [tag, attrs] of Object.entries(RENDER_CASES)) {
  if (!manifest.elements[tag]) continue;
  const frames = [];
  const updates = [];
  let error;
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const q = new URLSearchParams({ tag, attrs: JSON.stringify(attrs) });
    await page.goto(`${site.origin}/bench/harness/render.html?${q}`);
    const r = await page.evaluate(() => window.benchResult);
    await context.close();
    if (r.error || !r.shadowContent) {
      error = r.error ?? 'nothing rendered in the shadow root';
      break;
    }
    frames.push(r.frame);
    updates.push(r.update);
  }
  firstRender[tag] = error
    ? { error }
    : { runs: RUNS, medianUpdateMs: median(updates), medianFrameMs: median(frames) };
}

/**
 * Several loads of one page, summed up. Timings on a shared machine vary between loads, so counts of
 * long tasks and TBT are the median; a layout shift is a layout fault, so the worst load counts.
 */
function summarize(loads) {
  const failed = loads.find((m) => m.error);
  if (failed) return { error: failed.error, loads };
  const med = (key) => median(loads.map((m) => m[key]));
  return {
    loads: loads.length,
    cls: Math.max(...loads.map((m) => m.cls)),
    longTasks: med('longTasks'),
    kitLongTasks: med('kitLongTasks'),
    kitLongTasksPerLoad: loads.map((m) => m.kitLongTasks),
    kitBusyFrames: med('kitBusyFrames'),
    tbt: med('tbt'),
    fcp: loads.every((m) => m.fcp !== undefined) ? med('fcp') : undefined,
    perLoad: loads,
  };
}

// The Arabic report page: a right-to-left page must load as well (CLS 0, Lighthouse 100/100).
const DEMO_PAGES = ['/', '/nl/', '/report.html', '/ar/report.html', '/staff.html'];
const demo = {};
const demoDesktop = {};
for (const path of DEMO_PAGES) {
  const loads = [];
  for (let i = 0; i < PAGE_RUNS; i++)
    loads.push(await demoPageMetrics(browser, `${site.origin}${path}`, { slowdown: 4 }));
  demo[path] = summarize(loads);
  demoDesktop[path] = summarize([await demoPageMetrics(browser, `${site.origin}${path}`, { slowdown: 1 })]);
}
// Issue 19's target: a 5 MB photo re-encoded (EXIF gone) and sealed in 2 s with the CPU slowed 4×.
const evidence = withEvidence
  ? await evidenceBenchmark(browser).catch((error) => ({ error: error.message }))
  : undefined;
await browser.close();

let lighthouse;
if (withLighthouse) {
  lighthouse = {};
  for (const path of DEMO_PAGES) {
    lighthouse[path] = await lighthouseScores(chromePath, `${site.origin}${path}`);
  }
}
await site.close();

// Issue 25's targets are shown in its tables; they are not budgets here.
const pageLoad = withPageLoad ? await pageLoadBenchmark({ runs: PAGE_LOAD_RUNS }) : undefined;

// ── receiver ─────────────────────────────────────────────────────────────────────────────────────
let receiver;
const receiverBench = `${root}packages/receiver/bench/bench.ts`;
if (existsSync(receiverBench)) {
  console.log('Running the receiver benchmark (packages/receiver/bench/bench.ts)…');
  const r = spawnSync('pnpm', ['exec', 'tsx', receiverBench], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 32 * 1024 * 1024,
  });
  // It prints a table, then the figures as one line of JSON.
  const out = r.stdout ?? '';
  const lastLine = out.trim().split('\n').at(-1) ?? '';
  let parsed;
  try {
    parsed = JSON.parse(lastLine);
  } catch {
    parsed = undefined;
  }
  receiver = {
    exitCode: r.status,
    results: parsed,
    table: out.trim().split('\n').slice(0, -1).join('\n'),
    output: parsed ? undefined : `${out}${r.stderr ?? ''}`.trim(),
  };
}

// ── budgets ──────────────────────────────────────────────────────────────────────────────────────
const misses = [];
for (const [name, budget] of Object.entries(BUDGETS.size)) {
  const got = sizes[name]?.alone.gzip;
  if (got === undefined) misses.push(`${name}: not built`);
  else if (got > budget) misses.push(`${name}: ${kB(got)} gzip > ${kB(budget)}`);
}
for (const [path, m] of Object.entries(demo)) {
  if (m.error) {
    misses.push(`demo ${path}: ${m.error}`);
    continue;
  }
  if (m.cls > BUDGETS.cls) misses.push(`demo ${path}: layout shift ${m.cls.toFixed(4)} > 0`);
  if (m.kitLongTasks > BUDGETS.kitLongTasks)
    misses.push(`demo ${path}: ${m.kitLongTasks} long task(s) from the kit`);
}
for (const [tag, r] of Object.entries(firstRender))
  if (r.error) misses.push(`first render ${tag}: ${r.error}`);
if (evidence?.error) misses.push(`evidence file: ${evidence.error}`);
else if (evidence && evidence.medianMs > EVIDENCE_TARGET_MS) {
  misses.push(
    `evidence file: ${Math.round(evidence.medianMs)} ms > ${EVIDENCE_TARGET_MS} ms (CPU slowed 4×)`,
  );
}
if (lighthouse) {
  for (const [path, l] of Object.entries(lighthouse)) {
    if (l.error) {
      misses.push(`Lighthouse ${path}: could not run (${l.error})`);
      continue;
    }
    if (l.performance < BUDGETS.lighthousePerformance)
      misses.push(`Lighthouse ${path}: performance ${l.performance} < 95`);
    if (l.accessibility < BUDGETS.lighthouseAccessibility) {
      misses.push(
        `Lighthouse ${path}: accessibility ${l.accessibility} < 100 (${l.accessibilityFailures.join(', ')})`,
      );
    }
  }
}

const results = {
  date: new Date().toISOString(),
  kitVersion: manifest.version,
  unit: 'bytes; 1 kB = 1000 bytes',
  conditions: {
    sizes:
      'alone: the element and everything it imports up front (Lit included, tree-shaken; modules it ' +
      'loads on demand with import() left out) in one minified file; ' +
      'selfHosted: the files of packages/widgets/bundle it fetches when it is the only element on a page, ' +
      'each compressed on its own; gzip -9, brotli q11',
    firstRender: `Chromium ${browser.version?.() ?? ''} headless, fresh context per run, median of ${RUNS}`,
    demo: `Chromium headless, 412×823 viewport, CPU slowed 4×, until 3 s after load, ${PAGE_RUNS} loads per page (CLS: the worst load; long tasks, TBT, FCP: the median); a long task is the kit’s when the kit’s scripts in it ran for over 50 ms`,
  },
  budgets: BUDGETS,
  sizes: Object.fromEntries(
    Object.entries(sizes).map(([k, v]) => [
      k,
      { alone: v.alone, onTopOfLit: v.onTopOfLit, selfHosted: { ...v.selfHosted, files: v.files } },
    ]),
  ),
  lit: { minimalElement: lit, sharedChunk: { files: litFiles, ...litChunk } },
  content,
  firstRender,
  demo,
  demoUnthrottled: demoDesktop,
  lighthouse: lighthouse ?? 'skipped (--no-lighthouse)',
  pageLoad: pageLoad ?? 'skipped (--no-page-load)',
  receiver: receiver ?? 'packages/receiver/bench/bench.ts not present',
  evidence: evidence ?? 'skipped (--no-evidence)',
  budgetMisses: misses,
};
writeFileSync(`${root}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);

printSizes();

console.log(`\nFirst render (${results.conditions.firstRender})`);
for (const [tag, r] of Object.entries(firstRender)) {
  console.log(
    r.error
      ? `${pad(`<${tag}>`, 26)}  ERROR ${r.error}`
      : `${pad(`<${tag}>`, 26)}  update ${lpad(r.medianUpdateMs.toFixed(1), 6)} ms   to next frame ${lpad(r.medianFrameMs.toFixed(1), 6)} ms`,
  );
}

console.log(`\nDemo pages (${results.conditions.demo}; budgets apply here)`);
const demoLine = (path, m) =>
  m.error
    ? `${pad(path, 14)}  ERROR ${m.error}`
    : `${pad(path, 14)}  CLS ${m.cls.toFixed(4)}   long tasks ${m.longTasks} (from the kit ${m.kitLongTasks}${m.loads > 1 ? `, per load ${m.kitLongTasksPerLoad.join(' ')}` : ''}; frames with over 50 ms of kit script ${m.kitBusyFrames})   TBT ${m.tbt.toFixed(0)} ms   FCP ${m.fcp?.toFixed(0)} ms`;
for (const [path, m] of Object.entries(demo)) console.log(demoLine(path, m));
console.log('Demo pages, CPU not slowed');
for (const [path, m] of Object.entries(demoDesktop)) console.log(demoLine(path, m));

if (lighthouse) {
  console.log('\nLighthouse 12 (mobile, simulated throttling)');
  for (const [path, l] of Object.entries(lighthouse)) {
    console.log(
      l.error
        ? `${pad(path, 14)}  could not run: ${l.error}`
        : `${pad(path, 14)}  performance ${l.performance}   accessibility ${l.accessibility}   LCP ${l.lcp} ms   TBT ${l.tbt} ms   CLS ${l.cls}`,
    );
  }
} else console.log('\nLighthouse: skipped (--no-lighthouse)');

console.log(`\n${evidence ? formatEvidence(evidence) : 'Evidence file: skipped (--no-evidence)'}`);

if (pageLoad) console.log(pageLoadTables(pageLoad));
else console.log('\nPage load side by side: skipped (--no-page-load)');

if (receiver) {
  console.log('\nReceiver (packages/receiver/bench/bench.ts)');
  console.log(receiver.results ? receiver.table : receiver.output);
  if (receiver.exitCode !== 0) misses.push(`receiver benchmark exited with ${receiver.exitCode}`);
} else console.log('\nReceiver: packages/receiver/bench/bench.ts not present');

console.log(`\nWrote bench/results.json`);
if (misses.length) {
  console.log(`\nBudgets missed (${misses.length}):`);
  for (const m of misses) console.log(`  ✗ ${m}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
