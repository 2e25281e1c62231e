// Provinces' tables as their officials and the press published them, imported end to end
// with the unit names a province's unit list holds. The figures are real:
// - Tây Ninh's departments, 2023 (Quyết định số 2729/QĐ-UBND ngày 25/12/2023, the province's
//   portal tayninh.gov.vn, 25/12/2023): the maximum differs by unit, the index is "Tỷ lệ đạt".
// - Thừa Thiên Huế's departments, 2021 (Quyết định số 24/QĐ-UBND ngày 05/01/2022, the portal of
//   its Sở Tài nguyên và Môi trường, 12/01/2022): "Điểm đánh giá" to three decimals, "Vị thứ".
// - Vĩnh Phúc's two groups of 2019 (Quyết định số 1007/QĐ-UBND ngày 24/4/2020, vinhphuc.gov.vn,
//   28/4/2020): each group headed by its own line and header, the total with its two parts.
// - Quảng Bình's departments, 2022 (Quyết định số 327/QĐ-UBND ngày 21/02/2023, the portal of its
//   Sở Thông tin và Truyền thông, 23/02/2023): the first three of 21, under "Điểm".
// - Đồng Nai's districts, 2023 (Quyết định số 33/QĐ-UBND, dongnai.gov.vn): "Chỉ số cải cách hành
//   chính (điểm)" printed "95.696", and ranks 2 and 3 named without their points.
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import {
  csv,
  importFile,
  unitsTestDb,
  rejected,
  type RunOptions,
} from './__fixtures__/fixture-db.ts'

/** A province's units as its unit list writes them: [code, name, kind, parent]. */
const unitsOf = (province: string, name: string, kind: string, names: readonly string[]) => [
  [province, name, 'PROVINCE', 'VN'],
  ...names.map((n, i) => [`${province}.${i + 1}`, `"${n}"`, kind, province]),
]

const TAY_NINH_DEPARTMENTS = [
  'Văn phòng Ủy ban nhân dân tỉnh',
  'Thanh tra tỉnh',
  'Sở Thông tin và Truyền thông',
  'Sở Tài chính',
  'Sở Tư pháp',
  'Sở Nội vụ',
  'Sở Giáo dục và Đào tạo',
  'Sở Khoa học và Công nghệ',
  'Sở Lao động - Thương binh và Xã hội',
  // The table writes it with a comma.
  'Sở Văn hóa - Thể thao và Du lịch',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Ban Quản lý Khu kinh tế tỉnh',
  'Sở Ngoại vụ',
  'Sở Công Thương',
  'Sở Xây dựng',
  'Sở Giao thông vận tải',
  'Sở Kế hoạch và Đầu tư',
  'Sở Tài nguyên và Môi trường',
  'Sở Y tế',
]

const HUE_DEPARTMENTS = [
  'Văn phòng Ủy ban nhân dân tỉnh',
  'Sở Tư pháp',
  'Sở Công Thương',
  'Sở Y tế',
  'Sở Nông nghiệp và Phát triển nông thôn',
]

const VINH_PHUC_AGENCIES = [
  'Bảo hiểm xã hội tỉnh',
  'Ngân hàng Nhà nước tỉnh',
  'Kho bạc Nhà nước tỉnh',
  'Công an tỉnh',
  'Cục Thuế tỉnh',
]
const VINH_PHUC_DEPARTMENTS = [
  'Sở Tài chính',
  'Sở Xây dựng',
  'Sở Thông tin và Truyền thông',
  'Sở Lao động - Thương binh và Xã hội',
]

