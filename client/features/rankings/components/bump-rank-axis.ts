// The rank history's rank axis: its marks (every rank, every 5 or 10 of a long one, a large
// cohort's logarithmic positions, or first, middle and last where each rank is drawn at its place
// in its cohort), how each is written, and the width they take left of the plot.
import { chartTextWidth } from '#client/components/charts/category-axis.ts'
import { rankTicksEvery } from '#client/components/charts/rank-ticks.ts'
import type { StandingLabels } from '#client/lib/rank-standing.ts'
import type { RankAxis } from '../utils/to-bump-series.ts'

/** The rank axis's marks, the text of each, and its width, for BumpChartDrawing. */
export function bumpRankAxis({
  axis,
  standingLabels,
  max,
  dense,
  font,
  image,
  rankLabel,
  formatRank,
}: {
  /** A large cohort's rank axis, logarithmic from both ends. */
  axis: RankAxis | undefined
  /** Given where each rank is drawn at its place in its cohort. */
  standingLabels: StandingLabels | undefined
  /** The axis's last rank (bumpChartRows). */
  max: number
  /** Ticked every 5 or 10 ranks (bumpChartRows). */
  dense: boolean
  font: { tick: number }
  /** An export's axis, set in Inter, not the page's. */
  image: boolean
  /** The axis's title ("Hạng"). */
  rankLabel: string | undefined
  formatRank: (rank: number) => string
}) {
  const rankAt = new Map(axis?.ticks.map((t) => [t.position, t.rank]))
  const step = max > 50 ? 10 : 5
  const standingMarks = new Map(
    standingLabels
      ? [
          [1, standingLabels.first],
          [(1 + max) / 2, standingLabels.middle],
          [max, standingLabels.last],
        ]
      : [],
  )
  const ticks = axis
    ? axis.ticks.map((t) => t.position)
    : standingLabels
      ? [...standingMarks.keys()]
      : // 1st, the last place and every 5 or 10 between, as the unit profile's rank axis.
        rankTicksEvery(max, dense ? step : 1)
  // Words on a place axis ("Cuối bảng") are wider than a rank: measured, with a tick's room.
  const standingWidth = Math.ceil(
    Math.max(0, ...[...standingMarks.values()].map((l) => chartTextWidth(l, font.tick, { image }))),
  )
  const width = axis
    ? image
      ? 90
      : 52
    : standingLabels
      ? standingWidth + (image ? 16 : 10)
      : image
        ? 44
        : 28
  return {
    ticks,
    /** The marks' column. */
    width,
    /** The title's, left of the marks. */
    titleRoom: rankLabel ? Math.ceil(font.tick * 1.6) : 0,
    label: (v: number) =>
      axis ? formatRank(rankAt.get(v) ?? v) : (standingMarks.get(v) ?? String(v)),
  }
}
