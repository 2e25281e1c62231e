import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { insertCohortScenario } from '../../test/insert-fixtures.ts'
import { findChildKinds, findLineage, findUnit, findUnits } from './units.repository.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`units repository (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await insertCohortScenario(t.db)
    })
    afterAll(() => t.destroy())

    it('filters by parent and kind', async () => {
      // Placed under the parent on the date: Huyện Cũ until 2022, Huyện Mới from 2023.
      const districts = (date: string) =>
        findUnits(t.db, { parentCode: 'LONG_AN', kind: 'DISTRICT' }, date).then((rows) =>
          rows.map((r) => r.code.replace('LONG_AN.', '')).sort(),
        )
      expect(await districts('2022-12-31')).toEqual([
        'CHAU_THANH',
        'CU',
        'DUC_HOA',
        'KIEN_TUONG',
        'TAN_AN',
        'THANH_HOA',
      ])
      expect(await districts('2023-12-31')).toEqual([
        'CHAU_THANH',
        'DUC_HOA',
        'KIEN_TUONG',
        'MOI',
        'TAN_AN',
        'THANH_HOA',
      ])
      const all = await findUnits(t.db, {}, '2023-12-31')
      expect(all).toHaveLength(11)
      expect(await findUnits(t.db, { kind: 'COUNTRY' }, '2023-12-31')).toMatchObject([
        { code: 'VN', parent_code: null },
      ])
    })

    it('finds one unit, its child kinds and its lineage with both names and parents', async () => {
      expect(await findUnit(t.db, 'LONG_AN.MOI')).toMatchObject({
        valid_from: '2023-01-01',
        valid_to: null,
      })
      expect(await findUnit(t.db, 'NOWHERE')).toBeUndefined()
      expect(await findChildKinds(t.db, 'LONG_AN')).toEqual(['DEPARTMENT', 'DISTRICT'])
      expect(await findChildKinds(t.db, 'LONG_AN.THANH_HOA')).toEqual([])
      const lineage = await findLineage(t.db, 'LONG_AN.MOI')
      expect(lineage).toEqual([
        {
          event: 'MERGE',
          from_code: 'LONG_AN.CU',
          from_name: 'Huyện Cũ',
          to_code: 'LONG_AN.MOI',
          to_name: 'Huyện Mới',
          effective_date: '2023-01-01',
          note: null,
          // Each as placed at the event: the source the day before, the successor on the day.
          from_parent_code: 'LONG_AN',
          from_parent_name: 'Tỉnh Long An',
          to_parent_code: 'LONG_AN',
          to_parent_name: 'Tỉnh Long An',
        },
      ])
      expect(await findLineage(t.db, 'LONG_AN.CU')).toHaveLength(1)
      expect(await findLineage(t.db, 'LONG_AN.THANH_HOA')).toEqual([])
    })
  })
}
