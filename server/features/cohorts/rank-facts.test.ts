// The facts stored beside each rank (ADR 015) against the rule applied per request before them
// (the previous year read beside the rows, yearOverYear, toRankingEntry): every cohort-year of
// the cohort scenario (a merge, a unit from another cohort, published ranks, a scheme) and of
// the large cohort, in both scopes, gives the same entries — and still does after a write to
// one year, whose following year's facts are rebuilt with it.
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { insertCohortScenario } from '../../test/insert-fixtures.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import { DISTRICT, communeCode, insertLargeCohort } from '../rankings/large-cohort.fixture.ts'
import { findRankingList } from '../rankings/ranking-list.repository.ts'
import { findRanking } from '../rankings/rankings.repository.ts'
import { toRankingEntry, toStoredRankingEntry } from '../rankings/rankings.mapper.ts'
import { toGradeBands } from './cohorts.mapper.ts'
import { RANK_SCOPES, refreshCohortRanks } from './refresh-cohort-ranks.ts'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'

async function compareEveryCohortYear(db: Kysely<Database>) {
  const cohortYears = await db
    .selectFrom('cohort_year')
    .select(['parent_code', 'kind', 'block', 'scope', 'year'])
    .execute()
  expect(cohortYears.length).toBeGreaterThan(8)
  for (const y of cohortYears) {
    const cohort = { parentCode: y.parent_code, kind: y.kind, block: y.block }
    const visibility = { includeDrafts: y.scope === 'ALL' }
    const year = Number(y.year)
    const before = await findRanking(db, cohort, year, visibility)
    const bands = toGradeBands(before.bands, before.schemeId)
    const perRequest = before.rows.map((r) => toRankingEntry(r, year, bands, before.shape))
    const page = {
      sort: 'rank' as const,
      dir: 'asc' as const,
      words: [],
      offset: 0,
      limit: undefined,
    }
    const stored = await findRankingList(db, cohort, year, visibility, page)
    const entries = stored.rows.map((r) => toStoredRankingEntry(r, year, bands, stored.shape))
    expect(entries, `${y.parent_code} ${y.kind} ${y.block} ${y.scope} ${year}`).toEqual(perRequest)
  }
}

for (const dialect of TEST_DIALECTS) {
  describe(`facts stored beside ranks (${dialect})`, () => {
    const ctx = useTestApp(dialect, async (db) => {
      await insertCohortScenario(db)
      await insertLargeCohort(db)
    })

    it('give every cohort-year the entries the per-request rule gives', async () => {
      await compareEveryCohortYear(ctx.t.db)
    })

    it('follow a write to the year before: its next year is rebuilt with it', async () => {
      const db = ctx.t.db
      const unit = communeCode(5)
      const read = async () =>
        db
          .selectFrom('cohort_rank')
          .select(['prev_index_pct', 'delta_pct'])
          .where('unit_code', '=', unit)
          .where('year', '=', 2023)
          .where('scope', '=', 'ALL')
          .executeTakeFirstOrThrow()
      const was = await read()
      await sql`update assessment set index_pct = index_pct + 1 where unit_code = ${unit} and year = 2022`.execute(
        db,
      )
      await refreshCohortRanks(db, {
        parents: new Set([DISTRICT]),
        scopes: RANK_SCOPES,
        years: new Set([2022]),
      })
      const now = await read()
      expect(Number(now.prev_index_pct)).toBeCloseTo(Number(was.prev_index_pct) + 1, 6)
      expect(Number(now.delta_pct)).toBeCloseTo(Number(was.delta_pct) - 1, 6)
      await compareEveryCohortYear(db)
    })
  })
}
