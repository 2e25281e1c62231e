// The predecessors of a cohort-year's withheld rows (ADR 014) read for the whole cohort-year at
// once, as a version memo keeps them (ADR 040): the same as read for a list of codes, and kept
// for every later page until the version moves — on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { insertCohortScenario } from '../../test/insert-fixtures.ts'
import { VersionMemo } from '#server/lib/version-memo.ts'
import { findCohortYearPredecessors, findPredecessors } from './stored-predecessors.repository.ts'
import { type CohortYearKey, type OrderedPage, findPageRows } from './stored-ranks.repository.ts'

const KEY: CohortYearKey = {
  cohort: { parentCode: 'LONG_AN', kind: 'DISTRICT', block: '' },
  visibility: { includeDrafts: false },
  year: 2023,
}
const MERGED = 'LONG_AN.MOI'
const page = (sort: OrderedPage['sort'], limit: number): OrderedPage => ({
  sort,
  dir: 'asc',
  words: [],
  offset: 0,
  limit,
})
const predecessorsOf = (rows: Awaited<ReturnType<typeof findPageRows>>) =>
  rows.find((r) => r.unit_code === MERGED)?.predecessors.map((p) => p.unit_code)

for (const dialect of TEST_DIALECTS) {
  describe(`a cohort-year's predecessors (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await insertCohortScenario(t.db)
    })
    afterAll(() => t.destroy())

    it('reads for the whole cohort-year what it reads for the codes of its rows', async () => {
      const rows = await findPageRows(t.db, KEY, page('rank', 100))
      expect(rows.find((r) => r.unit_code === MERGED)?.not_comparable).toBe('LINEAGE')
      const byCodes = await findPredecessors(
        t.db,
        KEY,
        rows.map((r) => r.unit_code),
      )
      const whole = await findCohortYearPredecessors(t.db, KEY)
      expect(Object.keys(whole)).toEqual([MERGED])
      expect({ ...whole }).toEqual({ ...byCodes })
      expect(predecessorsOf(rows)).toEqual(['LONG_AN.CU'])
    })

    it('keeps them for every page of the version, and reads them again in the next', async () => {
      const memo = new VersionMemo('one')
      expect(predecessorsOf(await findPageRows(t.db, KEY, page('name', 100), memo))).toEqual([
        'LONG_AN.CU',
      ])
      // The event gone behind the version's back: the memo still answers for this version only.
      await t.db.deleteFrom('unit_lineage').where('to_code', '=', MERGED).execute()
      expect(predecessorsOf(await findPageRows(t.db, KEY, page('indexPct', 100), memo))).toEqual([
        'LONG_AN.CU',
      ])
      expect(predecessorsOf(await findPageRows(t.db, KEY, page('rank', 100), null))).toEqual([])
      const next = new VersionMemo('two')
      expect(predecessorsOf(await findPageRows(t.db, KEY, page('rank', 100), next))).toEqual([])
    })
  })
}
