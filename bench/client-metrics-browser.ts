// The SPA in Chromium against the server under test: time from navigation start to the first
// chart surface drawn (each attempt in a fresh context: a first visit, nothing cached), and the
// time from clicking "PNG" to the download. Initial JS comes from the build (client-metrics.ts).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { type Browser, chromium, type Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../e2e/chromium-launch.ts'
import { CLIENT_DIR, type ClientFigures, gzipKb, initialJs } from './client-metrics.ts'
import { percentiles } from './stats.ts'
import { timeAsAVisitor } from './visitor-timing.ts'

export type { ClientFigures } from './client-metrics.ts'

export const OVERVIEW_PATH = '/overview?parent=P01&kind=DISTRICT&year=2024'
const CHROMIUM = process.env.BENCH_CHROMIUM || '/usr/bin/chromium'
const ATTEMPTS = 5
/** The stress cohort's overview: 10,600 communes, drawn as top/bottom N by the SPA. */
export const LARGE_OVERVIEW_PATH = '/overview?parent=NATIONAL_COMMUNES&kind=COMMUNE&year=2024'
const LARGE_ATTEMPTS = 3

/** Builds the SPA as `npm run build` does, into `<dir>/dist/client` (the repository's dist/ is left alone). */
export function buildClient(dir: string): { ok: true } | { ok: false; reason: string } {
  const outDir = join(dir, CLIENT_DIR)
  const result = spawnSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    { encoding: 'utf8' },
  )
  if (result.status === 0 && existsSync(join(outDir, 'index.html'))) return { ok: true }
  return {
    ok: false,
    reason: `vite build failed: ${(result.stderr || result.stdout || '').trim().split('\n').slice(-3).join(' ')}`,
  }
}

export async function measureClient(baseUrl: string, dir: string): Promise<ClientFigures> {
  const clientDir = join(dir, CLIENT_DIR)
  if (!existsSync(join(clientDir, 'index.html'))) {
    return { measured: false, reason: `${clientDir}/index.html missing (the build failed)` }
  }
  const js = initialJs(clientDir)
  const notes: string[] = []
  let firstChartMs: number | null = null
  let firstChartJsGzipKb: number | null = null
  let pngExportMs: number | null = null
  let firstChartLargeMs: number | null = null
  const browser = await chromium.launch(chromiumLaunchOptions(CHROMIUM))
  try {
    const times: number[] = []
    for (let i = 0; i < ATTEMPTS; i += 1) {
      const last = i === ATTEMPTS - 1
      const run = await firstChart(browser, `${baseUrl}${OVERVIEW_PATH}`, last).catch(
        (error: unknown) => {
          notes.push(`attempt ${i + 1}: ${firstLine(error)}`)
          return null
        },
      )
      if (!run) continue
      times.push(run.ms)
      firstChartJsGzipKb ??= gzipKb(clientDir, run.scripts)
      if (last) pngExportMs = run.pngMs
    }
    if (times.length > 0) firstChartMs = percentiles(times).p50
    const large: number[] = []
    for (let i = 0; i < LARGE_ATTEMPTS; i += 1) {
      const run = await firstChart(browser, `${baseUrl}${LARGE_OVERVIEW_PATH}`, false).catch(
        (error: unknown) => {
          notes.push(`10,600-commune overview, attempt ${i + 1}: ${firstLine(error)}`)
          return null
        },
      )
      if (run) large.push(run.ms)
    }
    if (large.length > 0) firstChartLargeMs = percentiles(large).p50
  } finally {
    await browser.close()
  }
  return {
    measured: true,
    initialJsGzipKb: js.gzipKb,
    initialFiles: js.files.length,
    firstChartJsGzipKb,
    firstChartMs,
    firstChartLargeMs,
    pngExportMs,
    notes,
  }
}

const firstLine = (error: unknown) =>
  error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)

/**
 * Marks, in the page, the first frame in which a chart surface is laid out: a frame callback
 * runs before every paint until then. (Polling from Playwright and asking the page for the time
 * afterwards came 100–250 ms late on a busy machine: the poll interval and two round trips.)
 * Plain text, not a function: tsx rewrites functions with a naming helper the page lacks.
 */
const MARK_FIRST_CHART = `(() => {
  const tick = () => {
    const surface = document.querySelector('.recharts-surface')
    if (surface && surface.getBoundingClientRect().width > 0) window.firstChartAt = performance.now()
    else requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})()`

/** One first visit in a fresh context: time to the first chart, the JS fetched until then. */
async function firstChart(browser: Browser, url: string, exportPng: boolean) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  try {
    await context.addInitScript({ content: MARK_FIRST_CHART })
    const page = await context.newPage()
    await timeAsAVisitor(page)
    const scripts: string[] = []
    page.on('response', (res) => {
      const path = new URL(res.url()).pathname
      if (path.endsWith('.js')) scripts.push(path.slice(1))
    })
    await page.goto(url, { waitUntil: 'commit' })
    await page.locator('.recharts-surface').first().waitFor({ state: 'visible', timeout: 30_000 })
    // performance.now() counts from the navigation's time origin.
    const ms = await page.waitForFunction(() => (window as { firstChartAt?: number }).firstChartAt)
    const pngMs = exportPng ? await timePngExport(page) : null
    return { ms: Number(await ms.jsonValue()), scripts, pngMs }
  } finally {
    await context.close()
  }
}

async function timePngExport(page: Page): Promise<number> {
  const button = page.locator('button[data-export="png"]').first()
  await button.waitFor({ state: 'visible', timeout: 10_000 })
  const start = Date.now()
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    button.click(),
  ])
  await download.path()
  return Date.now() - start
}
