import { expect, test } from './fixtures.ts'

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

test('an unknown unit is reported in its panel', async ({ page }) => {
  await page.goto('/units/LONG_AN.NOWHERE')
  await expect(page.getByRole('alert')).toContainText('Không tìm thấy dữ liệu.')
})
