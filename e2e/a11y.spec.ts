import { expect, PAGES, test } from './fixtures.ts'

for (const { name, path } of PAGES) {
  test(`${name} has no serious or critical axe violations`, async ({ open, seriousViolations }) => {
    await open(path)
    expect(await seriousViolations()).toEqual([])
  })
}

test('the table views and the not-found page pass axe too', async ({
  page,
  open,
  seriousViolations,
}) => {
  await open('/overview?parent=LONG_AN&kind=DISTRICT&year=2023')
  for (const tab of await page.getByRole('tab', { name: 'Bảng' }).all()) await tab.click()
  expect(await seriousViolations()).toEqual([])
  await page.goto('/khong-co')
  expect(await seriousViolations()).toEqual([])
})

test('a year without data and an unknown unit pass axe too', async ({
  page,
  seriousViolations,
}) => {
  await page.goto('/units/LONG_AN.THANH_HOA?year=2025')
  await expect(page.getByRole('link', { name: 'Xem năm 2024' })).toBeVisible()
  expect(await seriousViolations()).toEqual([])
  await page.goto('/units/LONG_AN.TAN_AN_X')
  await expect(page.getByText('Không có đơn vị nào mang mã')).toBeVisible()
  expect(await seriousViolations()).toEqual([])
})

test('keyboard: skip link first, then the navigation', async ({ page, open }) => {
  await open('/overview?parent=LONG_AN&kind=DISTRICT&year=2023')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })).toBeFocused()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Nhóm đơn vị')).toBeFocused()
})
