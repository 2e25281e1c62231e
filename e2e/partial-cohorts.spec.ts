import { expect, test } from './fixtures.ts'

// A cohort-year loaded in part (seeds/README.md): Tây Ninh's block "Xã" has 18 of its 82
// communes in 2025, each with the rank its decision published; the national table of 2024 has
// 7 of the 63 provinces. Every figure of such a cohort-year says it is of the units loaded.

const TN_XA = 'parent=TAY_NINH&kind=COMMUNE&cohort=X%C3%A3&year=2025'

test('the overview’s tiles are of the units loaded, the best and lowest with their published ranks', async ({
  page,
  open,
}) => {
  await open(`/overview?${TN_XA}`)
  const tiles = page.getByTestId('kpi-tiles')
  const tile = (label: string) => tiles.locator('.tile').filter({ hasText: label })
  await expect(tile('Trung bình của 18 đơn vị đã nhập')).toContainText(
    'Đã nhập 18 trên 82 đơn vị được xếp hạng',
  )
  // Six communes not loaded ranked above the best loaded: its rank says so.
  await expect(tile('Cao nhất trong 18 đơn vị đã nhập')).toContainText('Xã Bến Cầu · hạng 7/82')
  await expect(tile('Thấp nhất trong 18 đơn vị đã nhập')).toContainText('Xã Cần Giuộc · hạng 82/82')
  await expect(tile('Xếp loại của 18 đơn vị đã nhập')).toContainText('Xuất sắc: 2')
  await expect(tiles).not.toContainText('Chỉ số trung bình')

  // The totals at a glance are of the same 18.
  for (const glance of ['Nhiệm vụ CCHC', 'Khen thưởng'])
    await expect(
      page.locator('.glance').filter({ has: page.getByRole('heading', { name: glance }) }),
    ).toContainText('Đã nhập số liệu của 18 trên 82 đơn vị được xếp hạng')

  // The national average of 2024 is of the 7 provinces loaded, not the country's.
  await open('/overview?parent=VN&kind=PROVINCE&year=2024')
  await expect(tiles).toContainText('Trung bình của 7 đơn vị đã nhập')
  await expect(tiles).toContainText('Thành phố Hải Phòng · hạng 1/63')

  // A cohort loaded whole reads as before: no note, no rank beside the best.
  await open('/overview?parent=LONG_AN&kind=DISTRICT&year=2023')
  await expect(tiles).toContainText('Chỉ số trung bình')
  await expect(tiles).toContainText('Số đơn vị: 15')
  await expect(tiles.getByTestId('kpi-published-rank')).toHaveCount(0)
  await expect(page.getByTestId('loaded-figures-note')).toHaveCount(0)
})

test('the tasks and awards totals of a partial cohort say they are of the units loaded', async ({
  page,
  open,
}) => {
  await open(`/tasks?${TN_XA}`)
  await expect(page.getByTestId('loaded-figures-note')).toHaveText(
    'Đã nhập số liệu của 18 trên 82 đơn vị được xếp hạng: các số tổng chỉ tính 18 đơn vị này.',
  )
  // The decision beside the year published the index, not the tasks the units report.
  await expect(page.locator('.publication-status')).toHaveText(
    /^Tình trạng công bố: Chỉ số CCHC: Đã công bố — QĐ 118\/QĐ-UBND ngày 16\/01\/2026$/,
  )

  await open(`/awards?${TN_XA}`)
  await expect(page.getByTestId('loaded-figures-note')).toContainText(
    'Đã nhập số liệu của 18 trên 82 đơn vị được xếp hạng',
  )
  await expect(page.locator('.publication-status')).toContainText('Chỉ số CCHC: Đã công bố')
  // The awards' own decisions, under their headline.
  await expect(page.getByTestId('awards-decisions')).toHaveText(
    'Theo 18 quyết định khen thưởng, ngày 10/01/2026–26/01/2026.',
  )

  // A cohort loaded whole: no note; the rankings page's status is the decision's alone.
  await open('/awards?parent=AN_GIANG&kind=DISTRICT&year=2022')
  await expect(page.getByTestId('awards-headline')).toBeVisible()
  await expect(page.getByTestId('loaded-figures-note')).toHaveCount(0)
  await open(`/rankings?${TN_XA}`)
  await expect(page.locator('.publication-status')).toContainText(
    /^Tình trạng công bố: Đã công bố — QĐ 118/,
  )
})

test.describe('in English', () => {
  test.use({ lang: 'en' })
  test('the tiles and the totals say the same', async ({ page, open }) => {
    await open(`/overview?${TN_XA}`)
    const tiles = page.getByTestId('kpi-tiles')
    await expect(tiles).toContainText('Average of the 18 units loaded')
    await expect(tiles).toContainText('Best of the 18 units loaded')
    await expect(tiles).toContainText('Xã Bến Cầu · rank 7/82')
    await expect(tiles).toContainText('Lowest of the 18 units loaded')
    await open(`/awards?${TN_XA}`)
    await expect(page.getByTestId('loaded-figures-note')).toContainText(
      'Figures are loaded for 18 of the 82 units ranked',
    )
    await expect(page.locator('.publication-status')).toContainText(
      'PAR Index: Published — Decision 118/QĐ-UBND',
    )
    await expect(page.getByTestId('awards-decisions')).toContainText(
      'Granted by 18 award decisions',
    )
  })
})

test.describe('on a phone', () => {
  for (const width of [360, 320])
    test(`a partial cohort’s first year keeps each row short at ${width} px`, async ({
      page,
      open,
    }) => {
      await page.setViewportSize({ width, height: 800 })
      await open(`/rankings?${TN_XA}`)
      const table = page.getByTestId('rankings-table')
      const region = table.locator('xpath=..')
      const size = await region.evaluate((el) => ({
        scroll: el.scrollWidth,
        client: el.clientWidth,
      }))
      expect(size.scroll).toBeLessThanOrEqual(size.client)
      // The published rank, and the place among the 18 loaded on one short line under it.
      const benCau = table.getByRole('row').filter({ hasText: 'Xã Bến Cầu' })
      await expect(benCau.getByRole('cell').first()).toHaveText('7/82(1/18 đã nhập)')
      const loaded = benCau.locator('.rank-loaded')
      const box = await loaded.boundingBox()
      const lineHeight = await loaded.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight))
      expect(box?.height ?? 0).toBeLessThan(lineHeight * 1.5)
      expect((await benCau.boundingBox())?.height ?? 0).toBeLessThan(70)
      // A first ranked year has no change to show: its columns of dashes wait behind "Thêm cột".
      const headers = table.locator('thead th')
      await expect(headers.filter({ hasText: 'Thay đổi hạng' })).toBeHidden()
      await expect(headers.filter({ hasText: 'Tăng/giảm' })).toBeHidden()
      await page.getByRole('button', { name: 'Thêm cột' }).click()
      await expect(headers.filter({ hasText: 'Thay đổi hạng' })).toBeVisible()
    })
})
