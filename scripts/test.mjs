// The whole test suite: build, typecheck, lint, Node tests, browser tests, Storybook build, stories and
// their screenshots.
// Every step runs even when an earlier one fails (after the build), and the summary names the failures.
import { spawnSync } from 'node:child_process';

const steps = [
  ['build', ['pnpm', 'run', 'build']],
  ['typecheck', ['pnpm', 'run', 'typecheck']],
  ['lint', ['pnpm', 'run', 'lint']],
  ['node tests', ['pnpm', 'run', 'test:node']],
  ['browser tests', ['pnpm', 'run', 'test:browser']],
  ['end-to-end (strict CSP, demo)', ['pnpm', 'run', 'test:e2e']],
  ['drupal tests', ['pnpm', '--filter', '@hrc/drupal', 'test']],
  // The kit is built by the first step; build-storybook alone would build it again.
  ['storybook build', ['pnpm', 'exec', 'storybook', 'build', '-o', 'storybook-static', '--quiet']],
  ['storybook stories', ['node', 'scripts/storybook-smoke.mjs']],
  // Screenshots and what they would miss (contrast, reflow, text spacing), on the Storybook just built.
  ['screenshots', ['node', 'test/visual/run.mjs']],
  ['wordpress tests', ['pnpm', '--filter', '@hrc/wordpress', 'run', 'test']],
];

const results = [];
for (const [name, [cmd, ...args]] of steps) {
  const started = Date.now();
  console.log(`\n━━ ${name} ━━ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  results.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  if (!ok && name === 'build') break;
}

console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.name} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 && results.length === steps.length ? 0 : 1);
