// Provisions a real WordPress for the end-to-end tests, following the machine notes: Debian's
// WordPress (the version HRC_WP_VERSION names, from test/wordpress-versions.json; the oldest by
// default) and MariaDB, a host-specific config file, PHP's built-in server, install.php, and the
// plugin installed from the built zip. Everything it starts, it stops.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SYSTEM_WP, VERSIONS, wordpressRoot } from './wp-versions.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
export const PORT = Number(process.env.HRC_WP_PORT ?? 8091);
// Another loopback address, database and folder (HRC_WP_HOST, HRC_WP_DB, HRC_WP_DIR) give a second site
// that shares nothing with the default one but the MariaDB server.
export const HOST = process.env.HRC_WP_HOST ?? '127.0.0.1';
export const BASE = `http://${HOST}:${PORT}`;
export const DB = process.env.HRC_WP_DB ?? 'hrc_wp_e2e';
const DIR = process.env.HRC_WP_DIR ?? '/tmp/hrc-wp-e2e';
// HRC_WP_DB_SOCKET: WordPress connects to another MariaDB server's socket (the mysql tools find it in
// a ~/.my.cnf of their own).
const DB_HOST = process.env.HRC_WP_DB_SOCKET ? `localhost:${process.env.HRC_WP_DB_SOCKET}` : 'localhost';
export const ADMIN = { user: 'admin', password: randomBytes(12).toString('hex') };
export const TOKEN = randomBytes(16).toString('hex');
const WP = SYSTEM_WP;
/** The WordPress version under test. */
export const VERSION =
  VERSIONS.find((v) => v.version === process.env.HRC_WP_VERSION) ??
  (process.env.HRC_WP_VERSION ? null : VERSIONS[0]);
if (!VERSION)
  throw new Error(`HRC_WP_VERSION=${process.env.HRC_WP_VERSION} is not in test/wordpress-versions.json`);
const CONTENT = `${DIR}/wp-content`;
const CONFIG = `/etc/wordpress/config-${HOST}.php`;
export const DEBUG_LOG = `${DIR}/debug.log`;

export const APT_PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentythree',
  'mariadb-server',
  'php-cli',
  'php-mysql',
  'php-curl',
  'php-xml',
  'php-mbstring',
  'php-zip',
  'phpunit',
  'phpmd',
  'gettext',
];

