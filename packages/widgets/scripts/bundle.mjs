// The self-hosted folder packages/widgets/bundle/: Vite builds the modules from tsc's output (see the
// root vite.config.ts), then every locale's UI catalog is copied into bundle/locales/ and its content
// sections into bundle/content/<locale>/, where the modules look for them (relative to their own URL).
// manifest.json lists the elements and the locales: the one list of languages every package reads.
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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

/** The locales of the kit, with name, direction, status and completeness (written by scripts/i18n.ts). */
const locales = JSON.parse(readFileSync(`${widgets}dist/locales.json`, 'utf8'));

// An element's part is cut once more where its code is: the messages its first render can show (those
// whose id is in a module it imports statically: what the loader preloads) stay in `<part>.json`; the
// ones only its lazily imported modules show go to `<part>.later.json`, which the element fetches with
// that code (`rest` names it). The report form's step 1 then waits for 0.8 kB of Dutch, not 3.5.
const preload = JSON.parse(readFileSync(`${out}preload.json`, 'utf8'));
const eagerCode = new Map(
  Object.entries(preload).map(([tag, files]) => [
    tag.replace(/^hrc-/, ''),
    files.map((f) => readFileSync(`${out}${f}`, 'utf8')).join('\n'),
  ]),
);
const inCode = (code, id) => ['"', "'", '`'].some((q) => code.includes(`${q}${id}${q}`));

mkdirSync(`${out}locales`, { recursive: true });
for (const entry of locales) {
  const catalog = JSON.parse(readFileSync(`${widgets}locales/${entry.locale}.json`, 'utf8'));
  if (entry.variants) catalog.variants = entry.variants;
  writeFileSync(`${out}locales/${entry.locale}.json`, JSON.stringify(catalog));
  // The same catalog cut per element (message ids `<element>.…`): an element that shows only its own
  // messages fetches its part (the report form: 2.7 kB gzip of Dutch instead of 5.9).
  const parts = new Map();
  for (const [id, text] of Object.entries(catalog.messages)) {
    const part = id.split('.')[0];
    if (!parts.has(part)) parts.set(part, {});
    parts.get(part)[id] = text;
  }
  mkdirSync(`${out}locales/${entry.locale}`, { recursive: true });
  for (const [part, messages] of parts) {
    const code = eagerCode.get(part);
    const first = {};
    const later = {};
    for (const [id, text] of Object.entries(messages)) (!code || inCode(code, id) ? first : later)[id] = text;
    const file = `${out}locales/${entry.locale}/${part}`;
    if (Object.keys(later).length === 0) {
      writeFileSync(`${file}.json`, JSON.stringify({ ...catalog, messages }));
      continue;
    }
    writeFileSync(`${file}.json`, JSON.stringify({ ...catalog, messages: first, rest: `${part}.later` }));
    writeFileSync(`${file}.later.json`, JSON.stringify({ ...catalog, messages: later }));
  }
}

// Content: what @hrc/framework built per locale; a locale with a catalog but no content of its own
// gets English content, every text of it marked as fallback, so its elements need not ask twice.
const { buildLocale, CONTENT_SCHEMA_VERSION, localeContentSchema, sectionSchemas } = await import(
  `${frameworkDist}index.js`
);
if (!existsSync(`${frameworkDist}content/en`)) {
  console.error(`${frameworkDist}content/ is missing: build @hrc/framework first.`);
  process.exit(1);
}
rmSync(`${out}content`, { recursive: true, force: true });
for (const { locale } of locales) {
  // Each section for the elements, and the whole content in one file for server-side renderers (the
  // CMS modules' fallback markup).
  if (existsSync(`${frameworkDist}content/${locale}`)) {
    cpSync(`${frameworkDist}content/${locale}`, `${out}content/${locale}`, { recursive: true });
    cpSync(`${frameworkDist}content/${locale}.json`, `${out}content/${locale}.json`);
    continue;
  }
  if (locale.includes('-')) continue; // a regional catalog shows its language's content
  const english = Object.fromEntries(
    readdirSync(`${root}packages/framework/content/en`).map((f) => [
      f.slice(0, -5),
      JSON.parse(readFileSync(`${root}packages/framework/content/en/${f}`, 'utf8')),
    ]),
  );
  const built = buildLocale(locale, CONTENT_SCHEMA_VERSION, english, undefined);
  mkdirSync(`${out}content/${locale}`, { recursive: true });
  for (const [section, content] of Object.entries(built.sections))
    writeFileSync(
      `${out}content/${locale}/${section}.json`,
      JSON.stringify(sectionSchemas[section].parse(content)),
    );
  writeFileSync(`${out}content/${locale}.json`, JSON.stringify(localeContentSchema.parse(built.whole)));
}