const UNITS = [
  ...unitsOf('TN', 'Tỉnh Tây Ninh', 'DEPARTMENT', TAY_NINH_DEPARTMENTS),
  ...unitsOf('HUE', 'Tỉnh Thừa Thiên Huế', 'DEPARTMENT', HUE_DEPARTMENTS),
  ...unitsOf('VP', 'Tỉnh Vĩnh Phúc', 'DEPARTMENT', [
    ...VINH_PHUC_AGENCIES,
    ...VINH_PHUC_DEPARTMENTS,
  ]),
  ...unitsOf('QB', 'Tỉnh Quảng Bình', 'DEPARTMENT', [
    'Sở Thông tin và Truyền thông',
    'Văn phòng Ủy ban nhân dân tỉnh',
    'Sở Nội vụ',
  ]),
  ...unitsOf('DN', 'Tỉnh Đồng Nai', 'DISTRICT', [
    'Huyện Xuân Lộc',
    'Huyện Cẩm Mỹ',
    'Huyện Long Thành',
    'Huyện Thống Nhất',
    'Thành phố Biên Hòa',
    'Huyện Nhơn Trạch',
  ]),
  ...unitsOf('HD', 'Tỉnh Hải Dương', 'DISTRICT', [
    'Huyện Nam Sách',
    'Thành phố Chí Linh',
    'Huyện Kim Thành',
  ]),
  ['HD.SGTVT', 'Sở Giao thông vận tải', 'DEPARTMENT', 'HD'],
  ['HD.SNV', 'Sở Nội vụ', 'DEPARTMENT', 'HD'],
  ['HD.STTTT', 'Sở Thông tin và Truyền thông', 'DEPARTMENT', 'HD'],
  // Hà Tĩnh has a town and a district of one name.
  ...unitsOf('HT', 'Tỉnh Hà Tĩnh', 'DISTRICT', ['Thị xã Kỳ Anh', 'Huyện Kỳ Anh']),
  // A district with a township and, until 2020, a commune of one name (made up).
  ['PL', 'Tỉnh Thử', 'PROVINCE', 'VN'],
  ['PL.D1', 'Huyện Một', 'DISTRICT', 'PL'],
  ['PL.D2', 'Huyện Hai', 'DISTRICT', 'PL'],
  ['PL.D1.TT', 'Thị trấn An Hòa', 'COMMUNE', 'PL.D1'],
  ['PL.D1.X', 'Xã An Hòa', 'COMMUNE', 'PL.D1'],
]

/** Tây Ninh's table as the decision prints it: points of each unit's own maximum, and the index. */
const TAY_NINH_2023 = csv(
  'STT,TÊN CƠ QUAN,Điểm tối đa,Điểm thẩm định,Tỷ lệ đạt,Xếp loại',
  'I,"Các sở, ban, ngành tỉnh",,,,',
  '1,Văn phòng UBND tỉnh,71.5,69.25,96.85%,Tốt',
  '2,Thanh tra tỉnh,71.5,69.00,96.50%,Tốt',
  '3,Sở Thông tin và Truyền thông,100,94.43,94.43%,Tốt',
  '4,Sở Tài chính,96.5,91.00,94.30%,Tốt',
  '5,Sở Tư pháp,100,94.00,94.00%,Tốt',
  '6,Sở Nội vụ,96.5,90.32,93.60%,Tốt',
  '7,Sở Giáo dục và Đào tạo,100,90.00,90.00%,Tốt',
  '8,Sở Khoa học và Công nghệ,100,87.43,87.43%,Tốt',
  '9,Sở Lao động - Thương binh và Xã hội,100,86.84,86.84%,Tốt',
  '10,"Sở Văn hóa, Thể thao và Du lịch",96.5,83.59,86.62%,Tốt',
  '11,Sở Nông nghiệp và Phát triển nông thôn,100,86.25,86.25%,Tốt',
  '12,Ban Quản lý Khu kinh tế tỉnh,100,86.05,86.05%,Tốt',
  '13,Sở Ngoại vụ,71.5,61.00,85.31%,Tốt',
  '14,Sở Công Thương,100,84.75,84.75%,Tốt',
  '15,Sở Xây dựng,100,83.78,83.78%,Tốt',
  '16,Sở Giao thông vận tải,100,82.38,82.38%,Tốt',
  '17,Sở Kế hoạch và Đầu tư,96.5,78.84,81.70%,Tốt',
  '18,Sở Tài nguyên và Môi trường,100,78.49,78.49%,Khá',
  '19,Sở Y Tế,100,49.07,49.07%,Kém',
)

