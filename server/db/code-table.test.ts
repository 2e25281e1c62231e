// A code table on both engines: every code comes back as a row of text under the column named,
// at any length (a UNION ALL of selects stopped SQLite at 500), and joins to a table's rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../test/create-test-db.ts'
import { codeTable } from './code-table.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`codeTable (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
    })
    afterAll(() => t.destroy())

    it('reads back every code, one row each, past 500 of them', async () => {
      for (const count of [1, 2, 501, 1200]) {
        const codes = Array.from({ length: count }, (_, i) => `TỈNH_${String(i).padStart(4, '0')}`)
        const rows = await t.db
          .selectFrom(codeTable(codes, 'code').as('c'))
          .select('c.code')
          .execute()
        expect(rows.map((r) => r.code).sort()).toEqual(codes)
      }
    })

    it('joins to a table by its key', async () => {
      await t.db
        .insertInto('app_setting')
        .values([
          { key: 'a', value: '1', updated_at: '2026-12-05T00:00:00Z' },
          { key: 'b', value: '2', updated_at: '2026-12-05T00:00:00Z' },
        ])
        .execute()
      const rows = await t.db
        .selectFrom(codeTable(['b', 'zz'], 'key').as('c'))
        .crossJoin('app_setting as s')
        .whereRef('s.key', '=', 'c.key')
        .select(['s.key', 's.value'])
        .execute()
      expect(rows).toEqual([{ key: 'b', value: '2' }])
    })
  })
}
