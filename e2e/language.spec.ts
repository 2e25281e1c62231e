import { COHORT_2023, expect, test } from './fixtures.ts'

test('switching to English changes labels and number format, and persists', async ({
  page,
  open,
}) => {
  await open(COHORT_2023)
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible()
  await expect(page.getByTestId('kpi-tiles')).toContainText('91,18')

  await page.getByRole('button', { name: 'Switch to English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Rankings' })).toBeVisible()
  await expect(page.getByTestId('kpi-tiles')).toContainText('91.18')
  await expect(page.getByTestId('kpi-tiles')).toContainText('Average index')
  await expect(
    page.locator('figure[data-chart="change"] svg text').filter({ hasText: '+5.35  ↑7' }),
  ).toHaveCount(1)

  await page.reload()
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click()
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible()
})

test.describe('in English', () => {
  test.use({ lang: 'en' })
  test('the profile sentence is written in English', async ({ page, open }) => {
    await open('/units/LONG_AN.THANH_HOA?year=2023')
    await expect(page.getByTestId('summary-text')).toContainText('80.1')
    await expect(page.getByRole('heading', { name: 'Points by field' })).toBeVisible()
  })
})

test.describe('English counts one unit in the singular', () => {
  test.use({ lang: 'en' })
  test('a search that finds one unit, the one flagged rank, the whole list of one', async ({
    page,
    open,
  }) => {
    await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2023&q=thanh+hoa')
    await expect(page.getByTestId('rankings-table-status')).toHaveText(
      'Row 1 of 1 unit matching “thanh hoa” (15 in all)',
    )
    await open('/rankings?parent=LONG_AN&kind=DISTRICT&year=2020')
    await expect(
      page.getByText('1 unit has a published rank or grade that differs from the computed one'),
    ).toBeVisible()
  })
})
