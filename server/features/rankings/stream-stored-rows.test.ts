// A whole list reads its rows a page at a time (streamStoredRows): with pages of a few rows, the
// large cohort (ties of index, so of rank) comes out whole, once each, in the order of the
// one-statement read — in every order, searched or not, from an offset — on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { bumpDataVersion, readDataVersion } from '#server/lib/data-version.ts'
import { AppError } from '#server/lib/errors.ts'
import { COMMUNES, DISTRICT, insertLargeCohort } from './large-cohort.fixture.ts'
import {
  type CohortYearKey,
  findAllStoredRows,
  type OrderedPage,
  streamStoredRows,
} from './stored-ranks.repository.ts'
import { searchWords } from '#shared/text/search-words.ts'

const KEY: CohortYearKey = {
  cohort: { parentCode: DISTRICT, kind: 'COMMUNE', block: '' },
  visibility: { includeDrafts: false },
  year: 2024,
}

const RANK_ORDER: OrderedPage = { sort: 'rank', dir: 'asc', words: [], offset: 0, limit: undefined }

for (const dialect of TEST_DIALECTS) {
  describe(`a ranking streamed a page at a time (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await insertLargeCohort(t.db)
    })
    afterAll(() => t.destroy())

    const streamed = async (page: OrderedPage, size: number) => {
      const codes = []
      const version = await readDataVersion(t.db)
      for await (const row of streamStoredRows(t.db, KEY, page, version, size))
        codes.push(row.unit_code)
      return codes
    }

    it.each([1, 5, 7, COMMUNES])('pages of %i give every row once, in rank order', async (size) => {
      const whole = await findAllStoredRows(t.db, KEY, RANK_ORDER)
      const ranks = whole.map((r) => Number(r.rank))
      expect(new Set(ranks).size).toBeLessThan(ranks.length)
      expect(await streamed(RANK_ORDER, size)).toEqual(whole.map((r) => r.unit_code))
    })

    it.each<[string, OrderedPage]>([
      [
        'in rank order, searched, from an offset, limited',
        { ...RANK_ORDER, words: searchWords('xa'), offset: 2, limit: 11 },
      ],
      ['in rank order from an offset', { ...RANK_ORDER, offset: 5 }],
      ['by rank, descending', { ...RANK_ORDER, dir: 'desc' }],
      ['by name, descending', { ...RANK_ORDER, sort: 'name', dir: 'desc' }],
      ['by change, searched', { ...RANK_ORDER, sort: 'deltaPct', words: searchWords('xa') }],
      [
        'by index from an offset, limited',
        { ...RANK_ORDER, sort: 'indexPct', offset: 3, limit: 9 },
      ],
    ])('%s: the rows and order of the one-statement read', async (_, page) => {
      const whole = await findAllStoredRows(t.db, KEY, page)
      expect(whole.length).toBeGreaterThan(0)
      expect(await streamed(page, 4)).toEqual(whole.map((r) => r.unit_code))
    })

    it('fails with 409 when the data changes between two of its pages', async () => {
      const codes: string[] = []
      const read = async () => {
        const version = await readDataVersion(t.db)
        for await (const row of streamStoredRows(t.db, KEY, RANK_ORDER, version, 5)) {
          codes.push(row.unit_code)
          if (codes.length === 7) await bumpDataVersion(t.db)
        }
      }
      const failure = await read().catch((error: unknown) => error)
      expect(failure).toBeInstanceOf(AppError)
      expect(failure).toMatchObject({ status: 409, code: 'CONFLICT' })
      // The second page had been read and checked before the write; the third is read, then
      // refused before any of its rows is given.
      expect(codes).toHaveLength(10)
    })

    it('fails with 409 when the data changed after the list began, on its last page too', async () => {
      // A list of one page: read under a version that is no longer the data's.
      const before = await readDataVersion(t.db)
      await bumpDataVersion(t.db)
      const rows = streamStoredRows(t.db, KEY, RANK_ORDER, before, COMMUNES)
      await expect(rows.next()).rejects.toMatchObject({ status: 409 })
    })
  })
}
