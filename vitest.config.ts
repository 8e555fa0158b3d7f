import { defineConfig } from 'vitest/config';

// Node-side tests: the data package, the receiver, build outputs. Component tests run in Chromium
// through @web/test-runner (web-test-runner.config.mjs).
export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/node/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
