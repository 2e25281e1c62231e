// Migration 2026_11_25_22_30_00_field_points_on_assessment carries stored field points from the
// assessment_field table onto the assessment rows and back, without losing a value.
import { type Kysely, Migrator, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { COUNTRY_AND_PROVINCE, insertAssessments, insertUnits } from '../../test/insert-fixtures.ts'
import { parseFieldPoints } from '../field-points.ts'
import { migrations } from './index.ts'

const THIS = '2026_11_25_22_30_00_field_points_on_assessment'

async function migrator(db: Kysely<unknown>, dialect: string): Promise<Migrator> {
  const schema =
    dialect === 'postgres'
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
      : undefined
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  })
}

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
      t = await createTestDb(dialect)
      await insertUnits(t.db, COUNTRY_AND_PROVINCE)
      await insertAssessments(t.db, [
        { unitCode: 'LONG_AN', year: 2022, points: 80 },
        { unitCode: 'LONG_AN', year: 2023, points: 81 },
      ])
      m = await migrator(t.db as Kysely<unknown>, dialect)
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
