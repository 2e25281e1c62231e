// ESLint flat config: dependency rules between folders (STYLE B.3), TanStack Query rules,
// type-only imports, named exports only.
import tanstackQuery from '@tanstack/eslint-plugin-query'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

function restrictImports(files, patterns, ignores = []) {
  return { files, ignores, rules: { 'no-restricted-imports': ['error', { patterns }] } }
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      'data/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (STYLE B.4).' },
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` array (STYLE B.4).' },
      ],
    },
  },
  {
    files: [
      'server/db/migrations/**',
      '**/*.test.ts',
      '**/*.test.tsx',
      'server/test/**',
      'bench/**',
    ],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { '@tanstack/query': tanstackQuery, 'react-hooks': reactHooks },
    rules: {
      ...tanstackQuery.configs['flat/recommended-strict']?.[0]?.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // Folder dependency rules (STYLE B.3), as import patterns: each folder lists what it may not reach.
  restrictImports(
    ['shared/**/*.{ts,tsx}'],
    [
      {
        regex: '^#server/|^#client/|^#seeds/|(^|/)server/|(^|/)client/|(^|/)seeds/|(^|/)e2e/',
        message: 'shared/ imports nothing outside shared/.',
      },
    ],
  ),
  restrictImports(
    ['server/**/*.ts'],
    [
      {
        regex: '^#client/|(^|/)client/|(^|/)e2e/',
        message: 'server/ must not import client or e2e code.',
      },
    ],
  ),
  restrictImports(
    ['seeds/**/*.ts'],
    [
      {
        regex: '^#client/|(^|/)client/|(^|/)e2e/',
        message: 'seeds/ may use the server database and import parser only.',
      },
    ],
  ),
  restrictImports(
    ['e2e/**/*.ts'],
    [
      {
        regex: '^#server/|^#client/|(^|/)server/|(^|/)client/',
        message: 'e2e drives the UI; set up data through seeds/.',
      },
    ],
  ),
  restrictImports(
    ['client/**/*.{ts,tsx}'],
    [
      {
        regex: '^#seeds/|(^|/)seeds/|(^|/)e2e/',
        message: 'client/ must not import seeds or e2e.',
      },
      {
        regex: '^#server/|(^|/)server/',
        allowTypeImports: true,
        message: 'client/ may only `import type` from the server.',
      },
    ],
    ['client/**/*.test.{ts,tsx}', 'client/testing/**'],
  ),
  {
    files: [
      '*.config.ts',
      '*.config.js',
      'eslint.config.js',
      'playwright.config.ts',
      'vite.config.ts',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
)
