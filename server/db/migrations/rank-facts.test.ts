// Migration 2026_12_01_23_45_00_rank_facts fills the facts beside every existing rank with the
// rule the writers run (ADR 015): migrated down and up again over the cohort scenario (a merge,
// a unit new to its cohort, a published rank, ties) and the large cohort (index-only rows, a
// change of size), the stored facts are the ones refreshCohortRanks() wrote — on SQLite and
// PostgreSQL. The facts themselves are checked against the per-request rule in
// server/features/cohorts/rank-facts.test.ts.
import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { insertCohortScenario } from '../../test/insert-fixtures.ts'
import { testMigrator } from '../../test/test-migrator.ts'
import { insertLargeCohort } from '../../features/rankings/large-cohort.fixture.ts'
import type { Database } from '../schema.ts'

const FACTS = [
  'parent_code',
  'kind',
  'block',
  'scope',
  'year',
  'unit_code',
  'points',
  'grade',
  'prev_index_pct',
  'prev_rank',
  'prev_total',
  'delta_pct',
  'rank_change',
  'not_comparable',
  'name_order',
  'search_key',
] as const

const readFacts = (db: Kysely<Database>) =>
  db
    .selectFrom('cohort_rank')
    .select(FACTS)
    .orderBy(['parent_code', 'kind', 'block', 'scope', 'year', 'unit_code'])
    .execute()
    .then((rows) =>
      rows.map((r) => ({
        ...r,
        year: Number(r.year),
        points: r.points === null ? null : Number(r.points),
        prev_index_pct: r.prev_index_pct === null ? null : Number(r.prev_index_pct),
        delta_pct: r.delta_pct === null ? null : Number(r.delta_pct),
      })),
    )

for (const dialect of TEST_DIALECTS) {
  describe(`rank facts migration (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await insertCohortScenario(t.db)
      await insertLargeCohort(t.db)
    })
    afterAll(() => t.destroy())

    it('fills every existing rank with the facts the writers store', async () => {
      const written = await readFacts(t.db)
      expect(written.some((r) => r.not_comparable === 'LINEAGE')).toBe(true)
      expect(written.some((r) => r.not_comparable === 'COHORT_SIZE')).toBe(true)
      expect(written.some((r) => r.rank_change !== null)).toBe(true)
      expect(written.some((r) => r.points === null)).toBe(true)
      const m = await testMigrator(t.db as Kysely<unknown>, dialect)
      // Down to the migration before it (later ones go down first), then up to the latest.
      const down = await t.changeSchema(() => m.migrateTo('2026_12_01_22_30_00_login_throttle'))
      expect(down.error).toBeUndefined()
      expect(down.results?.at(-1)?.migrationName).toBe('2026_12_01_23_45_00_rank_facts')
      const up = await t.changeSchema(() => m.migrateToLatest())
      expect(up.error).toBeUndefined()
      expect(await readFacts(t.db)).toEqual(written)
    })
  })
}
