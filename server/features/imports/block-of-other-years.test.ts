import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { blocksOf, csv, importFile, loadBase } from './__fixtures__/fixture-db.ts'

// A province's departments ranked in one block every year, its name printed in some years'
// tables only (Tây Ninh: "Sở, ban, ngành" in 2023 and 2025, none in 2024's table).
for (const dialect of TEST_DIALECTS) {
  describe(`a file naming no block (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadBase(t.db)
      await importFile(
        t.db,
        'assessments',
        csv(
          'unit_code,year,cohort,points',
          'LA.THANH_HOA,2021,Khối huyện,80',
          'LA.TAN_AN,2021,Khối huyện,81',
          'LA.THANH_HOA,2023,Khối huyện,82',
          'LA.TAN_AN,2023,Khối huyện,83',
          'LA.DUC_HUE,2023,Khối huyện,84',
          // Two blocks in 2020: a later file naming none cannot tell which.
          'LA.THANH_HOA,2020,Khối A,70',
          'LA.TAN_AN,2020,Khối B,71',
        ),
      )
    })
    afterAll(() => t.destroy())

    const blocks = (year: number) => blocksOf(t.db, year)

    it('ranks its rows in the block their units had in the nearest year, and says so once', async () => {
      const result = await importFile(
        t.db,
        'assessments',
        csv(
          'Mã đơn vị,Năm,Tổng điểm',
          'LA.THANH_HOA,2022,85',
          'LA.TAN_AN,2022,86',
          'LA.DUC_HUE,2022,87',
        ),
      )
      expect(result.warnings.filter((w) => w.code === 'COHORT_BLOCK_KEPT')).toEqual([
        {
          row: 2,
          column: null,
          code: 'COHORT_BLOCK_KEPT',
          message:
            'Tệp không ghi khối: 3 đơn vị năm 2022 được xếp hạng trong khối “Khối huyện”, như kết quả đã lưu ' +
            'của các đơn vị này (năm 2021, 2023), để so sánh được qua các năm. Nếu quyết định năm 2022 xếp ' +
            'hạng các đơn vị này theo khối khác, hãy thêm cột “Khối”',
        },
      ])
      expect(await blocks(2022)).toEqual([
        ['LA.DUC_HUE', 'Khối huyện'],
        ['LA.TAN_AN', 'Khối huyện'],
        ['LA.THANH_HOA', 'Khối huyện'],
      ])
    })

    it('leaves the default cohort when the units were in two blocks, or the file names one', async () => {
      const mixed = await importFile(
        t.db,
        'assessments',
        csv('unit_code,year,points', 'LA.THANH_HOA,2019,60', 'LA.TAN_AN,2019,61'),
      )
      expect(mixed.warnings.map((w) => w.code)).not.toContain('COHORT_BLOCK_KEPT')
      expect(await blocks(2019)).toEqual([
        ['LA.TAN_AN', ''],
        ['LA.THANH_HOA', ''],
      ])
      // An empty `cohort` cell is the file saying the level's default cohort.
      await importFile(
        t.db,
        'assessments',
        csv('unit_code,year,cohort,points', 'LA.DUC_HUE,2024,,90'),
      )
      expect(await blocks(2024)).toEqual([['LA.DUC_HUE', '']])
    })
  })
}
