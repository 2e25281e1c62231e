// Two more provinces' published tables, imported end to end. The figures are real; neither source
// prints the table itself, so each is laid out as announced, under a title in the announcement's
// own words, with only the rows whose figures were printed.
// - Hà Nội's PAR Index 2023 of its departments and its districts, announced on 20 February 2024:
//   Vietnam+ (VNA), "Hanoi announces Public Administration Reform Index 2023",
//   https://en.vietnamplus.vn/hanoi-announces-public-administration-reform-index-2023/279752.vnp:
//   "the 2023 PAR Index of departments and department-level agencies averaged at 88.4%"; "With
//   94%, the Department of Home Affairs ranked first, followed by the Department of Finance
//   (93.89%) and the Department of Science and Technology (93%). The city Inspectorate reported
//   the lowest index, at 63.9%"; "the average index of localities was 94%"; "Dong Da district came
//   first with 96.3%, followed by Nam Tu Liem and Hoan Kiem, both 95.7%, and Cau Giay (95.22%).
//   Phu Xuyen district had the lowest index, at 91.61%". The groups in Vietnamese, "các sở, cơ
//   quan tương đương sở và UBND các quận, huyện, thị xã": Kinh tế và Đô thị, 20/02/2024, via
//   https://www.vietnam.vn/ha-noi-cong-bo-chi-so-cai-cach-hanh-chinh-2023-cua-so-nganh-quan-huyen.
//   No decision number, rank column or group size is printed. The layout: the index in per cent
//   with its decimal comma; each group's mean as its closing line, in the words the Ministry of
//   Home Affairs uses for it ("Giá trị trung bình"); the ranks as the article orders the units,
//   the two districts at 95.7% sharing the second rank and Cầu Giấy fourth (equal indices share
//   a rank, the next skips, as the product ranks them too); Phú Xuyên, lowest of the city's 30
//   district-level units (12 quận, 17 huyện, thị xã Sơn Tây), 30th; the Inspectorate, lowest of
//   a count not printed, without a rank. The districts are named without their title, as the
//   article names them.
// - Quảng Nam's PAR Index 2022: Quyết định số 617/QĐ-UBND ngày 29/3/2023 of UBND tỉnh Quảng Nam
//   "về phê duyệt và công bố Chỉ số cải cách hành chính năm 2022 của các Sở, Ban, Ngành; các cơ
//   quan, đơn vị ngành dọc cấp tỉnh và UBND các huyện, thị xã, thành phố"; "năm 2022 chỉ số cải
//   cách hành chính huyện Bắc Trà My đạt 91,44%, xếp hạng vị trí thứ nhất" (the portal of huyện
//   Bắc Trà My,
//   https://bactramy.quangnam.gov.vn/webcenter/portal/bactramy/pages_tin-tuc/chi-tiet?dDocName=PORTAL492792).
//   One row, as a workbook, under the annex line naming the decision.
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { csv, importFile, importProvinceUnits, unitsTestDb } from './__fixtures__/fixture-db.ts'

const HN = 'HN'
const QN = 'QNA'

const HN_UNITS: readonly (readonly [string, string, string, string])[] = [
  ['HN.SNV', 'Sở Nội vụ', 'DEPARTMENT', ''],
  ['HN.STC', 'Sở Tài chính', 'DEPARTMENT', ''],
  ['HN.SKHCN', 'Sở Khoa học và Công nghệ', 'DEPARTMENT', ''],
  ['HN.TTR', 'Thanh tra thành phố', 'DEPARTMENT', ''],
  ['HN.DONG_DA', 'Quận Đống Đa', 'DISTRICT', ''],
  ['HN.NAM_TU_LIEM', 'Quận Nam Từ Liêm', 'DISTRICT', ''],
  ['HN.HOAN_KIEM', 'Quận Hoàn Kiếm', 'DISTRICT', ''],
  ['HN.CAU_GIAY', 'Quận Cầu Giấy', 'DISTRICT', ''],
  ['HN.PHU_XUYEN', 'Huyện Phú Xuyên', 'DISTRICT', ''],
]

