import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { count, csv, importFile, loadBase, rejected } from './__fixtures__/fixture-db.ts'

const HEADER = 'event,from_code,to_code,effective_date'

for (const dialect of TEST_DIALECTS) {
  describe(`lineage import validation (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadBase(t.db)
    })
    afterAll(() => t.destroy())

    it('refuses merging a district into a commune, naming row and column', async () => {
      const body = await rejected(
        importFile(
          t.db,
          'lineage',
          csv(
            HEADER,
            'SPLIT,LA.TAN_AN,LA.DUC_HUE,2024-06-01',
            'MERGE,LA.DUC_HUE,LA.THANH_HOA.TT,2024-06-01',
          ),
        ),
      )
      expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [3, 'to_code', 'LINEAGE_LEVEL'],
      ])
      // The levels as a reader names them, not their codes.
      expect(body.errors[0]?.message).toBe(
        'Sự kiện "sáp nhập" phải nối hai đơn vị cùng cấp: LA.DUC_HUE là cấp huyện, LA.THANH_HOA.TT là cấp xã',
      )
      expect(await count(t.db, 'unit_lineage')).toBe(0)
    })

    it('refuses a date outside a unit’s validity; the predecessor may end the day before', async () => {
      const body = await rejected(
        importFile(t.db, 'lineage', csv(HEADER, 'RENAME,LA.OLD_TOWN,LA.NEW_TOWN,2023-01-01')),
      )
      expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [2, 'effective_date', 'DATE_OUTSIDE_VALIDITY'],
      ])
      expect(await count(t.db, 'unit_lineage')).toBe(0)
      const ok = await importFile(
        t.db,
        'lineage',
        csv(HEADER, 'RENAME,LA.OLD_TOWN,LA.NEW_TOWN,2021-01-01'),
      )
      expect(ok.inserted).toBe(1)
    })
  })
}
