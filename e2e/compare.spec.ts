import { expect, test } from './fixtures.ts'

test('compare two units, then add a third', async ({ page, open }) => {
  await open('/compare?units=LONG_AN.THANH_HOA,LONG_AN.BEN_LUC')
  const diff = page.getByTestId('compare-differences')
  await expect(diff.getByRole('columnheader')).toHaveCount(2 + 1)
  await expect(diff.getByRole('row').filter({ hasText: 'Chỉ số (%)' })).toBeVisible()
  await page.getByLabel('Thêm đơn vị').selectOption({ label: 'Huyện Đức Hòa' })
  await expect(page).toHaveURL(
    /units=LONG_AN\.THANH_HOA%2CLONG_AN\.BEN_LUC%2CLONG_AN\.DUC_HOA|units=LONG_AN\.THANH_HOA,LONG_AN\.BEN_LUC,LONG_AN\.DUC_HOA/,
  )
  await expect(diff.getByRole('columnheader')).toHaveCount(4)
  await expect(
    page.locator('figure[data-chart="compare-years"] svg.recharts-surface'),
  ).toBeVisible()
})

test('fewer than two units asks for more', async ({ page }) => {
  await page.goto('/compare?units=LONG_AN.THANH_HOA')
  await expect(page.getByText('Chọn ít nhất 2 đơn vị để so sánh.')).toBeVisible()
})