const have = (cmd) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Installs what is missing (as root on Debian), else says what to install. */
export function ensureTools() {
  const missing = () =>
    [
      !have('php') && 'php-cli',
      !have('phpunit') && 'phpunit',
      !have('phpmd') && 'phpmd',
      !have('xgettext') && 'gettext',
      !have('mysqld_safe') && 'mariadb-server',
      !existsSync(`${WP}/wp-settings.php`) && 'wordpress',
      !existsSync(`${WP}/wp-content/themes/twentytwentythree`) && 'wordpress-theme-twentytwentythree',
      have('php') && !phpHas('mysqli') && 'php-mysql',
      have('php') && !phpHas('zip') && 'php-zip',
      have('php') && !phpHas('mbstring') && 'php-mbstring',
    ].filter(Boolean);
  if (missing().length === 0) return;
  const root = process.getuid?.() === 0 && have('apt-get');
  if (!root) {
    throw new Error(
      `WordPress tests need Debian packages (${missing().join(', ')}). Install them with:\n  sudo apt-get install -y --no-install-recommends ${APT_PACKAGES.join(' ')}`,
    );
  }
  console.log(`installing ${missing().join(', ')} …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync(
    'apt-get',
    ['install', '-o', 'DPkg::Lock::Timeout=600', '-y', '-qq', '--no-install-recommends', ...APT_PACKAGES],
    { stdio: 'inherit', env },
  );
}

function phpHas(ext) {
  return execFileSync('php', ['-m'], { encoding: 'utf8' }).toLowerCase().includes(ext);
}

export function mysql(sql, db = DB) {
  return execFileSync('mysql', ['-uroot', '-N', '-B', '-r', '-e', sql, ...(db ? [db] : [])], {
    encoding: 'utf8',
  }).trim();
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function mariadbUp() {
  try {
    execFileSync('mysqladmin', ['-uroot', 'ping'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Puts the plugin into the site's plugins folder as a site owner installs it: from the zip. */
export function installPlugin(zipFile) {
  execFileSync('php', [
    '-r',
    '$z = new ZipArchive(); if ($z->open($argv[1]) !== true || !$z->extractTo($argv[2])) exit(1);',
    zipFile,
    `${CONTENT}/plugins`,
  ]);
}

/** Writes the site's configuration (the database, the content folder, debugging), plus `extra` PHP. */
export function writeConfig(extra = '') {
  writeFileSync(
    CONFIG,
    `<?php
define('DB_NAME', '${DB}'); define('DB_USER', 'hrc_e2e'); define('DB_PASSWORD', 'hrc_e2e'); define('DB_HOST', '${DB_HOST}');
define('WP_CONTENT_DIR', '${CONTENT}');
define('WP_CONTENT_URL', '${BASE}/wp-content');
define('WP_HOME', '${BASE}'); define('WP_SITEURL', '${BASE}');
define('FS_METHOD', 'direct');
define('WP_DEBUG', true); define('WP_DEBUG_DISPLAY', false); define('WP_DEBUG_LOG', '${DEBUG_LOG}');
${extra}`,
  );
}

/**
 * Starts MariaDB if needed and prepares an empty site (fresh database, content folder with the plugin
 * from its zip, configuration); returns the WordPress folder and what to stop.
 */
export async function prepare(zipFile) {
  // First, before anything is started: this may have to fetch the version under test.
  const root = wordpressRoot(VERSION, CONFIG);
  const started = [];
  if (!mariadbUp()) {
    const db = spawn('mysqld_safe', ['--user=mysql'], { stdio: 'ignore', detached: true });
    started.push({ name: 'mariadb', stop: () => execFileSync('mysqladmin', ['-uroot', 'shutdown']) });
    for (let i = 0; i < 60 && !mariadbUp(); i++) await sleep(500);
    if (!mariadbUp()) throw new Error('MariaDB did not start');
    db.unref();
  }
  // A fresh database each run: the tests start from an empty site.
  mysql(
    `DROP DATABASE IF EXISTS ${DB}; CREATE DATABASE ${DB}; CREATE USER IF NOT EXISTS 'hrc_e2e'@'localhost' IDENTIFIED BY 'hrc_e2e'; GRANT ALL ON ${DB}.* TO 'hrc_e2e'@'localhost';`,
    '',
  );

  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(`${CONTENT}/plugins`, { recursive: true });
  mkdirSync(`${CONTENT}/themes`, { recursive: true });
  mkdirSync(`${CONTENT}/mu-plugins`, { recursive: true });
  mkdirSync(`${CONTENT}/uploads`, { recursive: true });
  symlinkSync(`${WP}/wp-content/themes/twentytwentythree`, `${CONTENT}/themes/twentytwentythree`);
  installPlugin(zipFile);
  writeFileSync(
    `${CONTENT}/mu-plugins/hrc-e2e-harness.php`,
    readFileSync(join(here, 'fixtures/hrc-e2e-harness.php'), 'utf8').replace('HRC_E2E_TOKEN', TOKEN),
  );
  writeConfig();
  started.push({ name: 'config', stop: () => rmSync(CONFIG, { force: true }) });
  return { root, started, stop: () => stopAll(started) };
}

function stopAll(started) {
  for (const s of started.reverse()) {
    try {
      s.stop();
    } catch (e) {
      console.error(`could not stop ${s.name}: ${e.message}`);
    }
  }
}

/** Starts MariaDB and the site; returns a stop function that ends only what was started here. */
export async function start(zipFile) {
  const { root, started } = await prepare(zipFile);

  const log = [];
  // PHP's upload limits as docs/wordpress.md asks of a host that takes evidence files: a file of up to
  // 8,388,689 bytes, a request of up to 25,281,619.
  const limits = ['-d', 'upload_max_filesize=9M', '-d', 'post_max_size=25M'];
  const server = spawn('php', [...limits, '-S', `${HOST}:${PORT}`, '-t', root, join(here, 'router.php')], {
    env: { ...process.env, HRC_WP_CONTENT: CONTENT, PHP_CLI_SERVER_WORKERS: '4' },
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group: PHP_CLI_SERVER_WORKERS forks workers, which must end with it.
    detached: true,
  });
  server.stderr.on('data', (d) => log.push(String(d)));
  started.push({
    name: 'php -S',
    stop: () => {
      process.kill(-server.pid, 'SIGTERM');
      server.stderr.destroy();
    },
  });
  const stop = () => stopAll(started);
  try {
    for (let i = 0; i < 40; i++) {
      try {
        await fetch(`${BASE}/wp-admin/install.php`);
        break;
      } catch {
        await sleep(250);
      }
    }
    const res = await fetch(`${BASE}/wp-admin/install.php?step=2`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        weblog_title: 'Gemeente Voorbeeld',
        user_name: ADMIN.user,
        admin_password: ADMIN.password,
        admin_password2: ADMIN.password,
        pw_weak: '1',
        admin_email: 'webteam@example.org',
        blog_public: '0',
      }),
    });
    const html = await res.text();
    if (!html.includes('wp-login.php')) throw new Error(`WordPress install failed: ${html.slice(0, 500)}`);
  } catch (e) {
    stop();
    throw e;
  }
  return { stop, serverLog: () => log.join(''), contentDir: CONTENT, debugLog: DEBUG_LOG };
}

export { cpSync };
