// Migration 2026_11_25_22_30_00_field_points_on_assessment carries stored field points from the
// assessment_field table onto the assessment rows and back, without losing a value. The test
// database stands at that migration (later ones change the tables it touches and cannot all go
// down), so its rows are written as that schema had them.
import { type Kysely, sql } from 'kysely'
import type { Migrator } from 'kysely/migration'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { testMigrator } from '../../test/test-migrator.ts'
import { parseFieldPoints } from '../field-points.ts'
import { migrationsUpTo } from '../migrate.ts'

const THIS = '2026_11_25_22_30_00_field_points_on_assessment'
/** The migrations up to this one: "latest" is this one. */
const UP_TO_THIS = migrationsUpTo(THIS)
const NOW = '2026-01-01T00:00:00.000Z'

const pointsOf = (db: Kysely<unknown>) =>
  sql<{
    unit_code: string
    year: number
    field_code: string
    points: number
    max_points: number | null
  }>`select unit_code, year, field_code, points, max_points from assessment_field
     order by unit_code, year, field_code`.execute(db)

/** The two points inserted below, in code order, as both directions must carry them. */
const STORED_POINTS = [
  { unit_code: 'LONG_AN', year: 2023, field_code: 'IMPACT', points: 0.1 + 0.2, max_points: null },
  { unit_code: 'LONG_AN', year: 2023, field_code: 'LEADERSHIP', points: 9.5, max_points: 10 },
]

for (const dialect of TEST_DIALECTS) {
  describe(`field points on the assessment row (${dialect})`, () => {
    let t: TestDb
    let m: Migrator
    beforeAll(async () => {
      t = await createTestDb(dialect, { migrations: UP_TO_THIS })
      // The country and one province (a unit had its parent then), each with no field points.
      await sql`insert into unit (code, name, name_key, kind, parent_code, valid_from, valid_to,
          import_batch_id, updated_at)
        values ('VN', 'Việt Nam', 'việt nam', 'COUNTRY', null, null, null, null, ${NOW}),
               ('LONG_AN', 'Tỉnh Long An', 'tỉnh long an', 'PROVINCE', 'VN', null, null, null,
                ${NOW})`.execute(t.db)
      await sql`insert into assessment (unit_code, year, max_points, points, index_pct, grade,
          status, import_batch_id, updated_at, field_points)
        values ('LONG_AN', 2022, 100, 80, 80, null, 'PUBLISHED', null, ${NOW}, null),
               ('LONG_AN', 2023, 100, 81, 81, null, 'PUBLISHED', null, ${NOW}, null)`.execute(t.db)
      m = await testMigrator(t.db as Kysely<unknown>, dialect, UP_TO_THIS)
      const down = await t.changeSchema(() => m.migrateDown())
      expect(down.results?.[0]).toMatchObject({ migrationName: THIS, status: 'Success' })
      await sql`insert into assessment_field (unit_code, year, field_code, points, max_points)
        values ('LONG_AN', 2023, 'LEADERSHIP', 9.5, 10),
               ('LONG_AN', 2023, 'IMPACT', ${0.1 + 0.2}, null)`.execute(t.db)
    })
    afterAll(() => t.destroy())

    it('moves each assessment’s points onto its row and drops the table', async () => {
      const up = await t.changeSchema(() => m.migrateToLatest())
      expect(up.error).toBeUndefined()
      const rows = await t.db
        .selectFrom('assessment')
        .select(['year', 'field_points'])
        .orderBy('year')
        .execute()
      expect(rows[0]).toEqual({ year: 2022, field_points: null })
      expect(parseFieldPoints('LONG_AN', 2023, rows[1]?.field_points ?? null)).toEqual(
        STORED_POINTS,
      )
      await expect(pointsOf(t.db as Kysely<unknown>)).rejects.toThrow()
    })

    it('moves them back to the table when migrated down', async () => {
      await t.changeSchema(() => m.migrateDown())
      const { rows } = await pointsOf(t.db as Kysely<unknown>)
      expect(rows.map((r) => ({ ...r, year: Number(r.year) }))).toEqual(STORED_POINTS)
    })

    it('leaves the schema the migration before it expects, so that one goes down too', async () => {
      const down = await t.changeSchema(() => m.migrateDown())
      expect(down.error).toBeUndefined()
      expect(down.results?.[0]?.status).toBe('Success')
      const up = await t.changeSchema(() => m.migrateToLatest())
      expect(up.error).toBeUndefined()
      expect(up.results?.map((r) => r.status)).toEqual(['Success', 'Success'])
    })
  })
}
