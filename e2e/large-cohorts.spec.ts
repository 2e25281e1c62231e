import type { Page, Request } from '@playwright/test'
import { COHORT_2023, expect, test, waitForPanels } from './fixtures.ts'
import {
  codeOf as codeIn,
  cohortPath as cohortPathIn,
  importLargeCohortBeforeAll,
  nameOf,
} from './fixtures/large-cohort.ts'
import { uniqueProvince } from './fixtures/upload.ts'

// No view asks for a whole cohort (ADR 016): every request a cohort page makes carries a `limit`
// (a table's page, a chart's search) or `ends` (a summary, a rank history), at any size. A cohort
// of 600 communes is imported and published through the API for this run; the demo's 15
// districts must look as before.

const province = uniqueProvince()
const codeOf = (i: number) => codeIn(province, i)
const cohortPath = (page: string, extra = '') => cohortPathIn(province, page, extra)

test.beforeAll(({ playwright }, info) => importLargeCohortBeforeAll(playwright, info, province))

// Each test walks several pages and searches on a shared machine: three times the default time.
test.beforeEach(() => test.slow())

/** The cohort reads a page makes, recorded from its first request on. */
function recordCohortReads(page: Page): string[] {
  const reads: string[] = []
  page.on('request', (r: Request) => {
    const url = new URL(r.url())
    if (/^\/api\/(rankings|tasks|awards)(\/|$)/.test(url.pathname))
      reads.push(`${url.pathname}${url.search}`)
  })
  return reads
}

/** Every cohort read is bounded: a page (`limit`) or the ends of an order (`ends`), never all. */
function expectBounded(reads: string[]) {
  expect(reads.length).toBeGreaterThan(0)
  for (const read of reads) {
    const params = new URL(read, 'http://x').searchParams
    const limit = Number(params.get('limit'))
    const ends = Number(params.get('ends'))
    expect(read, 'a whole-cohort read').toMatch(/[?&](limit|ends)=\d+/)
    if (params.has('limit')) expect(limit).toBeLessThanOrEqual(50)
    if (params.has('ends')) expect(ends).toBeLessThanOrEqual(50)
    expect(params.get('format')).toBeNull()
  }
}

