// A workbook laid out as a province publishes its ranking, imported end to end: title lines,
// a header over two rows under a merged "Kết quả", a row of column numbers, units by name with
// the tone placed either way. The figures are Thanh Hóa's districts in 2023, from Quyết định
// số 600/QĐ-UBND of the Chairman of Thanh Hóa People's Committee (reported by Báo Tài nguyên
// và Môi trường, 6 February 2024: Đông Sơn 92.15 first, Hoằng Hóa 91.92 second, Thành phố
// Thanh Hóa 91.46 third, Mường Lát 86.09 last of 27).
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { importFile, rejected, unitsTestDb } from './__fixtures__/fixture-db.ts'

const UNITS = [
  ['TH', 'Tỉnh Thanh Hóa', 'PROVINCE', ''],
  ['TH.DONG_SON', 'Huyện Đông Sơn', 'DISTRICT', 'TH'],
  ['TH.HOANG_HOA', 'Huyện Hoằng Hóa', 'DISTRICT', 'TH'],
  ['TH.THANH_HOA', 'Thành phố Thanh Hóa', 'DISTRICT', 'TH'],
  ['TH.MUONG_LAT', 'Huyện Mường Lát', 'DISTRICT', 'TH'],
]

/** The table as typed for print: names as the decision writes them ("Hoá", tone on the a). */
async function officialWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Cấp huyện')
  sheet.addRow(['UBND TỈNH THANH HÓA'])
  sheet.addRow([
    'KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023 CỦA UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ',
  ])
  sheet.addRow(['(Kèm theo Quyết định số 600/QĐ-UBND của Chủ tịch UBND tỉnh)'])
  sheet.addRow([])
  sheet.addRow(['STT', 'Tên đơn vị', 'Năm', 'Kết quả', null, 'Xếp hạng', 'Tổng số đơn vị'])
  sheet.addRow([null, null, null, 'Tổng điểm đạt được', 'Chỉ số CCHC (%)', null, null])
  sheet.mergeCells('D5:E5')
  for (const column of ['A', 'B', 'C', 'F', 'G']) sheet.mergeCells(`${column}5:${column}6`)
  sheet.addRow(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'])
  sheet.addRow([1, 'Huyện Đông Sơn', 2023, 92.15, 92.15, 1, 27])
  sheet.addRow([2, 'Huyện Hoằng Hoá', 2023, 91.92, 91.92, 2, 27])
  sheet.addRow([3, 'Thành phố Thanh Hoá', 2023, 91.46, 91.46, 3, 27])
  sheet.addRow([4, 'Huyện Mường Lát', 2023, 86.09, 86.09, 27, 27])
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
}

for (const dialect of TEST_DIALECTS) {
  describe(`an official table as published (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await unitsTestDb(dialect, UNITS)
    })
    afterAll(() => t.destroy())

    it('imports the rows under its title lines, two-row header and column numbers', async () => {
      const result = await importFile(t.db, 'assessments', await officialWorkbook(), {
        parentCode: 'TH',
        lang: 'en',
      })
      expect(result).toMatchObject({ rows: 4, inserted: 4, errors: [] })
      expect(result.warnings.map((w) => [w.row, w.code, w.message])).toEqual([
        [5, 'TITLE_ROWS_SKIPPED', 'Rows 1–4 are above the header (row 5) and were skipped'],
        [
          3,
          'DECISION_FROM_TITLE',
          'The table has no decision column: its rows are recorded under Decision No. 600/QĐ-UBND (no date given), the decision this title line names. The decision is recorded only: the results stay drafts until the year is published',
        ],
      ])
      const rows = await t.db
        .selectFrom('assessment')
        .select(['unit_code', 'points', 'index_pct', 'published_rank', 'published_cohort_size'])
        .select(['status', 'decision_no', 'decision_date'])
        .where('unit_code', 'like', 'TH.%')
        .orderBy('published_rank')
        .execute()
      // Each rank of its cohort's size, exactly as published; the decision the annex names (its
      // line prints no date), recorded on drafts.
      const decision = ['DRAFT', '600/QĐ-UBND', null]
      expect(rows.map((r) => Object.values(r))).toEqual([
        ['TH.DONG_SON', 92.15, 92.15, 1, 27, ...decision],
        ['TH.HOANG_HOA', 91.92, 91.92, 2, 27, ...decision],
        ['TH.THANH_HOA', 91.46, 91.46, 3, 27, ...decision],
        ['TH.MUONG_LAT', 86.09, 86.09, 27, 27, ...decision],
      ])
    })

    it('names the row of a value the table holds under no header', async () => {
      const workbook = new ExcelJS.Workbook()
      const sheet = workbook.addWorksheet('Cấp huyện')
      sheet.addRow(['KẾT QUẢ XẾP HẠNG CHỈ SỐ CCHC NĂM 2023'])
      sheet.addRow(['Tên đơn vị', 'Năm', 'Chỉ số CCHC (%)', 'Xếp hạng'])
      sheet.addRow(['Huyện Đông Sơn', 2023, 92.15, 1])
      sheet.addRow(['Huyện Mường Lát', 2023, 86.09, 27, 'đã điều chỉnh'])
      const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
      const body = await rejected(importFile(t.db, 'assessments', bytes, { parentCode: 'TH' }))
      expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [4, '#5', 'CELL_WITHOUT_HEADER'],
      ])
    })
  })
}
