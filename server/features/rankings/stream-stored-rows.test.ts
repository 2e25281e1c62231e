// A whole-ranking download reads its rows in keyset pages (streamStoredRows): with pages of a
// few rows, the large cohort (ties of index, so of rank) comes out whole, once each, in the order
// of the one-statement read — on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { COMMUNES, DISTRICT, insertLargeCohort } from './large-cohort.fixture.ts'
import {
  type CohortYearKey,
  findAllStoredRows,
  streamStoredRows,
} from './stored-ranks.repository.ts'

const KEY: CohortYearKey = {
  cohort: { parentCode: DISTRICT, kind: 'COMMUNE', block: '' },
  visibility: { includeDrafts: false },
  year: 2024,
}

for (const dialect of TEST_DIALECTS) {
  describe(`a ranking streamed in keyset pages (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await insertLargeCohort(t.db)
    })
    afterAll(() => t.destroy())

    it.each([1, 5, 7, COMMUNES])('pages of %i give every row once, in rank order', async (size) => {
      const whole = await findAllStoredRows(t.db, KEY, {
        sort: 'rank',
        dir: 'asc',
        words: [],
        offset: 0,
        limit: undefined,
      })
      const ranks = whole.map((r) => Number(r.rank))
      expect(new Set(ranks).size).toBeLessThan(ranks.length)
      const streamed = []
      for await (const row of streamStoredRows(t.db, KEY, size)) streamed.push(row.unit_code)
      expect(streamed).toEqual(whole.map((r) => r.unit_code))
    })
  })
}
