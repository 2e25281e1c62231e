import type { Page } from '@playwright/test'
import { COHORT_2023, expect, test } from './fixtures.ts'

// On a slow network a new view's data takes seconds. Meanwhile the old view stays on screen
// (the router renders the new URL in a transition): the controls must show what was chosen, and
// the page must say it is loading, or a reader trusts the old year's numbers or picks again.

/** Every API answer from now on arrives 3 s late. */
async function slowApi(page: Page) {
  await page.route('**/api/**', (route) => setTimeout(() => void route.continue(), 3000))
}

test('a year chosen on a slow network stays chosen while the page shows it is loading', async ({
  page,
  open,
}) => {
  await open(COHORT_2023)
  await slowApi(page)
  const year = page.getByRole('combobox', { name: 'Năm' })
  await year.selectOption('2022')
  await expect(page).toHaveURL(/year=2022/)
  await expect(year).toHaveValue('2022')
  const content = page.locator('.page-content')
  await expect(content).toHaveAttribute('aria-busy', 'true')
  await expect(page.getByTestId('page-pending')).toBeVisible()
  await expect(page.getByTestId('page-pending')).toHaveText('Đang tải…')
  // The 2023 charts still on screen are dimmed, not taken for 2022's.
  const ranking = page.locator('figure[data-chart="ranking"]')
  await expect(ranking).toContainText('2023')
  await expect
    .poll(() => ranking.evaluate((el) => Number(getComputedStyle(el).opacity)))
    .toBeLessThan(1)
  await expect(year).toHaveValue('2022')
  // The year's view in, the page is itself again.
  await expect(content).not.toHaveAttribute('aria-busy', /./, { timeout: 15_000 })
  await expect(page.getByTestId('page-pending')).toHaveCount(0)
  await expect(ranking).toContainText('2022')
  await expect(ranking).toHaveCSS('opacity', '1')
  await expect(year).toHaveValue('2022')
})

test('a search and a sort chosen on a slow network show at once, the rows marked as loading', async ({
  page,
  open,
}) => {
  await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
  await slowApi(page)
  const status = page.getByTestId('rankings-table-status')
  await page.getByRole('searchbox', { name: 'Tìm theo tên đơn vị' }).fill('duc')
  await expect(page).toHaveURL(/q=duc/)
  await expect(page.locator('.page-content')).toHaveAttribute('aria-busy', 'true')
  await expect(page.getByTestId('page-pending')).toBeVisible()
  await expect(status).toHaveText('Dòng 1–15 trên 15')
  await expect
    .poll(() => status.evaluate((el) => Number(getComputedStyle(el).opacity)))
    .toBeLessThan(1)
  // A sort chosen before the search's rows are in keeps the search, and shows at once.
  const header = page.getByTestId('rankings-table').getByRole('button', { name: /Chỉ số/ })
  await header.click()
  await expect(page).toHaveURL(/q=duc.*sort=indexPct|sort=indexPct.*q=duc/)
  await expect(
    page.getByTestId('rankings-table').locator('thead th[aria-sort="ascending"]'),
  ).toContainText('Chỉ số')
  await expect(page.getByRole('searchbox', { name: 'Tìm theo tên đơn vị' })).toHaveValue('duc')
  await expect(status).toHaveText(/^Dòng 1–2 trên 2 đơn vị khớp “duc”/, { timeout: 15_000 })
  await expect(page.locator('.page-content')).not.toHaveAttribute('aria-busy', /./)
  await expect(page.getByTestId('rankings-table').locator('tbody tr')).toHaveCount(2)
})

test('the rankings page keeps a chosen year on a slow network', async ({ page, open }) => {
  await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
  await slowApi(page)
  const year = page.getByRole('combobox', { name: 'Năm' })
  await year.selectOption('2022')
  await expect(year).toHaveValue('2022')
  await expect(page.locator('.page-content')).toHaveAttribute('aria-busy', 'true')
  await expect(page.getByTestId('page-pending')).toBeVisible()
  await expect(page.getByTestId('rankings-table-status')).toBeVisible()
  await expect(page.locator('.page-content')).not.toHaveAttribute('aria-busy', /./, {
    timeout: 15_000,
  })
  await expect(year).toHaveValue('2022')
  await expect(page.locator('main h2').filter({ hasText: /2022/ }).first()).toBeVisible()
})

test('a unit profile keeps a chosen year on a slow network', async ({ page, open }) => {
  await open('/units/LONG_AN.THANH_HOA?year=2023')
  await slowApi(page)
  const year = page.getByRole('combobox', { name: 'Năm' })
  await year.selectOption('2022')
  await expect(year).toHaveValue('2022')
  await expect(page.locator('.page-content')).toHaveAttribute('aria-busy', 'true')
  await expect(page.getByTestId('summary-text')).toContainText('Năm 2023')
  await expect(page.getByTestId('summary-text')).toContainText('Năm 2022', { timeout: 15_000 })
  await expect(page.locator('.page-content')).not.toHaveAttribute('aria-busy', /./)
  await expect(year).toHaveValue('2022')
})

test('a quick answer leaves the page as it was: nothing flashes', async ({ page, open }) => {
  await open(COHORT_2023)
  // The status is drawn only after a wait (layout.css); a quick answer removes it first.
  const shown: string[] = []
  await page.exposeFunction('pendingSeen', (visibility: string) => shown.push(visibility))
  await page.evaluate(() => {
    new MutationObserver(() => {
      const pending = document.querySelector('[data-testid="page-pending"]')
      if (pending)
        (window as unknown as { pendingSeen: (v: string) => void }).pendingSeen(
          getComputedStyle(pending).visibility,
        )
    }).observe(document.body, { childList: true, subtree: true })
  })
  await page.getByRole('combobox', { name: 'Năm' }).selectOption('2022')
  await expect(page.locator('figure[data-chart="ranking"]')).toContainText('2022')
  expect(shown.every((v) => v === 'hidden')).toBe(true)
})
