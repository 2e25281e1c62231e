// ESLint flat config: dependency rules between folders (STYLE B.3), TanStack Query rules,
// type-only imports, kebab-case file names.
import tanstackQuery from '@tanstack/eslint-plugin-query'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports (STYLE B.4).' },
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` array (STYLE B.4).' },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './shared', from: ['./server', './client', './seeds', './e2e'], message: 'shared/ imports nothing outside shared/.' },
            { target: './server', from: ['./client', './e2e'], message: 'server/ must not import client code.' },
            { target: './client', from: ['./seeds', './e2e'], message: 'client/ must not import seeds or e2e.' },
            {
              target: './client',
              from: './server',
              except: ['./app.ts'],
              message: 'client/ may only `import type` from server/app.ts.',
            },
            { target: './e2e', from: ['./server', './client'], message: 'e2e drives the UI; set up data through seeds/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/db/migrations/**', '**/*.test.ts', '**/*.test.tsx', 'server/test/**', 'bench/**'],
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
  {
    files: ['client/**/*.ts', 'client/**/*.tsx'],
    ignores: ['client/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['#server/*', '../server/*', '../../server/*'], allowTypeImports: true, message: 'Only `import type` from the server.' }] },
      ],
    },
  },
  {
    files: ['*.config.ts', '*.config.js', 'eslint.config.js', 'playwright.config.ts', 'vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
)
