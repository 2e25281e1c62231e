import { COHORT_2023, expect, showTable, test } from './fixtures.ts'

test('opening the app lands on a present-day cohort in its latest year: Tây Ninh’s wards in 2025', async ({
  page,
  open,
}) => {
  await open('/')
  // The URL is written out, so a link copied from it names the year it shows (ADR 023).
  await expect(page).toHaveURL(
    /\/overview\?parent=TAY_NINH&kind=COMMUNE&cohort=Ph%C6%B0%E1%BB%9Dng&year=2025$/,
  )
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible()
  await expect(
    page.getByRole('combobox', { name: 'Nhóm đơn vị' }).locator('option:checked'),
  ).toHaveText('Tỉnh Tây Ninh — Cấp xã — Phường')
  await expect(page.getByRole('combobox', { name: 'Năm' })).toHaveValue('2025')
  // The whole block is loaded: no partial-cohort note.
  await expect(page.getByTestId('kpi-tiles')).toContainText('Số đơn vị: 14')
})

test('the overview shows Thạnh Hóa 5th of 15 in 2023 with +5,35 and ↑7', async ({ page, open }) => {
  await open(COHORT_2023)
  await expect(page.getByTestId('kpi-tiles')).toContainText('Số đơn vị: 15')
  // The grade tile draws each grade as the chart does: Tốt hatched, not a plain square.
  const good = page.getByTestId('kpi-tiles').getByRole('listitem').filter({ hasText: 'Tốt' })
  await expect(good.locator('svg > rect')).toHaveAttribute('fill', /^url\(#/)
  const ranking = await showTable(page.locator('figure[data-chart="ranking"]'))
  const rankRow = ranking.getByRole('row').filter({ hasText: 'Huyện Thạnh Hóa' })
  await expect(rankRow.getByRole('cell').first()).toHaveText('5/15')
  await expect(rankRow).toContainText('80,1')

  const change = page.locator('figure[data-chart="change"]')
  // The chart itself labels the bar with the change and the rank move.
  await expect(
    change.locator('svg.recharts-surface text').filter({ hasText: '+5,35  ↑7' }),
  ).toHaveCount(1)
  const table = await showTable(change)
  const row = table.getByRole('row').filter({ hasText: 'Huyện Thạnh Hóa' })
  await expect(row).toContainText('+5,35')
  await expect(row).toContainText('↑7')
  await expect(row).toContainText('12')
})

test('tasks and awards at a glance link to their pages', async ({ page, open }) => {
  await open(COHORT_2023)
  await expect(page.getByRole('heading', { name: 'Nhiệm vụ CCHC', level: 2 })).toBeVisible()
  await page.getByRole('link', { name: 'Xem chi tiết khen thưởng' }).click()
  await expect(page).toHaveURL(/\/awards\?parent=LONG_AN&kind=DISTRICT&year=2023/)
})

test('bad URL parameters and unknown pages are explained, with a way back', async ({ page }) => {
  await page.goto('/overview?parent=LONG_AN&kind=DISTRICT&year=abc')
  await expect(page.getByRole('alert')).toContainText('year')
  await page.getByRole('link', { name: 'Mở trang tổng quan mặc định' }).click()
  await expect(page.getByTestId('kpi-tiles')).toBeVisible()

  await page.goto('/khong-co-trang-nay')
  await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible()
})

test('an empty cohort-year says there is no data, and links to the years with data', async ({
  page,
}) => {
  await page.goto('/overview?parent=LONG_AN&kind=DISTRICT&year=2012')
  await expect(
    page.getByText(/Không có dữ liệu cho Tỉnh Long An \(cấp huyện\) năm 2012/),
  ).toBeVisible()
  await page.getByRole('link', { name: '2020', exact: true }).click()
  await expect(page).toHaveURL(/\/overview\?parent=LONG_AN&kind=DISTRICT&year=2020$/)
  await expect(page.getByTestId('kpi-tiles')).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Năm' })).toHaveValue('2020')
  // Every cohort page alike: the latest year is the main action, the table's sort kept.
  await page.goto('/rankings?parent=LONG_AN&kind=DISTRICT&year=2018&sort=name&page=2')
  await page.getByRole('link', { name: 'Xem năm 2024' }).click()
  await expect(page).toHaveURL(/\/rankings\?parent=LONG_AN&kind=DISTRICT&year=2024&sort=name$/)
  await expect(page.getByTestId('rankings-table')).toBeVisible()
})
