// The decision an awards list is the annex of, through the real import path on both engines: the
// grants of the rows giving no decision take the one the title line cites ("Kèm theo Quyết định
// số … ngày …"), as a decision column filled with it would give it; a row's own decision wins;
// two decisions in the title give none; a date that is no day refuses the file. The list is laid
// out as Cẩm Giàng district's 2023 awards for administrative reform (official-awards-tasks.test.ts
// cites the announcement); the announcement printed no decision, so the number and date in the
// annex line here are illustrative, not the district's.
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

const HD = 'HD'
const CAM_GIANG = 'HD.CAM_GIANG'
const CAO_AN = 'HD.CAM_GIANG.CAO_AN'
const LAI_CACH = 'HD.CAM_GIANG.LAI_CACH'

const quoted = (s: string | number) =>
  /[",]/.test(String(s)) ? `"${String(s).replaceAll('"', '""')}"` : String(s)
const line = (...cells: (string | number)[]) => cells.map(quoted).join(',')

const ANNEX =
  '(Kèm theo Quyết định số 125/QĐ-UBND ngày 22/3/2024 của Chủ tịch UBND huyện Cẩm Giàng)'

/** The list under its title lines (the annex line among them), with a decision column or not. */
function list(titleLines: readonly string[], decisions?: readonly [string, string][]) {
  const head = ['STT', 'Tên tập thể, cá nhân', 'Đơn vị']
  const rows: (string | number)[][] = [
    [1, 'UBND xã Cao An', 'Xã Cao An'],
    [2, 'UBND thị trấn Lai Cách', 'Thị trấn Lai Cách'],
  ]
  return csv(
    'UBND HUYỆN CẨM GIÀNG',
    'DANH SÁCH TẬP THỂ ĐƯỢC TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND HUYỆN',
    'Vì đã có thành tích xuất sắc trong công tác cải cách hành chính năm 2023',
    ...titleLines.map(quoted),
    line(...head, ...(decisions ? ['Số quyết định', 'Ngày quyết định'] : [])),
    line('I', 'TẬP THỂ', '', ...(decisions ? ['', ''] : [])),
    ...rows.map((r, i) => line(...r, ...(decisions?.[i] ?? []))),
  )
}

for (const dialect of TEST_DIALECTS) {
  describe(`the decision an awards list's title names (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await unitsTestDb(dialect, [])
      const province = await importProvinceUnits(t.db, { code: HD, name: 'Tỉnh Hải Dương' }, [
        [CAM_GIANG, 'Huyện Cẩm Giàng', 'DISTRICT', ''],
      ])
      expect(province.errors).toEqual([])
      const communes = await importUnitRows(t.db, [
        [CAO_AN, 'Xã Cao An', 'COMMUNE', CAM_GIANG],
        [LAI_CACH, 'Thị trấn Lai Cách', 'COMMUNE', CAM_GIANG],
      ])
      expect(communes.errors).toEqual([])
    })
    afterAll(() => t.destroy())

    const decisions = async () =>
      (
        await t.db
          .selectFrom('award_grant')
          .select(['unit_code', 'decision_no', 'decision_date'])
          .where('unit_code', 'in', [CAO_AN, LAI_CACH])
          .orderBy('unit_code')
          .orderBy('decision_no')
          .execute()
      ).map((g) => [g.unit_code, g.decision_no, g.decision_date])
    const clear = () =>
      t.db.deleteFrom('award_grant').where('unit_code', 'in', [CAO_AN, LAI_CACH]).execute()

    it('records the annex line’s decision on every grant, said on that line in the preview first', async () => {
      const preview = await importFile(t.db, 'awards', list([ANNEX]), {
        parentCode: CAM_GIANG,
        dryRun: true,
      })
      expect(preview.errors).toEqual([])
      const said = preview.warnings.find((w) => w.code === 'AWARD_DECISION_FROM_TITLE')
      expect(said).toMatchObject({ row: 4, column: null })
      expect(said?.message).toBe(
        'Bảng không có cột Số quyết định: các khen thưởng được ghi theo Quyết định số ' +
          '125/QĐ-UBND ngày 22/03/2024, quyết định mà dòng tiêu đề này nêu (bảng là phụ lục ' +
          'của quyết định đó)',
      )
      expect(await decisions()).toEqual([])

      const result = await importFile(t.db, 'awards', list([ANNEX]), { parentCode: CAM_GIANG })
      expect(result).toMatchObject({ inserted: 2, errors: [] })
      expect(await decisions()).toEqual([
        [CAO_AN, '125/QĐ-UBND', '2024-03-22'],
        [LAI_CACH, '125/QĐ-UBND', '2024-03-22'],
      ])
      // The same list again is the same grants (the decision is part of a grant's key).
      const again = await importFile(t.db, 'awards', list([ANNEX]), { parentCode: CAM_GIANG })
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 })
      await clear()
    })

    it('leaves a row’s own decision whole and gives the title’s to the rows giving none', async () => {
      const result = await importFile(
        t.db,
        'awards',
        list(
          [ANNEX],
          [
            ['', ''],
            ['98/QĐ-UBND', '15/03/2024'],
          ],
        ),
        { parentCode: CAM_GIANG, lang: 'en' },
      )
      expect(result.errors).toEqual([])
      expect(result.warnings.find((w) => w.code === 'AWARD_DECISION_FROM_TITLE')?.message).toBe(
        '1 row giving no decision in the column "Số quyết định" is recorded under Decision ' +
          'No. 125/QĐ-UBND of 22 March 2024, the decision this title line names (the table is ' +
          'its annex)',
      )
      expect(await decisions()).toEqual([
        [CAO_AN, '125/QĐ-UBND', '2024-03-22'],
        [LAI_CACH, '98/QĐ-UBND', '2024-03-15'],
      ])
      await clear()
    })

    it('records no decision when the title cites two, and says so', async () => {
      const second = '(Kèm theo Quyết định số 126/QĐ-UBND ngày 25/3/2024)'
      const result = await importFile(t.db, 'awards', list([ANNEX, second]), {
        parentCode: CAM_GIANG,
      })
      expect(result.errors).toEqual([])
      expect(result.warnings.map((w) => [w.row, w.code])).toContainEqual([
        5,
        'DECISION_TITLE_AMBIGUOUS',
      ])
      expect(result.warnings.map((w) => w.code)).not.toContain('AWARD_DECISION_FROM_TITLE')
      expect(await decisions()).toEqual([
        [CAO_AN, null, null],
        [LAI_CACH, null, null],
      ])
      await clear()
    })

    it('refuses a list whose annex line dates its decision on no day, naming the line, writing nothing', async () => {
      const body = await rejected(
        importFile(t.db, 'awards', list(['(Kèm theo Quyết định số 125/QĐ-UBND ngày 30/02/2024)']), {
          parentCode: CAM_GIANG,
        }),
      )
      expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual([[4, '#1', 'INVALID_DATE']])
      expect(await decisions()).toEqual([])
    })
  })
}
