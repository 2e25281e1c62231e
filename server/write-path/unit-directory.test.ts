// The unit directory is reused across imports through one database handle only while the unit
// table is unchanged: every change to units must be seen by the next import.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import {
  csv,
  EDITOR,
  importFile,
  loadBase,
  rejected,
} from '#server/features/imports/__fixtures__/fixture-db.ts'
import { undoImport } from './undo-import.ts'
import { unitDirectoryFor } from './unit-directory.ts'

const UNITS_HEADER = 'code,name,kind,parent_code,valid_from,valid_to'

for (const dialect of TEST_DIALECTS) {
  describe(`unit directory across imports (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadBase(t.db)
    })
    afterAll(() => t.destroy())

    it('reuses the directory while units are unchanged', async () => {
      const first = await unitDirectoryFor(t.db, t.db)
      expect(await unitDirectoryFor(t.db, t.db)).toBe(first)
      await importFile(
        t.db,
        'assessments',
        csv('unit_code,year,max_points,points', 'LA.TAN_AN,2023,100,70'),
      )
      expect(await unitDirectoryFor(t.db, t.db)).toBe(first)
    })

    it('sees a unit added, renamed, and removed again by an undo', async () => {
      const added = await importFile(
        t.db,
        'units',
        csv(UNITS_HEADER, 'LA.MOC_HOA,Huyện Mộc Hóa,DISTRICT,LA,,2024'),
      )
      const byName = (name: string, points = 75) =>
        importFile(
          t.db,
          'assessments',
          csv('unit_name,year,max_points,points', `${name},2023,100,${points}`),
          {
            parentCode: 'LA',
          },
        )
      expect((await byName('Huyện Mộc Hóa')).inserted).toBe(1)
      await importFile(
        t.db,
        'units',
        csv(UNITS_HEADER, 'LA.MOC_HOA,Thị xã Kiến Tường,DISTRICT,LA,,2024'),
      )
      expect((await byName('Thị xã Kiến Tường', 76)).updated).toBe(1)
      const stale = await rejected(byName('Huyện Mộc Hóa'))
      expect(stale.errors[0]).toMatchObject({ row: 2, column: 'unit_name' })
      // Undo the assessments first (they depend on the unit), then the unit's own import.
      const batches = await t.db
        .selectFrom('import_batch')
        .select(['id', 'kind'])
        .where('status', '=', 'APPLIED')
        .orderBy('created_at', 'desc')
        .execute()
      for (const batch of batches) {
        if (batch.id === added.batchId) break
        await undoImport(t.db, batch.id, EDITOR)
      }
      await undoImport(t.db, added.batchId!, EDITOR)
      const gone = await rejected(
        importFile(
          t.db,
          'assessments',
          csv('unit_code,year,max_points,points', 'LA.MOC_HOA,2023,100,75'),
        ),
      )
      expect(gone.errors[0]).toMatchObject({ row: 2, column: 'unit_code', code: 'UNKNOWN_UNIT' })
    })
  })
}
