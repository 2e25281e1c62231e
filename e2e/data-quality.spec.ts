import { ADMIN_EMAIL, ADMIN_PASSWORD, expect, test } from './fixtures.ts'
import { signIn } from './fixtures/upload.ts'

// The data-quality list as the editor who checks it against the decision reads it: grades and
// differences by name, in the page and in the file it downloads.
test('the data-quality list names grades and differences, on the page and in its file', async ({
  page,
}) => {
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD, '/data?tab=quality')
  const section = page.getByRole('region', { name: 'Chất lượng dữ liệu' })
  const picker = section.getByLabel('Nhóm đơn vị')
  const longAn = await picker
    .locator('option')
    .filter({ hasText: 'Tỉnh Long An — Cấp huyện' })
    .getAttribute('value')
  expect(longAn).not.toBeNull()
  await picker.selectOption(longAn as string)
  await section.getByLabel('Năm').fill('2020')
  // Đức Huệ 2020: the demo data's published rank differs from the computed one.
  const row = section
    .getByTestId('quality-table')
    .locator('tbody tr')
    .filter({ hasText: 'Đức Huệ' })
  await expect(row).toContainText('Tốt')
  await expect(row).toContainText('Thứ hạng')
  await expect(row).not.toContainText('GOOD')

  const download = page.waitForEvent('download')
  await section.getByRole('link', { name: 'CSV' }).click()
  const file = await download
  const text = await (await file.createReadStream()).toArray()
  const csv = Buffer.concat(text).toString('utf8')
  expect(csv).toContain('Xếp loại công bố;Xếp loại tính lại;Khác biệt')
  expect(csv).toMatch(/Huyện Đức Huệ;Đã công bố;2;1;87,21;87,21;Tốt;Tốt;Thứ hạng/)
})
