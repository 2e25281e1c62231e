import type { Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { ADMIN_EMAIL, ADMIN_PASSWORD, expect, test } from './fixtures.ts'
import { fixtureFile, signIn, uniqueProvince } from './fixtures/upload.ts'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Signed in, a new province with three districts imported: the Data page's file input. */
async function signInWithProvince(page: Page, province: string) {
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD)
  await page.getByLabel('Loại dữ liệu').selectOption('units')
  const file = page.getByLabel('Tệp dữ liệu (CSV, XLSX)')
  await file.setInputFiles(fixtureFile('units-new-province.csv', province))
  await page.getByRole('button', { name: 'Kiểm tra và xem trước' }).click()
  await page.getByRole('button', { name: 'Xác nhận nhập' }).click()
  await expect(page.getByText('Đã nhập: 4 dòng mới')).toBeVisible()
  return file
}

/** A ranking laid out for print, as a province publishes it: title lines, a two-row header, column numbers. */
async function officialWorkbook(province: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Cấp huyện')
  sheet.addRow([`UBND TỈNH KIỂM THỬ ${province}`])
  sheet.addRow(['KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025'])
  sheet.addRow([])
  sheet.addRow(['STT', 'Mã đơn vị', 'Năm', 'Kết quả', null, 'Xếp hạng'])
  sheet.addRow([null, null, null, 'Điểm đạt được', 'Chỉ số CCHC (%)', null])
  sheet.mergeCells('D4:E4')
  sheet.addRow(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'])
  sheet.addRow([1, `${province}.CAT_TIEN`, 2025, 91, 91, 1])
  sheet.addRow([2, `${province}.AN_PHU`, 2025, 88.5, 88.5, 2])
  sheet.addRow([3, `${province}.BINH_MINH`, 2025, 76.25, 76.25, 3])
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

test('an official table is imported as published: title lines, two-row header, column numbers', async ({
  page,
}) => {
  const province = uniqueProvince()
  const file = await signInWithProvince(page, province)

  await page.getByLabel('Loại dữ liệu').selectOption('assessments')
  await file.setInputFiles({
    name: `xep-hang-2025-${province.toLowerCase()}.xlsx`,
    mimeType: XLSX_TYPE,
    buffer: await officialWorkbook(province),
  })
  await page.getByRole('button', { name: 'Kiểm tra và xem trước' }).click()
  const counts = page.getByTestId('import-counts')
  await expect(counts.locator('[data-count="rows"]')).toHaveText('3')
  await expect(counts.locator('[data-count="inserted"]')).toHaveText('3')
  await expect(counts.locator('[data-count="errors"]')).toHaveText('0')
  await expect(counts.locator('[data-count="warnings"]')).toHaveText('1')
  const preview = page.getByTestId('import-preview')
  // The title lines are named on the header's row; the data rows keep the sheet's numbers.
  await expect(preview.locator('tr[data-row="4"]')).toContainText(
    'Các dòng 1–3 nằm trên dòng tiêu đề cột (dòng 4) nên được bỏ qua',
  )
  await expect(preview.locator('tr[data-row="7"]')).toContainText(`${province}.CAT_TIEN`)
  await expect(preview.locator('tr[data-row="9"]')).toContainText('Thêm mới')
  await page.getByRole('button', { name: 'Xác nhận nhập' }).click()
  await expect(page.getByText('Đã nhập: 3 dòng mới')).toBeVisible()
})

/** Units by name under a section heading, a closing average, no year column: the year is asked for. */
async function sectionedWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Kết quả')
  sheet.addRow(['BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CÁC HUYỆN'])
  sheet.addRow(['STT', 'Tên cơ quan', 'Điểm thẩm định', 'Tỷ lệ đạt', 'Xếp loại'])
  sheet.addRow(['I', 'UBND CÁC HUYỆN (3 đơn vị)', null, null, null])
  sheet.addRow([1, 'UBND huyện Cát Tiên', 91, '91%', 'Tốt'])
  sheet.addRow([2, 'UBND huyện An Phú', 88.5, '88.5%', 'Tốt'])
  sheet.addRow([3, 'UBND huyện Bình Minh', 76.25, '76.25%', 'Khá'])
  sheet.addRow([null, 'Trung bình', 85.25, '85.25%', null])
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

test('a table of sections by name takes the year asked for on the form', async ({ page }) => {
  const province = uniqueProvince()
  const file = await signInWithProvince(page, province)

  await page.getByLabel('Loại dữ liệu').selectOption('assessments')
  await page.getByLabel('Đơn vị cấp trên (không bắt buộc)').fill(province)
  await file.setInputFiles({
    name: `xep-hang-${province.toLowerCase()}.xlsx`,
    mimeType: XLSX_TYPE,
    buffer: await sectionedWorkbook(),
  })
  // The title names no year: without one the file cannot be read.
  await page.getByRole('button', { name: 'Kiểm tra và xem trước' }).click()
  const counts = page.getByTestId('import-counts')
  await expect(counts.locator('[data-count="errors"]')).toHaveText('1')
  // Said once, above the rows, pointing to the form's field (ADR 067).
  await expect(page.getByRole('alert')).toContainText(
    'Bảng không có cột Năm và dòng tiêu đề cũng không ghi năm: hãy điền ô “Năm của bảng”',
  )

  await page.getByLabel('Năm của bảng (không bắt buộc)').fill('2025')
  await page.getByRole('button', { name: 'Kiểm tra và xem trước' }).click()
  await expect(counts.locator('[data-count="rows"]')).toHaveText('5')
  await expect(counts.locator('[data-count="inserted"]')).toHaveText('3')
  await expect(counts.locator('[data-count="errors"]')).toHaveText('0')
  const preview = page.getByTestId('import-preview')
  // The heading names the rows read under it, and what was made of them.
  await expect(preview.locator('tr[data-row="3"]')).toContainText(
    'Dòng tiêu đề nhóm "UBND CÁC HUYỆN (3 đơn vị)": không phải một đơn vị; 3 đơn vị bên dưới (dòng 4–6) được xếp hạng cùng cấp của mình (3 đơn vị)',
  )
  await expect(preview.locator('tr[data-row="7"]')).toContainText(
    'Dòng "Trung bình" là dòng tổng hợp, không phải một đơn vị, nên được bỏ qua',
  )
  await page.getByRole('button', { name: 'Xác nhận nhập' }).click()
  await expect(page.getByText('Đã nhập: 3 dòng mới')).toBeVisible()
})
