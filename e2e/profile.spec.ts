import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { axisNumbers, EXPORT_TARGETS, expectRankMarks, exportedSvg } from './fixtures/axis-marks.ts'

const PROFILE_2023 = '/units/LONG_AN.THANH_HOA?year=2023'

type Rect = { left: number; right: number; top: number; bottom: number }

/**
 * The profile chart's two panels as drawn (ADR 057): each panel's box, the bars, the rank
 * labels, the breaks, read from the browser's own layout of the chart that `chart` holds.
 */
async function panelsOf(chart: Locator) {
  // The chart's own <svg> (an export nests it, without its class, in the image's).
  return chart.locator('[data-panel="index"]').evaluate((panel) => {
    const svg = (panel as SVGElement).ownerSVGElement as SVGSVGElement
    const rect = (e: Element): Rect => {
      const r = e.getBoundingClientRect()
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }
    }
    const all = (selector: string) => [...svg.querySelectorAll(selector)].map(rect)
    const one = (selector: string) => {
      const e = svg.querySelector(selector)
      if (!e) throw new Error(`no ${selector}`)
      return rect(e)
    }
    return {
      index: one('[data-panel="index"]'),
      rank: one('[data-panel="rank"]'),
      bars: all('.recharts-bar-rectangle path'),
      rankLabels: all('[data-panel="rank"] .recharts-label-list text'),
      breaks: all('.recharts-reference-line-line'),
    }
  })
}

const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

/** The rank panel wholly under the index panel, and no rank label on a bar. */
function expectSplit(panels: Awaited<ReturnType<typeof panelsOf>>, ranks: number) {
  expect(panels.bars).toHaveLength(ranks)
  expect(panels.rankLabels).toHaveLength(ranks)
  expect(panels.rank.top).toBeGreaterThanOrEqual(panels.index.bottom)
  for (const label of panels.rankLabels) {
    expect(label.top).toBeGreaterThanOrEqual(panels.rank.top)
    for (const bar of panels.bars) expect(overlaps(label, bar)).toBe(false)
  }
  // The break's line runs through both panels.
  for (const line of panels.breaks) {
    expect(line.top).toBeLessThan(panels.index.bottom)
    expect(line.bottom).toBeGreaterThan(panels.rank.top)
  }
}

/** The profile chart's SVG for `target`, opened on a page of its own. */
const exportedChart = (page: Page, target: string) => exportedSvg(page, 'index-history', target)

test('the header gives the change on the year before, marked and coloured as the overview’s card', async ({
  page,
  open,
}) => {
  await open('/units/LONG_AN.THANH_HOA?year=2024')
  const change = page.getByTestId('profile-change')
  await expect(change).toHaveText(/^So với 2023: [-−]6,78 ↓8 \(giảm 8 hạng\)$/)
  await expect(change.locator('.down')).toHaveText('↓8')
  await expect(page.getByTestId('summary-text')).toContainText(
    'xếp hạng 13/15 huyện, thị xã, thành phố, giảm 08 hạng.',
  )
})

