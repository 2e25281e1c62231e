import { FOCUS_THRESHOLD } from '#client/lib/focus-units.ts'
import { chartFont } from '#client/components/charts/chart-size.ts'
import { lazyChart } from '#client/components/charts/lazy-chart.tsx'
import type { ChartSize } from '#client/lib/export-chart.ts'
import type { BumpSeries, RankAxis } from '../utils/to-bump-series.ts'
import type { BumpChartProps } from './bump-chart-drawing.tsx'

export type BumpStyle = {
  code: string
  name: string
  color: string
  dash?: string
  /** Found by the search box: ★. */
  highlighted?: boolean
  /** The reader's unit (client/lib/focus-unit.ts): ▶, a heavier line, always named. */
  focused?: boolean
}

/** The rank axis's rows: how many, whether ticked sparsely, their height, the chart's height. */
export function bumpChartRows(
  series: BumpSeries,
  axis: RankAxis | undefined,
  size?: ChartSize,
  standing = false,
) {
  const font = chartFont(size)
  const max = axis?.max ?? series.maxRank
  // A partial table (6 provinces of 63) would draw 63 rows for a few lines: past 20 ranks the
  // axis is ticked every 5 or 10 and the chart keeps a readable height.
  const dense = !axis && max > 20
  // The names at the line ends need a line of text each: as much room per rank as the closest
  // two of them ask for, up to the full 28 px a rank.
  const lastRanks = series.units
    .map((u) => u.lastRank)
    .filter((r): r is number => r !== null)
    .sort((a, b) => a - b)
  const minGap = Math.max(
    1,
    Math.min(
      ...lastRanks
        .slice(1)
        .map((r, i) => r - (lastRanks[i] ?? 0))
        .filter((g) => g > 0),
      max,
    ),
  )
  const perRank = dense ? Math.min(28, Math.max((20 * 28) / max, (font.label + 4) / minGap)) : 28
  // A large cohort drawn by place (its sizes differ) gets the logarithmic axis's height: a row
  // per rank of thousands would be a chart of metres.
  const liveHeight =
    axis || (standing && max > FOCUS_THRESHOLD) ? 560 : Math.max(300, max * perRank + 60)
  return { max, dense, perRank, liveHeight }
}

/**
 * Rank over the years, one line per unit, 1st at the top; names at the line ends, so a line is
 * told by its name rather than by one of a few colours. On screen, hovering or clicking a line
 * or its name picks it out (the others fade); a second click lets it go.
 */
export const BumpChart = lazyChart<BumpChartProps>(
  () => import('./bump-chart-drawing.tsx').then((module) => module.BumpChartDrawing),
  (props) =>
    bumpChartRows(props.series, props.axis, props.size, Boolean(props.standingLabels)).liveHeight,
)