for (const width of [1366, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width > 500 ? 900 : 844 } })

    test('the overview of 600 communes draws the ends of each order from summaries, and a search stars a unit', async ({
      page,
    }) => {
      const reads = recordCohortReads(page)
      await page.goto(cohortPath('overview'))
      await waitForPanels(page)
      const ranking = page.locator('figure[data-chart="ranking"]')
      await expect(ranking.getByText('Đang hiển thị 20 trên 600 đơn vị')).toBeVisible()
      await expect(ranking.locator('.recharts-bar-rectangle')).toHaveCount(20)
      await expect(page.getByTestId('kpi-tiles')).toContainText('600')
      // Accents optional: "thanh phu dong" finds "Xã Thạnh Phú Đông", starred with its rank.
      await ranking.getByLabel('Tìm và đánh dấu đơn vị').fill('thanh phu dong')
      await expect(ranking.getByText(/Đánh dấu: Xã Thạnh Phú Đông \(hạng \d+\/600\)/)).toBeVisible()
      await expect(ranking.locator('.recharts-bar-rectangle')).toHaveCount(21)
      await expect(ranking.getByText('Đang hiển thị 21 trên 600 đơn vị')).toBeVisible()
      const change = page.locator('figure[data-chart="change"]')
      await expect(change.getByText(/Đang hiển thị 20 trên \d+ đơn vị/)).toBeVisible()
      expectBounded(reads)
      expect(reads.some((r) => r.startsWith('/api/rankings/summary?'))).toBe(true)
      expect(reads.some((r) => r.includes('q=thanh+phu+dong') && r.includes('limit=5'))).toBe(true)
    })

    test('the rankings table of 600 communes is sorted, searched and paged on the server, in the URL', async ({
      page,
    }) => {
      const reads = recordCohortReads(page)
      await page.goto(cohortPath('rankings'))
      await waitForPanels(page)
      const table = page.getByTestId('rankings-table')
      await expect(table.locator('tbody tr')).toHaveCount(50)
      await expect(page.getByTestId('rankings-table-status')).toHaveText('Dòng 1–50 trên 600')
      await expect(table).toHaveAttribute('aria-rowcount', '601')
      await expect(table.locator('tbody tr').first()).toHaveAttribute('aria-rowindex', '2')
      await expect(table.locator('tbody tr').first().getByRole('cell').first()).toHaveText('1/600')
      // Its scheme grades nothing: no column of dashes for a grade.
      await expect(table.locator('thead th').filter({ hasText: 'Xếp loại' })).toHaveCount(0)

      await page.getByRole('button', { name: /Sau/ }).click()
      await expect(page).toHaveURL(/page=2/)
      await expect(page.getByTestId('rankings-table-status')).toHaveText('Dòng 51–100 trên 600')
      await expect(table.locator('tbody tr').first().getByRole('cell').first()).toHaveText('51/600')

      // A sort goes back to page 1; the lowest index first.
      const indexHeader = table.getByRole('button', { name: /Chỉ số/ })
      await indexHeader.click()
      await expect(page).toHaveURL(/sort=indexPct&dir=asc/)
      await expect(page).not.toHaveURL(/page=/)
      await expect(table.locator('thead th[aria-sort="ascending"]')).toContainText('Chỉ số')
      await expect(table.locator('tbody tr').first().getByRole('cell').first()).toHaveText(
        '600/600',
      )
      // The sort and the page were steps: Back returns to page 2 in rank order, then page 1.
      await page.goBack()
      await expect(page).toHaveURL(/page=2/)
      await expect(page).not.toHaveURL(/sort=/)
      await expect(table.locator('tbody tr').first().getByRole('cell').first()).toHaveText('51/600')
      await page.goBack()
      await expect(page).not.toHaveURL(/page=/)
      await expect(table.locator('tbody tr').first().getByRole('cell').first()).toHaveText('1/600')
      await page.goForward()
      await page.goForward()
      await expect(page).toHaveURL(/sort=indexPct&dir=asc/)
      await expect(table.locator('tbody tr').first().getByRole('cell').first()).toHaveText(
        '600/600',
      )

      // Accents optional, and the search is shareable: a reload keeps it.
      await page.getByRole('searchbox', { name: 'Tìm theo tên đơn vị' }).fill('THANH phu dong')
      await expect(page).toHaveURL(/q=THANH\+phu\+dong/)
      await expect(table.locator('tbody tr')).toHaveCount(1)
      await expect(table.locator('tbody tr')).toContainText('Xã Thạnh Phú Đông')
      await expect(page.getByTestId('rankings-table-status')).toContainText('trên 1 đơn vị khớp')
      await page.reload()
      await waitForPanels(page)
      await expect(page.getByTestId('rankings-table').locator('tbody tr')).toHaveCount(1)

      // The whole list only as a download the server streams.
      const csv = page.getByRole('link', { name: 'CSV' })
      await expect(csv).toHaveAttribute('href', new RegExp(`format=csv`))
      // In the reader's language: Vietnamese headers, ";" between cells, ranks of the cohort
      // (in the table's order, which the file keeps).
      const file = await page.request.get((await csv.getAttribute('href')) ?? '')
      const [header, first] = (await file.text()).split('\r\n')
      expect(header).toContain('Xếp hạng;')
      expect(first).toMatch(/^\d{4};\d+ trên 600;/)
      // The bump chart draws the ends of the order on a logarithmic rank axis.
      const bump = page.locator('figure[data-chart="rank-movements"]')
      // A phone draws the top and bottom three of those (no unit is the reader's here), and its
      // subtitle counts the lines it draws (the image draws the twenty).
      const drawn = width === 390 ? 6 : 20
      await expect(bump.getByText(`Đang hiển thị ${drawn} trên 600 đơn vị`)).toBeVisible()
      await expect(bump.locator('path.recharts-line-curve')).toHaveCount(drawn)
      await expect(page.getByTestId('bump-log-note')).toContainText('thang log từ hai đầu')
      // Its picker says what it draws, and offers on a phone only what a phone draws.
      const ends = bump.locator('.focus-controls select')
      if (width === 390) {
        await expect(ends.locator('option:checked')).toHaveText('3 đầu và 3 cuối')
        await expect(ends.locator('option')).toHaveText([
          '3 đầu và 3 cuối',
          '5 đầu và 5 cuối',
          '10 đầu và 10 cuối',
        ])
        await expect(page.getByTestId('bump-phone-note')).toHaveCount(0)
        await ends.selectOption('5')
        await expect(bump.getByText('Đang hiển thị 10 trên 600 đơn vị')).toBeVisible()
        await expect(bump.locator('path.recharts-line-curve')).toHaveCount(10)
      } else {
        await expect(ends.locator('option:checked')).toHaveText('10 đầu và 10 cuối')
      }
      expectBounded(reads)
    })
  })
}

test('the tasks and awards pages of 600 communes draw my unit beside the ends of their order', async ({
  page,
}) => {
  // Unit 310 sits mid-order on both pages: neither end would draw it.
  const focus = `&focus=${codeOf(310)}`
  for (const [path, chart] of [
    ['tasks', 'tasks'],
    ['awards', 'awards'],
  ] as const) {
    const reads = recordCohortReads(page)
    await page.goto(cohortPath(path, focus))
    await waitForPanels(page)
    await expect(
      page.locator(`figure[data-chart="${chart}"] svg text[data-focus-unit="true"]`),
    ).toHaveText(`▶ ${nameOf(310)}`)
    expectBounded(reads)
  }
})

test('the demo overview, rankings, tasks and awards pages make only bounded reads', async ({
  page,
}) => {
  const reads = recordCohortReads(page)
  for (const path of [
    COHORT_2023,
    '/rankings?parent=LONG_AN&kind=DISTRICT&year=2023',
    '/tasks?parent=AN_GIANG&kind=DISTRICT&year=2022',
    '/awards?parent=AN_GIANG&kind=DISTRICT&year=2022',
    '/overview',
  ]) {
    await page.goto(path)
    await waitForPanels(page)
  }
  expectBounded(reads)
})
