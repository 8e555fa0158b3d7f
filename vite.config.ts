/**
 * The self-hosted build of @hrc/widgets (`vite build --mode selfhost`, run by
 * packages/widgets/scripts/bundle.mjs after tsc): one minified ES module per element, `hrc-all.js`,
 * `hrc-loader.js`, and Lit in one shared chunk, written to packages/widgets/bundle/.
 *
 * It bundles tsc's output (packages/widgets/dist), so decorators and class fields are compiled exactly
 * as for npm. In any other mode (Storybook reads this file too) it contributes nothing.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

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
    logLevel: 'warn',
    define: {
      // Content and catalogs sit in content/ and locales/ beside the entry modules; the code that
      // fetches them always lands in the shared chunks/kit-*.js (see the groups below), one folder down.
      __HRC_CONTENT_BASE__: JSON.stringify('../content/'),
      __HRC_LOCALES_BASE__: JSON.stringify('../locales/'),
      __HRC_TAGS__: JSON.stringify(tags),
      __HRC_ELEMENT_PATH__: JSON.stringify('./'),
    },
    resolve: { conditions: ['browser', 'import', 'default'] },
    build: {
      outDir: `${widgets}bundle`,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      modulePreload: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rollupOptions: {
        input,
        // Registration modules keep their exports (the element classes) for pages that subclass.
        preserveEntrySignatures: 'strict',
        output: {
          format: 'es',
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
            ],
          },
        },
      },
    },
  };
}

export default defineConfig(({ mode }) => (mode === 'selfhost' ? selfHost() : {}));
