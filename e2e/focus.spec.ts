import type { Page } from '@playwright/test'
import { expect, showTable, test, waitForPanels } from './fixtures.ts'
import { downloadChart } from './fixtures/chart-download.ts'

// "My unit" (issue 17, point 1), rank history (5) and phone tables (7), at a laptop's width and
// a phone's. Thạnh Hóa is 5th of Long An's 15 districts in 2023.
const LONG_AN_2023 = '/overview?parent=LONG_AN&kind=DISTRICT&year=2023'
const THANH_HOA = 'LONG_AN.THANH_HOA'

async function chooseThanhHoa(page: Page) {
  await page.getByLabel('Tìm đơn vị').fill('thanh hoa')
  const results = page.getByTestId('unit-finder-results')
  // Accents optional: "thanh hoa" finds "Thạnh Hóa".
  await expect(results.getByRole('link', { name: 'Huyện Thạnh Hóa' })).toBeVisible()
  await results.getByRole('button', { name: 'Đặt làm đơn vị của tôi: Huyện Thạnh Hóa' }).click()
  await expect(page).toHaveURL(new RegExp(`focus=${THANH_HOA.replace('.', '\\.')}`))
}

async function downloadSvg(page: Page, chart: string): Promise<string> {
  return (await downloadChart(page, chart, 'svg')).bytes.toString('utf8')
}

