// Assembles the installable plugin: dist/hrc-widgets/ (the folder WordPress installs) and
// dist/hrc-widgets.zip. It bundles the kit's self-hosted build (packages/widgets/bundle) and the data
// package's JSON (content for the fallback markup, schemas for the REST route and the checklist), so
// the plugin loads nothing from elsewhere.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zip } from './zip.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const repo = join(root, '../..');
const bundle = join(repo, 'packages/widgets/bundle');
const framework = join(repo, 'packages/framework/dist');
const out = join(root, 'dist');
const stage = join(out, 'hrc-widgets');

function fail(message) {
  console.error(`@hrc/wordpress build: ${message}`);
  process.exit(1);
}

if (!existsSync(bundle) || !statSync(bundle).isDirectory()) {
  fail(
    `the kit's self-hosted bundle is missing (${bundle}). Build @hrc/widgets first (pnpm --filter @hrc/widgets build); the plugin ships it.`,
  );
}
const modules = ['hrc-report-form', 'hrc-rights-cards', 'hrc-framework-checklist', 'hrc-declaration-badge'];
const missingModules = modules.filter((m) => !existsSync(join(bundle, `${m}.js`)));
if (missingModules.length) fail(`the kit's bundle lacks ${missingModules.map((m) => `${m}.js`).join(', ')}.`);
for (const file of [
  'schema/report.schema.json',
  'schema/assessment.schema.json',
  'nl.json',
  'en.json',
  'report-csv.json',
]) {
  if (!existsSync(join(framework, file)))
    fail(`${join(framework, file)} is missing. Build @hrc/framework first.`);
}

execFileSync(process.execPath, [join(root, 'scripts/i18n.mjs'), 'check'], { stdio: 'inherit' });
execFileSync(process.execPath, [join(root, 'scripts/i18n.mjs'), 'compile'], { stdio: 'inherit' });

rmSync(out, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
for (const entry of ['hrc-widgets.php', 'uninstall.php', 'readme.txt', 'includes', 'blocks', 'languages']) {
  cpSync(join(root, entry), join(stage, entry), { recursive: true });
}
for (const file of readdirSync(join(root, 'assets'))) {
  cpSync(join(root, 'assets', file), join(stage, 'assets', file), { recursive: true });
}
cpSync(bundle, join(stage, 'assets/kit'), { recursive: true });
for (const file of ['report.schema.json', 'assessment.schema.json']) {
  cpSync(join(framework, 'schema', file), join(stage, 'schema', file));
}
for (const file of ['nl.json', 'en.json', 'report-csv.json'])
  cpSync(join(framework, file), join(stage, 'data', file));

const zipFile = join(out, 'hrc-widgets.zip');
const bytes = zip(stage, dirname(stage), zipFile);
console.log(`@hrc/wordpress: ${zipFile} (${(bytes / 1024).toFixed(0)} kB)`);
