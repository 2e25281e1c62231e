// Headers and names as officials and the press write them, imported end to end. The figures are
// real: Đắk Lắk's districts in 2024 (Báo Đắk Lắk, May 2025, "TP. Buôn Ma Thuột tiếp tục dẫn đầu
// về Chỉ số cải cách hành chính": Buôn Ma Thuột 95,86 first … Buôn Đôn 70,54 fifteenth) and
// Thanh Hóa's districts in 2023 (Quyết định số 600/QĐ-UBND, reported by Báo Tài nguyên và Môi
// trường on 6 February 2024: Đông Sơn 92,15 first, Mường Lát 86,09 twenty-seventh).
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { findDataQuality } from '#server/features/data-quality/data-quality.repository.ts'
import {
  csv,
  importFile,
  importUnitRows,
  rejected,
  unitsTestDb,
} from './__fixtures__/fixture-db.ts'

const UNITS = [
  ['DL', 'Tỉnh Đắk Lắk', 'PROVINCE', ''],
  ['DL.BMT', 'Thành phố Buôn Ma Thuột', 'DISTRICT', 'DL'],
  ['DL.KRONG_NANG', 'Huyện Krông Năng', 'DISTRICT', 'DL'],
  ['DL.KRONG_PAC', 'Huyện Krông Pắc', 'DISTRICT', 'DL'],
  ['DL.EA_SUP', 'Huyện Ea Súp', 'DISTRICT', 'DL'],
  ['DL.EA_HLEO', "Huyện Ea H'Leo", 'DISTRICT', 'DL'],
  ['DL.BUON_DON', 'Huyện Buôn Đôn', 'DISTRICT', 'DL'],
  ['TH', 'Tỉnh Thanh Hóa', 'PROVINCE', ''],
  ['TH.DONG_SON', 'Huyện Đông Sơn', 'DISTRICT', 'TH'],
  ['TH.MUONG_LAT', 'Huyện Mường Lát', 'DISTRICT', 'TH'],
]

/** Đắk Lắk's table as the press printed it: the first three and the last three of fifteen. */
const DAK_LAK_2024 = csv(
  'UBND TỈNH ĐẮK LẮK',
  'CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ',
  'TT,Đơn vị,Tổng điểm,Xếp hạng',
  '1,UBND TP. Buôn Ma Thuột,"95,86",1',
  '2,UBND huyện Krông Năng,"92,16",2',
  '3,UBND huyện Krông Pắc,"91,7",3',
  '13,UBND huyện Ea Súp,"79,5",13',
  '14,UBND huyện Ea H’leo,"78,39",14',
  '15,UBND huyện Buôn Đôn,"70,54",15',
)

const storedOf = (t: TestDb, prefix: string) =>
  t.db
    .selectFrom('assessment')
    .select(['unit_code', 'year', 'points', 'index_pct', 'published_rank'])
    .where('unit_code', 'like', `${prefix}%`)
    .orderBy('unit_code')
    .execute()

/** A unit-year's stored points, maximum, index and published index, as numbers. */
async function storedScores(t: TestDb, unit: string, year: number): Promise<number[]> {
  const row = await t.db
    .selectFrom('assessment')
    .select(['points', 'max_points', 'index_pct', 'published_index_pct'])
    .where('unit_code', '=', unit)
    .where('year', '=', year)
    .executeTakeFirstOrThrow()
  return Object.values(row).map(Number)
}

/** Đắk Lắk's 2024 districts as stored for editors: the units ranked and the size shown. */
async function dakLakSize2024(t: TestDb): Promise<[number, number | null]> {
  const size = await t.db
    .selectFrom('cohort_year')
    .select(['unit_count', 'published_size'])
    .where('parent_code', '=', 'DL')
    .where('year', '=', 2024)
    .where('scope', '=', 'ALL')
    .executeTakeFirstOrThrow()
  return [
    Number(size.unit_count),
    size.published_size === null ? null : Number(size.published_size),
  ]
}

/** The errors of a table of Thanh Hóa's units the import refuses. */
async function refusedTH(t: TestDb, lines: string[], options: { year?: number } = {}) {
  const body = await rejected(
    importFile(t.db, 'assessments', csv(...lines), { parentCode: 'TH', lang: 'en', ...options }),
  )
  return body.errors
}

