// Migration 2026_12_01_21_30_00_rules_and_criteria adds issuer rules, scheme criteria, field parts
// and band bounds to a database that already holds schemes, without losing or changing a value.
import { type Kysely, sql } from 'kysely'
import type { Migrator } from 'kysely/migration'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { testMigrator } from '../../test/test-migrator.ts'
import { COUNTRY_AND_PROVINCE, insertUnits } from '../../test/insert-fixtures.ts'
import { migrations } from './index.ts'

const THIS = '2026_12_01_21_30_00_rules_and_criteria'
const NAMES = Object.keys(migrations)
const BEFORE = NAMES[NAMES.indexOf(THIS) - 1] ?? ''

for (const dialect of TEST_DIALECTS) {
  describe(`rules and criteria migration (${dialect})`, () => {
    let t: TestDb
    let m: Migrator
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await insertUnits(t.db, COUNTRY_AND_PROVINCE)
      m = await testMigrator(t.db as Kysely<unknown>, dialect)
      const down = await t.changeSchema(() => m.migrateTo(BEFORE))
      expect(down.results?.at(-1)).toMatchObject({ migrationName: THIS, status: 'Success' })
      // A scheme as the schema before this migration stores it.
      await sql`insert into scheme (id, province_code, unit_kind, year_from, year_to, name, decision_no, updated_at)
        values ('LONG_AN:DISTRICT:2022', 'LONG_AN', 'DISTRICT', 2022, null, 'Bộ chỉ số cấp huyện', null, 'x')`.execute(
        t.db,
      )
      await sql`insert into scheme_field (scheme_id, field_code, max_points, component, sort_order)
        values ('LONG_AN:DISTRICT:2022', 'IMPACT', ${0.1 + 0.2}, 'SURVEY', 0)`.execute(t.db)
      await sql`insert into scheme_grade_band (scheme_id, grade_code, label_vi, label_en, min_pct, sort_order)
        values ('LONG_AN:DISTRICT:2022', 'GOOD', 'Tốt', 'Good', 80, 0)`.execute(t.db)
    })
    afterAll(() => t.destroy())

    it('keeps every stored value; old bands are inclusive, old fields have no parts', async () => {
      const up = await t.changeSchema(() => m.migrateToLatest())
      expect(up.error).toBeUndefined()
      const field = await t.db.selectFrom('scheme_field').selectAll().executeTakeFirstOrThrow()
      expect(field).toMatchObject({
        field_code: 'IMPACT',
        max_points: 0.1 + 0.2,
        component: 'SURVEY',
        appraisal_max: null,
        survey_max: null,
      })
      const band = await t.db.selectFrom('scheme_grade_band').selectAll().executeTakeFirstOrThrow()
      expect({ ...band, min_inclusive: Number(band.min_inclusive) }).toMatchObject({
        grade_code: 'GOOD',
        min_pct: 80,
        min_inclusive: 1,
      })
      expect(await t.db.selectFrom('scheme_criterion').selectAll().execute()).toEqual([])
      expect(await t.db.selectFrom('award_issuer_rule').selectAll().execute()).toEqual([])
    })

    it('deletes a field’s criteria with it', async () => {
      await t.db
        .insertInto('scheme_criterion')
        .values({
          scheme_id: 'LONG_AN:DISTRICT:2022',
          field_code: 'IMPACT',
          criterion_code: '9.1',
          name: 'Mức độ hài lòng',
          max_points: 0.3,
          component: 'SURVEY',
          sort_order: 0,
        })
        .execute()
      await expect(
        t.db
          .insertInto('scheme_criterion')
          .values({
            scheme_id: 'LONG_AN:DISTRICT:2022',
            field_code: 'NO_SUCH_FIELD',
            criterion_code: '9.2',
            name: 'x',
            max_points: 1,
            component: 'SURVEY',
            sort_order: 1,
          })
          .execute(),
      ).rejects.toThrow(/foreign key/i)
      await t.db.deleteFrom('scheme_field').execute()
      expect(await t.db.selectFrom('scheme_criterion').selectAll().execute()).toEqual([])
    })

    it('goes down to the schema before it, keeping the bands', async () => {
      const down = await t.changeSchema(() => m.migrateTo(BEFORE))
      expect(down.error).toBeUndefined()
      const { rows } = await sql<{
        grade_code: string
        min_pct: number
      }>`select * from scheme_grade_band`.execute(t.db)
      expect(rows).toEqual([
        expect.not.objectContaining({ min_inclusive: expect.anything() as unknown }),
      ])
      expect(rows[0]).toMatchObject({ grade_code: 'GOOD', min_pct: 80 })
      await expect(sql`select * from scheme_criterion`.execute(t.db)).rejects.toThrow()
      const up = await t.changeSchema(() => m.migrateToLatest())
      expect(up.error).toBeUndefined()
    })
  })
}
