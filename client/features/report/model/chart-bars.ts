// Which units a printed chart draws. At A4 text width about forty bars stay legible; a larger
// cohort shows its top and bottom and the report's own unit, and the caption says so (the
// ranking table beside the chart keeps every unit).
import type { RankingEntry } from '#shared/dto/ranking.ts'
import type { ReportChangeBar, ReportRankingBar } from './report-model.ts'
import { inStandingOrder, type StandingCohort } from './standing-order.ts'

/** Most bars a chart draws at A4 text width before it keeps only both ends. */
export const MAX_BARS = 40
/** Bars kept at each end of a longer list. */
export const END_BARS = 15

/** The first and last END_BARS of `rows` (in order) plus any highlighted row between them. */
export function keepEnds<R extends { highlighted: boolean }>(rows: readonly R[]): R[] {
  if (rows.length <= MAX_BARS) return [...rows]
  return rows.filter((row, i) => i < END_BARS || i >= rows.length - END_BARS || row.highlighted)
}

/** Bars of the ranking chart in the cohort's order (standing-order.ts). */
export function rankingBars(cohort: StandingCohort, highlight: string | null): ReportRankingBar[] {
  return inStandingOrder(cohort).map((item) => ({
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
