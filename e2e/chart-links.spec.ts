import { COHORT_2023, expect, test } from './fixtures.ts'

// A chart's units lead to their profiles (ADR 064): each name on a unit chart's category axis is
// a link, reached by Tab in the rows' order, opened by Enter or a click, the same address as the
// table's unit link.

const THANH_HOA = /\/units\/LONG_AN\.THANH_HOA\?year=2023$/

test('Tab reaches the ranking chart’s unit names in rank order; Enter opens the profile', async ({
  page,
  open,
}) => {
  await open(COHORT_2023)
  const chart = page.locator('figure[data-chart="ranking"]')
  const links = chart.locator('svg.recharts-surface a')
  await expect(links).toHaveCount(15)
  // From the chart's view switch, Tab goes on into the chart, to the first unit's name.
  await chart.getByRole('tab', { name: 'Biểu đồ' }).focus()
  for (let press = 0; press < 10; press += 1) {
    await page.keyboard.press('Tab')
    if (await links.first().evaluate((a) => a === document.activeElement)) break
  }
  await expect(chart.getByRole('link', { name: /^1\. / })).toBeFocused()
  for (let rank = 2; rank <= 5; rank += 1) await page.keyboard.press('Tab')
  const thanhHoa = chart.getByRole('link', { name: '5. Huyện Thạnh Hóa' })
  await expect(thanhHoa).toBeFocused()
  // A ring the reader can see: the focus colour round the name, 3 px.
  const ring = thanhHoa.locator('rect.chart-unit-link-box')
  await expect(ring).toHaveCSS('stroke', 'rgb(180, 83, 9)')
  await expect(ring).toHaveCSS('stroke-width', '3px')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(THANH_HOA)
  await expect(page.getByRole('heading', { level: 1, name: /Thạnh Hóa/ })).toBeVisible()
})

test('a click on a unit’s name opens its profile in the page; ctrl-click, in a new tab', async ({
  page,
  context,
  open,
}) => {
  await open(COHORT_2023)
  const change = page.locator('figure[data-chart="change"]')
  const name = change.getByRole('link', { name: 'Huyện Thạnh Hóa' })
  // The table's unit link goes to the same address.
  await expect(name).toHaveAttribute('href', '/units/LONG_AN.THANH_HOA?year=2023')
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    name.click({ modifiers: ['ControlOrMeta'] }),
  ])
  await expect(tab).toHaveURL(THANH_HOA)
  await tab.close()
  await expect(page).toHaveURL(/\/overview\?/)
  // A plain click: the router's navigation, no page load (the marker set here survives).
  await page.evaluate(() => Object.assign(window, { samePage: true }))
  await page
    .locator('figure[data-chart="ranking"]')
    .getByRole('link', { name: /Thạnh Hóa/ })
    .click()
  await expect(page).toHaveURL(THANH_HOA)
  expect(await page.evaluate(() => 'samePage' in window)).toBe(true)
})

test('the tasks and awards charts’ unit names lead to the profiles too', async ({ page, open }) => {
  await open('/tasks?parent=AN_GIANG&kind=DISTRICT&year=2022')
  const tasks = page.locator('figure[data-chart="tasks"] svg.recharts-surface a')
  await expect(tasks.first()).toHaveAttribute('href', /^\/units\/[^?]+\?year=2022$/)
  await open('/awards?parent=AN_GIANG&kind=DISTRICT&year=2022')
  const awards = page.locator('figure[data-chart="awards"] svg.recharts-surface a')
  const href = await awards.first().getAttribute('href')
  await awards.first().click()
  await expect(page).toHaveURL(href ?? '')
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('a tap on a unit’s name opens its profile', async ({ page, open }) => {
    await open(COHORT_2023)
    const name = page
      .locator('figure[data-chart="ranking"]')
      .getByRole('link', { name: '5. Huyện Thạnh Hóa' })
    // A target at least 24 px tall (WCAG 2.2, 2.5.8).
    const box = await name.locator('rect').boundingBox()
    expect(box?.height).toBeGreaterThanOrEqual(24)
    await name.tap()
    await expect(page).toHaveURL(THANH_HOA)
  })
})
