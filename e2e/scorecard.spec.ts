// The field scorecard (issue 17, point 2): which unit is weak in which field, at 1366 px and on a
// 390 px phone — shares of each maximum coloured by band, sorting by a field on the server, the
// cohort's best and median, the sticky unit column, the reader's unit marked, and the exports.
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, parseLocaleNumber, test } from './fixtures.ts'

const SCORECARD = '/scorecard?parent=LONG_AN&kind=DISTRICT&year=2023'

/** The shares a field's column shows, top to bottom (the first line of each unit's cell). */
async function fieldShares(page: Page, column: number) {
  const cells = page.locator('[data-testid="scorecard-table"] tbody tr:not(.lead-row)')
  const texts = await cells
    .locator(`td:nth-child(${column}) .scorecard-cell`)
    .evaluateAll((els) => els.map((el) => el.firstChild?.textContent ?? ''))
  return texts.map((text) => parseLocaleNumber(text, 'vi'))
}

test.describe('at 1366 px', () => {
  test.use({ viewport: { width: 1366, height: 900 } })

  test('shares each field of its maximum, banded, with the change and the cohort’s best and median', async ({
    page,
    open,
  }) => {
    await open(SCORECARD)
    const table = page.getByTestId('scorecard-table')
    await expect(table.locator('tbody tr:not(.lead-row)')).toHaveCount(15)
    const lead = table.locator('tbody tr.lead-row')
    await expect(lead.nth(0)).toContainText('Cao nhất nhóm')
    await expect(lead.nth(1)).toContainText('Trung vị nhóm')
    // Thạnh Hóa: 5th of 15, 84 % of the procedures field, 10.25 points up on 2022, band Tốt.
    const row = table.getByRole('row').filter({ hasText: 'Huyện Thạnh Hóa' })
    await expect(row.getByRole('cell').first()).toHaveText('5/15')
    const procedures = row.locator('.scorecard-cell').nth(2)
    await expect(procedures).toContainText('84,00')
    await expect(procedures).toContainText('▲ +10,25')
    await expect(procedures).toHaveAttribute('data-band', 'GOOD')
    await expect(row.getByRole('link', { name: 'Huyện Thạnh Hóa' })).toHaveAttribute(
      'href',
      /\/units\/LONG_AN\.THANH_HOA/,
    )
    // The best row is the highest share of the column.
    const shares = await fieldShares(page, 6)
    await expect(lead.nth(0).getByRole('cell').nth(5)).toHaveText(
      new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2 }).format(
        Math.max(...shares.map((s) => s ?? 0)),
      ),
    )
  })

  test('sorts by a field on the server, weakest first, then strongest first', async ({
    page,
    open,
  }) => {
    await open(SCORECARD)
    const header = page.getByRole('button', { name: /Thủ tục hành chính/ })
    await header.click()
    await expect(page).toHaveURL(/sort=field%3APROCEDURES|sort=field:PROCEDURES/)
    await expect(page).toHaveURL(/dir=asc/)
    await expect
      .poll(async () => {
        const shares = (await fieldShares(page, 6)) as number[]
        return shares.every((s, i) => i === 0 || (shares[i - 1] ?? 0) <= s)
      })
      .toBe(true)
    await header.click()
    await expect(page).toHaveURL(/dir=desc/)
    await expect
      .poll(async () => {
        const shares = (await fieldShares(page, 6)) as number[]
        return shares.length === 15 && shares.every((s, i) => i === 0 || (shares[i - 1] ?? 0) >= s)
      })
      .toBe(true)
    // The first is the cohort's best in the field.
    const best = page.locator('tbody tr.lead-row').first().getByRole('cell').nth(5)
    expect((await fieldShares(page, 6))[0]).toBe(parseLocaleNumber(await best.innerText(), 'vi'))
  })

  test('downloads the whole table as CSV in the order shown, and the heat map as SVG', async ({
    page,
    open,
  }) => {
    await open(`${SCORECARD}&sort=field:IMPACT&dir=desc`)
    const href = await page.getByRole('link', { name: 'CSV', exact: true }).getAttribute('href')
    expect(href).toContain('sort=field%3AIMPACT')
    // In the page's language: Vietnamese headers, ";" between cells and the decimal comma.
    expect(href).toContain('lang=vi')
    const csv = (await (await page.request.get(href ?? '')).text()).replace(/^\uFEFF/, '')
    const lines = csv.trim().split(/\r?\n/)
    const header = lines[0]?.split(';') ?? []
    expect(header.slice(0, 6)).toEqual([
      'Năm',
      'Xếp hạng',
      'Mã đơn vị',
      'Tên đơn vị',
      'Chỉ số (%)',
      'Xếp loại',
    ])
    const impactHeader =
      'Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH (% điểm tối đa)'
    expect(header).toContain(impactHeader)
    const units = lines.slice(1).filter((l) => l.startsWith('2023;'))
    expect(units).toHaveLength(15)
    const impact = header.indexOf(impactHeader)
    const values = units.map((l) => Number(l.split(';')[impact]?.replace(',', '.')))
    expect([...values].sort((a, b) => b - a)).toEqual(values)
    const thanhHoa = units.find((l) => l.includes('LONG_AN.THANH_HOA'))?.split(';') ?? []
    const procedures = 'Cải cách thủ tục hành chính'
    expect(thanhHoa[header.indexOf(`${procedures} (% điểm tối đa)`)]).toBe('84,00')
    expect(thanhHoa[header.indexOf(`${procedures}: tăng, giảm (điểm %)`)]).toBe('10,25')
    expect(thanhHoa[header.indexOf('Xếp loại')]).toBe('Tốt')

    const frame = page.locator('figure[data-chart="scorecard"]')
    const waiting = page.waitForEvent('download')
    await frame.locator('button[data-export="svg"]').click()
    const file = await waiting
    const svg = readFileSync(await file.path(), 'utf8')
    expect(file.suggestedFilename()).toMatch(/^scorecard-long-an.*\.svg$/)
    expect(svg).toContain('Huyện Thạnh Hóa')
    expect(svg).toContain('Bản đồ nhiệt theo lĩnh vực')
    // The image keys its arrows itself: no page note beside it in a report.
    expect(svg).toContain('▲ tăng, ▼ giảm, ▬ không đổi so với năm 2022')
    await expect(frame.locator('.legend')).toContainText('▲ tăng, ▼ giảm')
  })

  test('marks the reader’s unit (focus=) in the table and the heat map', async ({ page, open }) => {
    await open(`${SCORECARD}&focus=LONG_AN.THANH_HOA`)
    const focused = page.locator('[data-testid="scorecard-table"] tr[data-focus-unit="true"]')
    await expect(focused).toHaveCount(1)
    await expect(focused).toContainText('Huyện Thạnh Hóa')
    await expect(page.getByTestId('scorecard-heatmap')).toContainText('▶ Huyện Thạnh Hóa')
  })

  test('is in the navigation, carrying the cohort and year', async ({ page, open }) => {
    await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2022')
    await page.getByRole('navigation').getByRole('link', { name: 'Bảng điểm lĩnh vực' }).click()
    await expect(page).toHaveURL(/\/scorecard\?.*year=2022/)
    await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('năm 2022')
  })
})

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('keeps the unit column in view while the fields scroll under it', async ({ page, open }) => {
    await open(`${SCORECARD}&focus=LONG_AN.THANH_HOA`)
    const name = page
      .locator('[data-testid="scorecard-table"] tr[data-focus-unit="true"] td.col-sticky')
      .first()
    await expect(name).toHaveCSS('position', 'sticky')
    await name.scrollIntoViewIfNeeded()
    const scroller = page.locator('.scorecard-table .table-scroll')
    await scroller.evaluate((el) => {
      el.scrollLeft = el.scrollWidth
    })
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(200)
    const box = await name.boundingBox()
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0)
    expect((box?.x ?? 999) + (box?.width ?? 0)).toBeLessThanOrEqual(390)
    await expect(name).toBeInViewport()
    // The last field is reachable.
    await expect(
      page
        .locator('[data-testid="scorecard-table"] tr[data-focus-unit="true"] .scorecard-cell')
        .last(),
    ).toBeInViewport()
  })

  test('draws the heat map with every field in view, each name over its cells', async ({
    page,
    open,
  }) => {
    await open(`${SCORECARD}&focus=LONG_AN.THANH_HOA`)
    const map = page.getByTestId('scorecard-heatmap')
    await map.scrollIntoViewIfNeeded()
    await expect(map).toHaveAttribute('data-layout', 'stacked')
    // The last field's column and the focused unit's name both inside the phone's width.
    const lastHeading = await map.locator('[data-heading="Tác động"]').boundingBox()
    expect((lastHeading?.x ?? 999) + (lastHeading?.width ?? 0)).toBeLessThanOrEqual(390)
    const mine = map.locator('[data-row-name]', { hasText: '▶ Huyện Thạnh Hóa' })
    await expect(mine).toBeInViewport()
    // Nothing to scroll sideways: the drawing is as wide as its card.
    const frame = page.locator('figure[data-chart="scorecard"]')
    expect(await frame.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
  })

  test('sorts by a field from its header on the phone too', async ({ page, open }) => {
    await open(SCORECARD)
    await page.getByRole('button', { name: /Chỉ đạo, điều hành/ }).click()
    await expect(page).toHaveURL(/sort=field%3ALEADERSHIP|sort=field:LEADERSHIP/)
    await expect
      .poll(async () => {
        const shares = (await fieldShares(page, 4)) as number[]
        return shares.length === 15 && shares.every((s, i) => i === 0 || (shares[i - 1] ?? 0) <= s)
      })
      .toBe(true)
  })
})
