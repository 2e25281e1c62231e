// The bulk writer at every boundary of its statement sizes (full chunks, then ever smaller fixed
// sizes): every row written once, with its own values, on both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../test/create-test-db.ts'
import { bulkInsert, inKeyOrder } from './bulk-insert.ts'

const COUNTS = [0, 1, 3, 4, 5, 16, 17, 63, 64, 65, 255, 256, 257, 340, 600, 1_000]

for (const dialect of TEST_DIALECTS) {
  describe(`bulkInsert (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
    })
    afterAll(() => t.destroy())

    it('writes every row once, whatever the count', async () => {
      for (const count of COUNTS) {
        await t.db.deleteFrom('app_setting').where('key', 'like', 'bulk.%').execute()
        const rows = Array.from({ length: count }, (_, i) => ({
          key: `bulk.${String(i).padStart(5, '0')}`,
          value: `v${count}-${i}`,
          updated_at: '2026-12-03T00:00:00.000Z',
        }))
        await bulkInsert(t.db, 'app_setting', ['key', 'value', 'updated_at'], rows)
        const read = await t.db
          .selectFrom('app_setting')
          .select(['key', 'value', 'updated_at'])
          .where('key', 'like', 'bulk.%')
          .orderBy('key')
          .execute()
        expect(read, `${count} rows`).toEqual(rows)
      }
    })
  })
}

describe('inKeyOrder', () => {
  it('orders rows by each key column in turn: numbers as numbers, text by code unit, null first', () => {
    const rows = [
      { p: 'b', y: 10, u: 'x' },
      { p: 'a', y: 9, u: 'z' },
      { p: 'b', y: 9, u: 'y' },
      { p: 'a', y: 9, u: null },
      { p: 'B', y: 100, u: 'a' },
      { p: 'b', y: 9, u: 'x' },
    ]
    expect(inKeyOrder(rows, ['p', 'y', 'u'])).toEqual([
      { p: 'B', y: 100, u: 'a' },
      { p: 'a', y: 9, u: null },
      { p: 'a', y: 9, u: 'z' },
      { p: 'b', y: 9, u: 'x' },
      { p: 'b', y: 9, u: 'y' },
      { p: 'b', y: 10, u: 'x' },
    ])
  })

  it('sorts in place, null or missing first in any column, rows of one key as they came', () => {
    const rows: { p?: string | null; y: number; n: number }[] = [
      { p: 'a', y: 2, n: 1 },
      { y: 2, n: 2 },
      { p: 'a', y: 1, n: 3 },
      { p: null, y: 2, n: 4 },
      { p: 'a', y: 2, n: 5 },
    ]
    const sorted = inKeyOrder(rows, ['p', 'y'])
    expect(sorted).toBe(rows)
    expect(sorted.map((r) => r.n)).toEqual([2, 4, 3, 1, 5])
  })
})