/** The table as CSV: title, header, each group under its heading and closed by its mean. */
const HA_NOI_2023 = csv(
  'UBND THÀNH PHỐ HÀ NỘI',
  'KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023 CỦA CÁC SỞ, CƠ QUAN TƯƠNG ĐƯƠNG SỞ VÀ UBND CÁC QUẬN, HUYỆN, THỊ XÃ',
  'STT,Tên cơ quan,Chỉ số CCHC (%),Xếp hạng',
  'I,"CÁC SỞ, CƠ QUAN TƯƠNG ĐƯƠNG SỞ",,',
  '1,Sở Nội vụ,94,1',
  '2,Sở Tài chính,"93,89",2',
  '3,Sở Khoa học và Công nghệ,93,3',
  '4,Thanh tra thành phố,"63,9",',
  ',Giá trị trung bình,"88,4",',
  'II,"UBND CÁC QUẬN, HUYỆN, THỊ XÃ",,',
  '1,Đống Đa,"96,3",1',
  '2,Nam Từ Liêm,"95,7",2',
  '3,Hoàn Kiếm,"95,7",2',
  '4,Cầu Giấy,"95,22",4',
  '5,Phú Xuyên,"91,61",30',
  ',Giá trị trung bình,94,',
)

/**
 * What each row published: [name in the unit list, index, rank]. No row prints a size: the
 * districts' is the cohort-year's, implied by the rank past the rows (checked below).
 */
const HN_PUBLISHED: readonly (readonly [string, number, number | null])[] = [
  ['Sở Nội vụ', 94, 1],
  ['Sở Tài chính', 93.89, 2],
  ['Sở Khoa học và Công nghệ', 93, 3],
  ['Thanh tra thành phố', 63.9, null],
  ['Quận Đống Đa', 96.3, 1],
  ['Quận Nam Từ Liêm', 95.7, 2],
  ['Quận Hoàn Kiếm', 95.7, 2],
  ['Quận Cầu Giấy', 95.22, 4],
  ['Huyện Phú Xuyên', 91.61, 30],
]

/** The stored rows of `parent`'s cohorts in `year`: [name, block, index, published index, rank, size]. */
async function stored(t: TestDb, parent: string, year: number) {
  const rows = await t.db
    .selectFrom('assessment as a')
    .innerJoin('unit as u', 'u.code', 'a.unit_code')
    .select(['u.name', 'a.cohort_block', 'a.index_pct', 'a.published_index_pct'])
    .select(['a.published_rank', 'a.published_cohort_size', 'a.decision_no', 'a.decision_date'])
    .where('a.cohort_parent_code', '=', parent)
    .where('a.year', '=', year)
    .orderBy('u.code')
    .execute()
  const num = (v: unknown) => (v === null ? null : Number(v))
  return new Map(
    rows.map((r) => [
      r.name,
      {
        block: r.cohort_block,
        index: num(r.index_pct),
        published: num(r.published_index_pct),
        rank: num(r.published_rank),
        size: num(r.published_cohort_size),
        decision: [r.decision_no, r.decision_date],
      },
    ]),
  )
}

/** Quảng Nam's one row as a workbook: the title lines merged across, the annex line, the header. */
async function quangNam2022(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Phụ lục')
  const header = ['STT', 'Tên đơn vị', 'Chỉ số CCHC (%)', 'Xếp hạng']
  for (const line of [
    'UBND TỈNH QUẢNG NAM',
    'CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022 CỦA UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ',
    '(Kèm theo Quyết định số 617/QĐ-UBND ngày 29/3/2023 của UBND tỉnh Quảng Nam)',
  ]) {
    const row = sheet.addRow([line])
    sheet.mergeCells(row.number, 1, row.number, header.length)
  }
  sheet.addRow(header)
  sheet.addRow([1, 'Bắc Trà My', 91.44, 1])
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
}

