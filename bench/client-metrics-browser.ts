// The SPA in Chromium against the server under test: time from navigation start to the first
// chart surface drawn (each attempt in a fresh context: a first visit, nothing cached), and the
// time from clicking "PNG" to the download. Initial JS comes from the build (client-metrics.ts).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { CLIENT_DIR, type ClientFigures, initialJs } from './client-metrics.ts'
import { percentiles } from './stats.ts'

export type { ClientFigures } from './client-metrics.ts'

export const OVERVIEW_PATH = '/overview?parent=P01&kind=DISTRICT&year=2024'
const CHROMIUM = process.env.BENCH_CHROMIUM || '/usr/bin/chromium'
const ATTEMPTS = 5

export async function measureClient(baseUrl: string): Promise<ClientFigures> {
  if (!existsSync(join(CLIENT_DIR, 'index.html'))) {
    return { measured: false, reason: `${CLIENT_DIR}/index.html missing (run npm run build first)` }
  }
  const js = initialJs()
  const notes: string[] = []
  let firstChartMs: number | null = null
  let pngExportMs: number | null = null
  const browser = await chromium.launch({ executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined })
  try {
    const times: number[] = []
    for (let i = 0; i < ATTEMPTS; i += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      const page = await context.newPage()
      try {
        await page.goto(`${baseUrl}${OVERVIEW_PATH}`, { waitUntil: 'commit' })
        await page.locator('.recharts-surface').first().waitFor({ state: 'visible', timeout: 15_000 })
        // performance.now() counts from the navigation's time origin.
        times.push(await page.evaluate(() => performance.now()))
        if (i === ATTEMPTS - 1) pngExportMs = await timePngExport(page)
      } catch (error) {
        notes.push(`attempt ${i + 1}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
      } finally {
        await context.close()
      }
    }
    if (times.length > 0) firstChartMs = percentiles(times).p50
  } finally {
    await browser.close()
  }
  return { measured: true, initialJsGzipKb: js.gzipKb, initialFiles: js.files.length, firstChartMs, pngExportMs, notes }
}

async function timePngExport(page: import('@playwright/test').Page): Promise<number> {
  const button = page.locator('button[data-export="png"]').first()
  await button.waitFor({ state: 'visible', timeout: 10_000 })
  const start = Date.now()
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()])
  await download.path()
  return Date.now() - start
}
