// The ends cut in SQL against the full ordering of every row, at every cut from 1 to past the
// cohort-year's size, on a cohort whose ranks, changes and rank moves are tied in runs (so most
// cuts fall inside a run) and whose units are partly new or withheld.
import { type Kysely, sql } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import { describe, expect, it } from 'vitest'
import type { NotComparableReason } from '#shared/kpi/comparability.ts'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import { RANK_SCOPES, refreshCohortRanks } from '#server/cohorts/refresh-cohort-ranks.ts'
import { storedEndsAt } from '#server/cohorts/summary-ends.ts'
import { MAX_ENDS } from '#shared/schemas/cohorts.schema.ts'
import { findCohortYearEnds, readEndsRows } from './cohort-year-ends.ts'
import { findCohortYearMovers, sampleRanks } from './cohort-year-movers.ts'
import { COMMUNES, DISTRICT, communeCode, insertLargeCohort } from './large-cohort.fixture.ts'
import type { CohortYearKey } from './stored-ranks.repository.ts'

const REASONS: readonly NotComparableReason[] = ['LINEAGE', 'SCHEME', 'COHORT']
const cohort = { parentCode: DISTRICT, kind: 'COMMUNE', block: '' }
const keyOf = (year: number): CohortYearKey => ({
  cohort,
  visibility: { includeDrafts: true },
  year,
})

type Row = {
  unit_code: string
  rank: number
  delta_pct: number | null
  rank_change: number | null
  not_comparable: string | null
}

const byCode = (a: Row, b: Row) =>
  a.unit_code < b.unit_code ? -1 : a.unit_code > b.unit_code ? 1 : 0
const byRank = (a: Row, b: Row) => a.rank - b.rank || byCode(a, b)
const codes = (rows: readonly Row[]) => rows.map((r) => r.unit_code)

/** Every list a summary names, cut from the full ordering of the rows. */
function expectedEnds(rows: readonly Row[], n: number) {
  const ranked = [...rows].sort(byRank)
  const movers = (column: 'delta_pct' | 'rank_change', sign: number) =>
    codes(
      ranked
        .filter((r) => r[column] !== null)
        .sort((a, b) => sign * (a[column]! - b[column]!) || byRank(a, b))
        .slice(0, n),
    )
  const unchanged = (reason: string | null) =>
    codes(ranked.filter((r) => r.delta_pct === null && r.not_comparable === reason).slice(0, n))
  return {
    lists: {
      top: codes(ranked.slice(0, n)),
      bottom: codes(ranked.slice(Math.max(0, ranked.length - n))),
      risers: movers('delta_pct', -1),
      fallers: movers('delta_pct', 1),
      rankRisers: movers('rank_change', -1),
      rankFallers: movers('rank_change', 1),
    },
    noPrevious: unchanged(null),
    withheld: REASONS.map(unchanged),
  }
}

/** The counts the cohort-year's writer stores, taken from its rows. */
const countsOf = (rows: readonly Row[]) => ({
  ranked: rows.length,
  changed: rows.filter((r) => r.delta_pct !== null).length,
  noPrevious: rows.filter((r) => r.delta_pct === null && r.not_comparable === null).length,
  withheld: (reason: NotComparableReason) => rows.filter((r) => r.not_comparable === reason).length,
})

/** A cohort-year's rows as every list is cut from them. */
const rowsOf = (db: Kysely<Database>, year: number): Promise<Row[]> => readEndsRows(db, keyOf(year))

/** Some units of 2024 withheld (each reason) or without a previous standing, in tied runs. */
async function withWithheld(db: Parameters<typeof insertLargeCohort>[0]) {
  await insertLargeCohort(db)
  const pick = (mod: number, rest: number) =>
    Array.from({ length: COMMUNES }, (_, i) => i)
      .filter((i) => i % mod === rest)
      .map(communeCode)
  for (const [reason, units] of [
    ['LINEAGE', pick(6, 1)],
    ['SCHEME', pick(9, 4)],
    [null, pick(10, 7)],
  ] as const)
    await sql`update cohort_rank set delta_pct = null, rank_change = null,
      not_comparable = ${reason} where year = 2024 and unit_code in (${sql.join(units)})`.execute(
      db,
    )
}

