// npm run screenshots: every page in vi and en at 1366 px and 390 px, written to docs/screenshots
// for the README and for review. Kept out of npm test on purpose: it rewrites tracked files and
// checks nothing beyond the pages loading (the specs of playwright.config.ts do the checking).
import { defineConfig } from '@playwright/test'
import base from './playwright.config.ts'

const browser = base.projects?.[0]?.use ?? {}

export default defineConfig({
  ...base,
  testMatch: 'screenshots.spec.ts',
  testIgnore: [],
  retries: 0,
  // The large cohort is imported only once every other page is taken: imported earlier, it
  // would show in their cohort lists, the data history and the audit log.
  projects: [
    { name: 'pages', use: browser, grepInvert: /large cohort/ },
    { name: 'large-cohort', use: browser, grep: /large cohort/, dependencies: ['pages'] },
  ],
})
