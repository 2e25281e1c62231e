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
import { toGradeBands } from '#server/cohorts/cohorts.mapper.ts'
import {
  RANK_SCOPES,
  rankRefreshFor,
  refreshCohortRanks,
} from '#server/cohorts/refresh-cohort-ranks.ts'
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

for (const dialect of TEST_DIALECTS) {
  describe(`writes that refresh the stored facts (${dialect})`, () => {
    const ctx = useTestApp(dialect, insertLargeCohort)
    const facts = (code: string, year: number) =>
      ctx.t.db
        .selectFrom('cohort_rank')
        .select(['search_key', 'name_order', 'not_comparable', 'delta_pct'])
        .where('unit_code', '=', code)
        .where('year', '=', year)
        .where('scope', '=', 'ALL')
        .executeTakeFirstOrThrow()

    it('a renamed unit gets its new search key and place by name in every year', async () => {
      const code = communeCode(7)
      const before = { code, name: 'Xã Kiến Tường 2', kind: 'COMMUNE' }
      const after = { ...before, name: 'Xã Ánh Dương' }
      const was = Number((await facts(code, 2024)).name_order)
      await sql`update unit set name = ${after.name} where code = ${code}`.execute(ctx.t.db)
      await refreshCohortRanks(
        ctx.t.db,
        await rankRefreshFor(ctx.t.db, [{ entity: 'unit', before, after }]),
      )
      for (const year of [2022, 2023, 2024]) {
        const f = await facts(code, year)
        expect(f.search_key).toBe('xa anh duong')
        // "Phường Tân An 2" was near the start; "Xã Ánh Dương" sorts after the other
        // "Phường …" and "Thị trấn …" (15 of 40 units in 2022, 18 of 48 later), before any "Xã …".
        expect(was).toBe(2)
        expect(Number(f.name_order)).toBe(year === 2022 ? 16 : 19)
      }
    })

    it('a lineage event withholds the change of the units it touches in its year', async () => {
      const code = communeCode(9)
      expect((await facts(code, 2024)).not_comparable).toBeNull()
      const event = {
        id: 'SPLIT:test',
        event: 'TRANSFER',
        from_code: communeCode(10),
        to_code: code,
        effective_date: '2024-07-01',
        note: null,
      }
      await ctx.t.db.insertInto('unit_lineage').values(event).execute()
      await refreshCohortRanks(
        ctx.t.db,
        await rankRefreshFor(ctx.t.db, [{ entity: 'unit_lineage', before: null, after: event }]),
      )
      const f = await facts(code, 2024)
      expect(f).toMatchObject({ not_comparable: 'LINEAGE', delta_pct: null })
      expect((await facts(communeCode(10), 2024)).not_comparable).toBe('LINEAGE')
      expect((await facts(code, 2023)).not_comparable).toBe('COHORT_SIZE')
    })
  })
}
