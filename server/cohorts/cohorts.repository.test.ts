import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { insertCohortScenario, insertScheme } from '#server/test/insert-fixtures.ts'
import { findCohortYearCounts, findCohortYears } from './cohorts.repository.ts'
import { findSchemes, schemeForYear } from './cohort-schemes.repository.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`cohorts repository (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await insertCohortScenario(t.db)
      await insertScheme(t.db, {
        provinceCode: 'LONG_AN',
        unitKind: 'DISTRICT',
        yearFrom: 2024,
        yearTo: 2024,
      })
    })
    afterAll(() => t.destroy())

    it('counts visible units per (parent, kind, year)', async () => {
      const rows = await findCohortYearCounts(t.db, { includeDrafts: false })
      expect(
        rows.map((r) => [r.parent_code, r.kind, Number(r.year), Number(r.unit_count)]),
      ).toEqual([
        ['LONG_AN', 'DEPARTMENT', 2023, 1],
        ['LONG_AN', 'DISTRICT', 2022, 5],
        ['LONG_AN', 'DISTRICT', 2023, 5],
      ])
      const withDrafts = await findCohortYearCounts(t.db, { includeDrafts: true })
      expect(Number(withDrafts[2]?.unit_count)).toBe(6)
    })

    it('lists a cohort’s years', async () => {
      const cohort = { parentCode: 'LONG_AN', kind: 'DISTRICT', block: '' }
      expect(await findCohortYears(t.db, cohort, { includeDrafts: false })).toEqual([
        {
          year: 2022,
          units: 5,
          publishedSize: null,
          total: 5,
          sharedMaxPoints: 100,
          publishedRanks: 1,
        },
        {
          year: 2023,
          units: 5,
          publishedSize: null,
          total: 5,
          sharedMaxPoints: 100,
          publishedRanks: 1,
        },
      ])
      expect(
        await findCohortYears(t.db, { ...cohort, kind: 'COMMUNE' }, { includeDrafts: false }),
      ).toEqual([])
    })

    it('picks the scheme whose years cover the year', async () => {
      const schemes = await findSchemes(t.db, { code: 'LONG_AN' }, 'DISTRICT')
      expect(schemes.map((s) => [s.year_from, s.year_to])).toEqual([
        [2024, 2024],
        [2019, null],
      ])
      expect(schemeForYear(schemes, 2024)?.year_from).toBe(2024)
      expect(schemeForYear(schemes, 2023)?.year_from).toBe(2019)
      expect(schemeForYear(schemes, 2018)).toBeUndefined()
      // A commune cohort under a district finds its province's scheme.
      const viaProvince = await findSchemes(t.db, { code: 'LONG_AN.THANH_HOA' }, 'DISTRICT')
      expect(viaProvince).toHaveLength(2)
    })
  })
}
