// Assembles the installable plugin: dist/hrc-widgets/ (the folder WordPress installs) and
// dist/hrc-widgets.zip. It bundles the kit's self-hosted build (packages/widgets/bundle: the elements,
// the content of every language for the fallback markup, the report form's first step drawn in advance
// per language with its style sheet, and the list of languages in its manifest)
// and the data package's schemas for the REST route and the checklist, so the plugin loads nothing
// from elsewhere.
import { execFileSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zip } from './zip.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const repo = join(root, '../..');
const bundle = join(repo, 'packages/widgets/bundle');
const framework = join(repo, 'packages/framework/dist');
// The office page's modules of @hrc/receiver, shared by the "Open sealed reports" screen (the
// conversation with a resident who kept a receipt included).
const office = join(repo, 'packages/receiver/admin');
const OFFICE_MODULES = [
  'keys.js',
  'opening.js',
  'sheet.js',
  'util.js',
  'seal.js',
  'conversation.js',
  'evidence.js',
];
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
// The report form's first step drawn in advance (HRC_Render prints it): its style sheet and a file per
// language of the kit, listed in the manifest.
const { locales: kitLocales = [], prerender = {} } = JSON.parse(
  readFileSync(join(bundle, 'manifest.json'), 'utf8'),
);
const drawn = prerender['hrc-report-form'] ?? {};
const missingDrawn = [
  drawn.css ?? 'hrc-report-form.css',
  ...kitLocales.map(({ locale }) => drawn.html?.[locale] ?? `prerender/hrc-report-form.${locale}.html`),
].filter((f) => !existsSync(join(bundle, f)));
if (missingDrawn.length) fail(`the kit's bundle lacks ${missingDrawn.join(', ')}.`);
const missingOffice = OFFICE_MODULES.filter((m) => !existsSync(join(office, m)));
if (missingOffice.length)
  fail(`${missingOffice.map((m) => join(office, m)).join(', ')} missing. Build @hrc/receiver first.`);
for (const file of [
  'schema/report.schema.json',
  'schema/sealed-report.schema.json',
  'schema/assessment.schema.json',
  'schema/statistics.schema.json',
  'content/nl.json',
  'content/en.json',
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
for (const file of OFFICE_MODULES) cpSync(join(office, file), join(stage, 'assets/office', file));
for (const file of [
  'report.schema.json',
  'assessment.schema.json',
  'sealed-report.schema.json',
  'statistics.schema.json',
]) {
  cpSync(join(framework, 'schema', file), join(stage, 'schema', file));
}
cpSync(join(framework, 'report-csv.json'), join(stage, 'data', 'report-csv.json'));
// The statistics screen's script with @hrc/framework/statistics (the receiver's suppression code).
buildSync({
  entryPoints: [join(root, 'admin-src/statistics.js')],
  outfile: join(stage, 'assets/statistics/statistics.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
});

const zipFile = join(out, 'hrc-widgets.zip');
const bytes = zip(stage, dirname(stage), zipFile);
console.log(`@hrc/wordpress: ${zipFile} (${(bytes / 1024).toFixed(0)} kB)`);
