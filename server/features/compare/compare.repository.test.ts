import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { insertCohortScenario } from '../../test/insert-fixtures.ts'
import { findUnitsByCode, loadComparison } from './compare.repository.ts'
import { toComparison } from './compare.mapper.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`compare repository (${dialect})`, () => {
    let t: TestDb
    const compare = async (codes: string[], includeDrafts = false) => {
      const rows = await findUnitsByCode(t.db, codes)
      const units = codes
        .map((code) => rows.find((r) => r.code === code))
        .filter((u) => u !== undefined)
      return toComparison(units, await loadComparison(t.db, units, { includeDrafts }))
    }
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await insertCohortScenario(t.db)
    })
    afterAll(() => t.destroy())

    it('ranks each unit in its own cohort, in the order asked', async () => {
      const result = await compare(['LONG_AN.SO_NOI_VU', 'LONG_AN.THANH_HOA', 'LONG_AN.MOI'])
      expect(result.years).toEqual([2022, 2023])
      expect(
        result.items.map((i) => [i.unit.code, i.years.map((y) => [y.year, y.rank, y.total])]),
      ).toEqual([
        ['LONG_AN.SO_NOI_VU', [[2023, 1, 1]]],
        [
          'LONG_AN.THANH_HOA',
          [
            [2022, 4, 5],
            // Published 4th (computed 5th): the published rank is the one compared.
            [2023, 4, 5],
          ],
        ],
        ['LONG_AN.MOI', [[2023, 4, 5]]],
      ])
      expect(result.items[1]?.years[1]?.fields).toEqual([
        { code: 'IMPACT', points: 25, maxPoints: 28, sharePct: 89.29 },
        // No maximum stored with the points: the scheme's is used.
        { code: 'LEADERSHIP', points: 8, maxPoints: 10, sharePct: 80 },
      ])
      expect(result.items.map((i) => [i.unit.kind, i.years.at(-1)?.cohort.kind])).toEqual([
        ['DEPARTMENT', 'DEPARTMENT'],
        ['DISTRICT', 'DISTRICT'],
        ['DISTRICT', 'DISTRICT'],
      ])
      // No department scheme in this scenario: said as null, not guessed from the districts'.
      expect(result.items[0]?.years[0]?.scheme).toBeNull()
      expect(result.items[1]?.years[1]?.scheme?.name).toBe('LONG_AN DISTRICT 2019')
    })

    it('counts drafts in ranks only when allowed', async () => {
      const anonymous = await compare(['LONG_AN.THANH_HOA', 'LONG_AN.CHAU_THANH'])
      expect(anonymous.items[1]?.years).toEqual([])
      expect(anonymous.items[0]?.years[1]).toMatchObject({ rank: 4, total: 5, rankChange: 0 })
      const editor = await compare(['LONG_AN.THANH_HOA', 'LONG_AN.CHAU_THANH'], true)
      expect(editor.items.map((i) => i.years.at(-1)?.rank)).toEqual([4, 2])
    })
  })
}
