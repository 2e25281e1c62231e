// Each stored activity row carries its unit's name (ADR 041): written with the row, rewritten
// when the unit is renamed, and filled by the migration for rows stored before it — on SQLite
// and PostgreSQL.
import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../test/create-test-db.ts'
import { testMigrator } from '../test/test-migrator.ts'
import type { Database } from '../db/schema.ts'
import {
  csv,
  EDITOR,
  fixture,
  importFile,
  loadBase,
} from '../features/imports/__fixtures__/fixture-db.ts'
import { undoImport } from '../write-path/undo-import.ts'

/** Every stored row's name beside its unit's own, in key order. */
const readNames = (db: Kysely<Database>) =>
  db
    .selectFrom('cohort_activity as c')
    .innerJoin('unit as u', 'u.code', 'c.unit_code')
    .select([
      'c.parent_code',
      'c.kind',
      'c.block',
      'c.year',
      'c.unit_code',
      'c.unit_name',
      'u.name',
    ])
    .orderBy(['c.parent_code', 'c.kind', 'c.block', 'c.year', 'c.unit_code'])
    .execute()
    .then((rows) => rows.map((r) => ({ ...r, year: Number(r.year) })))

for (const dialect of TEST_DIALECTS) {
  describe(`stored activity's unit names (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadBase(t.db)
      await importFile(t.db, 'tasks', fixture('tasks.csv'))
      await importFile(t.db, 'awards', fixture('awards.csv'))
    })
    afterAll(() => t.destroy())

    it('writes each row with its unit’s name', async () => {
      const rows = await readNames(t.db)
      expect(rows.length).toBeGreaterThanOrEqual(2)
      for (const row of rows) expect(row.unit_name).toBe(row.name)
      expect(rows.find((r) => r.unit_code === 'LA.THANH_HOA')?.unit_name).toBe('Huyện Thạnh Hóa')
    })

    it('rewrites them when the unit is renamed, and again when the rename is undone', async () => {
      const rename = await importFile(
        t.db,
        'units',
        csv(
          'code,name,kind,parent_code,valid_from,valid_to',
          'LA.THANH_HOA,Huyện Thạnh Hóa (mới),DISTRICT,LA,,2024',
        ),
      )
      const rows = await readNames(t.db)
      const renamed = rows.filter((r) => r.unit_code === 'LA.THANH_HOA')
      expect(renamed.length).toBeGreaterThan(0)
      for (const row of rows) expect(row.unit_name).toBe(row.name)
      expect(renamed.every((r) => r.unit_name === 'Huyện Thạnh Hóa (mới)')).toBe(true)
      await undoImport(t.db, rename.batchId ?? '', EDITOR)
      const undone = await readNames(t.db)
      for (const row of undone) expect(row.unit_name).toBe(row.name)
      expect(undone.find((r) => r.unit_code === 'LA.THANH_HOA')?.unit_name).toBe('Huyện Thạnh Hóa')
    })

    it('fills the rows stored before the migration with their units’ names', async () => {
      const written = await readNames(t.db)
      const m = await testMigrator(t.db as Kysely<unknown>, dialect)
      const down = await t.changeSchema(() =>
        m.migrateTo('2026_12_03_15_00_00_cohort_year_summary_ends'),
      )
      expect(down.error).toBeUndefined()
      expect(down.results?.at(-1)?.migrationName).toBe(
        '2026_12_03_17_30_00_cohort_activity_unit_name',
      )
      const up = await t.changeSchema(() => m.migrateToLatest())
      expect(up.error).toBeUndefined()
      expect(await readNames(t.db)).toEqual(written)
    })
  })
}
