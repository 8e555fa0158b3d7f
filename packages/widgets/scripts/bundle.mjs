// The self-hosted folder packages/widgets/bundle/: Vite builds the modules from tsc's output (see the
// root vite.config.ts), then the content JSON of every locale is copied into bundle/content/, where
// the modules look for it (relative to their own URL).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const widgets = fileURLToPath(new URL('../', import.meta.url));
const out = `${widgets}bundle/`;
const frameworkDist = `${root}packages/framework/dist/`;

if (!existsSync(`${widgets}dist/loader.js`)) {
  console.error('packages/widgets/dist is missing: run tsc -b first (pnpm --filter @hrc/widgets build).');
  process.exit(1);
}

await build({ configFile: `${root}vite.config.ts`, mode: 'selfhost', root: widgets });

// V8's explicit compile hint (Chrome 136 and later; other engines read a comment): compile every
// function of the file while it downloads, on a background thread. Nearly all of the kit's code runs
// when its elements first render, and compiling it lazily on the main thread was most of the time its
// modules took to evaluate on a slow phone. It must be the file's first line.
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
for (const dir of [out, `${out}chunks/`]) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(`${dir}${file}`, 'utf8');
    if (!code.startsWith(COMPILE_HINT)) writeFileSync(`${dir}${file}`, COMPILE_HINT + code);
  }
}

const { LOCALES } = await import(`${frameworkDist}ids.js`);
mkdirSync(`${out}content`, { recursive: true });
for (const locale of LOCALES) {
  const from = `${frameworkDist}${locale}.json`;
  if (!existsSync(from)) {
    console.error(`${from} is missing: build @hrc/framework first.`);
    process.exit(1);
  }
  copyFileSync(from, `${out}content/${locale}.json`);
}

// content.ts resolves '../content/' against its own URL: it must sit in chunks/, one level down.
const kitChunks = readdirSync(`${out}chunks`).filter((f) => /^kit-.+\.js$/.test(f));
if (kitChunks.length !== 1 || !readFileSync(`${out}chunks/${kitChunks[0]}`, 'utf8').includes('../content/')) {
  console.error('The content loader is not in bundle/chunks/kit-*.js; content URLs would not resolve.');
  process.exit(1);
}

const { KIT_VERSION } = await import(`${widgets}dist/version.js`);
const tags = readdirSync(out)
  .filter((f) => /^hrc-.+\.js$/.test(f) && f !== 'hrc-all.js' && f !== 'hrc-loader.js')
  .map((f) => f.slice(0, -3))
  .sort();
// A machine-readable list for CMS integrations that ship this folder.
writeFileSync(
  `${out}manifest.json`,
  `${JSON.stringify(
    {
      version: KIT_VERSION,
      loader: 'hrc-loader.js',
      all: 'hrc-all.js',
      elements: Object.fromEntries(tags.map((t) => [t, `${t}.js`])),
      content: Object.fromEntries(LOCALES.map((l) => [l, `content/${l}.json`])),
    },
    null,
    2,
  )}\n`,
);
console.log(`Self-hosted kit ${KIT_VERSION}: ${tags.length} elements, hrc-all.js, hrc-loader.js → ${out}`);
