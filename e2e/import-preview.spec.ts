import { ADMIN_EMAIL, ADMIN_PASSWORD, expect, test } from './fixtures.ts'
import { signIn } from './fixtures/upload.ts'

// What a tasks file and an awards file will write, read in the preview before anything is
// written: each row's unit by name, its figures under the page's names, an update's changes.
// Previews only (dry runs): the demo data the other tests read stays as it is.

const csvFile = (name: string, lines: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`${lines.join('\n')}\n`, 'utf8'),
})

test.beforeEach(async ({ page }) => {
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD)
})

test('a tasks file previews its counts by status, and a changed row what it changes', async ({
  page,
}) => {
  await page.getByLabel('Loại dữ liệu').selectOption('tasks')
  await page.getByLabel('Tệp dữ liệu (CSV, XLSX)').setInputFiles(
    csvFile('nhiem-vu-2023.csv', [
      'unit_code,year,field,DONE_ON_TIME,DONE_LATE,IN_PROGRESS,OVERDUE,NOT_STARTED,CANCELLED',
      // Tân An's 2023 institutions row as stored, then with two tasks more done on time.
      'LONG_AN.TAN_AN,2023,INSTITUTIONS,5,0,4,1,0,0',
      'LONG_AN.TAN_AN,2023,PROCEDURES,7,1,5,0,0,0',
    ]),
  )
  await page.getByRole('button', { name: 'Kiểm tra và xem trước' }).click()
  const counts = page.getByTestId('import-counts')
  await expect(counts.locator('[data-count="unchanged"]')).toHaveText('1')
  await expect(counts.locator('[data-count="updated"]')).toHaveText('1')
  const preview = page.getByTestId('import-preview')
  const unchanged = preview.locator('tr[data-row="2"]')
  await expect(unchanged).toContainText('Không đổi')
  await expect(unchanged).toContainText('Thành phố Tân An')
  // The field by its name, every status's count as the file gives it.
  await expect(unchanged).toContainText(
    'Lĩnh vực Thể chế · Đúng hạn 5 · Trễ hạn 0 · Đang thực hiện 4 · Quá hạn 1 · Chưa thực hiện 0 · Hủy bỏ 0',
  )
  const updated = preview.locator('tr[data-row="3"]')
  await expect(updated).toContainText('Cập nhật')
  await expect(updated).toContainText('Đúng hạn: 5 → 7')
  await expect(updated).toContainText('Đang thực hiện: 7 → 5')
  await expect(updated).not.toContainText('Trễ hạn:')
})

test('an awards file previews each grant by its award’s and recipients’ names', async ({
  page,
}) => {
  await page.getByLabel('Loại dữ liệu').selectOption('awards')
  await page
    .getByLabel('Tệp dữ liệu (CSV, XLSX)')
    .setInputFiles(
      csvFile('khen-thuong-2024.csv', [
        'unit_code,year,award_code,recipient_type,count,recipient_name,issuer_level,decision_no,decision_date,reason',
        'LONG_AN.DUC_HUE,2024,MERIT_CERTIFICATE,INDIVIDUAL,3,,DISTRICT,77/QĐ-UBND,2025-01-20,Cải cách hành chính',
      ]),
    )
  await page.getByRole('button', { name: 'Kiểm tra và xem trước' }).click()
  const row = page.getByTestId('import-preview').locator('tr[data-row="2"]')
  await expect(row).toContainText('Huyện Đức Huệ')
  await expect(row).toContainText('Hình thức Giấy khen · Đối tượng Cá nhân · Số lượng 3')
  // In English, the same row under the English names.
  await page.getByRole('button', { name: 'English' }).click()
  await expect(row).toContainText('Certificate of commendation')
  await expect(page.getByRole('button', { name: 'Confirm import' })).toBeEnabled()
})
