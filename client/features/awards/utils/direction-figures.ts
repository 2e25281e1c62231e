// What the awards chart writes past each unit's two bars (awards-direction-chart.tsx): each
// part's sum, and after the own awards' the unit's total where it also received some. Both of
// its layouts, side by side and one part above the other, write the same.
import {
  DIRECTIONS_DRAWN,
  directionSum,
  type AwardRow,
  type DirectedSeries,
} from './to-award-series.ts'

export type DirectionFigures = {
  /** Each row's sums, received then given. */
  sums: number[][]
  /** Each row's figures, received then given; '' where the part has none. */
  figures: string[][]
}

/**
 * The rows' sums and figures. The total is written where the unit has both: the rows are in
 * order of their totals, which neither part's figure alone shows (41 given and 2 received drew
 * above 42 given and none).
 */
export function directionFigures(
  rows: readonly Pick<AwardRow, 'code' | 'name' | 'directed'>[],
  series: readonly DirectedSeries[],
  formatValue: (v: number) => string,
  totalText?: (total: string) => string,
): DirectionFigures {
  const sums = rows.map((row) => DIRECTIONS_DRAWN.map((d) => directionSum(row, series, d)))
  const figures = sums.map(([received = 0, given = 0]) => [
    received > 0 ? formatValue(received) : '',
    given === 0
      ? ''
      : received > 0 && totalText
        ? `${formatValue(given)} (${totalText(formatValue(received + given))})`
        : formatValue(given),
  ])
  return { sums, figures }
}
