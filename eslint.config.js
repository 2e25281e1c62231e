// ESLint flat config: dependency rules between folders (STYLE B.3), TanStack Query rules,
// type-only imports, named exports only.
import tanstackQuery from '@tanstack/eslint-plugin-query'
import reactHooks from 'eslint-plugin-react-hooks'
import { readdirSync } from 'node:fs'
import globals from 'globals'
import tseslint from 'typescript-eslint'

function restrictImports(files, patterns, ignores = []) {
  return { files, ignores, rules: { 'no-restricted-imports': ['error', { patterns }] } }
}

const SERVER_BASE = {
  regex: '^#client/|(^|/)client/|(^|/)e2e/',
  message: 'server/ must not import client or e2e code.',
}
const NO_SERVER_FEATURES = {
  regex: '^#server/features/|(^|/)features/',
  message: 'Layers below the features (db, lib, cohorts, write-path) import no server feature.',
}
const TEST_EDGE = ['**/*.test.ts', '**/*.fixture.ts', '**/__fixtures__/**']
const CLIENT_FEATURES = readdirSync(new URL('./client/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

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
  restrictImports(['server/**/*.ts'], [SERVER_BASE]),
  // A later block replaces the pattern list for its files, so each repeats SERVER_BASE.
  restrictImports(
    ['server/db/**/*.ts', 'server/lib/**/*.ts', 'server/log/**/*.ts'],
    [
      SERVER_BASE,
      NO_SERVER_FEATURES,
      {
        regex: '^#server/(cohorts|write-path|archive)/|(^|/)(cohorts|write-path|archive)/',
        message: 'server/db, lib and log sit below the read model, the write path and the archive.',
      },
    ],
    TEST_EDGE,
  ),
  restrictImports(['server/write-path/**/*.ts'], [SERVER_BASE, NO_SERVER_FEATURES], TEST_EDGE),
  restrictImports(
    ['server/cohorts/**/*.ts'],
    [
      SERVER_BASE,
      NO_SERVER_FEATURES,
      {
        regex: '^#server/write-path/|(^|/)write-path/',
        message: 'The read model is refreshed by the write path; it never calls the writers.',
      },
    ],
    TEST_EDGE,
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
  // No client feature imports another: what two features share lives in client/cohorts,
  // client/lib or client/components (the pages in client/app put features together).
  ...CLIENT_FEATURES.map((feature) =>
    restrictImports(
      [`client/features/${feature}/**/*.{ts,tsx}`],
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
        {
          regex: `^#client/features/(?!${feature}/)|^\\.[./]*/features/(?!${feature}/)`,
          message: `client/features/${feature} imports no other feature; lift what is shared into client/cohorts, client/lib or client/components.`,
        },
      ],
      ['client/**/*.test.{ts,tsx}', 'client/testing/**'],
    ),
  ),
  // The cohort layer (queries, reads and the pieces every cohort page shares) sits below the
  // features, as server/cohorts does on the server: it imports none of them.
  restrictImports(
    ['client/cohorts/**/*.{ts,tsx}', 'client/lib/**/*.{ts,tsx}', 'client/components/**/*.{ts,tsx}'],
    [
      {
        regex: '^#client/features/|(^|/)features/',
        message: 'client/cohorts, client/lib and client/components import no client feature.',
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
