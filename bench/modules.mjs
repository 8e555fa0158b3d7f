// `node bench/modules.mjs <tag>`: where an element's "alone" size goes (see bench/run.mjs). Builds the
// same one minified file as the size table, with a source map, gives every byte of it to the module it
// came from, and prints for each module its minified bytes and its gzip share: how much smaller the
// gzipped file gets without that module's bytes. Shares add up to about the whole (gzip matches text
// across modules). Bytes the map names no module for are mostly the CSS and template text of tagged
// literals. `--by-package` folds Lit's and zod's modules into one line each.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const tag = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'hrc-report-stats';
const byPackage = process.argv.includes('--by-package');
const entry = tag === 'hrc-all' ? './all.js' : `./define/${tag}.js`;

const result = await build({
  // As in bench/run.mjs: modules loaded on demand stay out of an element's "alone" size.
  plugins: [
    {
      name: 'on-demand-apart',
      setup(b) {
        b.onResolve({ filter: /.*/ }, (args) =>
          args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
        );
      },
    },
  ],
  stdin: { contents: `import '${entry}';`, resolveDir: `${root}packages/widgets/dist`, loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  legalComments: 'none',
  define: { __HRC_CONTENT_BASE__: '"./content/"' },
  logLevel: 'silent',
  sourcemap: 'external',
  outfile: 'alone.js',
});
const code = result.outputFiles.find((f) => f.path.endsWith('.js')).text;
const map = JSON.parse(result.outputFiles.find((f) => f.path.endsWith('.map')).text);

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** The numbers of one source-map segment (base64 VLQ). */
function segment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const ch of text) {
    const digit = BASE64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** The source index of every character of the output (-1 where the map names none). */
const owner = new Int32Array(code.length).fill(-1);
const lines = code.split('\n');
const mapLines = map.mappings.split(';');
let source = 0;
let offset = 0;
for (let line = 0; line < lines.length; line++) {
  const marks = [];
  let column = 0;
  for (const s of (mapLines[line] ?? '').split(',').filter(Boolean)) {
    const v = segment(s);
    column += v[0];
    if (v.length > 1) source += v[1];
    marks.push([column, v.length > 1 ? source : -1]);
  }
  marks.forEach(([start, src], i) => {
    const end = i + 1 < marks.length ? marks[i + 1][0] : lines[line].length;
    owner.fill(src, offset + start, offset + end);
  });
  offset += lines[line].length + 1;
}

const moduleName = (i) =>
  i < 0
    ? '(no module: literal text)'
    : map.sources[i]
        .replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '')
        .replace(/^.*\/packages\//, '');
const packageOf = (name) =>
  /^(lit|lit-html|lit-element|@lit\/)/.test(name) ? 'Lit' : /^zod\//.test(name) ? 'zod' : name;
const group = (i) => (byPackage ? packageOf(moduleName(i)) : moduleName(i));

const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
const total = gzip(code);
const parts = new Map();
for (let i = 0; i < code.length; i++) {
  const g = group(owner[i]);
  if (!parts.has(g)) parts.set(g, []);
  parts.get(g).push(i);
}
const rows = [...parts].map(([name, chars]) => {
  const mine = new Set(chars);
  let rest = '';
  for (let i = 0; i < code.length; i++) if (!mine.has(i)) rest += code[i];
  return { name, min: chars.length, share: total - gzip(rest) };
});
rows.sort((a, b) => b.share - a.share);

const kB = (n) => `${(n / 1000).toFixed(2)} kB`.padStart(9);
console.log(`<${tag}> alone: ${kB(code.length)} minified, ${kB(total)} gzip (1 kB = 1000 bytes)`);
console.log(`${'minified'.padStart(9)}  ${'gzip share'.padStart(10)}  module`);
for (const r of rows) console.log(`${kB(r.min)}  ${kB(r.share).padStart(10)}  ${r.name}`);