test('the unit profile shows the summary sentence and its charts', async ({
  page,
  open,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await open('/units/LONG_AN.THANH_HOA?year=2023')
  const sentence =
    'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 80,10/100 điểm, tăng 5,35 điểm so với năm 2022; xếp hạng 05/15 huyện, thị xã, thành phố, tăng 07 hạng.'
  await expect(page.getByTestId('summary-text')).toHaveText(sentence)
  await page.getByRole('button', { name: 'Sao chép' }).click()
  await expect(page.getByRole('button', { name: 'Đã sao chép' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sentence)
  for (const chart of [
    'index-history',
    'fields',
    'unit-tasks',
    'unit-awards',
    'unit-awards-issuer',
  ]) {
    await expect(page.locator(`figure[data-chart="${chart}"] svg.recharts-surface`)).toBeVisible()
  }
  await page
    .locator('figure[data-chart="index-history"]')
    .getByRole('tab', { name: 'Bảng' })
    .click()
  const row = page
    .locator('figure[data-chart="index-history"] table')
    .getByRole('row')
    .filter({ hasText: '2023' })
  await expect(row).toContainText('80,1')
  await expect(row).toContainText('5/15')
})

test('the profile counts the year’s awards once in each chart, by type and by level', async ({
  page,
  open,
}) => {
  await open('/units/LONG_AN.THANH_HOA?year=2023')
  // seeds/awards-long-an.csv: Thạnh Hóa's 64 awards of 2023, 6 from the province, 58 its own.
  for (const [chart, counts] of [
    ['unit-awards', ['1', '25', '15', '5', '18']],
    ['unit-awards-issuer', ['6', '58']],
  ] as const) {
    const frame = page.locator(`figure[data-chart="${chart}"]`)
    await expect(frame.locator('.chart-subtitle')).toHaveText(
      'Huyện Thạnh Hóa, 2023: 64 khen thưởng',
    )
    await expect(frame.locator('svg .recharts-label-list text')).toHaveText([...counts])
    const sum = counts.reduce((n, c) => n + Number(c), 0)
    expect(sum).toBe(64)
  }
  const levels = page.locator('figure[data-chart="unit-awards-issuer"]')
  await levels.getByRole('tab', { name: 'Bảng' }).click()
  await expect(levels.getByRole('row').filter({ hasText: 'UBND tỉnh' })).toContainText(
    'Từ cấp trên',
  )
  await expect(levels.getByRole('row').filter({ hasText: 'UBND cấp huyện' })).toContainText(
    'Đơn vị tự khen',
  )
})

test('the profile’s tasks chart ends each field’s bar with its tasks done of those due, as its table’s rate', async ({
  page,
  open,
}) => {
  await open('/units/LONG_AN.THANH_HOA?year=2023')
  const frame = page.locator('figure[data-chart="unit-tasks"]')
  const labels = frame.locator('svg .recharts-label-list text')
  await expect(labels.first()).toBeVisible()
  const texts = await labels.allTextContents()
  expect(texts.length).toBeGreaterThan(0)
  for (const text of texts) expect(text).toMatch(/^\d+\/\d+ — \d+(,\d)?%$/)
  const legend = await frame.locator('.legend').textContent()
  await frame.getByRole('tab', { name: 'Bảng' }).click()
  // Each label from its row of the table: done = on time + late, due = planned − cancelled.
  const headers = (await frame.locator('table thead th').allTextContents()).map((h) => h.trim())
  const at = (name: string) => headers.findIndex((h) => h.startsWith(name))
  const rows = frame.locator('table tbody tr')
  const expected: string[] = []
  for (let i = 0; i < (await rows.count()); i += 1) {
    const cells = (await rows.nth(i).locator('td, th').allTextContents()).map((c) => c.trim())
    const n = (name: string) => Number(cells[at(name)])
    const done = n('Hoàn thành đúng hạn') + n('Hoàn thành trễ hạn')
    const due = n('Kế hoạch') - n('Điều chỉnh')
    expected.push(`${done}/${due} — ${cells.at(-1)}%`)
  }
  expect(texts).toEqual(expected)
  // The legend keys the statuses drawn: Thạnh Hóa cancelled none of its 2023 tasks.
  expect(rows).not.toHaveCount(0)
  const cancelled = await rows.evaluateAll(
    (trs, column) => trs.map((tr) => tr.querySelectorAll('td, th')[column]?.textContent?.trim()),
    at('Điều chỉnh'),
  )
  expect(new Set(cancelled)).toEqual(new Set(['0']))
  expect(legend).toContain('Hoàn thành đúng hạn')
  expect(legend).not.toContain('Điều chỉnh / hủy')
})

test('the index and the rank are two panels, the rank’s wholly under the bars, on the page and in every export', async ({
  page,
  open,
}) => {
  await open(PROFILE_2023)
  const chart = page.locator('figure[data-chart="index-history"]')
  // Each panel titled over its own axis.
  await expect(chart.locator('.yAxis text.recharts-label')).toHaveText(['Chỉ số (%)', 'Thứ hạng'])
  expectSplit(await panelsOf(chart), 5)
  for (const target of EXPORT_TARGETS) {
    const image = await exportedChart(page, target)
    expectSplit(await panelsOf(image), 5)
    await image.page().close()
  }
})

test('the rank axis marks 1st, the last of the 15 and round steps between, on the page and in every export', async ({
  page,
  open,
}) => {
  await open(PROFILE_2023)
  const rankAxis = (chart: Locator) => chart.locator('[data-panel="rank"] .yAxis')
  // Thạnh Hóa's 14/15 of 2020 was drawn under the last mark, 13, of 1, 4, 7, 10, 13.
  expect(await axisNumbers(rankAxis(page.locator('figure[data-chart="index-history"]')))).toEqual([
    1, 5, 10, 15,
  ])
  for (const target of EXPORT_TARGETS) {
    const image = await exportedChart(page, target)
    expectRankMarks(await axisNumbers(rankAxis(image)), 15)
    await image.page().close()
  }
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  test('the rank panel lies under the index panel, its labels off the bars', async ({
    page,
    open,
  }) => {
    await open(PROFILE_2023)
    const chart = page.locator('figure[data-chart="index-history"]')
    await chart.scrollIntoViewIfNeeded()
    expectSplit(await panelsOf(chart), 5)
    // A merged province: ranks among 63, then among 34, drawn by place in a panel of their own.
    await open('/units/TAY_NINH?year=2025')
    expectSplit(await panelsOf(chart), 3)
  })
})

test('an unknown unit is named, with a search among its parent’s units and a way to the overview', async ({
  page,
}) => {
  await page.goto('/units/LONG_AN.TAN_AN_X')
  await expect(page.getByRole('heading', { name: 'Không tìm thấy đơn vị', level: 1 })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveText(
    'Không có đơn vị nào mang mã “LONG_AN.TAN_AN_X”.',
  )
  await expect(page.getByRole('combobox', { name: 'Nhóm đơn vị' })).toHaveValue(/^LONG_AN\u001f/)
  await expect(page.getByRole('link', { name: /^Mở trang tổng quan Tỉnh Long An/ })).toBeVisible()
  await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill('tan an')
  const found = page.getByTestId('unit-finder-results').getByRole('link')
  await expect(found).toHaveText(['Thành phố Tân An'])
  await found.click()
  await expect(page).toHaveURL(/\/units\/LONG_AN\.TAN_AN\?year=\d{4}/)
  await expect(page.getByRole('heading', { name: 'Thành phố Tân An', level: 1 })).toBeVisible()
})

test('a year without data links to the years with data, the latest first', async ({ page }) => {
  await page.goto('/units/LONG_AN.THANH_HOA?year=2025')
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'Không có dữ liệu cho Huyện Thạnh Hóa năm 2025.' })
  await expect(notice).toContainText('Các năm có dữ liệu: 2019, 2020, 2021, 2022, 2023, 2024')
  await expect(notice.getByRole('link', { name: 'Xem năm 2024' })).toHaveAttribute(
    'href',
    '/units/LONG_AN.THANH_HOA?year=2024',
  )
  await notice.getByRole('link', { name: '2022', exact: true }).click()
  await expect(page).toHaveURL(/\/units\/LONG_AN\.THANH_HOA\?year=2022$/)
  await expect(page.getByRole('heading', { name: 'Huyện Thạnh Hóa', level: 1 })).toBeVisible()
  await expect(page.getByText('Không có dữ liệu cho Huyện Thạnh Hóa')).toHaveCount(0)
})

test('a year whose published table gave no rank says so under the chart and in the sentence', async ({
  page,
  open,
}) => {
  // Tây Ninh's Sở Nội vụ: the 2023 table (Quyết định 2729/QĐ-UBND) prints no rank column.
  await open('/units/TAY_NINH.SO_NOI_VU?year=2023')
  await expect(page.getByTestId('summary-text')).toContainText(
    'xếp hạng 06/19 sở, ban, ngành (hạng tính theo chỉ số, bảng công bố không ghi hạng)',
  )
  await expect(page.getByTestId('profile-ranks-worked-out')).toContainText(
    'bảng kết quả được công bố không ghi thứ hạng; hạng ở đây được tính theo chỉ số.',
  )
  await expect(page.getByTestId('profile-ranks-worked-out')).toContainText('2023')
})