for (const dialect of TEST_DIALECTS) {
  describe(`headers and names as officials write them (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await unitsTestDb(dialect, UNITS)
    })
    afterAll(() => t.destroy())

    it('finds units named with "UBND TP." and a typographic apostrophe', async () => {
      const result = await importFile(t.db, 'assessments', DAK_LAK_2024, {
        parentCode: 'DL',
        lang: 'en',
      })
      expect(result.errors).toEqual([])
      expect((await storedOf(t, 'DL.')).map((r) => [r.unit_code, r.published_rank])).toEqual([
        ['DL.BMT', 1],
        ['DL.BUON_DON', 15],
        ['DL.EA_HLEO', 14],
        ['DL.EA_SUP', 13],
        ['DL.KRONG_NANG', 2],
        ['DL.KRONG_PAC', 3],
      ])
    })

    it('takes a table ranking past its rows as part of a ranking, of at least its highest rank', async () => {
      const result = await importFile(t.db, 'assessments', DAK_LAK_2024, {
        parentCode: 'DL',
        lang: 'en',
        dryRun: true,
      })
      expect(result.warnings.filter((w) => w.code === 'RANKS_PAST_ROWS')).toMatchObject([
        {
          row: 9,
          column: 'Xếp hạng',
          message:
            'The table lists 6 units of this cohort but publishes ranks up to 15 without saying how many units were ranked: it is part of a ranking. Ranks are shown of 15 units (the least there can be); add a "Số đơn vị" column to show them of the number ranked',
        },
      ])
      // Shown of fifteen, never "15/6"; the loaded six rank among themselves.
      expect(await dakLakSize2024(t)).toEqual([6, 15])
      // The computed ranks are among the six loaded: not compared with the published ones.
      const report = await findDataQuality(t.db, {
        parent: 'DL',
        kind: 'DISTRICT',
        cohort: '',
        year: 2024,
      })
      expect(report.items.flatMap((i) => i.flags)).not.toContain('PUBLISHED_RANK_DIFFERS')
    })

    it('says nothing of a file that completes the table, nor of one over a size stored', async () => {
      // The nine middle districts (not named in the press report: ranks 4 to 12, made up).
      await importUnitRows(
        t.db,
        Array.from({ length: 9 }, (_, i) => [
          `DL.X${i + 4}`,
          `Huyện Giữa ${i + 4}`,
          'DISTRICT',
          'DL',
        ]),
      )
      const middle = csv(
        'Đơn vị,Năm,Tổng điểm,Xếp hạng',
        ...Array.from({ length: 9 }, (_, i) => `Huyện Giữa ${i + 4},2024,"${90 - i}",${i + 4}`),
      )
      const completed = await importFile(t.db, 'assessments', middle, { parentCode: 'DL' })
      expect(completed.errors).toEqual([])
      expect(completed.warnings.map((w) => w.code)).not.toContain('RANKS_PAST_ROWS')
      expect(await dakLakSize2024(t)).toEqual([15, null])
      // Sizes stored with the ranks: a file without the column keeps them, and is no part.
      await importFile(
        t.db,
        'assessments',
        csv('Đơn vị,Năm,Tổng điểm,Xếp hạng,Số đơn vị', 'Huyện Buôn Đôn,2025,"71",6,6'),
        { parentCode: 'DL' },
      )
      const again = await importFile(
        t.db,
        'assessments',
        csv('Đơn vị,Năm,Tổng điểm,Xếp hạng', 'Huyện Buôn Đôn,2025,"71,5",6'),
        { parentCode: 'DL', dryRun: true },
      )
      expect(again.warnings.map((w) => w.code)).not.toContain('RANKS_PAST_ROWS')
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

    it("reads a table comparing two years for its own year's columns alone", async () => {
      const result = await importFile(
        t.db,
        'assessments',
        csv(
          'KẾT QUẢ CHỈ SỐ CCHC NĂM 2024',
          'Tên đơn vị,Chỉ số CCHC năm 2023 (%),Chỉ số CCHC năm 2024 (%),"Tăng (+), giảm (-)",Xếp hạng năm 2023,Xếp hạng năm 2024',
          'Huyện Đông Sơn,"92,15","93,4","1,25",1,1',
          'Huyện Mường Lát,"86,09","85,1","-0,99",27,2',
        ),
        { parentCode: 'TH', lang: 'en' },
      )
      expect(result.errors).toEqual([])
      expect(result.warnings.map((w) => [w.row, w.column, w.code])).toEqual([
        [2, null, 'TITLE_ROWS_SKIPPED'],
        [2, 'Tăng (+), giảm (-)', 'COMPARISON_COLUMN_SKIPPED'],
        [2, 'Chỉ số CCHC năm 2023 (%)', 'COLUMN_OF_OTHER_YEAR_SKIPPED'],
        [2, 'Xếp hạng năm 2023', 'COLUMN_OF_OTHER_YEAR_SKIPPED'],
        [1, null, 'YEAR_FROM_TITLE'],
      ])
      const stored = await t.db
        .selectFrom('assessment')
        .select(['unit_code', 'index_pct', 'published_rank'])
        .where('unit_code', 'like', 'TH.%')
        .where('year', '=', 2024)
        .orderBy('unit_code')
        .execute()
      expect(stored.map((r) => [r.unit_code, Number(r.index_pct), r.published_rank])).toEqual([
        ['TH.DONG_SON', 93.4, 1],
        ['TH.MUONG_LAT', 85.1, 2],
      ])
    })

    it("refuses a row whose year is not the one its column's label names", async () => {
      const errors = await refusedTH(t, [
        'Tên đơn vị,Năm,Chỉ số CCHC năm 2023 (%)',
        'Huyện Đông Sơn,2024,"92,15"',
      ])
      expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [2, 'Năm', 'COLUMN_YEAR_DIFFERS'],
      ])
    })

    it('reads a title line naming the index as a title, never as a header row', async () => {
      const errors = await refusedTH(t, [
        'CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023',
        ',Đơn vị,Tổng điểm,Xếp hạng',
        '1,Huyện Đông Sơn,"92,15",1',
      ])
      // The unnamed numbering column is refused as before; the title is not its label.
      expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([[2, '#1', 'UNKNOWN_COLUMN']])
    })

    it('takes no year from a column other than the points or the index', async () => {
      const errors = await refusedTH(t, [
        'Tên đơn vị,Tổng điểm,Xếp hạng năm 2023',
        'Huyện Đông Sơn,"92,15",1',
      ])
      expect(errors.map((e) => [e.row, e.code])).toEqual([[1, 'MISSING_COLUMN']])
    })

    it('checks an index given over stored points against them, keeping their maximum', async () => {
      // Đông Sơn 2023 is stored with 92.15 points of 100 (above); a table of the index alone says 95.
      const result = await importFile(
        t.db,
        'assessments',
        csv('Tên đơn vị,Năm,Chỉ số CCHC (%)', 'Huyện Đông Sơn,2023,95'),
        { parentCode: 'TH', lang: 'en' },
      )
      expect(result.warnings.map((w) => [w.row, w.code])).toContainEqual([2, 'INDEX_MISMATCH'])
      expect(await storedScores(t, 'TH.DONG_SON', 2023)).toEqual([92.15, 100, 92.15, 95])
    })

    it.each([
      {
        layout: 'the years under merged labels',
        upper: ['STT', 'Tên đơn vị', 'Chỉ số CCHC (%)', null, 'Xếp hạng', null],
        lower: [null, null, 'Năm 2023', 'Năm 2024', 'Năm 2023', 'Năm 2024'],
        row: (values: number[]) => values,
      },
      {
        layout: 'the labels under merged years',
        upper: [null, null, 'Năm 2023', null, 'Năm 2024', null],
        lower: ['STT', 'Tên đơn vị', 'Chỉ số CCHC (%)', 'Xếp hạng', 'Chỉ số CCHC (%)', 'Xếp hạng'],
        // Index and rank of 2023, then of 2024.
        row: ([i23, i24, r23, r24]: number[]) => [i23, r23, i24, r24],
      },
    ])('reads a header comparing years over two rows: $layout', async ({ upper, lower, row }) => {
      const workbook = new ExcelJS.Workbook()
      const sheet = workbook.addWorksheet('2024')
      sheet.addRow(['KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024'])
      sheet.addRow(upper)
      sheet.addRow(lower)
      sheet.mergeCells('C2:D2')
      sheet.mergeCells('E2:F2')
      // Index 2023, index 2024, rank 2023, rank 2024, in the layout's order.
      sheet.addRow([1, 'Huyện Đông Sơn', ...row([92.15, 93.4, 1, 1])])
      sheet.addRow([2, 'Huyện Mường Lát', ...row([86.09, 85.1, 27, 2])])
      const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
      const result = await importFile(t.db, 'assessments', bytes, {
        parentCode: 'TH',
        lang: 'en',
        dryRun: true,
      })
      expect(result.errors).toEqual([])
      expect(result.warnings.map((w) => [w.column, w.code])).toEqual([
        [null, 'TITLE_ROWS_SKIPPED'],
        ['Chỉ số CCHC (%) Năm 2023', 'COLUMN_OF_OTHER_YEAR_SKIPPED'],
        ['Xếp hạng Năm 2023', 'COLUMN_OF_OTHER_YEAR_SKIPPED'],
        [null, 'YEAR_FROM_TITLE'],
      ])
      // This year's index and rank, as stored by the comparison table above: nothing moves.
      expect(result).toMatchObject({ rows: 2, unchanged: 2 })
    })

    it("refuses a table whose only column of a kind names another year than the table's", async () => {
      const errors = await refusedTH(
        t,
        [
          'Tên đơn vị,Tổng điểm,Chỉ số CCHC năm 2023 (%),Xếp hạng',
          'Huyện Đông Sơn,"92,15","92,15",1',
        ],
        { year: 2024 },
      )
      expect(errors.map((e) => [e.row, e.column, e.code, e.message])).toEqual([
        [
          1,
          'Chỉ số CCHC năm 2023 (%)',
          'COLUMN_YEAR_DIFFERS',
          'Column "Chỉ số CCHC năm 2023 (%)" names 2023, not the table\'s year 2024 (no column of that year)',
        ],
      ])
    })

    it('takes a column whose words only resemble a comparison for an unknown one', async () => {
      const errors = await refusedTH(t, [
        'Tên đơn vị,Năm,Tổng điểm,"Tăng cường kiểm tra, giám sát",Chênh lệch điểm thưởng',
        'Huyện Đông Sơn,2024,"93,4",1,2',
      ])
      expect(errors.map((e) => [e.column, e.code])).toEqual([
        ['Tăng cường kiểm tra, giám sát', 'UNKNOWN_COLUMN'],
        ['Chênh lệch điểm thưởng', 'UNKNOWN_COLUMN'],
      ])
    })

    it('fits no maximum to points and an index from two tables, in either order', async () => {
      // Mường Lát 2022: the index alone first, then the points alone.
      await importFile(
        t.db,
        'assessments',
        csv('Tên đơn vị,Năm,Chỉ số CCHC (%)', 'Huyện Mường Lát,2022,80'),
        { parentCode: 'TH' },
      )
      const points = await importFile(
        t.db,
        'assessments',
        csv('Tên đơn vị,Năm,Tổng điểm', 'Huyện Mường Lát,2022,76'),
        { parentCode: 'TH', lang: 'en' },
      )
      expect(points.warnings.map((w) => [w.code, w.message])).toContainEqual([
        'INDEX_MISMATCH',
        'Published index 80 differs from computed 76 (76 of 100 points; where the unit\'s maximum differs, add a "Điểm tối đa" column)',
      ])
      expect(await storedScores(t, 'TH.MUONG_LAT', 2022)).toEqual([76, 100, 76, 80])
    })

    it('says how to choose between two years of one measure in a file with a year column', async () => {
      const errors = await refusedTH(t, [
        'Tên đơn vị,Năm,Chỉ số CCHC năm 2023 (%),Chỉ số CCHC năm 2024 (%)',
        'Huyện Đông Sơn,2024,"92,15","93,4"',
      ])
      expect(errors.map((e) => [e.column, e.code, e.message])).toEqual([
        [
          'Chỉ số CCHC năm 2024 (%)',
          'DUPLICATE_COLUMN',
          'Column "Chỉ số CCHC năm 2024 (%)" duplicates column "Chỉ số CCHC năm 2023 (%)": two years; give the table\'s year on import to read that year\'s column alone',
        ],
      ])
    })
  })
}
