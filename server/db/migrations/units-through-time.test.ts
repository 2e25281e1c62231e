// Migration 2026_12_01_21_00_00_units_through_time on a database of the model before it: every
// unit's parent becomes one placement over its validity (years become dates), every assessment
// keeps its cohort (its unit's parent), the derived ranks are rebuilt with blocks, and nothing
// is lost — on SQLite and PostgreSQL.
import { type Kysely, sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { testMigrator } from '../../test/test-migrator.ts'
import { migrationsUpTo } from '../migrate.ts'

const BEFORE = '2026_11_25_22_30_00_field_points_on_assessment'
const NOW = '2026-11-30T00:00:00.000Z'

/** Rows in the shape of the model before the migration (a parent on the unit, years). */
async function insertOldModel(db: Kysely<unknown>) {
  await sql`insert into unit (code, name, name_key, kind, parent_code, valid_from, valid_to, import_batch_id, updated_at) values
    ('VN', 'Việt Nam', 'việt nam', 'COUNTRY', null, null, null, null, ${NOW}),
    ('LONG_AN', 'Tỉnh Long An', 'tỉnh long an', 'PROVINCE', 'VN', null, 2025, null, ${NOW}),
    ('LONG_AN.THANH_HOA', 'Huyện Thạnh Hóa', 'huyện thạnh hóa', 'DISTRICT', 'LONG_AN', 2019, 2024, null, ${NOW}),
    ('LONG_AN.TAN_AN', 'Thành phố Tân An', 'thành phố tân an', 'DISTRICT', 'LONG_AN', null, null, null, ${NOW})`.execute(
    db,
  )
  await sql`insert into unit_lineage (id, event, from_code, to_code, effective_date, note) values
    ('MERGE:LONG_AN.THANH_HOA:LONG_AN.TAN_AN:2025-07-01', 'MERGE', 'LONG_AN.THANH_HOA', 'LONG_AN.TAN_AN', '2025-07-01', null)`.execute(
    db,
  )
  await sql`insert into assessment (unit_code, year, max_points, points, index_pct, grade, status,
      decision_no, decision_date, published_rank, published_grade, published_index_pct,
      import_batch_id, updated_at, field_points) values
    ('LONG_AN.THANH_HOA', 2022, 100, 74.75, 74.75, null, 'PUBLISHED', '221/QĐ-UBND', '2023-03-13', 12, null, null, null, ${NOW}, '{"IMPACT":[20.5,null]}'),
    ('LONG_AN.THANH_HOA', 2023, 100, 80.1, 80.1, null, 'PUBLISHED', null, null, 5, null, null, null, ${NOW}, null),
    ('LONG_AN.TAN_AN', 2023, 100, 82, 82, null, 'DRAFT', null, null, null, null, null, null, ${NOW}, null)`.execute(
    db,
  )
}

for (const dialect of TEST_DIALECTS) {
  describe(`units through time migration (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect, { migrations: migrationsUpTo(BEFORE) })
      await insertOldModel(t.db as Kysely<unknown>)
      const m = await testMigrator(t.db as Kysely<unknown>, dialect)
      const up = await t.changeSchema(() => m.migrateToLatest())
      expect(up.error).toBeUndefined()
    })
    afterAll(() => t.destroy())

    it('turns every parent into one placement over the unit’s validity, years into dates', async () => {
      const placements = await t.db
        .selectFrom('unit_placement')
        .select(['unit_code', 'valid_from', 'valid_to', 'parent_code', 'title'])
        .orderBy('unit_code')
        .execute()
      expect(
        placements.map((p) => ({
          ...p,
          valid_from: String(p.valid_from),
          valid_to: p.valid_to && String(p.valid_to),
        })),
      ).toEqual([
        {
          unit_code: 'LONG_AN',
          valid_from: '1900-01-01',
          valid_to: '2025-12-31',
          parent_code: 'VN',
          title: null,
        },
        {
          unit_code: 'LONG_AN.TAN_AN',
          valid_from: '1900-01-01',
          valid_to: null,
          parent_code: 'LONG_AN',
          title: null,
        },
        {
          unit_code: 'LONG_AN.THANH_HOA',
          valid_from: '2019-01-01',
          valid_to: '2024-12-31',
          parent_code: 'LONG_AN',
          title: null,
        },
        {
          unit_code: 'VN',
          valid_from: '1900-01-01',
          valid_to: null,
          parent_code: null,
          title: null,
        },
      ])
      const unit = await t.db
        .selectFrom('unit')
        .selectAll()
        .where('code', '=', 'LONG_AN.THANH_HOA')
        .executeTakeFirstOrThrow()
      expect([String(unit.valid_from), String(unit.valid_to)]).toEqual(['2019-01-01', '2024-12-31'])
      expect(unit).not.toHaveProperty('parent_code')
    })

    it('keeps every assessment with its cohort, points and published values', async () => {
      const rows = await t.db
        .selectFrom('assessment')
        .select([
          'unit_code',
          'year',
          'points',
          'published_rank',
          'decision_no',
          'field_points',
          'cohort_parent_code',
          'cohort_block',
          'published_cohort_size',
        ])
        .orderBy('unit_code')
        .orderBy('year')
        .execute()
      expect(rows.map((r) => ({ ...r, year: Number(r.year) }))).toEqual([
        {
          unit_code: 'LONG_AN.TAN_AN',
          year: 2023,
          points: 82,
          published_rank: null,
          decision_no: null,
          field_points: null,
          cohort_parent_code: 'LONG_AN',
          cohort_block: '',
          published_cohort_size: null,
        },
        {
          unit_code: 'LONG_AN.THANH_HOA',
          year: 2022,
          points: 74.75,
          published_rank: 12,
          decision_no: '221/QĐ-UBND',
          field_points: '{"IMPACT":[20.5,null]}',
          cohort_parent_code: 'LONG_AN',
          cohort_block: '',
          published_cohort_size: null,
        },
        {
          unit_code: 'LONG_AN.THANH_HOA',
          year: 2023,
          points: 80.1,
          published_rank: 5,
          decision_no: null,
          field_points: null,
          cohort_parent_code: 'LONG_AN',
          cohort_block: '',
          published_cohort_size: null,
        },
      ])
      const lineage = await t.db.selectFrom('unit_lineage').selectAll().execute()
      expect(lineage).toHaveLength(1)
    })

    it('rebuilds the stored ranks per cohort, block and scope', async () => {
      const ranks = await t.db
        .selectFrom('cohort_rank')
        .select(['parent_code', 'kind', 'block', 'scope', 'year', 'unit_code', 'rank'])
        .orderBy('scope')
        .orderBy('year')
        .orderBy('rank')
        .execute()
      expect(
        ranks.map((r) => [r.scope, Number(r.year), r.unit_code, Number(r.rank), r.block]),
      ).toEqual([
        ['ALL', 2022, 'LONG_AN.THANH_HOA', 1, ''],
        ['ALL', 2023, 'LONG_AN.TAN_AN', 1, ''],
        ['ALL', 2023, 'LONG_AN.THANH_HOA', 2, ''],
        ['PUBLISHED', 2022, 'LONG_AN.THANH_HOA', 1, ''],
        ['PUBLISHED', 2023, 'LONG_AN.THANH_HOA', 1, ''],
      ])
    })

    it('refuses to go down rather than lose placements', async () => {
      const m = await testMigrator(t.db as Kysely<unknown>, dialect)
      // Later migrations go down first; this one refuses.
      const down = await t.changeSchema(() => m.migrateTo(BEFORE))
      expect(String(down.error)).toMatch(/cannot be undone/)
      const still = await t.db.selectFrom('unit_placement').select('unit_code').execute()
      expect(still).toHaveLength(4)
    })
  })
}
