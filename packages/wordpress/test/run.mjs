// The WordPress plugin's test step: builds the plugin, checks every PHP file with `php -l` and the
// translation template, runs the PHPUnit tests (plain PHP classes, Plugin Check's static rules), then
// the end-to-end tests against a real WordPress.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTools } from './wp-env.mjs';
import { VERSIONS } from './wp-versions.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function phpFiles(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) phpFiles(path, out);
    else if (name.endsWith('.php')) out.push(path);
  }
  return out;
}

try {
  ensureTools();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}

execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });

const files = phpFiles(root);
const bad = files.filter((f) => spawnSync('php', ['-l', f], { encoding: 'utf8' }).status !== 0);
for (const f of bad) console.error(`php -l failed: ${f}`);
console.log(`php -l: ${files.length - bad.length}/${files.length} files ok`);

// The kit's PHP rules (phpmd.xml at the repository's root: complexity, silenced errors, unused code).
const rules = spawnSync(
  'phpmd',
  [
    ['includes', 'hrc-widgets.php', 'uninstall.php', 'blocks'].map((p) => join(root, p)).join(','),
    'text',
    join(root, '../../phpmd.xml'),
  ],
  { stdio: 'inherit' },
);
console.log(`phpmd: ${rules.status === 0 ? 'no findings' : 'findings above'}`);

// The translation template must hold exactly the strings the sources use (xgettext decides).
const pot = spawnSync(process.execPath, [join(root, 'scripts/pot.mjs'), '--check'], { stdio: 'inherit' });

const unit = spawnSync('phpunit', ['-c', join(root, 'test/phpunit.xml')], { stdio: 'inherit' });

// The end-to-end suite once per WordPress version the plugin declares (oldest and newest).
// Each file provisions a fresh site: e2e.mjs over HTTP, editor.mjs in Chromium as editors see it,
// network.mjs a multisite network through PHP's command line.
const e2e = VERSIONS.flatMap(({ version }) =>
  ['e2e.mjs', 'editor.mjs', 'network.mjs'].map((file) => {
    console.log(`\n${file} on WordPress ${version}`);
    return spawnSync(process.execPath, ['--test', '--test-reporter=spec', join(root, 'test', file)], {
      stdio: 'inherit',
      env: { ...process.env, HRC_WP_ZIP: join(root, 'dist/hrc-widgets.zip'), HRC_WP_VERSION: version },
    }).status;
  }),
);

process.exit(
  bad.length === 0 && rules.status === 0 && pot.status === 0 && unit.status === 0 && e2e.every((s) => s === 0)
    ? 0
    : 1,
);
