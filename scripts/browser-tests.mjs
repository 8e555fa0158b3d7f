// Runs the component tests in a real Chromium (found or installed by scripts/lib/system.mjs).
import { spawnSync } from 'node:child_process';
import { findChromium } from './lib/system.mjs';

const chrome = findChromium();
console.log(`Browser: ${chrome}`);
const r = spawnSync(
  'pnpm',
  ['exec', 'wtr', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, CHROME_PATH: chrome },
  },
);
process.exit(r.status ?? 1);
