// Headers and names as officials and the press write them, imported end to end. The figures are
// real: Đắk Lắk's districts in 2024 (Báo Đắk Lắk, May 2025, "TP. Buôn Ma Thuột tiếp tục dẫn đầu
// về Chỉ số cải cách hành chính": Buôn Ma Thuột 95,86 first … Buôn Đôn 70,54 fifteenth) and
// Thanh Hóa's districts in 2023 (Quyết định số 600/QĐ-UBND, reported by Báo Tài nguyên và Môi
// trường on 6 February 2024: Đông Sơn 92,15 first, Mường Lát 86,09 twenty-seventh).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { csv, importFile, importUnitRows, loadBase, rejected } from './__fixtures__/fixture-db.ts'

const UNITS = [
  ['DL', 'Tỉnh Đắk Lắk', 'PROVINCE', ''],
  ['DL.BMT', 'Thành phố Buôn Ma Thuột', 'DISTRICT', 'DL'],
  ['DL.KRONG_NANG', 'Huyện Krông Năng', 'DISTRICT', 'DL'],
  ['DL.EA_HLEO', "Huyện Ea H'Leo", 'DISTRICT', 'DL'],
  ['TH', 'Tỉnh Thanh Hóa', 'PROVINCE', ''],
  ['TH.DONG_SON', 'Huyện Đông Sơn', 'DISTRICT', 'TH'],
  ['TH.MUONG_LAT', 'Huyện Mường Lát', 'DISTRICT', 'TH'],
]

const storedOf = (t: TestDb, prefix: string) =>
  t.db
    .selectFrom('assessment')
    .select(['unit_code', 'year', 'points', 'index_pct', 'published_rank'])
    .where('unit_code', 'like', `${prefix}%`)
    .orderBy('unit_code')
    .execute()

for (const dialect of TEST_DIALECTS) {
  describe(`headers and names as officials write them (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadBase(t.db, false)
      await importUnitRows(t.db, UNITS)
    })
    afterAll(() => t.destroy())

    it('finds units named with "UBND TP." and a typographic apostrophe', async () => {
      const result = await importFile(
        t.db,
        'assessments',
        csv(
          'UBND TỈNH ĐẮK LẮK',
          'CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA UBND CÁC HUYỆN',
          'TT,Đơn vị,Tổng điểm,Xếp hạng',
          '1,UBND TP. Buôn Ma Thuột,"95,86",1',
          '2,UBND huyện Krông Năng,"92,16",2',
          '14,UBND huyện Ea H’leo,"78,39",14',
        ),
        { parentCode: 'DL' },
      )
      expect(result.errors).toEqual([])
      expect((await storedOf(t, 'DL.')).map((r) => [r.unit_code, Number(r.year)])).toEqual([
        ['DL.BMT', 2024],
        ['DL.EA_HLEO', 2024],
        ['DL.KRONG_NANG', 2024],
      ])
    })

    it('reads the index and the points under their full names, the year a header names', async () => {
      const result = await importFile(
        t.db,
        'assessments',
        csv(
          'STT,"Tên cơ quan, đơn vị",Tổng số điểm đạt được,Chỉ số cải cách hành chính năm 2023 (%),Xếp hạng',
          '1,Huyện Đông Sơn,"92,15","92,15",1',
          '2,Huyện Mường Lát,"86,09","86,09",27',
        ),
        { parentCode: 'TH', lang: 'en' },
      )
      expect(result.errors).toEqual([])
      expect(result.warnings.map((w) => [w.code, w.message])).toContainEqual([
        'YEAR_FROM_HEADER',
        'The table has no year column: its rows are imported for 2023, the year the column "Chỉ số cải cách hành chính năm 2023 (%)" names',
      ])
      expect((await storedOf(t, 'TH.')).map((r) => Object.values(r).map(Number))).toEqual([
        [NaN, 2023, 92.15, 92.15, 1],
        [NaN, 2023, 86.09, 86.09, 27],
      ])
    })

    it("refuses a column of another year than the table's, naming it", async () => {
      const titled = await rejected(
        importFile(
          t.db,
          'assessments',
          csv(
            'CHỈ SỐ CCHC NĂM 2024',
            'Tên đơn vị,Chỉ số CCHC năm 2023 (%),Xếp hạng',
            'Huyện Đông Sơn,"92,15",1',
          ),
          { parentCode: 'TH', lang: 'en' },
        ),
      )
      expect(titled.errors.map((e) => [e.row, e.column, e.code, e.message])).toEqual([
        [
          2,
          'Chỉ số CCHC năm 2023 (%)',
          'COLUMN_YEAR_DIFFERS',
          'Column "Chỉ số CCHC năm 2023 (%)" names 2023, not the table\'s year 2024',
        ],
      ])
      const rows = await rejected(
        importFile(
          t.db,
          'assessments',
          csv('Tên đơn vị,Năm,Chỉ số CCHC năm 2023 (%)', 'Huyện Đông Sơn,2024,"92,15"'),
          { parentCode: 'TH', lang: 'en' },
        ),
      )
      expect(rows.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [2, 'Năm', 'COLUMN_YEAR_DIFFERS'],
      ])
    })
  })
}