/** Huế's first five of 21, under the decision's own headers. */
const HUE_2021 = csv(
  'TT,Tên đơn vị,Điểm đánh giá,Vị thứ,Xếp loại',
  '1,Văn phòng UBND tỉnh,"97,685",1,Xuất sắc',
  '2,Sở Tư pháp,"87,187",2,Tốt',
  '3,Sở Công Thương,"85,804",3,Tốt',
  '4,Sở Y tế,"85,584",4,Tốt',
  '5,Sở Nông nghiệp và Phát triển nông thôn,"85,234",5,Tốt',
)

/**
 * Vĩnh Phúc's table as a workbook: each group's heading a line merged across the table (the first
 * above the header), its header repeated under the second; the rank in the first column.
 */
async function vinhPhuc2019(titleLines: readonly string[] = []): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('2019')
  for (const line of titleLines) sheet.addRow([line])
  const header = [
    'Thứ tự xếp hạng',
    'Tên cơ quan, đơn vị',
    'Tổng điểm',
    'Điểm đánh giá trực tiếp',
    'Điểm điều tra XHH',
  ]
  const heading = (text: string) => {
    const row = sheet.addRow([text])
    sheet.mergeCells(row.number, 1, row.number, header.length)
  }
  heading('1.Nhóm các cơ quan Trung ương đóng trên địa bàn tỉnh:')
  sheet.addRow(header)
  sheet.addRow([1, 'Bảo hiểm xã hội tỉnh', 90.05, 58.5, 31.55])
  sheet.addRow([2, 'Ngân hàng Nhà nước tỉnh', 89.88, 57.75, 32.13])
  sheet.addRow([3, 'Kho bạc Nhà nước tỉnh', 89.1, 58, 31.1])
  sheet.addRow([4, 'Công an tỉnh', 87.34, 55, 32.34])
  sheet.addRow([5, 'Cục Thuế tỉnh', 78.44, 47, 31.44])
  heading('2. Nhóm các sở, ban, ngành:')
  sheet.addRow(header)
  sheet.addRow([1, 'Sở Tài chính', 92.93, 59.25, 33.68])
  sheet.addRow([2, 'Sở Xây dựng', 91.33, 59, 32.33])
  sheet.addRow([3, 'Sở Thông tin và Truyền thông', 90.04, 57.5, 32.54])
  sheet.addRow([15, 'Sở Lao động, Thương binh và Xã hội', 84.9, 53.5, 31.4])
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
}

const stored = (t: TestDb, parent: string, year: number) =>
  t.db
    .selectFrom('assessment as a')
    .innerJoin('unit as u', 'u.code', 'a.unit_code')
    .select(['u.name', 'a.cohort_block', 'a.points', 'a.max_points', 'a.index_pct'])
    .select(['a.published_rank', 'a.published_grade'])
    .where('a.cohort_parent_code', '=', parent)
    .where('a.year', '=', year)
    .orderBy('a.unit_code')
    .execute()

/** The stored ranking of a cohort-year, best first, as unit names. */
async function rankedNames(t: TestDb, parent: string, year: number, block = '') {
  const rows = await t.db
    .selectFrom('cohort_rank as r')
    .innerJoin('unit as u', 'u.code', 'r.unit_code')
    .select(['u.name', 'r.rank'])
    .where('r.parent_code', '=', parent)
    .where('r.year', '=', year)
    .where('r.block', '=', block)
    .where('r.scope', '=', 'ALL')
    .orderBy('r.rank')
    .orderBy('u.name')
    .execute()
  return rows.map((r) => `${Number(r.rank)}. ${r.name}`)
}