for (const dialect of TEST_DIALECTS) {
  describe(`Hà Nội's PAR Index 2023 and Quảng Nam's 2022 as announced (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await unitsTestDb(dialect, [])
      const hn = await importProvinceUnits(t.db, { code: HN, name: 'Thành phố Hà Nội' }, HN_UNITS)
      expect(hn.errors).toEqual([])
      const qn = await importProvinceUnits(t.db, { code: QN, name: 'Tỉnh Quảng Nam' }, [
        ['QNA.BAC_TRA_MY', 'Huyện Bắc Trà My', 'DISTRICT', ''],
      ])
      expect(qn.errors).toEqual([])
    })
    afterAll(() => t.destroy())

    it('stores Hà Nội’s rows as published: shared ranks kept, each group’s mean set aside', async () => {
      const result = await importFile(t.db, 'assessments', HA_NOI_2023, {
        parentCode: HN,
        lang: 'en',
      })
      expect(result.errors).toEqual([])
      expect(result.inserted).toBe(9)
      expect(
        result.warnings
          .filter((w) => w.code !== 'UNIT_NAMED_WITHOUT_TITLE')
          .map((w) => [w.row, w.code, w.message]),
      ).toEqual([
        [3, 'TITLE_ROWS_SKIPPED', 'Rows 1–2 are above the header (row 3) and were skipped'],
        [
          2,
          'YEAR_FROM_TITLE',
          'The table has no year column: its rows are imported for 2023, the year this title line names',
        ],
        [
          9,
          'SUMMARY_ROW_SKIPPED',
          'Row "Giá trị trung bình" sums up the table, it is not a unit, and was skipped',
        ],
        [
          16,
          'SUMMARY_ROW_SKIPPED',
          'Row "Giá trị trung bình" sums up the table, it is not a unit, and was skipped',
        ],
        [
          4,
          'SECTION_ROW',
          'Section heading "CÁC SỞ, CƠ QUAN TƯƠNG ĐƯƠNG SỞ": not a unit; the 4 units below (rows 5–8) are ranked with their level',
        ],
        [
          10,
          'SECTION_ROW',
          'Section heading "UBND CÁC QUẬN, HUYỆN, THỊ XÃ": not a unit; the 5 units below (rows 11–15) are ranked with their level',
        ],
        [15, 'RANKS_PAST_ROWS', expect.stringContaining('ranks up to 30')],
      ])
      // Each district named without its title is the one unit of that name.
      expect(
        result.warnings.filter((w) => w.code === 'UNIT_NAMED_WITHOUT_TITLE').map((w) => w.row),
      ).toEqual([11, 12, 13, 14, 15])
      const rows = await stored(t, HN, 2023)
      expect(HN_PUBLISHED.map(([name]) => [name, rows.get(name)])).toEqual(
        HN_PUBLISHED.map(([name, index, rank]) => [
          name,
          { block: '', index, published: index, rank, size: null, decision: [null, null] },
        ]),
      )
    })

    it('ranks the two districts of equal index together, the next one two places below', async () => {
      const ranks = await t.db
        .selectFrom('cohort_rank as r')
        .innerJoin('unit as u', 'u.code', 'r.unit_code')
        .select(['r.kind', 'u.name', 'r.rank'])
        .where('r.parent_code', '=', HN)
        .where('r.year', '=', 2023)
        .where('r.scope', '=', 'ALL')
        .orderBy('r.kind')
        .orderBy('r.rank')
        .orderBy('u.name')
        .execute()
      expect(ranks.map((r) => [r.kind, Number(r.rank), r.name])).toEqual([
        ['DEPARTMENT', 1, 'Sở Nội vụ'],
        ['DEPARTMENT', 2, 'Sở Tài chính'],
        ['DEPARTMENT', 3, 'Sở Khoa học và Công nghệ'],
        ['DEPARTMENT', 4, 'Thanh tra thành phố'],
        ['DISTRICT', 1, 'Quận Đống Đa'],
        ['DISTRICT', 2, 'Quận Hoàn Kiếm'],
        ['DISTRICT', 2, 'Quận Nam Từ Liêm'],
        ['DISTRICT', 4, 'Quận Cầu Giấy'],
        ['DISTRICT', 5, 'Huyện Phú Xuyên'],
      ])
      const years = await t.db
        .selectFrom('cohort_year')
        .select(['kind', 'block', 'unit_count', 'published_size'])
        .where('parent_code', '=', HN)
        .where('year', '=', 2023)
        .where('scope', '=', 'ALL')
        .orderBy('kind')
        .execute()
      expect(years.map((y) => [y.kind, y.block, Number(y.unit_count), y.published_size])).toEqual([
        ['DEPARTMENT', '', 4, null],
        ['DISTRICT', '', 5, 30],
      ])
    })

    it('records Quảng Nam’s row under the decision its annex line names', async () => {
      const result = await importFile(t.db, 'assessments', await quangNam2022(), {
        parentCode: QN,
        lang: 'en',
      })
      expect(result.errors).toEqual([])
      expect(result.inserted).toBe(1)
      expect(result.warnings.map((w) => [w.row, w.code])).toEqual([
        [4, 'TITLE_ROWS_SKIPPED'],
        [2, 'YEAR_FROM_TITLE'],
        [5, 'UNIT_NAMED_WITHOUT_TITLE'],
        [3, 'DECISION_FROM_TITLE'],
      ])
      expect([...(await stored(t, QN, 2022))]).toEqual([
        [
          'Huyện Bắc Trà My',
          {
            block: '',
            index: 91.44,
            published: 91.44,
            rank: 1,
            size: null,
            decision: ['617/QĐ-UBND', '2023-03-29'],
          },
        ],
      ])
    })
  })
}
