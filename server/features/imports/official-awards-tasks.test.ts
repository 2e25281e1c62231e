// Published awards for administrative reform, imported end to end as their officials would export
// them. Every real table so far was a PAR Index ranking; these are the first awards. The figures
// and the recipients are real; neither source prints the decision itself (no number, no date),
// so each table is laid out as announced, under a title in the announcement's own words, with
// only the rows the announcement gives.
// - Nam Sách district (Hải Dương), 2023: at its conference of 22 March 2024 announcing the
//   communes' PAR Index 2023, "Nam Sach District People's Committee awarded 11 collectives and 15
//   individuals with outstanding achievements in administrative reform in 2023" (Báo Hải Dương
//   via vietnam.vn,
//   https://www.vietnam.vn/en/xa-nam-trung-tiep-tuc-dan-dau-chi-so-cai-cach-hanh-chinh-huyen-nam-sach).
//   The article names the awarding committee, not the form: a district's own commendation is its
//   chairman's Giấy khen, the one form a district issues (DOMAIN.md; Luật Thi đua, khen thưởng
//   2022), which the summary prints. A tally of one row: the counts under "Số lượng", one
//   column per recipient type.
// - Cẩm Giàng district (Hải Dương), 2023: at the announcement of its communes' PAR Index 2023
//   (Cao An first for the second year with 89.769 points), "the People's Committee of Cẩm Giàng
//   district awarded certificates of merit to three collectives: the People's Committee of Cao An
//   commune, Lai Cách town, and the district's 'one-stop' section; and three individuals: the
//   chairmen of the People's Committees of Cao An commune and Lai Cách town, and the head of the
//   district's 'one-stop' section" (vietnam.vn, Arabic edition,
//   https://vietnam.vn/ar/xa-cao-an-nam-thu-hai-dan-dau-chi-so-cai-cach-hanh-chinh-o-cam-giang).
//   A district's certificate of merit is its chairman's Giấy khen. Laid out as a decision's list
//   of recipients: the form and the reason in the title lines only, the collectives under "I.
//   TẬP THỂ" and the individuals under "II. CÁ NHÂN", each with the unit it belongs to; the
//   individuals are named by their post, as the article names them. The district's own section
//   is a grant of the district, listed among its communes'.
// Tasks: no published table of a plan's tasks by unit was found (reports seen give totals only:
// the ministries' 1,019 of 1,049 tasks and the provinces' 2,842 of 2,917 in 2024, the Government's
// Steering Committee for Administrative Reform, https://vietnam.vn/en/tiep-tuc-thuc-hien-dong-bo-hieu-qua-nhiem-vu-cai-cach-hanh-chinh),
// so no tasks table is laid out here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import {
  csv,
  importFile,
  importProvinceUnits,
  importUnitRows,
  rejected,
  unitsTestDb,
} from './__fixtures__/fixture-db.ts'