test.describe('at 1366 px', () => {
  test.use({ viewport: { width: 1366, height: 900 } })

  test('my unit set from the search is carded, marked in every chart, table and export, and kept', async ({
    page,
    open,
  }) => {
    // One reader's whole path through four pages.
    test.slow()
    await open(LONG_AN_2023)
    await expect(page.getByTestId('my-unit')).toContainText('Chọn đơn vị của anh/chị một lần')
    await chooseThanhHoa(page)
    await expect(page).toHaveURL(/year=2023/)

    const card = page.getByTestId('my-unit-card')
    await expect(card.getByRole('link', { name: 'Mở hồ sơ Huyện Thạnh Hóa' })).toBeVisible()
    await expect(page.getByTestId('my-unit-rank')).toHaveText('5/15')
    await expect(card).toContainText('80,1')
    await expect(card).toContainText('+5,35')
    // The rank move in words beside its arrow, and the change chart's key to the arrows.
    await expect(card).toContainText('↑7 (tăng 7 hạng)')
    await expect(page.getByTestId('my-unit-summary')).toContainText('Thạnh Hóa')
    // The three fields furthest from their maximum, each "còn thiếu x điểm so với tối đa max (đạt y điểm; z %)".
    const weakest = page.getByTestId('my-unit-weakest').getByRole('listitem')
    await expect(weakest).toHaveCount(3)
    await expect(weakest.first()).toHaveText(
      'Tác động: còn thiếu 6,36 điểm so với tối đa 30 (đạt 23,64 điểm; 78,8%)',
    )
    const lost = (await weakest.allTextContents()).map((text) =>
      Number(/thiếu ([\d,]+) điểm/.exec(text)?.[1]?.replace(',', '.')),
    )
    expect(lost).toEqual([...lost].sort((a, b) => b - a))

    // The ranking chart marks the bar's name ▶ in bold; the change chart too.
    const ranking = page.locator('figure[data-chart="ranking"]')
    await expect(ranking.locator('svg text[data-focus-unit="true"]')).toHaveText(
      '▶ 5. Huyện Thạnh Hóa',
    )
    await expect(ranking.locator('svg text[data-focus-unit="true"]')).toHaveAttribute(
      'font-weight',
      '700',
    )
    await expect(
      page.locator('figure[data-chart="change"] svg text[data-focus-unit="true"]'),
    ).toHaveText('▶ Huyện Thạnh Hóa')
    await expect(page.locator('figure[data-chart="change"] .legend')).toContainText(
      '↑7: tăng 7 hạng; ↓1: giảm 1 hạng',
    )

    // The tasks and awards glances give the unit's own figures under the cohort's.
    const glances = page.getByTestId('glance-focus')
    await expect(glances).toHaveCount(2)
    await expect(glances.first()).toHaveText(/^▶ Huyện Thạnh Hóa: \d+\/\d+ nhiệm vụ hoàn thành/)
    await expect(glances.nth(1)).toHaveText(/^▶ Huyện Thạnh Hóa: \d+ khen thưởng/)

    // The exported image carries the mark.
    const svg = await downloadSvg(page, 'ranking')
    expect(svg).toContain('▶ 5. Huyện Thạnh Hóa')
    expect(svg).toMatch(/data-focus-unit="true"/)

    // The chart's table view marks the row; its names link to the profiles.
    const table = await showTable(ranking)
    await expect(table.locator('tr[data-focus-unit="true"]')).toContainText('Huyện Thạnh Hóa')
    await expect(table.getByRole('link', { name: 'Huyện Bến Lức' })).toHaveAttribute(
      'href',
      '/units/LONG_AN.BEN_LUC?year=2023',
    )

    // The rankings page: the unit's row is marked, the focus travels in the nav link.
    await page.getByRole('link', { name: 'Xếp hạng', exact: true }).click()
    await expect(page).toHaveURL(/\/rankings\?.*year=2023.*focus=LONG_AN\.THANH_HOA/)
    await expect(
      page.getByTestId('rankings-table').locator('tr[data-focus-unit="true"]'),
    ).toContainText('Huyện Thạnh Hóa')
    // … and the rank history names its line ▶ at the line's end.
    await expect(
      page.locator('figure[data-chart="rank-movements"] svg text[data-focus-unit="true"]'),
    ).toHaveText('▶ Huyện Thạnh Hóa')
    // … and its table marks the unit's row as the ranking table does, one ▶ before the name.
    const history = await showTable(page.locator('figure[data-chart="rank-movements"]'))
    const row = history.locator('tr[data-focus-unit="true"]')
    await expect(row).toHaveCount(1)
    const name = row.getByRole('cell').first()
    await expect(name).toHaveText('Huyện Thạnh Hóa')
    expect(await name.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"▶ "')

    // Remembered by the browser: a URL without focus= gets it back, and says so.
    await open(LONG_AN_2023)
    await expect(page).toHaveURL(/focus=LONG_AN\.THANH_HOA/)
    await expect(page.getByTestId('my-unit-rank')).toHaveText('5/15')

    // The URL wins over the browser's memory.
    await open(`${LONG_AN_2023}&focus=LONG_AN.BEN_LUC`)
    await expect(page.getByTestId('my-unit-card')).toContainText('Huyện Bến Lức')
  })

  test('the tasks and awards pages mark my unit in their charts and tables', async ({
    page,
    open,
  }) => {
    const view = 'parent=AN_GIANG&kind=DISTRICT&year=2022&focus=AN_GIANG.CHAU_PHU'
    for (const [path, chart, table] of [
      ['/tasks', 'tasks', 'tasks-table'],
      ['/awards', 'awards', 'awards-table'],
    ] as const) {
      await open(`${path}?${view}`)
      await expect(
        page.locator(`figure[data-chart="${chart}"] svg text[data-focus-unit="true"]`),
      ).toHaveText('▶ Huyện Châu Phú')
      await expect(page.getByTestId(table).locator('tr[data-focus-unit="true"]')).toContainText(
        'Huyện Châu Phú',
      )
    }
  })

  test('a district of the old map, my unit on a 2025 cohort, says when it ended and leads to its last ranking', async ({
    page,
    open,
  }) => {
    await open(`/overview?parent=TAY_NINH&kind=COMMUNE&cohort=X%C3%A3&year=2025&focus=${THANH_HOA}`)
    const elsewhere = page.getByTestId('my-unit-elsewhere')
    await expect(elsewhere).toContainText('Huyện Thạnh Hóa không thuộc')
    await expect(elsewhere).toContainText('Đơn vị chỉ tồn tại đến ngày 30/06/2025.')
    await expect(elsewhere).toContainText('Kết quả gần nhất: năm 2024, Tỉnh Long An (cấp huyện).')
    await elsewhere.getByRole('link', { name: 'Xem năm 2024' }).click()
    await expect(page).toHaveURL(/parent=LONG_AN&kind=DISTRICT&year=2024&focus=LONG_AN\.THANH_HOA/)
    await expect(page.getByTestId('my-unit')).toContainText('Huyện Thạnh Hóa')
    await expect(page.getByTestId('my-unit-elsewhere')).toHaveCount(0)
  })

  test('from the keyboard, setting my unit moves the focus to its card, and clearing it to the search', async ({
    page,
    open,
  }) => {
    await open(LONG_AN_2023)
    await page.getByLabel('Tìm đơn vị').fill('thanh hoa')
    const set = page.getByRole('button', { name: 'Đặt làm đơn vị của tôi: Huyện Thạnh Hóa' })
    await set.focus()
    await page.keyboard.press('Enter')
    const card = page.getByTestId('my-unit-card')
    await expect(card).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Đơn vị của tôi' })).toBeFocused()
    // The next Tabs are the card's: its unit, then "Bỏ chọn".
    await page.keyboard.press('Tab')
    await expect(card.getByRole('link', { name: 'Mở hồ sơ Huyện Thạnh Hóa' })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(card.getByRole('button', { name: 'Bỏ chọn' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(card).toHaveCount(0)
    await expect(page.getByLabel('Tìm đơn vị')).toBeFocused()
  })

  test('from the keyboard, adding and removing compared units keeps the focus among them', async ({
    page,
    open,
  }) => {
    await open('/compare?units=LONG_AN.THANH_HOA,LONG_AN.BEN_LUC&year=2023')
    const search = page.getByLabel('Tìm theo tên')
    const units = () => new URL(page.url()).searchParams.get('units')
    await search.fill('duc hoa')
    await page.getByRole('button', { name: 'Thêm Huyện Đức Hòa' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(units).toBe('LONG_AN.THANH_HOA,LONG_AN.BEN_LUC,LONG_AN.DUC_HOA')
    await expect(page.getByRole('button', { name: 'Thêm Huyện Đức Hòa' })).toBeDisabled()
    // Searching on for another.
    await expect(search).toBeFocused()
    // A removed unit's ✕ hands the focus to the next one's; the last one's to the one before.
    const remove = (unit: string) => page.getByRole('button', { name: `Bỏ ${unit}` })
    await remove('Huyện Bến Lức').focus()
    await page.keyboard.press('Enter')
    await expect.poll(units).toBe('LONG_AN.THANH_HOA,LONG_AN.DUC_HOA')
    await expect(remove('Huyện Đức Hòa')).toBeFocused()
    await page.keyboard.press('Enter')
    await expect.poll(units).toBe('LONG_AN.THANH_HOA')
    await expect(remove('Huyện Thạnh Hóa')).toBeFocused()
    // None left: the search for units to add.
    await page.keyboard.press('Enter')
    await expect.poll(units).toBe('')
    await expect(page.getByLabel('Tìm theo tên')).toBeFocused()
  })

  test('a bar opens its unit’s profile', async ({ page, open }) => {
    await open(LONG_AN_2023)
    await page.locator('figure[data-chart="ranking"] .recharts-bar-rectangle path').first().click()
    await expect(page).toHaveURL(/\/units\/[A-Z_.]+\?year=2023/)
    await waitForPanels(page)
  })

  test('the rank history picks out a clicked line, fading the others, with an axis titled Hạng', async ({
    page,
    open,
  }) => {
    await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
    const bump = page.locator('figure[data-chart="rank-movements"]')
    await expect(bump.locator('svg text', { hasText: /^Hạng$/ })).toHaveCount(1)
    // Every line is named at its end: 15 names.
    await expect(bump.locator('svg text[data-line-label]')).toHaveCount(15)
    await bump.locator(`svg text[data-line-label="${THANH_HOA}"]`).click()
    await page.mouse.move(0, 0)
    await expect(bump.locator(`svg text[data-line-label="${THANH_HOA}"]`)).toHaveCSS('opacity', '1')
    await expect(bump.locator('svg text[data-line-label="LONG_AN.BEN_LUC"]')).toHaveCSS(
      'opacity',
      '0.18',
    )
    await expect(bump.locator('.recharts-line.bump-line').nth(0)).toHaveCSS('opacity', '0.18')
    // A second click lets it go.
    await bump.locator(`svg text[data-line-label="${THANH_HOA}"]`).click()
    await page.mouse.move(0, 0)
    await expect(bump.locator('svg text[data-line-label="LONG_AN.BEN_LUC"]')).toHaveCSS(
      'opacity',
      '1',
    )
  })

  test('with my unit chosen, the rank history draws the other lines quietly', async ({
    page,
    open,
  }) => {
    await open(`/rankings?parent=LONG_AN&kind=DISTRICT&year=2023&focus=${THANH_HOA}`)
    const bump = page.locator('figure[data-chart="rank-movements"]')
    const label = (code: string) => bump.locator(`svg text[data-line-label="${code}"]`)
    await expect(label(THANH_HOA)).toHaveAttribute('fill', '#1F2937')
    await expect(label('LONG_AN.BEN_LUC')).toHaveAttribute('fill', '#6B7280')
    const opacities = await bump
      .locator('.recharts-line.bump-line path.recharts-curve')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke-opacity')))
    // Fifteen lines, each in two stretches either side of the 2022 change of method: the
    // reader's at full strength, the fourteen others quiet.
    expect(opacities.filter((o) => o === '0.5')).toHaveLength(2 * 14)
    expect(opacities.filter((o) => o === null)).toHaveLength(2)
    // Under the pointer a quiet line comes back to full strength, its name to ink.
    const index = /bump-label-(\d+)/.exec(
      (await label('LONG_AN.BEN_LUC').getAttribute('class')) ?? '',
    )
    await label('LONG_AN.BEN_LUC').hover()
    for (const stretch of await bump.locator(`.bump-line-${index?.[1]} path.recharts-curve`).all())
      await expect(stretch).toHaveCSS('stroke-opacity', '1')
    await expect(label('LONG_AN.BEN_LUC')).toHaveCSS('fill', 'rgb(31, 41, 55)')
  })
})

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('the first screen shows the ranking chart, with my unit marked', async ({ page, open }) => {
    await open(`${LONG_AN_2023}&focus=${THANH_HOA}`)
    const chart = page.locator('figure[data-chart="ranking"]')
    const box = await chart.boundingBox()
    expect(box?.y).toBeLessThan(844)
    await expect(chart.locator('svg text[data-focus-unit="true"]')).toHaveText(
      '▶ 5. Huyện Thạnh Hóa',
    )
    await expect(page.getByTestId('my-unit-rank')).toHaveText('5/15')
  })

  test('the search sets my unit on a phone too', async ({ page, open }) => {
    await open(LONG_AN_2023)
    await chooseThanhHoa(page)
    await expect(page.getByTestId('my-unit-rank')).toHaveText('5/15')
  })

  test('the rankings table fits the phone with the rank move in view; the rest on request', async ({
    page,
    open,
  }) => {
    await open(`/rankings?parent=LONG_AN&kind=DISTRICT&year=2023&focus=${THANH_HOA}`)
    const table = page.getByTestId('rankings-table')
    const region = table.locator('xpath=..')
    const fits = () => region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }))
    const before = await fits()
    expect(before.scroll).toBeLessThanOrEqual(before.client)
    const headers = table.locator('thead th')
    await expect(headers.filter({ hasText: 'Thay đổi hạng' })).toBeVisible()
    await expect(headers.filter({ hasText: 'Xếp loại' })).toBeHidden()
    await expect(table.locator('tr[data-focus-unit="true"]')).toContainText('Huyện Thạnh Hóa')

    await page.getByRole('button', { name: 'Thêm cột' }).click()
    await expect(headers.filter({ hasText: 'Xếp loại' })).toBeVisible()
    // The unit column stays put while the wider table scrolls under it.
    await expect(table.locator('th.col-sticky')).toHaveCSS('position', 'sticky')
    await page.getByRole('button', { name: 'Bớt cột' }).click()
    await expect(headers.filter({ hasText: 'Xếp loại' })).toBeHidden()
  })

  test('the rank history draws the top 3, the bottom 3 and my unit, and says so', async ({
    page,
    open,
  }) => {
    await open(`/rankings?parent=LONG_AN&kind=DISTRICT&year=2023&focus=${THANH_HOA}`)
    const bump = page.locator('figure[data-chart="rank-movements"]')
    await expect(bump.locator('svg text[data-line-label]')).toHaveCount(7)
    await expect(bump.locator('svg text[data-focus-unit="true"]')).toHaveText('▶ Huyện Thạnh Hóa')
    await expect(page.getByTestId('bump-phone-note')).toContainText(
      '7 trên 15 đường: 3 đơn vị đầu, 3 đơn vị cuối và đơn vị của tôi.',
    )
  })

  test('without my unit the rank history’s note names only the ends it draws', async ({
    page,
    open,
  }) => {
    await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
    await expect(page.getByTestId('bump-phone-note')).toHaveText(
      'Trên màn hình nhỏ chỉ vẽ 6 trên 15 đường: 3 đơn vị đầu và 3 đơn vị cuối. Bảng có đủ mọi đơn vị.',
    )
  })
})
