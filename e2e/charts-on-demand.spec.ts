import { expect, test } from './fixtures.ts'
import { waitForLoaded } from './fixtures/open-loaded.ts'

// Charts load their drawing (recharts) and draw when they come near the view, or when the page is
// printed (ADR 034): a phone that reads the rankings table downloads no chart code. The bar charts
// (the overview's, the profile's, tasks, awards, compare's fields) and the profile's index chart
// are plain SVG drawn with the page (ADR 037, ADR 038).

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

const CHART_CODE = /\/assets\/(vendor-charts|[\w-]+-chart-drawing)-[\w-]+\.js$/

test('a phone reading the rankings table downloads no chart code until it scrolls to a chart', async ({
  page,
}) => {
  const chartCode: string[] = []
  page.on('request', (request) => {
    if (CHART_CODE.test(new URL(request.url()).pathname)) chartCode.push(request.url())
  })
  await page.goto('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
  await waitForLoaded(page)
  await expect(page.getByTestId('rankings-table')).toBeVisible()
  const history = page.locator('figure[data-chart="rank-movements"]')
  // Its box holds the chart's place, screens below the table, and nothing was fetched for it.
  await expect(history.locator('.chart-placeholder')).toHaveCount(1)
  await page.waitForTimeout(1000)
  expect(chartCode).toEqual([])

  await history.scrollIntoViewIfNeeded()
  await expect(history.locator('svg.recharts-surface')).toBeVisible()
  await expect(history.locator('.chart-placeholder')).toHaveCount(0)
  expect(chartCode.some((url) => url.includes('bump-chart-drawing'))).toBe(true)
})

test('the overview draws its ranking and change charts without downloading recharts', async ({
  page,
}) => {
  const recharts: string[] = []
  page.on('request', (request) => {
    if (/\/assets\/vendor-charts-/.test(new URL(request.url()).pathname))
      recharts.push(request.url())
  })
  await page.goto('/overview?parent=LONG_AN&kind=DISTRICT&year=2024')
  await waitForLoaded(page)
  const ranking = page.locator('figure[data-chart="ranking"]')
  await expect(ranking.locator('.recharts-bar-rectangle')).toHaveCount(15)
  const change = page.locator('figure[data-chart="change"]')
  await change.scrollIntoViewIfNeeded()
  await expect(change.locator('.recharts-bar-rectangle')).toHaveCount(15)
  // Past the idle time in which the drawings of charts further down would be fetched.
  await page.waitForTimeout(2500)
  expect(recharts).toEqual([])
})

test('the unit profile draws every chart without downloading recharts', async ({ page }) => {
  const recharts: string[] = []
  page.on('request', (request) => {
    if (CHART_CODE.test(new URL(request.url()).pathname)) recharts.push(request.url())
  })
  await page.goto('/units/LONG_AN.THANH_HOA?year=2023')
  await waitForLoaded(page)
  for (const chart of ['index-history', 'fields', 'unit-tasks', 'unit-awards']) {
    const figure = page.locator(`figure[data-chart="${chart}"]`)
    await figure.scrollIntoViewIfNeeded()
    await expect(figure.locator('.recharts-bar-rectangle').first()).toBeVisible()
  }
  // Past the idle time in which drawings for a print would be fetched.
  await page.waitForTimeout(2500)
  expect(recharts).toEqual([])
})

test('printing draws the charts not yet scrolled to, at their own height', async ({ page }) => {
  await page.goto('/units/LONG_AN.THANH_HOA?year=2023')
  await waitForLoaded(page)
  // The first chart is on screen and drawn; the tasks and awards charts are screens below.
  await expect(
    page.locator('figure[data-chart="index-history"] svg.recharts-surface'),
  ).toBeVisible()
  const tasks = page.locator('figure[data-chart="unit-tasks"]')
  await expect(tasks.locator('.chart-placeholder')).toHaveCount(1)
  const placeholder = await tasks.locator('.chart-placeholder').boundingBox()

  await page.emulateMedia({ media: 'print' })
  const drawn = tasks.locator('svg.recharts-surface')
  await expect(drawn).toHaveCount(1)
  await expect(tasks.locator('.chart-placeholder')).toHaveCount(0)
  // Measured at the print width, at the height its box held (not scaled from a first guess).
  await expect(async () => {
    const height = Number(await drawn.getAttribute('height'))
    expect(height).toBeGreaterThan(0)
    expect(Math.abs(height - (placeholder?.height ?? 0))).toBeLessThanOrEqual(2)
  }).toPass()
})
