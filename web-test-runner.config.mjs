// Component tests in a real Chromium. scripts/browser-tests.mjs finds (or installs) the browser and
// passes its path in CHROME_PATH. The report form sends to the real @hrc/receiver (built), started per
// test by test/browser/real-receiver.mjs.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROME_ARGS } from './scripts/lib/system.mjs';
import { receiverPlugin, receiverProxy } from './test/browser/real-receiver.mjs';
import { statsOriginPlugin } from './test/stats-origin/stats-origin.mjs';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default {
  rootDir: '.',
  files: ['packages/widgets/src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  middleware: [receiverProxy],
  plugins: [
    receiverPlugin,
    statsOriginPlugin,
    esbuildPlugin({ ts: true, tsconfig: './packages/widgets/tsconfig.json', target: 'es2022' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: CHROME_ARGS,
      },
    }),
  ],
};
