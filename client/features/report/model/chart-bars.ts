// Which units a printed chart draws. At A4 text width about forty bars stay legible; a larger
// cohort shows its top and bottom and the report's own unit, and the caption says so (the
// ranking table beside the chart keeps every unit).
import type { RankingEntry } from '#shared/dto/ranking.ts'
import type { ReportChangeBar, ReportRankingBar } from './report-model.ts'

/** Most bars a chart draws at A4 text width before it keeps only both ends. */
export const MAX_BARS = 40
/** Bars kept at each end of a longer list. */
export const END_BARS = 15

/** The first and last END_BARS of `rows` (in order) plus any highlighted row between them. */
export function keepEnds<R extends { highlighted: boolean }>(rows: readonly R[]): R[] {
  if (rows.length <= MAX_BARS) return [...rows]
  return rows.filter((row, i) => i < END_BARS || i >= rows.length - END_BARS || row.highlighted)
}

type Standings = (a: RankingEntry, b: RankingEntry) => number

/**
 * The order of a cohort's units: by rank; where ranks among the units loaded of a partial table
 * stand beside published ones (`amongLoaded`), by the rank computed among the loaded — "2/6*" and
 * a published "5/15" are not of one order, the computed ranks are.
 */
export function standingOrder(amongLoaded: boolean): Standings {
  return amongLoaded
    ? (a, b) => a.computedRank - b.computedRank || a.rank - b.rank
    : (a, b) => a.rank - b.rank
}

/** Bars of the ranking chart in the cohort's order (`order`, by rank unless given). */
export function rankingBars(
  items: readonly RankingEntry[],
  highlight: string | null,
  order: Standings = standingOrder(false),
): ReportRankingBar[] {
  return [...items].sort(order).map((item) => ({
    code: item.unit.code,
    name: item.unit.name,
    rank: item.rank,
    indexPct: item.indexPct,
    grade: item.grade,
    highlighted: item.unit.code === highlight,
  }))
}

/** Bars of the change chart, largest gain first; a change not claimed (ADR 014) is left out. */
export function changeBars(
  items: readonly RankingEntry[],
  highlight: string | null,
): ReportChangeBar[] {
  return items
    .flatMap((item) =>
      item.deltaPct === null
        ? []
        : [
            {
              code: item.unit.code,
              name: item.unit.name,
              deltaPct: item.deltaPct,
              rankChange: item.notComparable?.rankOnly ? null : item.rankChange,
              highlighted: item.unit.code === highlight,
              rank: item.rank,
            },
          ],
    )
    .sort((a, b) => b.deltaPct - a.deltaPct || a.rank - b.rank)
    .map(({ rank: _rank, ...bar }) => bar)
}
