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

/*
 * Layers point down (docs/ARCHITECTURE.md, "Layers and the lint rules that keep them"). As in
 * VS Code's code-layering rules, an upward import fails the lint. ESLint's own
 * no-restricted-imports does it without a plugin: every import in src/ is relative, so the folder
 * an import reaches is the first name after its run of `../` (`../../services/x` from
 * db/repositories/, while `../../../shared/api/errors` reaches shared/). A plugin that resolves
 * paths (eslint-plugin-import-x's no-restricted-paths, eslint-plugin-boundaries) would need a
 * TypeScript resolver and makes a cold lint slower, for the same answers here.
 * test/unit/lint/layers.test.ts checks on fixture files that the rules still fire.
 *
 * A file gets exactly one no-restricted-imports setting (flat config: the last matching object
 * wins), so each setting below lists every restriction of its files: `restrict(...)` merges them.
 */
const reachesMain = (folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;
const layers = {
  dbIsTheBottom: {
    patterns: [
      {
        regex: reachesMain(['services', 'bundle', 'export', 'assets', 'transports', 'api']),
        message:
          'db/ is the bottom layer of main: it must not import services, bundle, export, assets, transports or api. Move what it needs down (db/ or src/shared).',
      },
    ],
  },
  servicesFromAbove: {
    patterns: [
      {
        regex: reachesMain(['services']),
        message:
          'Only api/, transports/, cli/ and app.ts call services/; code below them (bundle, export, assets, db…) must not. Move what is shared down, or let the service pass it in.',
      },
    ],
  },
  noFeatures: {
    patterns: [
      {
        regex: '^(\\.\\./)+features(/|$)',
        message:
          'api/, components/, hooks/, stores/, forms/, media/ and navigation/ are shared by the features: they must not import features/.',
      },
    ],
  },
  noViews: {
    patterns: [
      {
        // A view is a PascalCase .tsx module (CalendarView, Dialog…); imports name it without extension.
        regex: '^\\.{1,2}/(.*/)?[A-Z][^/]*$',
        caseSensitive: true,
        message:
          'A store, model or other .ts module must not import a view (PascalCase .tsx): views talk to stores, not the other way round.',
      },
    ],
  },
};
const rendererRuntime = {
  paths: [
    { name: 'electron', message: 'The renderer talks to main only through window.linimasa.' },
    ...nodeBuiltins.map((name) => ({
      name,
      message: 'The renderer is sandboxed: no Node modules.',
    })),
  ],
  patterns: [{ group: ['**/main/**'], message: 'The renderer reaches main only through the API.' }],
};
const mainRuntime = { paths: [electronOnlyHere] };

/** One no-restricted-imports setting from several restriction sets. */
const restrict = (...sets) => [
  'error',
  {
    paths: sets.flatMap((set) => set.paths ?? []),
    patterns: sets.flatMap((set) => set.patterns ?? []),
  },
];

/** Renderer folders that every feature shares. */
const rendererShared = '{api,components,hooks,stores,forms,media,navigation}';

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
      'no-restricted-imports': restrict(rendererRuntime),
    },
  },
  {
    files: [`src/renderer/${rendererShared}/**/*.tsx`],
    rules: { 'no-restricted-imports': restrict(rendererRuntime, layers.noFeatures) },
  },
  {
    files: [`src/renderer/${rendererShared}/**/*.ts`],
    rules: {
      'no-restricted-imports': restrict(rendererRuntime, layers.noFeatures, layers.noViews),
    },
  },
  {
    files: ['src/renderer/**/*.ts'],
    ignores: [`src/renderer/${rendererShared}/**`],
    rules: { 'no-restricted-imports': restrict(rendererRuntime, layers.noViews) },
  },
  {
    files: ['src/main/db/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(mainRuntime, layers.dbIsTheBottom) },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/{services,api,transports,cli,db,electron}/**', 'src/main/app.ts'],
    rules: { 'no-restricted-imports': restrict(mainRuntime, layers.servicesFromAbove) },
  },
  {
    // SQL lives in db/: a statement prepared or run anywhere else in main is an error (pragmas,
    // which are file maintenance such as integrity_check, stay where the file work is).
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/db/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(prepare|exec)$/][arguments.0.type=/^(Literal|TemplateLiteral)$/]',
          message:
            'SQL lives in src/main/db/: add a repository function (db/repositories/) and call it from here.',
        },
      ],
    },
  },
  {
    // electron/ may import electron, and sits below services like the rest of main.
    files: ['src/main/electron/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(layers.servicesFromAbove) },
  },
  {
    files: ['test/electron/**/*.ts', 'test/unit/electron/**/*.ts', 'electron.vite.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
