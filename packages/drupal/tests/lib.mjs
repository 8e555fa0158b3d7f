// Paths and helpers shared by the module's tests.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const moduleDir = join(packageDir, 'hrc_widgets');
export const repoDir = join(packageDir, '../..');

/** Runs a program; throws with its output when it cannot start (e.g. PHP not installed). */
export function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024, ...options });
  if (r.error) {
    throw new Error(
      `Could not run ${cmd}: ${r.error.message}. The Drupal tests need PHP 8.1+, Twig 3, Symfony YAML and ` +
        'PHPUnit 9 (Debian: apt-get install php-cli php-twig php-symfony-yaml phpunit php-xml php-mbstring).',
    );
  }
  return r;
}

/** Every file below dir (skipping the built assets), relative to dir. */
export function files(dir, skip = ['assets']) {
  const out = [];
  const walk = (sub) => {
    for (const name of readdirSync(join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      if (skip.includes(rel)) continue;
      if (statSync(join(dir, rel)).isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

/** Runs PHP code with the module's plain classes autoloaded and returns its JSON output. */
export function phpJson(code) {
  const r = run('php', [
    '-r',
    `require ${JSON.stringify(join(packageDir, 'tests/php/bootstrap.php'))}; ${code}`,
  ]);
  if (r.status !== 0) throw new Error(r.stderr || r.stdout);
  return JSON.parse(r.stdout);
}
