import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../test/create-test-db.ts'
import { bumpDataVersion, DATA_VERSION_KEY, readDataVersion } from './data-version.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`data version (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
    })
    afterAll(() => t.destroy())

    it('starts with a random version that stays put until a bump', async () => {
      const first = await readDataVersion(t.db)
      expect(first).toMatch(/^[0-9a-z]+-[0-9a-f]{8}$/)
      expect(await readDataVersion(t.db)).toBe(first)
      const rows = await t.db
        .selectFrom('app_setting')
        .where('key', '=', DATA_VERSION_KEY)
        .selectAll()
        .execute()
      expect(rows).toHaveLength(1)
    })

    it('changes on every bump and returns the stored value', async () => {
      const before = await readDataVersion(t.db)
      const bumped = await bumpDataVersion(t.db)
      expect(bumped).not.toBe(before)
      expect(await readDataVersion(t.db)).toBe(bumped)
      expect(await bumpDataVersion(t.db)).not.toBe(bumped)
    })

    it('commits and rolls back with the write transaction it is part of', async () => {
      const before = await readDataVersion(t.db)
      await expect(
        t.db.transaction().execute(async (trx) => {
          await bumpDataVersion(trx)
          throw new Error('import failed')
        }),
      ).rejects.toThrow('import failed')
      expect(await readDataVersion(t.db)).toBe(before)
      const committed = await t.db.transaction().execute((trx) => bumpDataVersion(trx))
      expect(await readDataVersion(t.db)).toBe(committed)
    })
  })
}