for (const dialect of TEST_DIALECTS) {
  describe(`tables as provinces published them (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await unitsTestDb(dialect, UNITS)
    })
    afterAll(() => t.destroy())

    /** A table of `parent`'s units of `year`, imported as assessments with English messages. */
    const importTable = (bytes: Uint8Array, parent: string, year: number, o: RunOptions = {}) =>
      importFile(t.db, 'assessments', bytes, { parentCode: parent, year, lang: 'en', ...o })

    /** The stored names, points and published ranks of `parent`'s units in `year`. */
    const pointsAndRanks = async (parent: string, year: number) =>
      (await stored(t, parent, year)).map((r) => [r.name, Number(r.points), r.published_rank])

    it("finds departments under their unit list's names, and ranks them by the index", async () => {
      const result = await importTable(TAY_NINH_2023, 'TN', 2023)
      expect(result.errors).toEqual([])
      expect(result.inserted).toBe(19)
      const rows = await stored(t, 'TN', 2023)
      const byName = new Map(rows.map((r) => [r.name, r]))
      // "Văn phòng UBND tỉnh": the "Văn phòng Ủy ban nhân dân tỉnh" of the unit list.
      expect(byName.get('Văn phòng Ủy ban nhân dân tỉnh')).toMatchObject({ published_grade: 'Tốt' })
      expect(
        [
          'Văn phòng Ủy ban nhân dân tỉnh',
          'Sở Văn hóa - Thể thao và Du lịch',
          'Sở Lao động - Thương binh và Xã hội',
          'Sở Y tế',
        ].map((name) => {
          const row = byName.get(name)
          return [row?.points, row?.max_points, row?.index_pct].map(Number)
        }),
      ).toEqual([
        [69.25, 71.5, 96.85],
        [83.59, 96.5, 86.62],
        [86.84, 100, 86.84],
        [49.07, 100, 49.07],
      ])
      // By the index, as the decision ranks: 61 points of 71.5 come before 84.75 of 100.
      const ranking = await rankedNames(t, 'TN', 2023)
      expect(ranking.slice(0, 2)).toEqual([
        '1. Văn phòng Ủy ban nhân dân tỉnh',
        '2. Thanh tra tỉnh',
      ])
      expect(ranking.indexOf('13. Sở Ngoại vụ')).toBeLessThan(ranking.indexOf('14. Sở Công Thương'))
      expect(ranking.at(-1)).toBe('19. Sở Y tế')
    })

    it('reads "Điểm đánh giá" as the points and "Vị thứ" as the rank', async () => {
      const result = await importTable(HUE_2021, 'HUE', 2021)
      expect(result.errors).toEqual([])
      expect(await pointsAndRanks('HUE', 2021)).toEqual([
        ['Văn phòng Ủy ban nhân dân tỉnh', 97.685, 1],
        ['Sở Tư pháp', 87.187, 2],
        ['Sở Công Thương', 85.804, 3],
        ['Sở Y tế', 85.584, 4],
        ['Sở Nông nghiệp và Phát triển nông thôn', 85.234, 5],
      ])
    })

    it('ranks each group under its own heading, the first above the header', async () => {
      const result = await importTable(await vinhPhuc2019(), 'VP', 2019)
      expect(result.errors).toEqual([])
      // The line above the header heads the first group: no title line is left to set aside.
      expect(result.warnings.map((w) => [w.row, w.column, w.code])).toEqual([
        [2, 'Điểm đánh giá trực tiếp', 'PART_COLUMN_SKIPPED'],
        [2, 'Điểm điều tra XHH', 'PART_COLUMN_SKIPPED'],
        [9, null, 'HEADER_REPEATED_SKIPPED'],
        [1, null, 'SECTION_ROW'],
        [8, null, 'SECTION_ROW'],
        // Four of the group's seventeen here: a part of its ranking.
        [13, 'Thứ tự xếp hạng', 'RANKS_PAST_ROWS'],
      ])
      const agencies = 'Nhóm các cơ quan Trung ương đóng trên địa bàn tỉnh'
      const departments = 'Nhóm các sở, ban, ngành'
      expect(
        (await stored(t, 'VP', 2019)).map((r) => [
          r.name,
          r.cohort_block,
          Number(r.points),
          r.published_rank,
        ]),
      ).toEqual([
        ['Bảo hiểm xã hội tỉnh', agencies, 90.05, 1],
        ['Ngân hàng Nhà nước tỉnh', agencies, 89.88, 2],
        ['Kho bạc Nhà nước tỉnh', agencies, 89.1, 3],
        ['Công an tỉnh', agencies, 87.34, 4],
        ['Cục Thuế tỉnh', agencies, 78.44, 5],
        ['Sở Tài chính', departments, 92.93, 1],
        ['Sở Xây dựng', departments, 91.33, 2],
        ['Sở Thông tin và Truyền thông', departments, 90.04, 3],
        // "Sở Lao động, Thương binh và Xã hội": the unit list's "Sở Lao động - Thương binh…".
        ['Sở Lao động - Thương binh và Xã hội', departments, 84.9, 15],
      ])
      expect(await rankedNames(t, 'VP', 2019, agencies)).toHaveLength(5)
    })

    it('sets aside the title lines above the first group’s heading, and names them alone', async () => {
      const result = await importTable(
        await vinhPhuc2019(['UBND TỈNH VĨNH PHÚC', 'XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2019']),
        'VP',
        2019,
        { dryRun: true },
      )
      expect(result.errors).toEqual([])
      expect(result.warnings.filter((w) => w.row <= 4).map((w) => [w.row, w.message])).toEqual([
        [4, 'Rows 1–2 are above the header (row 4) and were skipped'],
        [
          4,
          'Column "Điểm đánh giá trực tiếp" is a part of the total points (appraised, or from the survey): the part is not imported',
        ],
        [
          4,
          'Column "Điểm điều tra XHH" is a part of the total points (appraised, or from the survey): the part is not imported',
        ],
        [
          3,
          'Section heading "1.Nhóm các cơ quan Trung ương đóng trên địa bàn tỉnh:": the 5 units below (rows 5–9) are ranked in the block "Nhóm các cơ quan Trung ương đóng trên địa bàn tỉnh"',
        ],
      ])
    })

    it('reads a column headed "Điểm" as the points', async () => {
      const result = await importTable(
        csv(
          'Xếp hạng,Tên đơn vị,Điểm',
          '1,Sở Thông tin và Truyền thông,"95,73"',
          '2,Văn phòng UBND tỉnh,"95,43"',
          '3,Sở Nội vụ,"95,39"',
        ),
        'QB',
        2022,
      )
      expect(result.errors).toEqual([])
      expect((await stored(t, 'QB', 2022)).map((r) => Number(r.points))).toEqual([
        95.73, 95.43, 95.39,
      ])
    })

    it('reads an index "in points" as the points, and names the rows given a rank alone', async () => {
      const header = 'Xếp hạng,Tên đơn vị,Chỉ số cải cách hành chính (điểm)'
      const first = '1,UBND huyện Xuân Lộc,95.696'
      const last = '11,UBND huyện Thống Nhất,80.968'
      const body = await rejected(
        importTable(
          csv(header, first, '2,UBND huyện Cẩm Mỹ,', '3,UBND huyện Long Thành,', last),
          'DN',
          2023,
        ),
      )
      expect(body.errors.map((e) => [e.row, e.code])).toEqual([
        [3, 'POINTS_OR_INDEX_REQUIRED'],
        [4, 'POINTS_OR_INDEX_REQUIRED'],
      ])
      const result = await importTable(csv(header, first, last), 'DN', 2023)
      expect(result.errors).toEqual([])
      // "95.696" of at most 100: a decimal, never ninety-five thousand.
      expect(await pointsAndRanks('DN', 2023)).toEqual([
        ['Huyện Xuân Lộc', 95.696, 1],
        ['Huyện Thống Nhất', 80.968, 11],
      ])
    })

    it('leaves a unit list imported again unchanged, whatever key an earlier fold stored', async () => {
      // The key "Văn phòng UBND tỉnh" had before "UBND" was written out inside a name.
      await t.db
        .updateTable('unit')
        .set({ name_key: 'văn phòng ubnd tỉnh' })
        .where('code', '=', 'QB.2')
        .execute()
      const again = await importFile(
        t.db,
        'units',
        csv('code,name,kind,parent_code', 'QB.2,Văn phòng Ủy ban nhân dân tỉnh,DEPARTMENT,QB'),
        { dryRun: true, lang: 'en' },
      )
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 })
    })

    it('writes out the abbreviations of titles and departments the press prints', async () => {
      // Đồng Nai's first three districts of 2022 as Báo Đồng Nai printed them; Hải Dương's first
      // three departments of 2023 (Báo Đại Đoàn Kết, 3/4/2024), abbreviated as tables do.
      const districts = await importTable(
        csv(
          'Xếp hạng,Đơn vị,Tổng điểm',
          '1,UBND H.Cẩm Mỹ,"91,24"',
          '2,UBND TP.Biên Hòa,"88,89"',
          '3,UBND H.Nhơn Trạch,"86,18"',
        ),
        'DN',
        2022,
      )
      expect(districts.errors).toEqual([])
      expect((await stored(t, 'DN', 2022)).map((r) => [r.name, r.published_rank])).toEqual([
        ['Huyện Cẩm Mỹ', 1],
        ['Thành phố Biên Hòa', 2],
        ['Huyện Nhơn Trạch', 3],
      ])
      const departments = await importTable(
        csv(
          'Xếp hạng,Đơn vị,Tổng điểm',
          '1,Sở GTVT,"92,86"',
          '2,Sở Nội vụ,"91,11"',
          '3,Sở TT&TT,"91,06"',
        ),
        'HD',
        2023,
      )
      expect(departments.errors).toEqual([])
      expect(departments.inserted).toBe(3)
    })

    it('finds a name printed without its title when one unit bears it, and names the guess', async () => {
      // Hải Dương's first three districts of 2023 (Báo Đại Đoàn Kết), under a header naming
      // their level, as tables list them.
      const result = await importTable(
        csv(
          'Xếp hạng,"Huyện, thị xã, thành phố",Tổng điểm',
          '1,Nam Sách,"90,86"',
          '2,Chí Linh,"88,82"',
          '3,Kim Thành,"88,58"',
        ),
        'HD',
        2023,
        { dryRun: true },
      )
      expect(result.errors).toEqual([])
      expect(result.warnings.map((w) => [w.row, w.column, w.message])).toEqual([
        [
          2,
          'Huyện, thị xã, thành phố',
          '"Nam Sách" is read as Huyện Nam Sách (HD.1), the one unit of that name',
        ],
        [
          3,
          'Huyện, thị xã, thành phố',
          '"Chí Linh" is read as Thành phố Chí Linh (HD.2), the one unit of that name',
        ],
        [
          4,
          'Huyện, thị xã, thành phố',
          '"Kim Thành" is read as Huyện Kim Thành (HD.3), the one unit of that name',
        ],
      ])
      // Two units of one name: never a guess.
      const body = await rejected(importTable(csv('Đơn vị,Tổng điểm', 'Kỳ Anh,"80"'), 'HT', 2023))
      expect(body.errors.map((e) => [e.row, e.code])).toEqual([[2, 'AMBIGUOUS_UNIT']])
      // A unit placed under another parent that year is no such unit: Xã An Hòa left in 2020.
      await importFile(
        t.db,
        'units',
        csv('code,name,kind,parent_code,valid_from', 'PL.D1.X,Xã An Hòa,COMMUNE,PL.D2,2020'),
      )
      const moved = await importTable(csv('Đơn vị,Tổng điểm', 'An Hòa,"80"'), 'PL.D1', 2023, {
        dryRun: true,
      })
      expect(moved.warnings.map((w) => w.message)).toEqual([
        '"An Hòa" is read as Thị trấn An Hòa (PL.D1.TT), the one unit of that name',
      ])
      // A unit's name in capitals without its title and its values is the unit's row, in error.
      const heading = await rejected(
        importTable(csv('Đơn vị,Tổng điểm', 'NAM SÁCH,', 'Kim Thành,"88"'), 'HD', 2024),
      )
      expect(heading.errors.map((e) => [e.row, e.code])).toEqual([[2, 'POINTS_OR_INDEX_REQUIRED']])
      // A name with another title than the unit's is no such guess.
      const other = await rejected(
        importTable(csv('Đơn vị,Tổng điểm', 'Huyện Chí Linh,"80"'), 'HD', 2023),
      )
      expect(other.errors.map((e) => [e.row, e.code])).toEqual([[2, 'UNKNOWN_UNIT']])
    })
  })
}
