// Migration 2026_12_02_06_30_00_cohort_year_counts and the writers that keep the counts (ADR
// 023): a cohort-year's stored counts are the ones its ranks and their facts give (what a
// ranking summary aggregated per request before), as written by refreshCohortRanks() and as
// filled by the migration over existing ranks — on SQLite and PostgreSQL.
import type { Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countCohortYear, parseCohortYearCounts } from '../../cohorts/cohort-year-counts.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { insertCohortScenario } from '../../test/insert-fixtures.ts'
import { testMigrator } from '../../test/test-migrator.ts'
import { setCohortStatus } from '../../features/publications/publications.repository.ts'
import type { NotComparableReason } from '#shared/kpi/comparability.ts'
import type { Database } from '../schema.ts'

const keyOf = (r: {
  parent_code: string
  kind: string
  block: string
  scope: string
  year: number
}) => [r.parent_code, r.kind, r.block, r.scope, Number(r.year)].join('|')

/** The counts of every cohort-year, computed here from its stored ranks. */
async function expectedCounts(db: Kysely<Database>) {
  const rows = await db.selectFrom('cohort_rank').selectAll().execute()
  const byYear = new Map<string, typeof rows>()
  for (const row of rows) byYear.set(keyOf(row), [...(byYear.get(keyOf(row)) ?? []), row])
  const out = new Map<string, ReturnType<typeof countCohortYear>>()
  for (const [key, list] of byYear)
    out.set(
      key,
      countCohortYear(
        list.map((r) => ({
          grade: r.grade,
          indexPct: Number(r.index_pct),
          deltaPct: r.delta_pct === null ? null : Number(r.delta_pct),
          notComparable: r.not_comparable as NotComparableReason | null,
        })),
      ),
    )
  return normalised(out)
}

async function storedCounts(db: Kysely<Database>) {
  const rows = await db.selectFrom('cohort_year').selectAll().execute()
  return normalised(new Map(rows.map((r) => [keyOf(r), parseCohortYearCounts(r.counts)])))
}

/** Order-free and float-tolerant: grade and reason lists sorted, sums rounded. */
function normalised(counts: Map<string, ReturnType<typeof parseCohortYearCounts>>) {
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, c]) => ({
      key,
      counts: c && {
        ...c,
        indexSum: Math.round(c.indexSum * 1e6) / 1e6,
        grades: [...c.grades].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
        reasons: [...c.reasons].sort((a, b) => a[0].localeCompare(b[0])),
      },
    }))
}

for (const dialect of TEST_DIALECTS) {
  describe(`cohort-year counts (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await insertCohortScenario(t.db)
    })
    afterAll(() => t.destroy())

    it('are written with the ranks and their facts, for every cohort-year and scope', async () => {
      const expected = await expectedCounts(t.db)
      expect(expected.length).toBeGreaterThan(0)
      expect(expected.every((e) => e.counts !== null && e.counts.ranked > 0)).toBe(true)
      expect(expected.some((e) => e.counts!.improved + e.counts!.declined > 0)).toBe(true)
      expect(await storedCounts(t.db)).toEqual(expected)
    })

    it('follow a cohort-year returned to draft and published again', async () => {
      const cohort = { parentCode: 'LONG_AN', kind: 'DISTRICT', year: 2023 }
      await setCohortStatus(
        t.db,
        { ...cohort, decisionNo: null, decisionDate: null },
        'DRAFT',
        null,
      )
      expect(await storedCounts(t.db)).toEqual(await expectedCounts(t.db))
      await setCohortStatus(
        t.db,
        { ...cohort, decisionNo: '1/QĐ-UBND', decisionDate: '2024-01-15' },
        'PUBLISHED',
        null,
      )
      expect(await storedCounts(t.db)).toEqual(await expectedCounts(t.db))
    })

    it('are filled by the migration from the stored ranks, and dropped going down', async () => {
      const written = await storedCounts(t.db)
      const m = await testMigrator(t.db as Kysely<unknown>, dialect)
      const down = await t.changeSchema(() => m.migrateTo('2026_12_02_03_00_00_cohort_field_stats'))
      expect(down.error).toBeUndefined()
      expect(down.results?.at(-1)?.migrationName).toBe('2026_12_02_06_30_00_cohort_year_counts')
      const up = await t.changeSchema(() => m.migrateToLatest())
      expect(up.error).toBeUndefined()
      expect(await storedCounts(t.db)).toEqual(written)
    })
  })
}
