import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { insertCohortScenario } from '../../test/insert-fixtures.ts'
import { findUnitRow } from '#server/cohorts/cohorts.repository.ts'
import { findSummaryRow } from './summary.repository.ts'
import { toSummaryFacts } from './summary.mapper.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`summary repository (${dialect})`, () => {
    let t: TestDb
    const facts = async (code: string, year: number | undefined, includeDrafts = false) => {
      const unit = await findUnitRow(t.db, code)
      if (!unit) throw new Error(`fixture ${code} missing`)
      const row = await findSummaryRow(t.db, unit, year, { includeDrafts })
      return row && toSummaryFacts(row, unit.kind)
    }
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await insertCohortScenario(t.db)
    })
    afterAll(() => t.destroy())

    it('gives the facts of the sentence: rank, total, tie and previous year', async () => {
      expect(await facts('LONG_AN.THANH_HOA', 2023)).toEqual({
        year: 2023,
        unitName: 'Huyện Thạnh Hóa',
        unitTitle: null,
        unitKind: 'DISTRICT',
        points: 80.1,
        maxPoints: 100,
        indexPct: 80.1,
        // The rank the decision published (computed: 5th).
        rank: 4,
        total: 5,
        amongLoaded: false,
        rankWorkedOut: false,
        cohortBlock: null,
        tied: false,
        previous: { year: 2022, indexPct: 74.75, rank: 4 },
        notComparable: null,
      })
      expect(await facts('LONG_AN.TAN_AN', undefined)).toMatchObject({
        year: 2023,
        rank: 2,
        tied: true,
      })
      expect(await facts('LONG_AN.MOI', 2023)).toMatchObject({
        previous: null,
        notComparable: { reason: 'LINEAGE', previousYear: 2022 },
      })
    })

    it('finds nothing for a year without a visible result', async () => {
      expect(await facts('LONG_AN.THANH_HOA', 2021)).toBeUndefined()
      expect(await facts('LONG_AN.CHAU_THANH', 2023)).toBeUndefined()
      expect(await facts('LONG_AN.CHAU_THANH', 2023, true)).toMatchObject({ rank: 2, total: 6 })
      expect(await facts('VN', undefined)).toBeUndefined()
    })
  })
}
