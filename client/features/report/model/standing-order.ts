// A cohort's units in the order a report lists them, and whether a partial table's ranks stand
// beside the decision's.
import type { RankingEntry } from '#shared/dto/ranking.ts'
import { isRankAmongLoaded } from '#shared/kpi/rank-denominator.ts'

/** The cohort-year a report orders: its units, its size and how many of them are loaded. */
export type StandingCohort = { items: readonly RankingEntry[]; total: number; ranked: number }

/**
 * Whether some shown rank is one computed among the units loaded of a partial table, the decision
 * having published none for it (shared/kpi/rank-denominator.ts): the report then says so.
 */
export function anyRankAmongLoaded(cohort: StandingCohort): boolean {
  return cohort.items.some((item) => isRankAmongLoaded(item.published?.rank, cohort))
}

/**
 * The cohort's units in its order: by rank; where ranks among the units loaded stand beside
 * published ones, by the rank computed among the loaded — "2/6*" and a published "5/15" are not
 * of one order, the computed ranks are.
 */
export function inStandingOrder(cohort: StandingCohort): RankingEntry[] {
  const byRank = (a: RankingEntry, b: RankingEntry) => a.rank - b.rank
  return [...cohort.items].sort(
    anyRankAmongLoaded(cohort) ? (a, b) => a.computedRank - b.computedRank || byRank(a, b) : byRank,
  )
}
