// Migration 2026_12_02_03_00_00_cohort_field_stats and the writers that keep its table (ADR 023):
// each field's best, sum and count per cohort-year and scope are the ones the assessments ranked
// there give (what a profile computed per request before), as written by refreshCohortRanks()
// and as filled by the migration over existing ranks — on SQLite and PostgreSQL.
import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseFieldPoints } from '../field-points.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { insertCohortScenario } from '../../test/insert-fixtures.ts'
import { testMigrator } from '../../test/test-migrator.ts'
import { setCohortStatus } from '../../features/publications/publications.repository.ts'
import type { Database } from '../schema.ts'

type Stat = { key: string; best: number; total: number; count: number }

/** The stats computed from the ranked assessments, field point by field point. */
async function expectedStats(db: Kysely<Database>): Promise<Stat[]> {
  const rows = await db
    .selectFrom('cohort_rank as r')
    .innerJoin('assessment as a', (join) =>
      join.onRef('a.unit_code', '=', 'r.unit_code').onRef('a.year', '=', 'r.year'),
    )
    .select(['r.parent_code', 'r.kind', 'r.block', 'r.scope', 'r.year', 'a.unit_code'])
    .select('a.field_points')
    .execute()
  const stats = new Map<string, Stat>()
  for (const row of rows) {
    for (const p of parseFieldPoints(row.unit_code, Number(row.year), row.field_points)) {
      const key = [row.parent_code, row.kind, row.block, row.scope, row.year, p.field_code].join(
        '|',
      )
      const s = stats.get(key)
      if (!s) stats.set(key, { key, best: p.points, total: p.points, count: 1 })
      else
        Object.assign(s, {
          best: Math.max(s.best, p.points),
          total: s.total + p.points,
          count: s.count + 1,
        })
    }
  }
  return [...stats.values()].sort((a, b) => (a.key < b.key ? -1 : 1))
}

async function storedStats(db: Kysely<Database>): Promise<Stat[]> {
  const rows = await db.selectFrom('cohort_field_stat').selectAll().execute()
  return rows
    .map((r) => ({
      key: [r.parent_code, r.kind, r.block, r.scope, r.year, r.field_code].join('|'),
      best: Number(r.best),
      total: Number(r.total),
      count: Number(r.count),
    }))
    .sort((a, b) => (a.key < b.key ? -1 : 1))
}

for (const dialect of TEST_DIALECTS) {
  describe(`cohort field stats (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await insertCohortScenario(t.db)
    })
    afterAll(() => t.destroy())

    it('are written with the ranks: the best, sum and count of each field over the ranked units', async () => {
      const expected = await expectedStats(t.db)
      expect(expected.length).toBeGreaterThan(0)
      expect(expected.some((s) => s.key.includes('|PUBLISHED|'))).toBe(true)
      expect(await storedStats(t.db)).toEqual(expected)
    })

    it('follow a cohort-year returned to draft and published again', async () => {
      const cohort = { parentCode: 'LONG_AN', kind: 'DISTRICT', year: 2023 }
      await setCohortStatus(
        t.db,
        { ...cohort, decisionNo: null, decisionDate: null },
        'DRAFT',
        null,
      )
      const drafted = await storedStats(t.db)
      expect(drafted.some((s) => s.key.startsWith('LONG_AN|DISTRICT||PUBLISHED|2023|'))).toBe(false)
      expect(drafted).toEqual(await expectedStats(t.db))
      await setCohortStatus(
        t.db,
        { ...cohort, decisionNo: '1/QĐ-UBND', decisionDate: '2024-01-15' },
        'PUBLISHED',
        null,
      )
      expect(await storedStats(t.db)).toEqual(await expectedStats(t.db))
    })

    it('are filled by the migration from the stored ranks, and dropped going down', async () => {
      const written = await storedStats(t.db)
      const m = await testMigrator(t.db as Kysely<unknown>, dialect)
      const down = await t.changeSchema(() => m.migrateTo('2026_12_01_23_45_00_rank_facts'))
      expect(down.error).toBeUndefined()
      expect(down.results?.map((r) => r.migrationName)).toContain(
        '2026_12_02_03_00_00_cohort_field_stats',
      )
      const up = await t.changeSchema(() => m.migrateToLatest())
      expect(up.error).toBeUndefined()
      expect(await storedStats(t.db)).toEqual(written)
    })
  })
}