/** CSV cell: quoted when it holds a comma or a quote. */
const quoted = (s: string | number) =>
  /[",]/.test(String(s)) ? `"${String(s).replaceAll('"', '""')}"` : String(s)
const line = (...cells: (string | number)[]) => cells.map(quoted).join(',')

const HD = 'HD'
const NAM_SACH = 'HD.NAM_SACH'
const CAM_GIANG = 'HD.CAM_GIANG'

/** The grants stored for `units`, in a stable order. */
async function grants(t: TestDb, units: readonly string[]) {
  const rows = await t.db
    .selectFrom('award_grant')
    .select(['unit_code', 'year', 'award_code', 'recipient_type', 'recipient_name', 'count'])
    .select(['issuer_level', 'reason', 'decision_no', 'decision_date'])
    .where('unit_code', 'in', units)
    .orderBy('unit_code')
    .orderBy('recipient_type')
    .orderBy('recipient_name')
    .execute()
  return rows.map((g) => ({ ...g, count: Number(g.count) }))
}

// ——— Nam Sách, a tally ———

/** The summary: its title, a two-row header, one row; the collectives' count as given. */
const namSach2023 = (award = 'Giấy khen của Chủ tịch UBND huyện', collectives = '11') =>
  csv(
    'UBND HUYỆN NAM SÁCH',
    'TỔNG HỢP KẾT QUẢ KHEN THƯỞNG TẬP THỂ, CÁ NHÂN CÓ THÀNH TÍCH XUẤT SẮC TRONG CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2023',
    line('STT', 'Đơn vị', 'Hình thức khen thưởng', 'Số lượng', ''),
    line('', '', '', 'Tập thể', 'Cá nhân'),
    line(1, 'UBND huyện Nam Sách', award, collectives, 15),
  )

// ——— Cẩm Giàng, a list of recipients ———

/** The list as a decision annexes it; the unit of Lai Cách's collective as given. */
const camGiang2023 = (
  laiCach = 'Thị trấn Lai Cách',
  title = 'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN',
) =>
  csv(
    'UBND HUYỆN CẨM GIÀNG',
    title,
    'Vì đã có thành tích xuất sắc trong công tác cải cách hành chính năm 2023',
    line('STT', 'Tên tập thể, cá nhân', 'Đơn vị'),
    line('I', 'TẬP THỂ', ''),
    line(1, 'UBND xã Cao An', 'Xã Cao An'),
    line(2, 'UBND thị trấn Lai Cách', laiCach),
    line(3, 'Bộ phận "Một cửa" huyện', 'UBND huyện Cẩm Giàng'),
    line('II', 'CÁ NHÂN', ''),
    line(1, 'Chủ tịch UBND xã Cao An', 'Xã Cao An'),
    line(2, 'Chủ tịch UBND thị trấn Lai Cách', 'Thị trấn Lai Cách'),
    line(3, 'Trưởng Bộ phận "Một cửa" huyện', 'UBND huyện Cẩm Giàng'),
  )

for (const dialect of TEST_DIALECTS) {
  describe(`awards for administrative reform in two districts of Hải Dương, 2023 (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await unitsTestDb(dialect, [])
      const province = await importProvinceUnits(t.db, { code: HD, name: 'Tỉnh Hải Dương' }, [
        [NAM_SACH, 'Huyện Nam Sách', 'DISTRICT', ''],
        [CAM_GIANG, 'Huyện Cẩm Giàng', 'DISTRICT', ''],
      ])
      expect(province.errors).toEqual([])
      const communes = await importUnitRows(t.db, [
        ['HD.CAM_GIANG.CAO_AN', 'Xã Cao An', 'COMMUNE', CAM_GIANG],
        ['HD.CAM_GIANG.LAI_CACH', 'Thị trấn Lai Cách', 'COMMUNE', CAM_GIANG],
      ])
      expect(communes.errors).toEqual([])
    })
    afterAll(() => t.destroy())

    it('refuses the tally’s bad cells by row and column, writing nothing', async () => {
      // A province does not issue a Giấy khen: the issuer the name says is checked, not guessed.
      const issuer = await rejected(
        importFile(t.db, 'awards', namSach2023('Giấy khen của Chủ tịch UBND tỉnh'), {
          parentCode: HD,
        }),
      )
      expect(issuer.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [5, 'Hình thức khen thưởng', 'ISSUER_NOT_ALLOWED'],
      ])
      // A Bằng khen without its issuer may be the Prime Minister's or the province's.
      const form = await rejected(
        importFile(t.db, 'awards', namSach2023('Bằng khen'), { parentCode: HD }),
      )
      expect(form.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [5, 'Hình thức khen thưởng', 'INVALID_VALUE'],
      ])
      const count = await rejected(
        importFile(t.db, 'awards', namSach2023(undefined, 'mười một'), { parentCode: HD }),
      )
      expect(count.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [5, 'Tập thể', 'INVALID_INTEGER'],
      ])
      expect(await grants(t, [NAM_SACH])).toEqual([])
    })

    it('stores a tally’s counts per recipient, the award and issuer its name says, the reason and year its title gives', async () => {
      const result = await importFile(t.db, 'awards', namSach2023(), { parentCode: HD })
      expect(result.errors).toEqual([])
      expect(result.inserted).toBe(2)
      expect(result.warnings.map((w) => [w.row, w.code])).toEqual([
        [3, 'TITLE_ROWS_SKIPPED'],
        [2, 'YEAR_FROM_TITLE'],
        [2, 'REASON_FROM_TITLE'],
      ])
      const common = {
        unit_code: NAM_SACH,
        year: 2023,
        award_code: 'MERIT_CERTIFICATE',
        recipient_name: null,
        issuer_level: 'DISTRICT',
        reason: 'PAR',
        decision_no: null,
        decision_date: null,
      }
      expect(await grants(t, [NAM_SACH])).toEqual([
        { ...common, recipient_type: 'COLLECTIVE', count: 11 },
        { ...common, recipient_type: 'INDIVIDUAL', count: 15 },
      ])
      // The same file again changes nothing.
      const again = await importFile(t.db, 'awards', namSach2023(), { parentCode: HD })
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 })
    })

    it('names the row and the column of a recipient’s unit it does not know, writing nothing', async () => {
      const body = await rejected(
        importFile(t.db, 'awards', camGiang2023('Thị trấn Lai Các'), { parentCode: CAM_GIANG }),
      )
      expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [7, 'Đơn vị', 'UNKNOWN_UNIT'],
      ])
      const units = ['HD.CAM_GIANG.CAO_AN', 'HD.CAM_GIANG.LAI_CACH', CAM_GIANG]
      expect(await grants(t, units)).toEqual([])
    })

    it('names the title line and the heading a refused grant took its award, issuer or recipient from', async () => {
      // A province's chair gives a Bằng khen, not a Giấy khen: every row is refused, and the
      // message says the award and issuer were the title's, on its second line.
      const issuer = await rejected(
        importFile(
          t.db,
          'awards',
          camGiang2023(
            undefined,
            'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND TỈNH',
          ),
          { parentCode: CAM_GIANG },
        ),
      )
      expect(issuer.errors.map((e) => [e.row, e.code])).toEqual(
        [6, 7, 8, 10, 11, 12].map((row) => [row, 'ISSUER_NOT_ALLOWED']),
      )
      expect(issuer.errors[0]?.message).toBe(
        'Giấy khen không do UBND tỉnh ban hành vào ngày 31/12/2023: quy định áp dụng ' +
          '01/01/2000–30/06/2025 chỉ cho UBND cấp huyện hoặc UBND cấp xã hoặc Thủ trưởng cơ quan, đơn vị ' +
          '(hình thức khen thưởng: tiêu đề, dòng 2; cấp khen: tiêu đề, dòng 2)',
      )
      // A province's emulation flag goes to collectives: the individuals under "II. CÁ NHÂN"
      // are refused, the message naming the heading they were read under.
      const recipient = await rejected(
        importFile(
          t.db,
          'awards',
          camGiang2023(undefined, 'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG CỜ THI ĐUA CỦA UBND TỈNH'),
          { parentCode: CAM_GIANG },
        ),
      )
      expect(recipient.errors.map((e) => [e.row, e.code])).toEqual(
        [10, 11, 12].map((row) => [row, 'RECIPIENT_NOT_ALLOWED']),
      )
      expect(recipient.errors[0]?.message).toBe(
        'Cờ thi đua của UBND tỉnh không trao cho cá nhân (chỉ: tập thể) ' +
          '(hình thức khen thưởng: tiêu đề, dòng 2; đối tượng: đề mục, dòng 9)',
      )
      // In English, as a sentence names them.
      const english = await rejected(
        importFile(
          t.db,
          'awards',
          camGiang2023(undefined, 'DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG CỜ THI ĐUA CỦA UBND TỈNH'),
          { parentCode: CAM_GIANG, lang: 'en' },
        ),
      )
      expect(english.errors[0]?.message).toMatch(
        /is not given to individuals \(only: collectives\) \(award: title, row 2; recipient: heading, row 9\)$/,
      )
      const units = ['HD.CAM_GIANG.CAO_AN', 'HD.CAM_GIANG.LAI_CACH', CAM_GIANG]
      expect(await grants(t, units)).toEqual([])
    })

    it('stores a list of recipients: the award, issuer and reason of its title, the recipients of each heading, the district’s own grants beside its communes’', async () => {
      const result = await importFile(t.db, 'awards', camGiang2023(), { parentCode: CAM_GIANG })
      expect(result.errors).toEqual([])
      expect(result.inserted).toBe(6)
      expect(result.warnings.map((w) => [w.row, w.code])).toEqual([
        [4, 'TITLE_ROWS_SKIPPED'],
        [3, 'YEAR_FROM_TITLE'],
        [2, 'AWARD_FROM_TITLE'],
        [3, 'REASON_FROM_TITLE'],
        [5, 'RECIPIENT_SECTION'],
        [9, 'RECIPIENT_SECTION'],
      ])
      const grant = (unit: string, recipient: string, name: string) => ({
        unit_code: unit,
        year: 2023,
        award_code: 'MERIT_CERTIFICATE',
        recipient_type: recipient,
        recipient_name: name,
        count: 1,
        issuer_level: 'DISTRICT',
        reason: 'PAR',
        decision_no: null,
        decision_date: null,
      })
      expect(await grants(t, ['HD.CAM_GIANG.CAO_AN', 'HD.CAM_GIANG.LAI_CACH', CAM_GIANG])).toEqual([
        grant(CAM_GIANG, 'COLLECTIVE', 'Bộ phận "Một cửa" huyện'),
        grant(CAM_GIANG, 'INDIVIDUAL', 'Trưởng Bộ phận "Một cửa" huyện'),
        grant('HD.CAM_GIANG.CAO_AN', 'COLLECTIVE', 'UBND xã Cao An'),
        grant('HD.CAM_GIANG.CAO_AN', 'INDIVIDUAL', 'Chủ tịch UBND xã Cao An'),
        grant('HD.CAM_GIANG.LAI_CACH', 'COLLECTIVE', 'UBND thị trấn Lai Cách'),
        grant('HD.CAM_GIANG.LAI_CACH', 'INDIVIDUAL', 'Chủ tịch UBND thị trấn Lai Cách'),
      ])
    })
  })
}
