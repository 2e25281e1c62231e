import { lazyChart } from '#client/components/charts/lazy-chart.tsx'
import type { GroupedBarChartProps } from './grouped-bar-chart-drawing.tsx'

/** The chart's height on screen (a placeholder holds it until the drawing is loaded). */
export function groupedBarChartHeight(rows: readonly unknown[], seriesCount: number): number {
  return Math.max(240, rows.length * (Math.max(1, seriesCount) * 14 + 16) + 50)
}

/** Horizontal grouped bars: one group per category (field, unit), one bar per series. */
export const GroupedBarChart = lazyChart<GroupedBarChartProps>(
  () => import('./grouped-bar-chart-drawing.tsx').then((module) => module.GroupedBarChartDrawing),
  (props) => groupedBarChartHeight(props.rows, props.series.length),
)
