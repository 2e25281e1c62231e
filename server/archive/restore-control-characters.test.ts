// An archive from a database written before text was checked at the edge may hold U+0000,
// which SQLite stores and PostgreSQL refuses: the restore names the place and writes nothing.
import { describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS } from '#server/test/create-test-db.ts'
import { encodeArchive, exportArchive } from './export-archive.ts'
import { decodeArchive, restoreArchive } from './restore-archive.ts'

const NOW = '2026-11-23T08:00:00.000Z'

describe('restore refuses control characters from an older database', () => {
  for (const dialect of TEST_DIALECTS) {
    it(`sqlite → ${dialect}: names table, row key and column; nothing restored`, async () => {
      const source = await createTestDb('sqlite')
      const target = await createTestDb(dialect)
      try {
        await source.db
          .insertInto('unit')
          .values([
            {
              code: 'VN',
              name: 'Việt Nam',
              name_key: 'viet nam',
              kind: 'COUNTRY',
              valid_from: null,
              valid_to: null,
              import_batch_id: null,
              updated_at: NOW,
            },
            {
              code: 'LA',
              name: 'Tỉnh\u0000 Long An',
              name_key: 'tinh long an',
              kind: 'PROVINCE',
              valid_from: null,
              valid_to: null,
              import_batch_id: null,
              updated_at: NOW,
            },
          ])
          .execute()
        const archive = decodeArchive(encodeArchive(await exportArchive(source.db)))
        await expect(restoreArchive(target.db, archive)).rejects.toThrow(
          /control character \(U\+0000\) in unit, row LA, column name: .*nothing was restored/,
        )
        expect(await target.db.selectFrom('unit').select('code').execute()).toEqual([])
      } finally {
        await source.destroy()
        await target.destroy()
      }
    })
  }
})
