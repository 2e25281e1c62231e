import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './e2e/chromium-launch.ts'

const PORT = Number(process.env.E2E_PORT ?? 4321)
const CI = !!process.env.CI
const dbDir = join(tmpdir(), 'par-dashboard-e2e')
// The first admin of the fresh database (server/bootstrap.ts); e2e/fixtures.ts repeats them.
const ADMIN_EMAIL = 'admin@par.example.vn'
const ADMIN_PASSWORD = 'quan-tri-e2e-2026'

export default defineConfig({
  testDir: 'e2e',
  // The review screenshots rewrite docs/screenshots: npm run screenshots, never npm test.
  testIgnore: 'screenshots.spec.ts',
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  // One browser per core: more only queue for the same CPUs and stretch every test.
  workers: CI ? 2 : Math.min(4, availableParallelism()),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'on-first-retry',
    locale: 'vi-VN',
    // Charts skip their entry animation, so assertions and screenshots see the final drawing.
    reducedMotion: 'reduce',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 900 },
        launchOptions: chromiumLaunchOptions(),
      },
    },
  ],
  webServer: {
    // A fresh SQLite file on every run: the server migrates and loads the demo data on start.
    command: `rm -rf ${dbDir} && mkdir -p ${dbDir} && npm run build && DATABASE_URL=file:${dbDir}/e2e.sqlite PORT=${PORT} HOST=127.0.0.1 LOG_LEVEL=warn ADMIN_EMAIL=${ADMIN_EMAIL} ADMIN_PASSWORD=${ADMIN_PASSWORD} npm run serve`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: !CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
