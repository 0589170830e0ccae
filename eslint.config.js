// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');
const reactHooks = require('eslint-plugin-react-hooks');

/** Node built-ins, with and without the `node:` prefix, for the "pure code" rule. */
const nodeBuiltins = require('node:module').builtinModules.flatMap((name) =>
  name.startsWith('node:') ? [name] : [name, `node:${name}`],
);

const electronOnlyHere = {
  name: 'electron',
  message:
    'Only src/main/electron/ may import electron: Node tests that load it try to download the binary.',
};

module.exports = tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'dist/', '.cache/', 'test-results/', 'playwright-report/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [electronOnlyHere] }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // src/shared runs anywhere: renderer, main, CLI, tests. No Node, no Electron.
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'src/shared is pure: no electron.' },
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'src/shared is pure: no Node modules.',
            })),
          ],
          patterns: [
            {
              group: ['**/main/**', '**/renderer/**'],
              message: 'src/shared must not depend on main or renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer talks to main only through window.linimasa.',
            },
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'The renderer is sandboxed: no Node modules.',
            })),
          ],
          patterns: [
            { group: ['**/main/**'], message: 'The renderer reaches main only through the API.' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/main/electron/**/*.ts',
      'test/electron/**/*.ts',
      'test/unit/electron/**/*.ts',
      'electron.vite.config.ts',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
);
