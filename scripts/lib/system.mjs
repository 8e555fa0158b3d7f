// Finding (and, on a fresh Debian machine as root, installing) the system programs the tests need.
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export const isDebianRoot = () =>
  process.platform === 'linux' &&
  process.getuid?.() === 0 &&
  existsSync('/usr/bin/apt-get') &&
  /debian|ubuntu/i.test(existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '');

let aptUpdated = false;
/** Installs Debian packages when allowed (root on Debian); returns whether it ran. */
export function aptInstall(packages) {
  if (!isDebianRoot()) return false;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    aptUpdated = true;
  }
  console.log(`Installing ${packages.join(', ')} with apt-get…`);
  const r = spawnSync(
    'apt-get',
    ['install', '-o', 'DPkg::Lock::Timeout=600', '-y', '-qq', '--no-install-recommends', ...packages],
    {
      stdio: 'inherit',
      env,
    },
  );
  return r.status === 0;
}

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Path of a Chromium or Chrome: CHROME_PATH, the usual places, else Debian's package when allowed. */
export function findChromium() {
  if (process.env.CHROME_PATH) {
    if (isExecutable(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH=${process.env.CHROME_PATH} is not an executable browser.`);
  }
  const found = CHROME_CANDIDATES.find(isExecutable);
  if (found) return found;
  if (aptInstall(['chromium'])) {
    const installed = CHROME_CANDIDATES.find(isExecutable);
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
      'macOS: install Google Chrome) or point CHROME_PATH at its executable, then run the tests again.',
  );
}

/**
 * Flags for a quiet headless Chromium on a machine without outside network. Pages in the background
 * (tests run side by side) must still get timers and animation frames.
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

/** Whether a Debian package is installed (false where there is no dpkg). */
export function debianPackageInstalled(name) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/**
 * Makes sure the Debian packages a test step needs are there: installs the missing ones as root on
 * Debian or Ubuntu, and anywhere else fails with the command to run. `what` names the step.
 */
export function ensureDebianPackages(packages, what) {
  const hasDpkg = spawnSync('sh', ['-c', 'command -v dpkg-query'], { stdio: 'ignore' }).status === 0;
  if (!hasDpkg) return; // not Debian: the step itself says what it could not find
  const missing = packages.filter((p) => !debianPackageInstalled(p));
  if (missing.length === 0) return;
  if (aptInstall(missing) && missing.every(debianPackageInstalled)) return;
  throw new Error(
    `${what} need Debian packages that are not installed: ${missing.join(', ')}.\n` +
      `Install them with: sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`,
  );
}
