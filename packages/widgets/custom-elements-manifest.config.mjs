export default {
  globs: ['src/components/**/*.ts', 'src/internal/hrc-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/*.nl.ts'],
  outdir: '.',
  litelement: true,
};
