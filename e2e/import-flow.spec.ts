import { ADMIN_EMAIL, ADMIN_PASSWORD, expect, test } from './fixtures.ts'
import { fixtureFile, signIn, uniqueProvince } from './fixtures/upload.ts'

// Upload → preview (a broken file first) → confirm → draft hidden from the public → publish →
// the published numbers in the public Rankings table.
test('an editor imports, previews, confirms and publishes a new year', async ({
  page,
  browser,
}) => {
  // The whole editor journey in one test (import, preview, confirm, publish, undo refused, the
  // public view): three times the default time.
  test.slow()
  const province = uniqueProvince()
  const goodFile = `assessments-2025-${province.toLowerCase()}.csv`
  await signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD)
  await expect(page.getByRole('heading', { name: 'Dữ liệu', level: 1 })).toBeVisible()

  // Templates come with the headers and example rows.
  const download = page.waitForEvent('download')
  await page.getByRole('link', { name: 'tải XLSX' }).click()
  expect((await download).suggestedFilename()).toBe('assessments-template.xlsx')

  // The units of a new province come first (assessments need their units).
  await page.getByLabel('Loại dữ liệu').selectOption('units')
  await page
    .getByLabel('Tệp dữ liệu (CSV, XLSX)')
    .setInputFiles(fixtureFile('units-new-province.csv', province))
  await page.getByRole('button', { name: 'Kiểm tra và xem trước' }).click()
  const counts = page.getByTestId('import-counts')
  await expect(counts.locator('[data-count="inserted"]')).toHaveText('4')
  await page.getByRole('button', { name: 'Xác nhận nhập' }).click()
  await expect(
    page.getByText('Đã nhập: 4 dòng mới, 0 dòng cập nhật, 0 dòng không đổi.'),
  ).toBeVisible()

  // Units by name without the parent to find them under: said once, pointing to the form's field.
  await page.getByLabel('Loại dữ liệu').selectOption('assessments')
  const file = page.getByLabel('Tệp dữ liệu (CSV, XLSX)')
  await file.setInputFiles({
    name: 'ten-don-vi.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Tên đơn vị;Năm;Điểm đạt được\nHuyện An Phú;2025;88\nHuyện Cát Tiên;2025;91\n',
    ),
  })
  await page.getByRole('button', { name: 'Kiểm tra và xem trước' }).click()
  const noParent = page.getByRole('alert').filter({ hasText: 'Tệp chỉ ghi tên đơn vị' })
  await expect(noParent).toContainText('(ở 2 dòng)')
  await expect(noParent).toContainText('“Đơn vị cấp trên”')
  await expect(page.getByText('?parent=')).toHaveCount(0)
  await noParent.getByRole('button', { name: 'Điền ô Đơn vị cấp trên' }).click()
  await expect(page.getByLabel('Đơn vị cấp trên (không bắt buộc)')).toBeFocused()

  // A broken file: every error on its spreadsheet row and column, nothing written.
  await file.setInputFiles(fixtureFile('assessments-2025-broken.csv', province))
  await page.getByRole('button', { name: 'Kiểm tra và xem trước' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Tệp có 2 lỗi' })).toBeVisible()
  await expect(counts.locator('[data-count="errors"]')).toHaveText('2')
  const preview = page.getByTestId('import-preview')
  const header = await preview.locator('thead th').allTextContents()
  const pointsColumn = header.indexOf('Điểm đạt được')
  expect(pointsColumn).toBeGreaterThan(0)
  const badCell = preview.locator('tr[data-row="3"] > *').nth(pointsColumn)
  await expect(badCell).toHaveAttribute('data-issue', 'error')
  await expect(badCell).toContainText('"bảy mươi" không phải là số')
  await expect(preview.locator('tr[data-row="4"]')).toContainText('Năm 1999')
  await expect(page.getByRole('button', { name: 'Xác nhận nhập' })).toBeDisabled()

  // The corrected file: counts and per-row actions, then confirm.
  await file.setInputFiles(fixtureFile('assessments-2025.csv', province))
  await page.getByRole('button', { name: 'Kiểm tra và xem trước' }).click()
  await expect(counts.locator('[data-count="inserted"]')).toHaveText('3')
  await expect(counts.locator('[data-count="errors"]')).toHaveText('0')
  await expect(preview.locator('tbody tr')).toHaveCount(3)
  await expect(preview.locator('tr[data-row="2"]')).toContainText('Thêm mới')
  // What each row will write: the unit by name, the year, the figures the table prints.
  await expect(preview.locator('tr[data-row="2"]')).toContainText('Huyện An Phú')
  await expect(preview.locator('tr[data-row="2"]')).toContainText('· 2025')
  await expect(preview.locator('tr[data-row="2"]')).toContainText(
    'Điểm 88,5/100 · Chỉ số 88,5 % · Hạng công bố 2',
  )
  await page.getByRole('button', { name: 'Xác nhận nhập' }).click()
  await expect(page.getByText('Đã nhập: 3 dòng mới')).toBeVisible()

  // Undo it from the history (after confirming), then import it again.
  await page.getByRole('link', { name: 'Lịch sử nhập' }).click()
  const history = page.getByTestId('import-history')
  await history
    .getByRole('row')
    .filter({ has: page.getByText(goodFile, { exact: true }) })
    .getByRole('button', { name: 'Hoàn tác' })
    .click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Xác nhận hoàn tác' }).click()
  await expect(page.getByText('Đã hoàn tác: khôi phục 0 dòng, xóa 3 dòng.')).toBeVisible()
  await expect(
    history.getByRole('row').filter({ has: page.getByText(goodFile, { exact: true }) }),
  ).toContainText('Đã hoàn tác')
  await page.getByRole('link', { name: 'Nhập dữ liệu' }).click()
  await page.getByLabel('Loại dữ liệu').selectOption('assessments')
  await page
    .getByLabel('Tệp dữ liệu (CSV, XLSX)')
    .setInputFiles(fixtureFile('assessments-2025.csv', province))
  await page.getByRole('button', { name: 'Kiểm tra và xem trước' }).click()
  await expect(counts.locator('[data-count="inserted"]')).toHaveText('3')
  await page.getByRole('button', { name: 'Xác nhận nhập' }).click()
  await expect(page.getByText('Đã nhập: 3 dòng mới')).toBeVisible()

  // Drafts are for editors: an anonymous visitor does not see the year yet.
  const rankings = `/rankings?parent=${province}&kind=DISTRICT&year=2025`
  const anonymous = await browser.newPage()
  await anonymous.goto(rankings)
  await expect(anonymous.locator('main h1')).toBeVisible()
  await expect(anonymous.getByTestId('rankings-table')).toHaveCount(0)
  await expect(anonymous.getByText('Huyện Cát Tiên')).toHaveCount(0)

  // A second tab keeps the history as it was before publishing: its undo button is stale.
  const stale = await page.context().newPage()
  await stale.goto('/data?tab=history')
  const staleRow = stale
    .getByTestId('import-history')
    .getByRole('row')
    .filter({ has: stale.getByText(goodFile, { exact: true }) })
  await expect(staleRow.getByRole('button', { name: 'Hoàn tác' })).toBeVisible()

  // Publish the cohort-year under its decision.
  await page.getByRole('link', { name: 'Công bố' }).click()
  await page
    .getByLabel('Nhóm đơn vị', { exact: true })
    .selectOption({ label: `Tỉnh Kiểm Thử ${province} — Cấp huyện` })
  const years = page.getByTestId('publication-years')
  await expect(years.getByRole('row', { name: /2025/ })).toContainText('Bản nháp')
  await page.getByLabel('Năm', { exact: true }).selectOption('2025')
  await page.getByLabel('Số quyết định').fill('99/QĐ-UBND')
  // Typed day first, as the decision prints it, whatever the browser's locale; read back in words.
  const date = page.getByLabel('Ngày quyết định')
  await date.fill('10/02/2026')
  await expect(date).toHaveAccessibleDescription(/Quyết định ngày 10 tháng 2 năm 2026$/)
  await page.getByRole('button', { name: 'Công bố', exact: true }).click()
  // Asked first: readers see it at once, and the year's imports cannot be undone after.
  const publishing = page.getByRole('alertdialog')
  await expect(publishing).toContainText(
    `Công bố năm 2025 của nhóm “Tỉnh Kiểm Thử ${province} — Cấp huyện” (3 đơn vị) theo Quyết định 99/QĐ-UBND ngày 10/02/2026?`,
  )
  await expect(publishing).toContainText('không hoàn tác được nữa')
  await publishing.getByRole('button', { name: 'Xác nhận công bố' }).click()
  await expect(page.getByText('Đã công bố năm 2025 (3 đơn vị).')).toBeVisible()
  await expect(years.getByRole('row', { name: /2025/ })).toContainText('Đã công bố')
  await expect(years.getByRole('row', { name: /2025/ })).toContainText('10/02/2026')

  // Publishing changed the imported rows: the history says the import cannot be undone, by the
  // cohort-year and decision, and what to do instead, with no button to be refused by.
  await page.getByRole('link', { name: 'Lịch sử nhập' }).click()
  // Its own row, by the file's cell (the units' row names the file too), the newer of two.
  const publishedRow = history
    .getByRole('row')
    .filter({ has: page.getByText(goodFile, { exact: true }) })
    .first()
  await expect(publishedRow.getByTestId('undo-blocked')).toHaveText(
    `Không hoàn tác được: năm 2025 của Tỉnh Kiểm Thử ${province} (cấp huyện) đã công bố theo ` +
      'Quyết định 99/QĐ-UBND ngày 10/02/2026. Kết quả đã công bố không hoàn tác được, kể cả khi ' +
      'chuyển năm về nháp. Để sửa số liệu, hãy nhập tệp đã sửa.',
  )
  await expect(publishedRow.getByRole('button')).toHaveCount(0)
  // The units' import stands under the published results: named, and for good too.
  const unitsRow = history.getByRole('row').filter({
    has: page.getByText(`units-new-province-${province.toLowerCase()}.csv`, { exact: true }),
  })
  await expect(unitsRow.getByTestId('undo-blocked')).toContainText(
    `lần nhập sau (tệp ${goodFile}, `,
  )
  await expect(unitsRow.getByTestId('undo-blocked')).toContainText(
    'có 3 dòng dựa vào đơn vị mà lần nhập này thêm',
  )
  await expect(unitsRow.getByTestId('undo-blocked')).toContainText(
    'Trong các lần nhập đó có lần đã công bố',
  )

  // The stale tab's undo is still refused, and explained; its history then says why.
  await staleRow.getByRole('button', { name: 'Hoàn tác' }).click()
  await stale.getByRole('alertdialog').getByRole('button', { name: 'Xác nhận hoàn tác' }).click()
  await expect(stale.getByRole('alert')).toContainText(
    'Không thể hoàn tác lần nhập này: 3 dòng năm 2025 đã được công bố theo Quyết định 99/QĐ-UBND ngày 10/02/2026.',
  )
  await expect(stale.getByRole('alert')).toContainText('hãy nhập tệp đã sửa')
  await expect(staleRow.getByTestId('undo-blocked')).toContainText('Không hoàn tác được')
  await stale.close()

  // Now the public sees the published numbers.
  await anonymous.goto(rankings)
  const table = anonymous.getByTestId('rankings-table')
  await expect(table.getByRole('row')).toHaveCount(4)
  await expect(table.getByRole('row').nth(1)).toContainText('Huyện Cát Tiên')
  await expect(table.getByRole('row').nth(1)).toContainText('91')
  await expect(table.getByRole('row', { name: /Huyện Bình Minh/ })).toContainText('76,25')

  // Returning the year to draft asks first, naming what readers lose; the decision stays on
  // record, marked as not in force.
  await page.getByRole('link', { name: 'Công bố' }).click()
  await page
    .getByLabel('Nhóm đơn vị', { exact: true })
    .selectOption({ label: `Tỉnh Kiểm Thử ${province} — Cấp huyện` })
  await years.getByRole('button', { name: 'Chuyển năm 2025 về nháp' }).click()
  const confirm = page.getByRole('alertdialog')
  await expect(confirm).toContainText(
    `Chuyển năm 2025 của nhóm “Tỉnh Kiểm Thử ${province} — Cấp huyện” về bản nháp?`,
  )
  await expect(confirm).toContainText('Quyết định 99/QĐ-UBND ngày 10/02/2026')
  await confirm.getByRole('button', { name: 'Xác nhận chuyển về nháp' }).click()
  await expect(page.getByText('Đã chuyển năm 2025 về bản nháp (3 đơn vị).')).toBeVisible()
  await expect(years.getByRole('row', { name: /2025/ })).toContainText(
    '99/QĐ-UBND (chưa có hiệu lực: năm đang là bản nháp)',
  )
  await anonymous.goto(rankings)
  await expect(anonymous.locator('main h1')).toBeVisible()
  await expect(anonymous.getByText('Huyện Cát Tiên')).toHaveCount(0)
  await anonymous.close()
})
