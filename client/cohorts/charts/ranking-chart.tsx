import { lazyChart } from '#client/components/charts/lazy-chart.tsx'
import type { RankingChartProps } from './ranking-chart-drawing.tsx'

/** The chart's height on screen (a placeholder holds it until the drawing is loaded). */
export function rankingChartHeight(rows: readonly unknown[]): number {
  return Math.max(220, rows.length * 30 + 50)
}

/**
 * Horizontal bars of the PAR Index in rank order, filled by grade band (colour + texture). A unit
 * found by the search is marked ★ and outlined, the reader's unit ▶ in bold with a heavier
 * outline: not only coloured. With `onSelect`, a bar opens its unit (the table view has links).
 */
export const RankingChart = lazyChart<RankingChartProps>(
  () => import('./ranking-chart-drawing.tsx').then((module) => module.RankingChartDrawing),
  (props) => rankingChartHeight(props.rows),
)