// content.ts and i18n.ts resolve '../content/' and '../locales/' against their own URL: they must sit
// in chunks/, one level down.
const kitChunks = readdirSync(`${out}chunks`).filter((f) => /^kit-.+\.js$/.test(f));
const kitCode = kitChunks.length === 1 ? readFileSync(`${out}chunks/${kitChunks[0]}`, 'utf8') : '';
if (!kitCode.includes('../content/') || !kitCode.includes('../locales/')) {
  console.error(
    'The content and catalog loaders are not in bundle/chunks/kit-*.js; their URLs would not resolve.',
  );
  process.exit(1);
}

// What a page shows for the elements before the kit's script has run: room for the report form's first
// step, so that the content below it does not move when the form is drawn (embedding.md).
const { pageReserveCss } = await import(`${widgets}dist/components/report-form/report-form.reserve.js`);
writeFileSync(
  `${out}hrc-kit.css`,
  `/* @hrc/widgets: room for the kit's elements before they are defined (docs/embedding.md). */\n${pageReserveCss()}\n`,
);

// The style sheet of the report form's first step drawn in advance (prerender/, docs/performance.md):
// the form's own styles, from the same modules the element adopts, and what the prerender adds.
// The first step's styles only: the later steps' come with their code, as in the element.
const formStyles = ['styles/tokens.js', 'components/report-form/report-form.styles.js'].map(
  (m) => import(`${widgets}dist/${m}`),
);
const [{ tokens, base }, { styles: formCss }] = await Promise.all(formStyles);
const { PRERENDER_CSS } = await import(`${widgets}dist/components/report-form/report-form.prerender.js`);
writeFileSync(
  `${out}hrc-report-form.css`,
  `${[tokens, base, formCss].map((s) => s.cssText.trim()).join('\n')}\n${PRERENDER_CSS}\n`,
);
mkdirSync(`${out}prerender`, { recursive: true });
const prerendered = readdirSync(`${widgets}prerender`).filter((f) =>
  /^hrc-report-form\.[a-z-]+\.html$/.test(f),
);
for (const f of prerendered) copyFileSync(`${widgets}prerender/${f}`, `${out}prerender/${f}`);

const { KIT_VERSION } = await import(`${widgets}dist/version.js`);
const tags = readdirSync(out)
  .filter((f) => /^hrc-.+\.js$/.test(f) && !['hrc-all.js', 'hrc-loader.js', 'hrc-i18n.js'].includes(f))
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
      i18n: 'hrc-i18n.js',
      css: 'hrc-kit.css',
      // The report form's first step drawn in advance, per locale, and its style sheet (docs/performance.md).
      prerender: {
        'hrc-report-form': {
          css: 'hrc-report-form.css',
          html: Object.fromEntries(prerendered.map((f) => [f.split('.')[1], `prerender/${f}`])),
        },
      },
      // For each element, every module file it imports (for <link rel="modulepreload"> in the page's head).
      preload,
      // Every locale: its catalog, the folder of its content sections, and how complete both are.
      locales: locales.map(({ completeness, ...l }) => ({
        ...l,
        catalog: `locales/${l.locale}.json`,
        content: `content/${l.locale.split('-')[0]}/`,
        completeness,
      })),
    },
    null,
    2,
  )}\n`,
);
rmSync(`${out}preload.json`);
console.log(`Self-hosted kit ${KIT_VERSION}: ${tags.length} elements, hrc-all.js, hrc-loader.js → ${out}`);
