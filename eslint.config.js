import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'http',
  'https',
  'net',
  'crypto',
  'child_process',
  'url',
  'util',
  'stream',
  'worker_threads',
];

/** The layer rules of the architecture, enforced here so a wrong import fails `npm test`. */
const layers = {
  shared: {
    patterns: [
      {
        group: ['**/electron/**', '**/renderer/**'],
        message: 'shared/ is used by both sides and imports nothing of electron/ or renderer/.',
      },
      {
        group: ['electron', 'react', 'react-dom', 'react/*', 'better-sqlite3', '@xyflow/*', 'zustand', 'zustand/*'],
        message: 'shared/ is pure TypeScript: no electron, react or better-sqlite3.',
      },
      { group: nodeBuiltins, message: 'shared/ runs in the renderer too: no Node built-ins.' },
    ],
  },
  renderer: {
    patterns: [
      {
        group: ['**/electron/**', 'electron', 'better-sqlite3'],
        message: 'renderer/ talks to the Node side only through the API client (renderer/src/api).',
      },
      { group: nodeBuiltins, message: 'renderer/ runs in a sandboxed page: no Node built-ins.' },
    ],
  },
  nodeSide: {
    patterns: [
      {
        group: ['electron'],
        message: "Only electron/main and electron/preload import 'electron'; services must run without it.",
      },
      { group: ['**/renderer/**'], message: 'The Node side never imports the renderer.' },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'shared/schema/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['shared/**/*.ts'], rules: { 'no-restricted-imports': ['error', layers.shared] } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'no-restricted-imports': ['error', layers.renderer] },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/host/**/*.ts', 'electron/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', layers.nodeSide] },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layers.nodeSide.patterns[1]] }] },
  },
  { files: ['**/*.mjs', '**/*.js'], languageOptions: { globals: { ...globals.node } } },
);
