// The npm package @hrc/widgets as a developer installs it: what its export map points at exists, types
// included; custom-elements.json names every element; `sideEffects` covers the registration modules and
// nothing else; the packed tarball holds the built modules and the self-hosted folder, not the sources.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const pkgDir = fileURLToPath(new URL('../../packages/widgets/', import.meta.url));
const pkg = JSON.parse(readFileSync(`${pkgDir}package.json`, 'utf8'));
const tags = readdirSync(`${pkgDir}src/define`)
  .filter((f) => /^hrc-.+\.ts$/.test(f))
  .map((f) => f.slice(0, -3))
  .sort();
const require = createRequire(import.meta.url);

/** package.json `sideEffects` globs as a matcher (`*` within a folder, `**` across folders). */
const sideEffect = (path) =>
  pkg.sideEffects.some((glob) =>
    new RegExp(
      `^${glob
        .replace(/^\.\//, '')
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*\*\//g, '(?:.*/)?')
        .replace(/\*/g, '[^/]*')}$`,
    ).test(path),
  );

describe('@hrc/widgets on npm', () => {
  it('resolves every export to a built module with its types', () => {
    const entries = ['@hrc/widgets', '@hrc/widgets/i18n', '@hrc/widgets/all.js', '@hrc/widgets/loader.js'];
    for (const tag of tags) entries.push(`@hrc/widgets/define/${tag}.js`);
    for (const entry of entries) {
      const file = require.resolve(entry);
      expect(existsSync(file), entry).toBe(true);
      expect(existsSync(file.replace(/\.js$/, '.d.ts')), `${entry} types`).toBe(true);
    }
    expect(existsSync(require.resolve('@hrc/widgets/bundle/hrc-loader.js'))).toBe(true);
    expect(existsSync(require.resolve('@hrc/widgets/custom-elements.json'))).toBe(true);
    // The catalogs sit where the unbundled modules look for them (dist/internal/ → ../../locales/).
    expect(existsSync(require.resolve('@hrc/widgets/locales/nl.json'))).toBe(true);
  });

  it('describes every element in custom-elements.json', () => {
    const manifest = JSON.parse(readFileSync(`${pkgDir}${pkg.customElements}`, 'utf8'));
    const described = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => d.tagName)
      .sort();
    expect(described).toEqual(tags);
  });

  it('marks the registration modules, and only them, as having side effects', () => {
    for (const tag of tags) expect(sideEffect(`dist/define/${tag}.js`), tag).toBe(true);
    expect(sideEffect('dist/all.js')).toBe(true);
    expect(sideEffect('dist/loader.js')).toBe(true);
    expect(sideEffect('bundle/chunks/lit-abc123.js')).toBe(true);
    for (const pure of [
      'dist/index.js',
      'dist/internal/hrc-element.js',
      'dist/internal/content.js',
      'dist/components/report-form/report-form.js',
      'dist/styles/tokens.js',
    ]) {
      expect(sideEffect(pure), pure).toBe(false);
    }
  });

  it('packs the built modules and the self-hosted folder, not the sources', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: pkgDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const files = JSON.parse(out)[0].files.map((f) => f.path);
    for (const needed of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/loader.js',
      'custom-elements.json',
      'bundle/hrc-loader.js',
      'bundle/hrc-all.js',
      'bundle/manifest.json',
      'bundle/hrc-i18n.js',
      'bundle/locales/nl.json',
      'bundle/content/nl/report.json',
      'bundle/content/en/charter.json',
      'locales/en.json',
      'locales/nl.json',
      ...tags.map((t) => `bundle/${t}.js`),
    ]) {
      expect(files, needed).toContain(needed);
    }
    expect(files.filter((f) => f.startsWith('src/') || f.endsWith('.test.js'))).toEqual([]);
  });

  it('asks V8 to compile every self-hosted module while it downloads', () => {
    const modules = ['', 'chunks/'].flatMap((dir) =>
      readdirSync(`${pkgDir}bundle/${dir}`)
        .filter((f) => f.endsWith('.js'))
        .map((f) => `${dir}${f}`),
    );
    expect(modules.length).toBeGreaterThan(tags.length);
    for (const m of modules) {
      expect(readFileSync(`${pkgDir}bundle/${m}`, 'utf8').split('\n')[0], m).toBe(
        '//# allFunctionsCalledOnLoad',
      );
    }
  });
});
