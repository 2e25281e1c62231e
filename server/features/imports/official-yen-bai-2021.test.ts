// Yên Bái's PAR Index 2021 (Quyết định số 885/QĐ-UBND ngày 8/6/2022 of UBND tỉnh Yên Bái),
// imported end to end: its departments ranked by an index in per cent, the first three and the
// last of 19; its districts' total points printed with the three parts they add up to. The
// figures are real:
// - Báo Yên Bái, "Văn phòng UBND tỉnh và thành phố Yên Bái 3 năm liền dẫn đầu về Chỉ số cải cách
//   hành chính", 9/6/2022,
//   http://baoyenbai.com.vn/243/245046/Van-phong-UBND-tinh-va-thanh-pho-Yen-Bai-3-nam-lien-dan-dau-ve-Chi-so-cai-cach-hanh-chinh.aspx:
//   "Kết quả Chỉ số CCHC khối sở, ban, ngành của tỉnh, Văn phòng UBND tỉnh đạt 96,37% xếp thứ
//   nhất, Sở Giao thông Vận tải đạt 94,92% xếp thứ hai và Sở Giáo dục và Đào tạo đạt 93,96% xếp
//   thứ ba. Xếp thứ 19 cuối bảng là Ban Quản lý các khu công nghiệp với 79,09%."
// - Cổng thông tin điện tử tỉnh Yên Bái, "Văn phòng UBND tỉnh và Thành phố Yên Bái tiếp tục dẫn
//   đầu bảng xếp hạng chỉ số cải cách hành chính năm 2021", 9/6/2022,
//   https://yenbai.gov.vn/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=29064&l=Tintrongtinh&lv=4:
//   the decision's number and date; Sở Y tế and Ban Dân tộc 17th and 18th, and huyện Văn Yên,
//   huyện Trấn Yên 2nd and 3rd of the districts, named without figures (left out here).
// - Cổng thông tin điện tử thành phố Yên Bái, "3 năm liên tục thành phố Yên Bái dẫn đầu bảng xếp
//   hạng Chỉ số cải cách hành chính", 17/6/2022,
//   https://thanhphoyenbai.yenbai.gov.vn/tin-tuc/tin-tuc-su-kien/?UserKey=3-nam-lien-tuc-thanh-pho-Yen-Bai-dan-dau-bang-xep-hang-Chi-so-cai-cach-hanh-chinh-:
//   "điểm tài liệu kiểm chứng thành phố được 62.88 điểm, đánh giá tác động của CCHC qua phiếu
//   điều tra xã hội học đạt 24.42 điểm, điểm chỉ số hài lòng đạt 8.135 điểm, tổng điểm là 95.44
//   điểm, đạt tỷ lệ 95,44% cao nhất trong khối các huyện, thị xã, thành phố" (the parts add up to
//   95.435; the total is printed rounded).
// No source prints the decision's annex: each table is laid out in the sources' words, under a
// title in the decision's words, with only the rows whose figures were printed; the points with
// a decimal point and the index with a decimal comma, as the city's portal writes them.
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '#server/app.ts'
import { TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { readJson } from '#server/test/read-json.ts'
import { signIn } from '#server/test/sign-in.ts'
import { RankingSchema } from '#shared/dto/ranking.ts'
import { csv, importFile, importProvinceUnits, unitsTestDb } from './__fixtures__/fixture-db.ts'

const YB = 'YB'

const UNIT_LIST: readonly (readonly [string, string, string, string])[] = [
  ['YB.VP', 'Văn phòng Ủy ban nhân dân tỉnh', 'DEPARTMENT', ''],
  ['YB.SGTVT', 'Sở Giao thông vận tải', 'DEPARTMENT', ''],
  ['YB.SGDDT', 'Sở Giáo dục và Đào tạo', 'DEPARTMENT', ''],
  ['YB.BQLKCN', 'Ban Quản lý các khu công nghiệp', 'DEPARTMENT', ''],
  ['YB.YEN_BAI', 'Thành phố Yên Bái', 'DISTRICT', ''],
]

const quoted = (s: string) => (/[",]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s)
const line = (...cells: (string | number)[]) => cells.map((c) => quoted(String(c))).join(',')

/** The departments: the first three and the last, by the index; no size printed. */
const DEPARTMENTS_2021 = csv(
  'ỦY BAN NHÂN DÂN TỈNH YÊN BÁI',
  quoted('CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021 CỦA CÁC SỞ, BAN, NGÀNH THUỘC ỦY BAN NHÂN DÂN TỈNH'),
  line('STT', 'Tên cơ quan, đơn vị', 'Chỉ số CCHC (%)', 'Xếp hạng'),
  line(1, 'Văn phòng UBND tỉnh', '96,37', 1),
  line(2, 'Sở Giao thông Vận tải', '94,92', 2),
  line(3, 'Sở Giáo dục và Đào tạo', '93,96', 3),
  line(19, 'Ban Quản lý các khu công nghiệp', '79,09', 19),
)

const DISTRICT_TITLE = [
  'ỦY BAN NHÂN DÂN TỈNH YÊN BÁI',
  'CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021 CỦA ỦY BAN NHÂN DÂN CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ',
]
const DISTRICT_HEADER = [
  'STT',
  'Đơn vị',
  'Điểm tài liệu kiểm chứng',
  'Điểm đánh giá tác động của CCHC',
  'Điểm chỉ số hài lòng',
  'Tổng điểm',
  'Tỷ lệ (%)',
  'Xếp hạng',
]

/** The districts: the first, its total with the three parts it adds up to. */
const DISTRICTS_2021 = csv(
  ...DISTRICT_TITLE.map(quoted),
  line(...DISTRICT_HEADER),
  line(1, 'Thành phố Yên Bái', '62.88', '24.42', '8.135', '95.44', '95,44', 1),
)

async function districtsWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Cấp huyện')
  for (const title of DISTRICT_TITLE) {
    const row = sheet.addRow([title])
    sheet.mergeCells(row.number, 1, row.number, DISTRICT_HEADER.length)
  }
  sheet.addRow(DISTRICT_HEADER)
  sheet.addRow([1, 'Thành phố Yên Bái', 62.88, 24.42, 8.135, 95.44, 95.44, 1])
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
}

/** The stored 2021 rows: [name, points, index as published, published rank, published size]. */
async function stored(t: TestDb) {
  const rows = await t.db
    .selectFrom('assessment as a')
    .innerJoin('unit as u', 'u.code', 'a.unit_code')
    .select(['u.name', 'a.points', 'a.published_index_pct'])
    .select(['a.published_rank', 'a.published_cohort_size'])
    .where('a.cohort_parent_code', '=', YB)
    .where('a.year', '=', 2021)
    .orderBy('u.kind')
    .orderBy('a.published_rank')
    .execute()
  const num = (v: unknown) => (v === null ? null : Number(v))
  return rows.map((r) => [
    r.name,
    num(r.points),
    num(r.published_index_pct),
    num(r.published_rank),
    num(r.published_cohort_size),
  ])
}

for (const dialect of TEST_DIALECTS) {
  describe(`Yên Bái's PAR Index 2021: departments in per cent, districts with parts (${dialect})`, () => {
    let t: TestDb
    let app: App
    let editor: string
    beforeAll(async () => {
      t = await unitsTestDb(dialect, [])
      const units = await importProvinceUnits(t.db, { code: YB, name: 'Tỉnh Yên Bái' }, UNIT_LIST)
      expect(units.errors).toEqual([])
      app = createApp(t.db)
      editor = await signIn(app, t.db, 'EDITOR')
    })
    afterAll(() => t.destroy())

    const ranking = async (kind: string) => {
      const res = await app.request(`/api/rankings?parent=${YB}&kind=${kind}&year=2021`, {
        headers: { Cookie: editor },
      })
      expect(res.status).toBe(200)
      const body = await readJson(res, RankingSchema)
      return [body.total, body.items.map((i) => [i.unit.name, i.rank, i.indexPct, i.points])]
    }

    it('takes the departments’ ranks past their rows as part of a ranking of 19', async () => {
      const result = await importFile(t.db, 'assessments', DEPARTMENTS_2021, {
        parentCode: YB,
        lang: 'en',
      })
      expect(result.errors).toEqual([])
      expect(result.inserted).toBe(4)
      expect(result.warnings.map((w) => [w.row, w.code])).toEqual([
        [3, 'TITLE_ROWS_SKIPPED'],
        [2, 'YEAR_FROM_TITLE'],
        [7, 'RANKS_PAST_ROWS'],
      ])
      expect(await ranking('DEPARTMENT')).toEqual([
        19,
        [
          ['Văn phòng Ủy ban nhân dân tỉnh', 1, 96.37, null],
          ['Sở Giao thông vận tải', 2, 94.92, null],
          ['Sở Giáo dục và Đào tạo', 3, 93.96, null],
          ['Ban Quản lý các khu công nghiệp', 19, 79.09, null],
        ],
      ])
    })

    it('stores the districts’ total points and sets the three parts beside it aside', async () => {
      const result = await importFile(t.db, 'assessments', DISTRICTS_2021, {
        parentCode: YB,
        lang: 'en',
      })
      expect(result.errors).toEqual([])
      expect(result.inserted).toBe(1)
      expect(result.warnings.map((w) => [w.row, w.column, w.code])).toEqual([
        [3, null, 'TITLE_ROWS_SKIPPED'],
        [3, 'Điểm tài liệu kiểm chứng', 'PART_COLUMN_SKIPPED'],
        [3, 'Điểm đánh giá tác động của CCHC', 'PART_COLUMN_SKIPPED'],
        [3, 'Điểm chỉ số hài lòng', 'PART_COLUMN_SKIPPED'],
        [2, null, 'YEAR_FROM_TITLE'],
      ])
      expect(await ranking('DISTRICT')).toEqual([1, [['Thành phố Yên Bái', 1, 95.44, 95.44]]])
    })

    it('reads the workbook of the districts alike', async () => {
      const result = await importFile(t.db, 'assessments', await districtsWorkbook(), {
        parentCode: YB,
        lang: 'en',
      })
      expect(result.errors).toEqual([])
      expect(result).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 })
      expect(await stored(t)).toEqual([
        ['Văn phòng Ủy ban nhân dân tỉnh', null, 96.37, 1, null],
        ['Sở Giao thông vận tải', null, 94.92, 2, null],
        ['Sở Giáo dục và Đào tạo', null, 93.96, 3, null],
        ['Ban Quản lý các khu công nghiệp', null, 79.09, 19, null],
        ['Thành phố Yên Bái', 95.44, 95.44, 1, null],
      ])
    })
  })
}
