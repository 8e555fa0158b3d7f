/**
 * The self-hosted build of @hrc/widgets (`vite build --mode selfhost`, run by
 * packages/widgets/scripts/bundle.mjs after tsc): one minified ES module per element, `hrc-all.js`,
 * `hrc-loader.js`, and Lit in one shared chunk, written to packages/widgets/bundle/.
 *
 * It bundles tsc's output (packages/widgets/dist), so decorators and class fields are compiled exactly
 * as for npm. In any other mode (Storybook reads this file too) it contributes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const widgets = fileURLToPath(new URL('./packages/widgets/', import.meta.url));
const dist = `${widgets}dist/`;

/** Tags of the kit: one registration module per element in src/define. */
export const kitTags = (): string[] =>
  readdirSync(`${widgets}src/define`)
    .filter((f) => /^hrc-[a-z0-9-]+\.ts$/.test(f))
    .map((f) => f.slice(0, -3))
    .sort();

// Lit itself, so that an element that does not render with Lit (the badge) loads no Lit at all.
const LIT =
  /node_modules[\\/](?:\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(?:lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/;
const BASE = /packages[\\/]widgets[\\/]dist[\\/](?:internal[\\/]hrc-element|styles[\\/]tokens)\.js$/;
const KIT =
  /packages[\\/](?:widgets[\\/]dist[\\/](?:internal[\\/]|styles[\\/]|version\.js$)|framework[\\/]dist[\\/]ids\.js$)/;

/** The kit's catalogs (written by scripts/i18n.ts into dist/locales.json). */
const catalogLocales = (): string[] =>
  (JSON.parse(readFileSync(`${dist}locales.json`, 'utf8')) as { locale: string }[]).map((l) => l.locale);

/** Their primary languages. */
const shippedLocales = (): string[] => [...new Set(catalogLocales().map((l) => l.split('-')[0]!))];

/**
 * Writes into hrc-loader.js, for each element, the files its registration module imports (all of
 * them, not only the first level): the loader adds `<link rel=modulepreload>` for each when it imports
 * the element, so the browser fetches the whole graph in one wave instead of discovering it a level per
 * round trip. Paths are relative to the loader, which sits at the folder's root.
 */
function preloadGraph(tags: readonly string[]): Plugin {
  return {
    name: 'hrc-preload-graph',
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])),
      );
      const closure = (file: string, into: Set<string>) => {
        if (into.has(file)) return into;
        into.add(file);
        for (const dep of chunks.get(file)?.imports ?? []) closure(dep, into);
        return into;
      };
      const graph = Object.fromEntries(
        tags.map((t) => [t, [...closure(`${t}.js`, new Set())].map((f) => `./${f}`)]),
      );
      const loader = chunks.get('hrc-loader.js');
      if (!loader || !loader.code.includes('__HRC_PRELOAD__'))
        throw new Error('hrc-loader.js does not read __HRC_PRELOAD__: the element graph has nowhere to go');
      loader.code = `const __HRC_PRELOAD__=${JSON.stringify(graph)};\n${loader.code}`;
      // The same list for pages and CMS integrations that print <link rel=modulepreload> themselves.
      this.emitFile({
        type: 'asset',
        fileName: 'preload.json',
        source: `${JSON.stringify(graph, null, 2)}\n`,
      });
    },
  };
}

const REPORT_FORM_FIRST =
  /packages[\\/]widgets[\\/]dist[\\/](?:define[\\/]hrc-report-form|components[\\/]report-form[\\/]report-form(?:\.(?:step-what|fields|draft|types|styles))?)\.js$/;

function selfHost(): UserConfig {
  const tags = kitTags();
  const input: Record<string, string> = {
    'hrc-all': `${dist}all.js`,
    'hrc-loader': `${dist}loader.js`,
    'hrc-i18n': `${dist}i18n.js`,
  };
  for (const tag of tags) input[tag] = `${dist}define/${tag}.js`;
  return {
    publicDir: false,
    plugins: [preloadGraph(tags)],
    logLevel: 'warn',
    define: {
      // Content and catalogs sit in content/ and locales/ beside the entry modules; the code that
      // fetches them always lands in the shared chunks/kit-*.js (see the groups below), one folder down.
      __HRC_CONTENT_BASE__: JSON.stringify('../content/'),
      __HRC_LOCALES_BASE__: JSON.stringify('../locales/'),
      // The languages the folder ships catalogs and content for (bundle.mjs copies them), so the
      // loader can fetch an element's files beside its modules without asking for ones that are not there.
      __HRC_SHIPPED_LOCALES__: JSON.stringify(shippedLocales()),
      // bundle.mjs also cuts each of these catalogs into one file per element (locales/<tag>/<element>.json).
      __HRC_CATALOG_PARTS__: JSON.stringify(catalogLocales()),
    },
    resolve: { conditions: ['browser', 'import', 'default'] },
    build: {
      outDir: `${widgets}bundle`,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      // Library mode, so that Vite leaves dynamic `import()` as it is: its preload helper would be a chunk
      // of its own that the loader imports (one more round trip before anything else). The loader adds
      // the modulepreload hints itself (preloadGraph above).
      lib: { entry: input, formats: ['es'] },
      modulePreload: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rollupOptions: {
        input,
        // Registration modules keep their exports (the element classes) for pages that subclass.
        preserveEntrySignatures: 'strict',
        output: {
          format: 'es',
          // What Vite does outside library mode: whitespace minified too, no pure annotations kept.
          minify: true,
          comments: { annotation: false },
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          codeSplitting: {
            groups: [
              // Lit on its own, so the benchmark can tell what each element adds on top of it.
              { name: 'lit', test: LIT, priority: 3 },
              // Localization, registration, content loading, the tokens' text and the framework ids:
              // shared by every element, the badge included. A group takes its modules' imports along,
              // so this one goes before the Lit base class, which imports them too.
              { name: 'kit', test: (id: string) => !BASE.test(id) && KIT.test(id), priority: 2 },
              // The Lit base class and the tokens wrapped for Lit: shared by the Lit elements.
              { name: 'base', test: BASE, priority: 1 },
              // The report form as far as its first step goes, in one file (its field helpers, which the
              // later steps share, would otherwise be a file of their own on the way to the first step).
              { name: 'hrc-report-form', test: REPORT_FORM_FIRST, priority: 1 },
            ],
          },
        },
      },
    },
  };
}

export default defineConfig(({ mode }) => (mode === 'selfhost' ? selfHost() : {}));
