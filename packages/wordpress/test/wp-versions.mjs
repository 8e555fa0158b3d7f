// The WordPress versions the end-to-end suite runs against (test/wordpress-versions.json: the oldest the
// plugin declares and the newest it is tested up to), each Debian's own package: the machine's
// /usr/share/wordpress when it is that version, else the package of the Debian release that ships it,
// fetched with apt-get into .cache/wordpress/<version>/ without touching the machine's apt sources
// (the recipe of the machine notes). That tree runs under PHP's built-in server like the installed one.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const CACHE = fileURLToPath(new URL('../../../.cache/wordpress/', import.meta.url));
export const SYSTEM_WP = '/usr/share/wordpress';

/** [{ version: '6.1', debian: 'bookworm' }, …], oldest first. */
export const VERSIONS = JSON.parse(readFileSync(join(here, 'wordpress-versions.json'), 'utf8'));

/** The x.y version of the WordPress tree at `dir`, or null. */
export function versionOf(dir) {
  try {
    const text = readFileSync(join(dir, 'wp-includes/version.php'), 'utf8');
    return /\$wp_version = '(\d+\.\d+)/.exec(text)?.[1] ?? null;
  } catch {
    return null;
  }
}

/**
 * The folder that holds WordPress `version` (its ABSPATH), fetching Debian's package when needed.
 * `config` is the PHP file with the database settings that a fetched tree's wp-config.php loads.
 */
export function wordpressRoot({ version, debian }, config) {
  if (versionOf(SYSTEM_WP) === version) return SYSTEM_WP;
  const base = join(CACHE, version);
  const wp = join(base, 'usr/share/wordpress');
  if (versionOf(wp) !== version) fetchDebian(debian, base);
  if (versionOf(wp) !== version) throw new Error(`Debian ${debian}'s wordpress package is not ${version}`);
  // Debian's wp-config.php reads /etc/wordpress and points ABSPATH at the installed copy: this tree
  // gets a plain one that loads the test's settings and runs itself.
  writeFileSync(
    join(wp, 'wp-config.php'),
    `<?php\nrequire ${JSON.stringify(config)};\n$table_prefix = 'wp_';\ndefined( 'ABSPATH' ) || define( 'ABSPATH', __DIR__ . '/' );\nrequire_once ABSPATH . 'wp-settings.php';\n`,
  );
  return wp;
}

function fetchDebian(suite, base) {
  if (process.getuid?.() !== 0) {
    throw new Error(
      `WordPress from Debian ${suite} is needed in ${base}; run the tests as root once (apt-get fetches it).`,
    );
  }
  const apt = join(CACHE, `apt-${suite}`);
  rmSync(apt, { recursive: true, force: true });
  mkdirSync(join(apt, 'sources'), { recursive: true });
  mkdirSync(join(apt, 'lists/partial'), { recursive: true });
  mkdirSync(join(apt, 'debs'), { recursive: true });
  // The machine's own Debian mirror, where it names one.
  let uris = 'http://deb.debian.org/debian';
  for (const file of ['/etc/apt/sources.list.d/debian.sources', '/etc/apt/sources.list']) {
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const found =
      /^URIs:\s*(\S+)/m.exec(text)?.[1] ?? /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+\S+\s/m.exec(text)?.[1];
    if (found) {
      uris = found;
      break;
    }
  }
  writeFileSync(
    join(apt, 'sources/wp.sources'),
    `Types: deb\nURIs: ${uris}\nSuites: ${suite}\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n`,
  );
  const options = [
    '-o',
    'Dir::Etc::SourceList=/dev/null',
    '-o',
    `Dir::Etc::SourceParts=${join(apt, 'sources')}`,
    '-o',
    `Dir::State::Lists=${join(apt, 'lists')}`,
    '-o',
    'APT::Sandbox::User=root',
  ];
  console.log(`fetching WordPress from Debian ${suite} …`);
  execFileSync('apt-get', [...options, '-qq', 'update'], { stdio: 'inherit' });
  // WordPress and the libraries its package links to instead of bundling them.
  execFileSync(
    'apt-get',
    [
      ...options,
      '-qq',
      'download',
      'wordpress',
      'php-getid3',
      'libjs-underscore',
      'libjs-lodash',
      'libjs-cropper',
    ],
    { cwd: join(apt, 'debs'), stdio: 'inherit' },
  );
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  for (const deb of readdirSync(join(apt, 'debs')).filter((f) => f.endsWith('.deb'))) {
    execFileSync('dpkg-deb', ['-x', join(apt, 'debs', deb), base]);
  }
  rmSync(apt, { recursive: true, force: true });
  if (!existsSync(join(base, 'usr/share/wordpress/wp-settings.php'))) {
    throw new Error(`unpacking Debian ${suite}'s wordpress into ${base} failed`);
  }
}