for (const dialect of TEST_DIALECTS) {
  describe(`findCohortYearEnds (${dialect})`, () => {
    const ctx = useTestApp(dialect, withWithheld)
    const readRows = (year: number) => rowsOf(ctx.t.db, year)

    it('cuts every list as the full ordering does, at every cut, ties at the cut included', async () => {
      let tiesAtCut = 0
      for (const year of [2022, 2023, 2024]) {
        const rows = await readRows(year)
        const ranked = [...rows].sort(byRank)
        for (let n = 1; n <= COMMUNES + 2; n += 1) {
          const expected = expectedEnds(rows, n)
          // Cut in SQL (no cohort-year read whole), and read whole.
          for (const wholeUpTo of [0, COMMUNES]) {
            const found = await findCohortYearEnds(
              ctx.t.db,
              keyOf(year),
              n,
              countsOf(rows),
              REASONS,
              wholeUpTo,
            )
            expect(found, `${year}, ${n}, ${wholeUpTo}`).toEqual(expected)
          }
          if (n < ranked.length && ranked[n - 1]!.rank === ranked[n]!.rank) tiesAtCut += 1
        }
      }
      // The fixture's ties put most rank cuts inside a run of tied units.
      expect(tiesAtCut).toBeGreaterThan(COMMUNES)
    })

    it('stores with each cohort-year the ends the full ordering has, at every cut', async () => {
      // 2024's facts were rewritten by the fixture after the writer ran: the writer's years only.
      for (const year of [2022, 2023]) {
        const rows = await readRows(year)
        const { summary_ends: stored } = await ctx.t.db
          .selectFrom('cohort_year')
          .select('summary_ends')
          .where('parent_code', '=', DISTRICT)
          .where('kind', '=', 'COMMUNE')
          .where('block', '=', '')
          .where('scope', '=', 'ALL')
          .where('year', '=', year)
          .executeTakeFirstOrThrow()
        expect(stored).not.toBeNull()
        for (let n = 1; n <= MAX_ENDS; n += 1)
          expect(storedEndsAt(stored, n), `${year}, ${n}`).toEqual(expectedEnds(rows, n))
      }
    })

    it('finds the movers from a sample of any size as the full ordering has them', async () => {
      // Samples far smaller than the cohort-year: bounds too wide, too narrow (the order is then
      // cut in SQL) or missing (every row with a value read).
      for (const year of [2023, 2024]) {
        const rows = await readRows(year)
        for (const sampled of [1, 2, 3, 5, 8, 13])
          for (let n = 1; n <= COMMUNES + 2; n += 1) {
            const found = await findCohortYearMovers(ctx.t.db, keyOf(year), n, rows.length, sampled)
            const { risers, fallers, rankRisers, rankFallers } = expectedEnds(rows, n).lists
            expect(found, `${year}, ${sampled}, ${n}`).toEqual({
              risers,
              fallers,
              rankRisers,
              rankFallers,
            })
          }
      }
    })

    it('cuts in SQL an order whose bound the sample misjudged', async () => {
      // 2022: the sampled ranks hold the largest changes and rank moves, so a bound taken from
      // the sample lets too few rows pass for any but the shortest lists.
      const size = (await readRows(2022)).length
      for (const sampled of [3, 5, 8]) {
        const ranks = sql.join(sampleRanks(size, sampled))
        await sql`update cohort_rank set
          delta_pct = case when rank in (${ranks}) then 100 + rank else rank / 10.0 end,
          rank_change = case when rank in (${ranks}) then -1000 - rank else rank end
          where year = 2022`.execute(ctx.t.db)
        const rows = await readRows(2022)
        for (let n = 1; n <= size; n += 1) {
          const found = await findCohortYearMovers(ctx.t.db, keyOf(2022), n, size, sampled)
          const { risers, fallers, rankRisers, rankFallers } = expectedEnds(rows, n).lists
          expect(found).toEqual({ risers, fallers, rankRisers, rankFallers })
        }
      }
    })

    it('names the units new or withheld in 2024 and reads no list the counts show empty', async () => {
      const rows = await readRows(2024)
      const found = await findCohortYearEnds(ctx.t.db, keyOf(2024), 3, countsOf(rows), REASONS, 0)
      expect(found.noPrevious).toHaveLength(3)
      expect(found.withheld.map((list) => list.length)).toEqual([3, 3, 0])
      const none = { ranked: 0, changed: 0, noPrevious: 0, withheld: () => 0 }
      const empty = await findCohortYearEnds(ctx.t.db, keyOf(2024), 3, none, REASONS, 0)
      expect(empty).toEqual({
        lists: { top: [], bottom: [], risers: [], fallers: [], rankRisers: [], rankFallers: [] },
        noPrevious: [],
        withheld: [[], [], []],
      })
    })
  })
}

for (const dialect of TEST_DIALECTS) {
  describe(`stored summary ends after a year is rebuilt (${dialect})`, () => {
    const ctx = useTestApp(dialect, insertLargeCohort)

    it('rewrites the ends of the year after, whose changes read the rebuilt year', async () => {
      const { db } = ctx.t
      const storedOf = async (year: number) =>
        (
          await db
            .selectFrom('cohort_year')
            .select('summary_ends')
            .where('parent_code', '=', DISTRICT)
            .where('scope', '=', 'ALL')
            .where('year', '=', year)
            .executeTakeFirstOrThrow()
        ).summary_ends
      const before = await storedOf(2024)
      // 2023 rescored (reversed): every 2024 change moves, 2024's ranks do not.
      await sql`update assessment set points = 150 - points, index_pct = 150 - index_pct
        where year = 2023 and points is not null`.execute(db)
      await refreshCohortRanks(db, {
        parents: new Set([DISTRICT]),
        scopes: RANK_SCOPES,
        years: new Set([2023]),
      })
      const rows = await rowsOf(db, 2024)
      const after = await storedOf(2024)
      expect(after).not.toEqual(before)
      for (let n = 1; n <= MAX_ENDS; n += 1)
        expect(storedEndsAt(after, n), `${n}`).toEqual(expectedEnds(rows, n))
    })
  })
}
