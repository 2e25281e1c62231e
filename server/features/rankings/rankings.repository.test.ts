import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { insertCohortScenario } from '../../test/insert-fixtures.ts'
import { findRanking } from './rankings.repository.ts'

const DISTRICTS = { parentCode: 'LONG_AN', kind: 'DISTRICT', block: '' }
const DEPARTMENTS = { parentCode: 'LONG_AN', kind: 'DEPARTMENT', block: '' }
const pick = (rows: { unit_code: string; rank: number; prev_rank: number | null }[]) =>
  rows.map((r) => [
    r.unit_code.replace('LONG_AN.', ''),
    Number(r.rank),
    r.prev_rank === null ? null : Number(r.prev_rank),
  ])

for (const dialect of TEST_DIALECTS) {
  describe(`rankings repository (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await insertCohortScenario(t.db)
    })
    afterAll(() => t.destroy())

    it('ranks with ties sharing a rank and the next rank skipping, joined to the previous year', async () => {
      const found = await findRanking(t.db, DISTRICTS, 2023, { includeDrafts: false })
      expect(found.year).toBe(2023)
      expect(found.shape).toEqual({ total: 5, ranked: 5, schemeChanged: false })
      expect(pick(found.rows)).toEqual([
        ['DUC_HOA', 1, 3],
        ['KIEN_TUONG', 2, 1],
        ['TAN_AN', 2, 1],
        ['MOI', 4, null],
        ['THANH_HOA', 5, 4],
      ])
      // A full ranking skips the cohort-size and tie-size windows: it counts its own rows.
      expect(found.rows[0]).not.toHaveProperty('total')
      const thanhHoa = found.rows.find((r) => r.unit_code === 'LONG_AN.THANH_HOA')
      expect(thanhHoa).toMatchObject({ index_pct: 80.1, prev_index_pct: 74.75, published_rank: 4 })
    })

    it('counts drafts only for readers who may see them', async () => {
      const found = await findRanking(t.db, DISTRICTS, 2023, { includeDrafts: true })
      expect(pick(found.rows)).toEqual([
        ['DUC_HOA', 1, 3],
        ['CHAU_THANH', 2, null],
        ['KIEN_TUONG', 3, 1],
        ['TAN_AN', 3, 1],
        ['MOI', 5, null],
        ['THANH_HOA', 6, 4],
      ])
    })

    it('defaults to the latest year, lists the years and the scheme bands', async () => {
      const found = await findRanking(t.db, DISTRICTS, undefined, {
        includeDrafts: false,
      })
      expect(found.year).toBe(2023)
      expect(found.years).toEqual([2022, 2023])
      expect(found.bands.map((b) => b.grade_code).sort()).toEqual([
        'AVERAGE',
        'FAIR',
        'GOOD',
        'POOR',
      ])
    })

    it('has no previous year for the first year of a cohort', async () => {
      const found = await findRanking(t.db, DISTRICTS, 2022, { includeDrafts: false })
      expect(pick(found.rows)).toEqual([
        ['KIEN_TUONG', 1, null],
        ['TAN_AN', 1, null],
        ['DUC_HOA', 3, null],
        ['THANH_HOA', 4, null],
        ['CU', 5, null],
      ])
    })

    it('keeps cohorts apart: departments are ranked separately, without a scheme', async () => {
      const found = await findRanking(t.db, DEPARTMENTS, 2023, { includeDrafts: false })
      expect(pick(found.rows)).toEqual([['SO_NOI_VU', 1, null]])
      expect(found.rows[0]).toMatchObject({ index_pct: 95.8, max_points: 71.5 })
      expect(found.bands).toEqual([])
    })

    it('answers an empty cohort with no year and no rows', async () => {
      const found = await findRanking(
        t.db,
        { parentCode: 'AN_GIANG', kind: 'DISTRICT', block: '' },
        undefined,
        { includeDrafts: false },
      )
      expect(found).toMatchObject({
        year: null,
        years: [],
        rows: [],
        shape: { total: 0, ranked: 0, schemeChanged: false },
      })
      const year = await findRanking(t.db, DISTRICTS, 2019, { includeDrafts: false })
      expect(year.rows).toEqual([])
    })
  })
}
