// Tuyên Quang's PAR Index 2022 as the province announced it: Quyết định số 715/QĐ-UBND (10 July
// 2023) published the 19 departments (phụ lục 01) and the 7 districts and city (phụ lục 02).
// - Báo Tuyên Quang, "Sở Tư pháp và thành phố Tuyên Quang đứng đầu về chỉ số cải cách hành chính",
//   http://www.baotuyenquang.com.vn/so-tu-phap-va-thanh-pho-tuyen-quang-dung-dau-ve-chi-so-cai-cach-hanh-chinh-177220.html:
//   "Sở Tư pháp đứng đầu … với tổng điểm các lĩnh vực là 62,62 điểm, chỉ số cải cách hành chính
//   đạt 94,49%"; "UBND thành phố Tuyên Quang đứng đầu với 54,14 điểm, chỉ số … đạt 82,96%".
// - Ban Dân tộc tỉnh Tuyên Quang, "Tuyên Quang: Công bố chỉ số cải cách hành chính năm 2022",
//   http://bandantoc.tuyenquang.gov.vn/tin-tuc/chuyen-doi-so/tuyen-quang-cong-bo-chi-so-cai-cach-hanh-chinh-nam-2022!-382.html:
//   the decision, its two annexes and the sizes (Sở Y tế "vị trí cuối cùng - thứ 19", Lâm Bình
//   "5/7"), the departments named as the province's pages write them ("Sở Lao động, TB và XH").
// The points are of a maximum the announcement does not print, each unit's own (62,62 at 94,49 %
// is of 66,27; 54,14 at 82,96 % of 65,26), and their column is headed in the announcement's words,
// "Tổng điểm các lĩnh vực". Only the two units whose figures were printed are in the table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import {
  csv,
  importFile,
  importProvinceUnits,
  rejected,
  unitsTestDb,
} from './__fixtures__/fixture-db.ts'

const TQ = '08'

const UNIT_LIST: readonly (readonly [string, string, string, string])[] = [
  ['08.STP', 'Sở Tư pháp', 'DEPARTMENT', ''],
  ['08.SLDTBXH', 'Sở Lao động - Thương binh và Xã hội', 'DEPARTMENT', ''],
  ['08.SYT', 'Sở Y tế', 'DEPARTMENT', ''],
  ['070', 'Thành phố Tuyên Quang', 'DISTRICT', ''],
  ['071', 'Huyện Lâm Bình', 'DISTRICT', ''],
]

/** The annexes' layout as announced: title lines, a numbering row, a heading per annex. */
const table = (pointsHeader: string, departmentName = 'Sở Tư pháp') =>
  csv(
    'UBND TỈNH TUYÊN QUANG;;;;',
    'KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022;;;;',
    '(Kèm theo Quyết định số 715/QĐ-UBND của Ủy ban nhân dân tỉnh Tuyên Quang);;;;',
    `STT;Tên cơ quan, đơn vị;${pointsHeader};Chỉ số CCHC (%);Xếp hạng`,
    '(1);(2);(3);(4);(5)',
    'I;CÁC CƠ QUAN CHUYÊN MÔN, CƠ QUAN QUẢN LÝ NHÀ NƯỚC THUỘC UBND TỈNH (19 đơn vị);;;',
    `1;${departmentName};62,62;94,49%;1`,
    'II;UBND HUYỆN, THÀNH PHỐ (07 đơn vị);;;',
    '1;UBND thành phố Tuyên Quang;54,14;82,96%;1',
  )

for (const dialect of TEST_DIALECTS) {
  describe(`Tuyên Quang's PAR Index 2022 as announced (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await unitsTestDb(dialect, [])
      const units = await importProvinceUnits(
        t.db,
        { code: TQ, name: 'Tỉnh Tuyên Quang' },
        UNIT_LIST,
      )
      expect(units.errors).toEqual([])
    })
    afterAll(() => t.destroy())

    it('reads "Tổng điểm các lĩnh vực" as the points, each unit of its own maximum', async () => {
      const result = await importFile(t.db, 'assessments', table('Tổng điểm các lĩnh vực'), {
        parentCode: TQ,
        lang: 'en',
      })
      expect(result.errors).toEqual([])
      expect(result.inserted).toBe(2)
      const rows = await t.db
        .selectFrom('assessment')
        .select(['unit_code', 'year', 'points', 'max_points', 'index_pct'])
        .select(['published_rank', 'published_cohort_size', 'decision_no', 'decision_date'])
        .where('unit_code', 'in', ['08.STP', '070'])
        .orderBy('unit_code')
        .execute()
      expect(
        rows.map((r) => [
          r.unit_code,
          Number(r.year),
          Number(r.points),
          Number(r.max_points),
          Number(r.index_pct),
          Number(r.published_rank),
          Number(r.published_cohort_size),
          r.decision_no,
          r.decision_date,
        ]),
      ).toEqual([
        // The decision the annexes name; their line prints no date, so none is recorded.
        ['070', 2022, 54.14, 65.26, 82.96, 1, 7, '715/QĐ-UBND', null],
        ['08.STP', 2022, 62.62, 66.27, 94.49, 1, 19, '715/QĐ-UBND', null],
      ])
      expect(result.warnings.filter((w) => w.code === 'DECISION_FROM_TITLE')).toMatchObject([
        { row: 3, column: null },
      ])
    })

    it('suggests the label a header it does not know opens with', async () => {
      const report = await rejected(
        importFile(t.db, 'assessments', table('Tổng điểm các tiêu chí'), {
          parentCode: TQ,
          lang: 'vi',
        }),
      )
      expect(report.errors.map((e) => [e.row, e.column, e.code, e.message])).toEqual([
        [
          4,
          'Tổng điểm các tiêu chí',
          'UNKNOWN_COLUMN',
          'Cột không xác định "Tổng điểm các tiêu chí"; có phải "Tổng điểm"?',
        ],
      ])
    })

    it('names the nearest units of a name it does not find, on the row', async () => {
      const report = await rejected(
        importFile(t.db, 'assessments', table('Tổng điểm', 'Sở Tư phap'), {
          parentCode: TQ,
          lang: 'en',
        }),
      )
      const [error] = report.errors
      expect([error?.row, error?.code]).toEqual([7, 'UNKNOWN_UNIT'])
      expect(error?.message).toMatch(
        /^Unknown unit "Sở Tư phap"; nearest: Sở Tư pháp \(08\.STP\); /,
      )
      expect((error?.details as { candidates: { code: string }[] }).candidates[0]?.code).toBe(
        '08.STP',
      )
    })
  })
}
