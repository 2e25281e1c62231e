// The bulk writer at every boundary of its statement sizes (full chunks, then ever smaller fixed
// sizes): every row written once, with its own values, on both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../test/create-test-db.ts'
import { bulkInsert } from './bulk-insert.ts'

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
