import type { Locator, Page } from '@playwright/test'
import { expect, showTable, test } from './fixtures.ts'
import { downloadChart } from './fixtures/chart-download.ts'

/** The compare URL names these parameters (in any order; null: not at all); `units` as a list. */
async function expectParams(page: Page, expected: Record<string, string | RegExp | null>) {
  await expect
    .poll(() => {
      const params = new URL(page.url()).searchParams
      return Object.fromEntries(Object.keys(expected).map((key) => [key, params.get(key)]))
    })
    .toEqual(
      Object.fromEntries(
        Object.entries(expected).map(([key, value]) => [
          key,
          value instanceof RegExp ? expect.stringMatching(value) : value,
        ]),
      ),
    )
}

/**
 * A unit's figures in the differences or the changes: its row of the table on a wide screen, its
 * block on a phone.
 */
function unitFigures(list: Locator, phone: boolean, unit: string | RegExp): Locator {
  return list.getByRole(phone ? 'listitem' : 'row').filter({ hasText: unit })
}

const THREE_DISTRICTS = '/compare?units=LONG_AN.THANH_HOA,LONG_AN.BEN_LUC,LONG_AN.DUC_HOA&year=2024'
const DISTRICTS = ['Huyện Thạnh Hóa', 'Huyện Bến Lức', 'Huyện Đức Hòa']

