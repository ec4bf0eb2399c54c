// `npm run lint`. The recommended sets of ESLint, typescript-eslint, eslint-plugin-lit and
// eslint-plugin-wc; every rule turned off below says why.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default defineConfig(
  {
    ignores: ['dist/', 'storybook-static/', 'screenshots/', 'bench/.out/', 'wordpress/build/', 'wordpress/tests/output/', 'node_modules/'],
  },
  js.configs.recommended,
  // Not the type-aware set: on this code it takes 30 s instead of 7 and mostly reports Chai's
  // assertions as floating promises, Lit's auto-bound `@event=${this.method}` listeners as
  // unbound methods and fire-and-forget loads that handle their own errors.
  tseslint.configs.recommended,
  {
    rules: {
      // `_` marks a parameter a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  // The browser code: the elements, the configurator, the stories, the browser tests, the demo.
  {
    files: [
      'src/**/*.ts',
      'configurator/**/*.ts',
      'stories/**/*.ts',
      '.storybook/**/*.ts',
      'test/**/*.{ts,js}',
      'demo/**/*.js',
      'bench/lit-floor.js',
    ],
    languageOptions: { globals: globals.browser },
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    rules: {
      // LitElement defines every lifecycle callback, so `super.connectedCallback()` needs no guard.
      'wc/guard-super-call': 'off',
    },
  },
  // Node: the scripts, the benchmark, the configs, the server and WordPress tests.
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', 'test/**/*.mjs', 'wordpress/tests/**/*.mjs', '*.{js,mjs,ts}', '.storybook/main.ts'],
    languageOptions: { globals: globals.node },
  },
  // Functions these pass to puppeteer's page.evaluate() run in the page.
  {
    files: ['bench/run.mjs', 'scripts/check-storybook.mjs', 'scripts/screenshots.mjs', 'wordpress/tests/e2e/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, wp: 'readonly' } },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Chai's assertions are property reads: `expect(x).to.be.true`.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests build deliberately malformed input out of typed samples.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  // The provider types the accessors Lit creates from its settings table by merging an interface into the class.
  {
    files: ['src/elements/provider/provider.ts'],
    rules: { '@typescript-eslint/no-unsafe-declaration-merging': 'off' },
  },
  // WordPress's editor scripts: classic scripts on WordPress's globals, no build step.
  {
    files: ['wordpress/assets/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, wp: 'readonly' } },
  },
);
