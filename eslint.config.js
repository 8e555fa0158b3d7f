// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      // Downloads and test output (a fetched WordPress, screenshots).
      '.cache/**',
      'build/**',
      '.cache/**',
      'packages/widgets/bundle/**',
      'packages/receiver/admin/seal.js',
      'bench/results.json',
      'packages/wordpress/**/*.php',
      // The Drupal module itself (PHP, Twig, YAML and the built assets); its package's scripts are linted.
      'packages/drupal/hrc_widgets/**',
      '**/vendor/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['packages/widgets/src/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/widgets/src/**/*.ts', 'stories/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['packages/widgets/src/**/*.ts', 'stories/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: {
      ...litA11y.configs.recommended.rules,
      // Lit templates are the only HTML we write; never from strings.
      'lit/no-template-bind': 'error',
      'lit/no-useless-template-literals': 'error',
    },
  },
  {
    files: ['packages/widgets/src/**/*.ts'],
    rules: {
      // User text is never HTML: the unsafe directives are banned outright.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit/directives/unsafe-*', 'lit/static-html.js'],
              message: 'User text is never HTML; unsafe directives break Trusted Types and CSP.',
            },
          ],
        },
      ],
    },
  },
  {
    // Type-aware rules for the TypeScript sources (typescript-eslint's project service finds each
    // file's tsconfig): a promise is awaited, returned or explicitly voided, never dropped.
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // pnpm loads its hook file as CommonJS.
    files: ['.pnpmfile.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.test.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
