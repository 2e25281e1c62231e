import type { Page, Response } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { waitForLoaded } from './fixtures/open-loaded.ts'

// A deep link's HTML names its page's code and first reads (ADR 035): the page's reads start with
// the HTML and the app uses those answers, so each is asked for once; the app's scripts start
// after the shell's first paint.

/** Every request of a first visit to `path`, by path and query. */
async function requestsOf(page: Page, path: string) {
  const seen: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    seen.push(url.pathname + url.search)
  })
  await page.goto(path)
  await waitForLoaded(page)
  return seen
}

test("a unit's profile is asked for once, by the page's HTML, and the page shows it", async ({
  page,
}) => {
  const seen = await requestsOf(page, '/units/LONG_AN.THANH_HOA')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Thạnh Hóa')
  expect(seen.filter((p) => p === '/api/units/LONG_AN.THANH_HOA/profile')).toHaveLength(1)
  // The page's own chunk came with the app's, from the HTML's list.
  expect(seen.some((p) => /^\/assets\/unit-profile-[\w-]+\.js$/.test(p))).toBe(true)
})

test('a cohort page reads the cohort list once', async ({ page }) => {
  const seen = await requestsOf(page, '/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
  await expect(page.getByTestId('rankings-table')).toBeVisible()
  expect(seen.filter((p) => p === '/api/cohorts')).toHaveLength(1)
})

test('no script is requested before the shell has had its first frame', async ({ page }) => {
  await page.addInitScript(`
    window.__framed = false
    window.__scriptsBeforeFrame = null
    requestAnimationFrame(() => (window.__framed = true))
    new MutationObserver(() => {
      if (window.__scriptsBeforeFrame !== null) return
      if (document.querySelector('script[src], link[rel="modulepreload"]'))
        window.__scriptsBeforeFrame = !window.__framed
    }).observe(document, { childList: true, subtree: true })
  `)
  await page.goto('/overview')
  await waitForLoaded(page)
  expect(await page.evaluate('window.__scriptsBeforeFrame')).toBe(false)
})

test("a page's HTML lists a handful of script files, not one per shared module", async ({
  page,
}) => {
  // The app's shared modules are one chunk (ADR 036): a phone on HTTP/1.1 fetches six files at a
  // time, one round trip each, and a cohort page's HTML had listed about 30.
  for (const path of ['/overview', '/rankings', '/units/LONG_AN.THANH_HOA']) {
    const html = await (await page.request.get(path)).text()
    const listed = html.match(/\/assets\/[\w.-]+\.js/g) ?? []
    const scripts = new Set(listed)
    // Each once: a file listed twice is appended twice by the start script (a task each).
    expect(listed.length, `${path}: ${listed.join(', ')}`).toBe(scripts.size)
    expect(scripts.size, `${path}: ${[...scripts].join(', ')}`).toBeGreaterThanOrEqual(4)
    expect(scripts.size, `${path}: ${[...scripts].join(', ')}`).toBeLessThanOrEqual(8)
  }
})

test('reading pages load no zod, even to read an error or a bad address (ADR 042)', async ({
  page,
}) => {
  const paths = [
    '/overview',
    '/rankings?parent=LONG_AN&kind=DISTRICT&year=2023',
    '/units/LONG_AN.THANH_HOA?year=2023',
    '/units/LONG_AN.THANH_HOA?year=1899',
    '/units/NO_SUCH_UNIT',
  ]
  const zod: string[] = []
  page.on('request', (request) => {
    if (/\/assets\/vendor-zod-[\w-]+\.js$/.test(request.url())) zod.push(page.url())
  })
  for (const path of paths) {
    await page.goto(path)
    // A page drawn, or what it says of its address or its data (no title then).
    await expect(page.locator('main h1, main [role="alert"]').first()).toBeVisible()
    await expect(page.locator('.skeleton')).toHaveCount(0)
  }
  await expect(page.getByRole('alert')).toContainText('Không có đơn vị nào mang mã “NO_SUCH_UNIT”.')
  expect(zod).toEqual([])
})

test('the scripts a page starts with are compiled as they download; code loaded on demand is not (ADR 049)', async ({
  page,
}) => {
  // The scripts' answers, read once the page has drawn (a body read inside the listener could
  // still be pending at the assertions, or when the test ends).
  const scripts = new Map<string, Response>()
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname
    if (/^\/assets\/[\w.-]+\.js$/.test(path)) scripts.set(path, response)
  })
  const isOnDemand = (file: string) => /vendor-charts|chart-drawing/.test(file)
  // The comparison draws its line chart with recharts, loaded when the chart is drawn.
  await page.goto('/compare?units=LONG_AN.THANH_HOA,LONG_AN.BEN_LUC')
  await waitForLoaded(page)
  await expect(page.locator('.recharts-surface').first()).toBeVisible()
  const html = await (await page.request.get('/compare')).text()
  const startUp = new Set(html.match(/\/assets\/[\w.-]+\.js/g) ?? [])
  // The bundler's runtime holds no module of the app's: nothing to mark.
  startUp.forEach((file) => file.includes('rolldown-runtime') && startUp.delete(file))
  expect(startUp.size).toBeGreaterThanOrEqual(4)
  await expect
    .poll(() => [...startUp].filter((file) => scripts.has(file)).length)
    .toBe(startUp.size)
  await expect.poll(() => [...scripts.keys()].filter(isOnDemand).length).toBeGreaterThan(0)
  const hinted = async (file: string) =>
    ((await scripts.get(file)?.text()) ?? '').startsWith('//# allFunctionsCalledOnLoad\n')
  for (const file of startUp) expect(await hinted(file), file).toBe(true)
  for (const file of [...scripts.keys()].filter(isOnDemand))
    expect(await hinted(file), file).toBe(false)
})
