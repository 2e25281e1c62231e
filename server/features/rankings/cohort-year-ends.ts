// The ends of every order a summary shows: the top and bottom by rank, the movers by change and
// by rank move, the first units new to the cohort and of each withheld reason — for a
// cohort-year written before the rank writer stored them (ADR 039, summary-ends.ts). A large
// cohort-year's are cut in SQL from the covering rank index: the lists in rank order follow the
// index's own order and stop at the cut (cohort-year-cut.ts), the movers come from one scan
// (cohort-year-movers.ts), and a list the stored counts show to be empty (no unit new, none
// withheld for a reason, no change) is not read at all — its scan would find nothing, and cross
// the whole range to be sure. A small cohort-year is read whole, in one statement, and cut as the
// writer cuts: a statement per list costs it more than its rows do.
import type { SortDirection } from '#shared/schemas/cohorts.schema.ts'
import { sql, type Kysely, type SqlBool } from 'kysely'
import type { NotComparableReason } from '#shared/kpi/comparability.ts'
import type { Database } from '../../db/schema.ts'
import {
  type EndsRow,
  type SummaryEnds,
  cutSummaryEnds,
  rankKeys,
} from '#server/cohorts/summary-ends.ts'
import { type CutOrder, findFirstInOrder, toCutRow } from './cohort-year-cut.ts'
import { SAMPLE_RANKS, findCohortYearMovers } from './cohort-year-movers.ts'
import { type CohortYearKey, yearRanks } from './stored-ranks.repository.ts'

/** What the stored counts of the cohort-year say is there to name. */
export type EndsCounts = {
  ranked: number
  /** Units with an index change (improved, declined or unchanged). */
  changed: number
  noPrevious: number
  /** Units per withheld reason. */
  withheld: (reason: NotComparableReason) => number
}

const every = sql<SqlBool>`1 = 1`

/** Rank ascending, then code: the order every list falls back on. */
const byRank = (where = every, dir: SortDirection = 'asc'): CutOrder => ({
  ...rankKeys(dir),
  where,
})

/** Units without an index change, withheld for `reason` (null: none, so new to the cohort). */
const unchangedFor = (reason: NotComparableReason | null) =>
  byRank(
    reason === null
      ? sql<SqlBool>`cohort_rank.delta_pct is null and cohort_rank.not_comparable is null`
      : sql<SqlBool>`cohort_rank.delta_pct is null and cohort_rank.not_comparable = ${reason}`,
  )

/** Every row of a cohort-year, as the ends are cut from them. */
export async function readEndsRows(db: Kysely<Database>, key: CohortYearKey): Promise<EndsRow[]> {
  const rows = await yearRanks(db, key)
    .select([
      'cohort_rank.unit_code',
      'cohort_rank.rank',
      'cohort_rank.delta_pct',
      'cohort_rank.rank_change',
      'cohort_rank.not_comparable',
    ])
    .execute()
  return rows.map((r) => ({ ...toCutRow(r), not_comparable: r.not_comparable }))
}

/**
 * Ends of every order of one cohort-year, `n` units each (`wholeUpTo` the largest size read
 * whole, a test's to change).
 */
export async function findCohortYearEnds(
  db: Kysely<Database>,
  key: CohortYearKey,
  n: number,
  counts: EndsCounts,
  withheldReasons: readonly NotComparableReason[],
  wholeUpTo = SAMPLE_RANKS,
): Promise<SummaryEnds> {
  if (counts.ranked > 0 && counts.ranked <= wholeUpTo)
    return cutSummaryEnds(await readEndsRows(db, key), n, withheldReasons)
  const cut = (order: CutOrder, any = counts.ranked) =>
    any > 0 ? findFirstInOrder(db, key, order, n) : Promise.resolve([])
  const [movers, top, bottom, noPrevious, ...withheld] = await Promise.all([
    // No change, no rank move either (a rank move is withheld wherever the change is).
    findCohortYearMovers(db, key, n, counts.changed > 0 ? counts.ranked : 0),
    cut(byRank()),
    // The last n in rank order: the first n backwards, turned back.
    cut(byRank(every, 'desc')).then((codes) => codes.reverse()),
    cut(unchangedFor(null), counts.noPrevious),
    ...withheldReasons.map((reason) => cut(unchangedFor(reason), counts.withheld(reason))),
  ])
  return {
    lists: { top, bottom, ...movers },
    noPrevious,
    withheld,
  }
}