const VIEWPORTS = [
  { name: 'desktop', viewport: { width: 1366, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const

for (const { name, viewport } of VIEWPORTS) {
  test.describe(`compare (${name})`, () => {
    test.use({ viewport })
    // Several steps, each a request: more than the default on a busy machine.
    test.describe.configure({ timeout: 90_000 })

    test('the profile’s "So sánh" opens compare with the unit, its cohort and year', async ({
      page,
    }) => {
      await page.goto('/units/LONG_AN.THANH_HOA?year=2022')
      // The profile loads a dozen reads before its header: more time than one panel.
      const action = page.getByRole('link', { name: 'So sánh Huyện Thạnh Hóa với các đơn vị khác' })
      await expect(action).toBeVisible({ timeout: 45_000 })
      await action.click()
      await expect(page).toHaveURL(
        '/compare?units=LONG_AN.THANH_HOA&parent=LONG_AN&kind=DISTRICT&year=2022',
      )
      const chosen = page.getByRole('group', { name: 'Đơn vị đang so sánh' })
      await expect(chosen.locator('.chip')).toHaveText(['Huyện Thạnh Hóa×'])
      await expect(page.getByText('Chọn ít nhất 2 đơn vị để so sánh.')).toBeVisible()
      // The adder offers the unit's own cohort in that year, its top unit first.
      await expect(page.getByLabel('Từ nhóm')).toHaveValue(/^LONG_AN\u001fDISTRICT\u001f$/)
      await expect(page.getByText('Đứng đầu Tỉnh Long An — Cấp huyện, 2022')).toBeVisible()
      await page.getByRole('button', { name: 'Thêm Huyện Cần Giuộc' }).click()
      await expectParams(page, { units: 'LONG_AN.THANH_HOA,LONG_AN.CAN_GIUOC', year: '2022' })
      await expect(page.getByLabel('Năm so sánh')).toHaveValue('2022')
      await expect(page.getByRole('heading', { name: 'Chênh lệch năm 2022' })).toBeVisible()
    })

    test('the nav link carries cohort, year and my unit; compare opens on them, never empty', async ({
      page,
      open,
    }) => {
      await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2022&focus=LONG_AN.THANH_HOA')
      // A phone's links are behind the menu's button.
      if (name === 'phone') await page.getByRole('navigation').getByRole('button').click()
      const link = page.getByRole('navigation').getByRole('link', { name: 'So sánh' })
      await expect(link).toHaveAttribute(
        'href',
        '/compare?parent=LONG_AN&kind=DISTRICT&year=2022&focus=LONG_AN.THANH_HOA',
      )
      await link.click()
      // My unit first, then the cohort's top two of 2022: the page's choice, not the reader's.
      await expectParams(page, {
        units: null,
        defaults: 'LONG_AN.THANH_HOA,LONG_AN.BEN_LUC,LONG_AN.KIEN_TUONG',
        parent: 'LONG_AN',
        kind: 'DISTRICT',
        year: '2022',
        focus: 'LONG_AN.THANH_HOA',
      })
      await expect(page.getByLabel('Năm so sánh')).toHaveValue('2022')
      const chips = page.getByRole('group', { name: 'Đơn vị đang so sánh' }).locator('.chip')
      await expect(chips).toHaveCount(3)
      await expect(chips.first()).toHaveText('Huyện Thạnh Hóa×')
      // A unit added from the same cohort joins them: the four are the reader's now.
      if (name === 'phone') await page.getByRole('button', { name: 'Thêm đơn vị' }).click()
      await page.getByLabel('Tìm theo tên').fill('duc hoa')
      await page.getByRole('button', { name: 'Thêm Huyện Đức Hòa' }).click()
      await expectParams(page, {
        units: 'LONG_AN.THANH_HOA,LONG_AN.BEN_LUC,LONG_AN.KIEN_TUONG,LONG_AN.DUC_HOA',
        defaults: null,
        year: '2022',
      })
      await expect(chips).toHaveCount(4)
    })

    test('the units the page opened on give way to the reader’s, and the year follows them', async ({
      page,
      open,
    }) => {
      // The landing cohort's wards of 2025: the page's choice, before the reader chose anything.
      await open('/overview')
      // A phone's pages wait behind the menu's button.
      if (name === 'phone') await page.getByRole('navigation').getByRole('button').click()
      await page.getByRole('navigation').getByRole('link', { name: 'So sánh' }).click()
      const chips = page.getByRole('group', { name: 'Đơn vị đang so sánh' }).locator('.chip')
      await expect(chips).toHaveText(['Phường Khánh Hậu×', 'Phường Hòa Thành×', 'Phường Gò Dầu×'])
      await expectParams(page, { units: null, defaults: /.+/, year: '2025' })
      if (name === 'phone') await page.getByRole('button', { name: 'Thêm đơn vị' }).click()
      // Long An's districts have no result in 2025: the year is their latest, and it is the one
      // the units are offered from.
      await page.getByLabel('Từ nhóm').selectOption({ label: 'Tỉnh Long An — Cấp huyện' })
      await expectParams(page, { units: '', defaults: null, parent: 'LONG_AN', year: '2024' })
      await expect(chips).toHaveCount(0)
      await expect(page.getByText('Đứng đầu Tỉnh Long An — Cấp huyện, 2024')).toBeVisible()
      const added: string[] = []
      for (const [search, unit, code] of [
        ['duc hoa', 'Huyện Đức Hòa', 'LONG_AN.DUC_HOA'],
        ['ben luc', 'Huyện Bến Lức', 'LONG_AN.BEN_LUC'],
        ['tan an', 'Thành phố Tân An', 'LONG_AN.TAN_AN'],
      ] as const) {
        await page.getByLabel('Tìm theo tên').fill(search)
        await expect(
          page.getByText('Kết quả tìm trong Tỉnh Long An — Cấp huyện, 2024'),
        ).toBeVisible()
        await page.getByRole('button', { name: `Thêm ${unit}` }).click()
        added.push(code)
        await expectParams(page, { units: added.join(','), year: '2024' })
      }
      // Only the reader's three, compared in a year they all have results in.
      await expect(chips).toHaveText(['Huyện Đức Hòa×', 'Huyện Bến Lức×', 'Thành phố Tân An×'])
      await expect(page.getByLabel('Năm so sánh')).toHaveValue('2024')
      await expect(page.getByRole('heading', { name: 'Chênh lệch năm 2024' })).toBeVisible()
      await expect(page.getByTestId('compare-missing')).toHaveCount(0)
      await expect(page.getByText('Đã đủ 6 đơn vị', { exact: false })).toHaveCount(0)
    })

    test('the reader’s own units stay, and the URL names the year shown once units are removed', async ({
      page,
      open,
    }) => {
      await open(
        '/compare?units=27715,25645,LONG_AN.DUC_HOA&parent=TAY_NINH&kind=COMMUNE&cohort=Phường&year=2025',
      )
      const chips = page.getByRole('group', { name: 'Đơn vị đang so sánh' }).locator('.chip')
      await expect(chips).toHaveCount(3)
      // A district of the old map: ended, not a figure missing.
      await expect(page.getByTestId('compare-missing')).toHaveText(
        'Huyện Đức Hòa không có kết quả năm 2025: đơn vị hoạt động đến ngày 30/06/2025; kết quả gần nhất là năm 2024.',
      )
      if (name === 'phone') await page.getByRole('button', { name: 'Thêm đơn vị' }).click()
      // Another cohort: the reader's units are kept, and so is the year they are compared in;
      // the adder says its units are of another year.
      await page.getByLabel('Từ nhóm').selectOption({ label: 'Tỉnh Long An — Cấp huyện' })
      await expectParams(page, { units: '27715,25645,LONG_AN.DUC_HOA', year: '2025' })
      await expect(chips).toHaveCount(3)
      await expect(
        page.getByText('Nhóm này không có kết quả năm 2025: các đơn vị dưới đây là của năm 2024.'),
      ).toBeVisible()
      await page.getByRole('button', { name: 'Thêm Huyện Bến Lức' }).click()
      await expectParams(page, {
        units: '27715,25645,LONG_AN.DUC_HOA,LONG_AN.BEN_LUC',
        year: '2025',
      })
      await expect(page.getByTestId('compare-missing').getByRole('listitem')).toHaveCount(2)
      // The wards removed, no unit left has a result in 2025: the page moves to 2024, the URL too.
      for (const ward of ['Phường Khánh Hậu', 'Phường Hòa Thành'])
        await page.getByRole('button', { name: `Bỏ ${ward}` }).click()
      await expectParams(page, { units: 'LONG_AN.DUC_HOA,LONG_AN.BEN_LUC', year: '2024' })
      await expect(page.getByLabel('Năm so sánh')).toHaveValue('2024')
      await expect(page.getByRole('heading', { name: 'Chênh lệch năm 2024' })).toBeVisible()
    })

    test('the year switches, and back/forward restore units and year', async ({ page, open }) => {
      await open('/compare?units=LONG_AN.BEN_LUC,LONG_AN.THANH_HOA')
      // No year in the link: the latest year both have is written out.
      await expectParams(page, { year: '2024' })
      await page.getByLabel('Năm so sánh').selectOption('2023')
      await expectParams(page, { year: '2023' })
      const changes = page.getByTestId('compare-changes')
      const thanhHoa = unitFigures(changes, name === 'phone', 'Huyện Thạnh Hóa')
      // 12th in 2022, 5th in 2023: said as a rise in words, never "-7" or "+7".
      await expect(thanhHoa).toContainText('↑ tăng 7 hạng')
      await expect(thanhHoa.locator('.direction.up').last()).toHaveText('↑ tăng 7 hạng')
      await page.getByLabel('Năm so sánh').selectOption('2024')
      await expect(thanhHoa).toContainText('↓ giảm 8 hạng')
      await page.getByRole('button', { name: 'Bỏ Huyện Thạnh Hóa' }).click()
      await expectParams(page, { units: 'LONG_AN.BEN_LUC' })
      await page.goBack()
      await expectParams(page, { units: 'LONG_AN.BEN_LUC,LONG_AN.THANH_HOA', year: '2024' })
      await page.goBack()
      await expectParams(page, { units: 'LONG_AN.BEN_LUC,LONG_AN.THANH_HOA', year: '2023' })
      await expect(page.getByLabel('Năm so sánh')).toHaveValue('2023')
      await expect(thanhHoa).toContainText('↑ tăng 7 hạng')
      await page.goForward()
      await expect(page.getByLabel('Năm so sánh')).toHaveValue('2024')
    })

    test('a unit from another cohort: warned, and fields compared as shares of each maximum', async ({
      page,
      open,
    }) => {
      await open('/compare?units=LONG_AN.THANH_HOA,LONG_AN.BEN_LUC&year=2023')
      await expect(page.getByTestId('compare-basis')).toHaveCount(0)
      // A phone's adder is one button until opened (the next test).
      if (name === 'phone') await page.getByRole('button', { name: 'Thêm đơn vị' }).click()
      await page.getByLabel('Từ nhóm').selectOption({ label: 'Tỉnh Long An — Sở, ban, ngành' })
      await expectParams(page, { parent: 'LONG_AN', kind: 'DEPARTMENT', year: '2023' })
      await page.getByLabel('Tìm theo tên').fill('tu phap')
      await page.getByRole('button', { name: 'Thêm Sở Tư pháp' }).click()
      await expect(page.getByTestId('compare-basis')).toContainText(
        'Các đơn vị thuộc bộ tiêu chí khác nhau — so sánh theo tỷ lệ % điểm tối đa',
      )
      const fields = page.locator('[data-chart="compare-fields"]')
      const table = await showTable(fields)
      const impact = table.getByRole('row').filter({ hasText: 'Tác động' })
      // 23.64 of 30 and 18.09 of 22: fewer points, yet the department's is the higher share.
      await expect(impact.getByRole('cell')).toHaveText([
        'Tác động',
        '78,80% (23,64/30)',
        '95,23% (28,57/30)',
        '82,23% (18,09/22)',
      ])
      const diff = page.getByTestId('compare-differences')
      if (name === 'phone') {
        // The department's block: each field's share, its difference under it.
        const department = unitFigures(diff, true, 'Sở Tư pháp')
        const impactGap = department.locator('.unit-line').filter({ hasText: 'Tác động' })
        await expect(impactGap.locator('.unit-line-value')).toHaveText('82,23% (18,09/22)')
        await expect(impactGap.locator('.unit-line-note')).toHaveText('▲ cao hơn 3,43 điểm %')
        await expect(
          department
            .locator('.unit-line')
            .filter({ hasText: 'Chỉ số (%)' })
            .locator('.unit-line-note'),
        ).toHaveText(/^[▲▼] (cao|thấp) hơn [\d,]+ điểm$/)
        await expect(
          department.locator('.unit-line').filter({ hasText: 'Hạng' }).first(),
        ).toContainText('khác nhóm')
        return
      }
      const impactGap = diff.getByRole('row').filter({ hasText: 'Tác động' })
      await expect(impactGap).toContainText('82,23% (18,09/22) · ▲ cao hơn 3,43 điểm %')
      // The index's gap in its points, as the change on the year before is said.
      await expect(diff.getByRole('row').filter({ hasText: 'Chỉ số (%)' })).toContainText(
        /· [▲▼] (cao|thấp) hơn [\d,]+ điểm$/,
      )
      // Ranks of different cohorts are not compared.
      await expect(diff.getByRole('row').filter({ hasText: 'Hạng' })).toContainText('khác nhóm')
    })

    test('every compared unit’s differences and changes can be read on the screen', async ({
      page,
      open,
    }) => {
      await open(THREE_DISTRICTS)
      await expect(page.getByRole('heading', { name: 'Chênh lệch năm 2024' })).toBeVisible()
      const width = viewport.width
      for (const testId of ['compare-differences', 'compare-changes']) {
        const list = page.getByTestId(testId)
        if (name === 'desktop') {
          // A table, a column (differences) or a row (changes) per unit.
          await expect(list).toHaveJSProperty('tagName', 'TABLE')
          for (const unit of DISTRICTS) await expect(list.getByText(unit).first()).toBeVisible()
          continue
        }
        // A block per unit, its name a heading, each one inside the screen's width: no unit's
        // figures are scrolled out of sight.
        await expect(list.getByRole('listitem')).toHaveCount(DISTRICTS.length)
        for (const unit of DISTRICTS) {
          const block = unitFigures(list, true, unit)
          await expect(block.getByRole('heading', { name: unit })).toBeVisible()
          const figures = block.locator('dd')
          expect(await figures.count()).toBeGreaterThan(3)
          for (const figure of [block, ...(await figures.all())]) {
            await figure.scrollIntoViewIfNeeded()
            await expect(figure).toBeVisible()
            const box = await figure.boundingBox()
            expect(box?.x).toBeGreaterThanOrEqual(0)
            expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width)
          }
        }
      }
      if (name === 'phone') {
        // The differences of each unit after the first, in words under its figure.
        const benLuc = unitFigures(page.getByTestId('compare-differences'), true, 'Huyện Bến Lức')
        await expect(benLuc.locator('.unit-line-note').first()).toHaveText(/(cao|thấp) hơn|bằng/)
        // The changes keep their last column, the rank's move.
        const changes = unitFigures(page.getByTestId('compare-changes'), true, 'Huyện Thạnh Hóa')
        await expect(changes.getByText('Hạng so với 2023')).toBeVisible()
        await expect(changes).toContainText('↓ giảm 8 hạng')
        // Nothing on the page is wider than the screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          width,
        )
      }
    })
  })
}

test.describe('the adder on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('is one button once units are compared, the first chart on the first screen; it opens and stays open while adding', async ({
    page,
    open,
  }) => {
    await open('/compare?units=LONG_AN.THANH_HOA,LONG_AN.BEN_LUC&year=2023')
    const toggle = page.getByRole('button', { name: 'Thêm đơn vị' })
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(page.getByLabel('Từ nhóm')).toHaveCount(0)
    await expect(page.getByLabel('Tìm theo tên')).toHaveCount(0)
    // The chips and the year stay; the first chart starts on the first screen.
    await expect(page.getByLabel('Năm so sánh')).toBeVisible()
    const chart = page.locator('figure[data-chart="compare-fields"]')
    await expect(chart).toBeVisible()
    const box = await chart.boundingBox()
    expect(box?.y).toBeLessThan(844)

    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const adder = page.locator(`#${await toggle.getAttribute('aria-controls')}`)
    await expect(adder.getByLabel('Từ nhóm')).toBeVisible()
    await adder.getByRole('button', { name: 'Thêm Huyện Đức Hòa' }).click()
    await expectParams(page, {
      units: 'LONG_AN.THANH_HOA,LONG_AN.BEN_LUC,LONG_AN.DUC_HOA',
    })
    await expect(
      page.getByRole('group', { name: 'Đơn vị đang so sánh' }).locator('.chip'),
    ).toHaveCount(3)
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await expect(page.getByLabel('Tìm theo tên')).toBeVisible()
    await toggle.click()
    await expect(page.getByLabel('Tìm theo tên')).toHaveCount(0)
  })

  test('stays open with one unit: adding is the next step, and the second keeps it open', async ({
    page,
  }) => {
    await page.goto('/compare?units=LONG_AN.THANH_HOA')
    const search = page.getByLabel('Tìm theo tên')
    await expect(search).toBeVisible()
    await expect(page.getByRole('button', { name: 'Thêm đơn vị' })).toHaveCount(0)
    // Adding the second unit makes a comparison: the adder, in use, stays open under the reader.
    await page.getByLabel('Từ nhóm').selectOption({ label: 'Tỉnh Long An — Cấp huyện' })
    await search.fill('ben luc')
    await page.getByRole('button', { name: 'Thêm Huyện Bến Lức' }).click()
    await expect(page).toHaveURL(
      /units=LONG_AN\.THANH_HOA%2CLONG_AN\.BEN_LUC|units=LONG_AN\.THANH_HOA,LONG_AN\.BEN_LUC/,
    )
    // Once the comparison is drawn, the adder is as the reader left it: open, the search as typed.
    await expect(page.locator('figure[data-chart="compare-fields"]')).toBeVisible()
    const toggle = page.getByRole('button', { name: 'Thêm đơn vị' })
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await expect(search).toBeVisible()
    await expect(search).toHaveValue('ben luc')
    await expect(page.getByRole('button', { name: 'Thêm Huyện Bến Lức' })).toBeDisabled()
    // It closes when the reader closes it.
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(search).toHaveCount(0)
  })
})

