// Every API request the SPA makes, found by loading its pages in Chromium against the server under
// test and recording each GET under /api — not a hand-kept list, so a page that moves onto another
// endpoint (a summary, a page of a ranking, a history of some units) is measured as it lands.
import { type Browser, chromium, type Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../e2e/chromium-launch.ts'

export type SpaVisit = {
  /** What the visit shows, e.g. "rankings, 10,600-commune cohort". */
  label: string
  /** The cohort the request belongs to, for grouping in the report. */
  cohort: string
  path: string
}

export type SpaRequest = {
  /** Path and query as the SPA sent it (the origin dropped). */
  path: string
  /** The first visit that made it. */
  visit: string
  cohort: string
}

const CHROMIUM = process.env.BENCH_CHROMIUM || '/usr/bin/chromium'
/** Quiet time after which a page is taken to have made all its first requests. */
const QUIET_MS = 1_500
const VISIT_TIMEOUT_MS = 60_000

/** Requests whose answer depends on who asks, not on the data: measured elsewhere or not at all. */
const SESSION_PATHS = ['/api/auth/', '/api/health']

/**
 * Loads each visit in a fresh context (a first visit, nothing cached), scrolls to the bottom (a
 * virtualised table or a lazy panel asks for more as it comes into view), and returns the
 * distinct API requests in the order first seen.
 */
export async function discoverSpaRequests(
  baseUrl: string,
  visits: readonly SpaVisit[],
): Promise<{ requests: SpaRequest[]; notes: string[] }> {
  const browser = await chromium.launch(chromiumLaunchOptions(CHROMIUM))
  const seen = new Map<string, SpaRequest>()
  const notes: string[] = []
  try {
    for (const visit of visits) {
      try {
        for (const path of await recordVisit(browser, baseUrl, visit.path)) {
          if (SESSION_PATHS.some((prefix) => path.startsWith(prefix))) continue
          if (!seen.has(path)) seen.set(path, { path, visit: visit.label, cohort: visit.cohort })
        }
      } catch (error) {
        notes.push(
          `${visit.label}: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
        )
      }
    }
  } finally {
    await browser.close()
  }
  return { requests: [...seen.values()], notes }
}

async function recordVisit(browser: Browser, baseUrl: string, path: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } })
  try {
    const page = await context.newPage()
    const found: string[] = []
    let last = Date.now()
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (request.method() !== 'GET' || !url.pathname.startsWith('/api/')) return
      found.push(`${url.pathname}${url.search}`)
      last = Date.now()
    })
    const failed: string[] = []
    page.on('response', (response) => {
      const url = new URL(response.url())
      if (url.pathname.startsWith('/api/') && response.status() >= 400)
        failed.push(`${response.status()} ${url.pathname}${url.search}`)
    })
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load', timeout: VISIT_TIMEOUT_MS })
    await settle(page, () => last)
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await settle(page, () => last)
    if (failed.length > 0) throw new Error(`the page's requests failed: ${failed.join(', ')}`)
    return found
  } finally {
    await context.close()
  }
}

/** Waits until no API request has started for QUIET_MS (bounded by the visit timeout). */
async function settle(page: Page, lastRequestAt: () => number): Promise<void> {
  const deadline = Date.now() + VISIT_TIMEOUT_MS
  last: for (;;) {
    await page.waitForTimeout(250)
    if (Date.now() - lastRequestAt() >= QUIET_MS) break last
    if (Date.now() > deadline)
      throw new Error(`requests still starting after ${VISIT_TIMEOUT_MS} ms`)
  }
  await page.waitForLoadState('networkidle', { timeout: VISIT_TIMEOUT_MS }).catch(() => undefined)
}
