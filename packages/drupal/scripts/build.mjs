// Copies the kit's self-hosted bundle into the module, so a site serves every file itself (no CDN).
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const bundle = join(here, '../../widgets/bundle');
const assets = join(here, '../hrc_widgets/assets');

// The files the module's libraries (hrc_widgets.libraries.yml) and fallback markup depend on.
const required = [
  'hrc-loader.js',
  'hrc-report-form.js',
  'hrc-rights-cards.js',
  'hrc-framework-checklist.js',
  'hrc-declaration-badge.js',
  'hrc-report-stats.js',
  'content/nl.json',
  'content/en.json',
];

const missing = required.filter((file) => !existsSync(join(bundle, file)));
if (missing.length > 0) {
  console.error(
    `@hrc/drupal: the kit's self-hosted bundle is missing or incomplete in ${relative(process.cwd(), bundle) || bundle}.\n` +
      `Missing: ${missing.join(', ')}.\n` +
      'Build the widgets first (`pnpm --filter @hrc/widgets build`, or `pnpm build` at the root), then run this again.',
  );
  process.exit(1);
}

rmSync(assets, { recursive: true, force: true });
// Source maps stay out: they double the module's size and a municipal site does not serve them.
cpSync(bundle, assets, { recursive: true, filter: (src) => !src.endsWith('.map') });

let files = 0;
let bytes = 0;
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) walk(path);
    else {
      files += 1;
      bytes += stat.size;
    }
  }
};
walk(assets);
console.log(`@hrc/drupal: copied ${files} files (${(bytes / 1024).toFixed(1)} kB) into hrc_widgets/assets/`);