test('on a wide screen the adder is open, with no button to open it', async ({ page, open }) => {
  await open('/compare?units=LONG_AN.THANH_HOA,LONG_AN.BEN_LUC&year=2023')
  await expect(page.getByLabel('Tìm theo tên')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Thêm đơn vị' })).toHaveCount(0)
})

test.describe('in English', () => {
  test.use({ lang: 'en' })
  test('changes are worded ("up 7 places")', async ({ page, open }) => {
    await open('/compare?units=LONG_AN.BEN_LUC,LONG_AN.THANH_HOA&year=2023')
    const row = page
      .getByTestId('compare-changes')
      .getByRole('row')
      .filter({ hasText: 'Thạnh Hóa' })
    await expect(row).toContainText('↑ up 7 places')
  })
})

test('the index over the years stops each line at Long An’s change of method, and says so', async ({
  page,
  open,
}) => {
  await open('/compare?units=LONG_AN.THANH_HOA,LONG_AN.BEN_LUC')
  // Both lines stop at 2022 for the same reason: one note names them both.
  const notes = page.getByTestId('compare-breaks')
  await expect(notes.getByRole('listitem')).toHaveCount(1)
  await expect(notes.getByRole('listitem')).toHaveText(
    'Huyện Thạnh Hóa và Huyện Bến Lức — Năm 2022: không so sánh được với năm 2021 (phương pháp đánh giá thay đổi).',
  )
  // Both break in the same gap: the chart draws it there, labelled, as the rank history does.
  const frame = page.locator('figure[data-chart="compare-years"]')
  await expect(frame.locator('.line-breaks text')).toHaveText('Đổi phương pháp đánh giá')
  await expect(frame.locator('.line-breaks line')).toHaveCount(1)
  // And the image a report is given draws it too.
  const svg = (await downloadChart(page, 'compare-years', 'svg')).bytes.toString('utf8')
  expect(svg).toMatch(/<text[^>]*chart-break-label[^>]*>Đổi phương pháp đánh giá<\/text>/)
  expect(svg).toContain('stroke-dasharray="4 3"')
})

test('fewer than two units asks for more', async ({ page }) => {
  await page.goto('/compare?units=LONG_AN.THANH_HOA')
  await expect(page.getByText('Chọn ít nhất 2 đơn vị để so sánh.')).toBeVisible()
})
