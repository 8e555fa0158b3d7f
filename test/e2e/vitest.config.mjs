import { defineConfig } from 'vitest/config';

// End-to-end tests of the built, self-hosted kit in Chromium (playwright-core), apart from the unit
// suites because they need the build output (packages/widgets/bundle/).
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.test.mjs'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
