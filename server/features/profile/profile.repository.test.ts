import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { insertCohortScenario } from '../../test/insert-fixtures.ts'
import { findUnitRow } from '#server/cohorts/cohorts.repository.ts'
import { findCohortFieldStats, loadProfile } from './profile.repository.ts'
import { toUnitProfile } from './profile.mapper.ts'

const DISTRICTS = { parentCode: 'LONG_AN', kind: 'DISTRICT', block: '' }

for (const dialect of TEST_DIALECTS) {
  describe(`profile repository (${dialect})`, () => {
    let t: TestDb
    const load = async (code: string, includeDrafts: boolean) => {
      const unit = await findUnitRow(t.db, code)
      if (!unit) throw new Error(`fixture ${code} missing`)
      return toUnitProfile(unit, await loadProfile(t.db, unit, { includeDrafts }))
    }
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await insertCohortScenario(t.db)
    })
    afterAll(() => t.destroy())

    it('computes cohort best and average per field over visible results', async () => {
      const stats = await findCohortFieldStats(t.db, DISTRICTS, [2023], { includeDrafts: false })
      const byField = Object.fromEntries(
        stats.map((s) => [s.field_code, [Number(s.best), Number(s.average)]]),
      )
      expect(byField).toEqual({ LEADERSHIP: [10, 9], IMPACT: [29, 27] })
      expect(await findCohortFieldStats(t.db, DISTRICTS, [], { includeDrafts: false })).toEqual([])
    })

    it('ranks every year within the cohort, with drafts only when allowed', async () => {
      const anonymous = await load('LONG_AN.THANH_HOA', false)
      // The published rank where the decision gave one (4th in 2023), the computed one beside it.
      expect(
        anonymous.years.map((y) => [y.year, y.rank, y.computedRank, y.total, y.ranked]),
      ).toEqual([
        [2022, 4, 4, 5, 5],
        [2023, 4, 5, 5, 5],
      ])
      const editor = await load('LONG_AN.THANH_HOA', true)
      expect(editor.years.map((y) => [y.year, y.rank, y.computedRank, y.total, y.ranked])).toEqual([
        [2022, 4, 4, 5, 5],
        [2023, 4, 6, 6, 6],
      ])
      expect((await load('LONG_AN.CHAU_THANH', false)).years).toEqual([])
      expect((await load('LONG_AN.CHAU_THANH', true)).years).toMatchObject([
        { year: 2023, rank: 2, status: 'DRAFT' },
      ])
    })

    it('has no cohort for a unit without a parent', async () => {
      const country = await load('VN', false)
      expect(country).toMatchObject({ parent: null, cohort: null, years: [], gradeBands: [] })
    })
  })
}
