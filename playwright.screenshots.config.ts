// npm run screenshots: every page in vi and en at 1366 px and 390 px, written to docs/screenshots
// for the README and for review. Kept out of npm test on purpose: it rewrites tracked files and
// checks nothing beyond the pages loading (the specs of playwright.config.ts do the checking).
import { defineConfig } from '@playwright/test'
import base from './playwright.config.ts'

export default defineConfig({
  ...base,
  testMatch: 'screenshots.spec.ts',
  testIgnore: [],
  retries: 0,
})
