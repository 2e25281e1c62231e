import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'

// State that holds (issue 17, point 4): the URL names the view, choices push history entries,
// a cohort switch keeps the year when it can and says so when it cannot.

const picker = (page: Page) => page.getByRole('combobox', { name: 'Nhóm đơn vị' })
const year = (page: Page) => page.getByRole('combobox', { name: 'Năm' })

for (const viewport of [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport })

    test('the landing URL names its cohort and year', async ({ page, open }) => {
      await open('/')
      await expect(page).toHaveURL(
        /\/overview\?parent=TAY_NINH&kind=COMMUNE&cohort=Ph%C6%B0%E1%BB%9Dng&year=2025$/,
      )
      await expect(year(page)).toHaveValue('2025')
    })

    test('a cohort switch keeps the year, or takes the nearest and says so; back and forward restore', async ({
      page,
      open,
    }) => {
      await open('/overview?parent=LONG_AN&kind=DISTRICT&year=2023&focus=LONG_AN.THANH_HOA')
      await year(page).selectOption('2022')
      await expect(page).toHaveURL(/year=2022/)
      await expect(year(page)).toHaveValue('2022')

      await picker(page).selectOption({ label: 'Tỉnh An Giang — Cấp huyện' })
      await expect(page).toHaveURL(/parent=AN_GIANG&kind=DISTRICT&year=2022/)
      await expect(year(page)).toHaveValue('2022')
      // The unit in focus stays named, even in a cohort it is not part of.
      await expect(page).toHaveURL(/focus=LONG_AN\.THANH_HOA/)
      await expect(page.getByTestId('my-unit')).toContainText('không thuộc')
      // Named, not by its code, with where it stood that year.
      await expect(page.getByTestId('my-unit-elsewhere')).toContainText(
        'Huyện Thạnh Hóa không thuộc',
      )
      await expect(page.getByTestId('my-unit-elsewhere')).not.toContainText('LONG_AN.THANH_HOA')

      await picker(page).selectOption({ label: 'Tỉnh Tây Ninh — Cấp xã — Phường' })
      await expect(page).toHaveURL(/parent=TAY_NINH&kind=COMMUNE&cohort=Ph%C6%B0%E1%BB%9Dng/)
      await expect(year(page)).toHaveValue('2025')
      await expect(
        page.getByRole('status').filter({ hasText: 'không có số liệu năm 2022' }),
      ).toContainText('năm gần nhất có số liệu: 2025')

      await page.goBack()
      await expect(page).toHaveURL(/parent=AN_GIANG&kind=DISTRICT&year=2022/)
      await expect(picker(page).locator('option:checked')).toHaveText('Tỉnh An Giang — Cấp huyện')
      await expect(year(page)).toHaveValue('2022')
      await page.goBack()
      await expect(page).toHaveURL(/parent=LONG_AN&kind=DISTRICT&year=2022/)
      await expect(year(page)).toHaveValue('2022')
      await page.goForward()
      await expect(year(page)).toHaveValue('2022')
      await expect(picker(page).locator('option:checked')).toHaveText('Tỉnh An Giang — Cấp huyện')
    })
  })
}
