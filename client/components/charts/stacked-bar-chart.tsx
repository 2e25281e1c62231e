import { lazyChart } from '#client/components/charts/lazy-chart.tsx'
import type { StackedBarChartProps } from './stacked-bar-chart-drawing.tsx'

/** The chart's height on screen (a placeholder holds it until the drawing is loaded). */
export function stackedBarChartHeight(rows: readonly unknown[]): number {
  return Math.max(220, rows.length * 30 + 50)
}

/** Stacked horizontal bars (one per unit), one segment per series; shared by tasks and awards. */
export const StackedBarChart = lazyChart<StackedBarChartProps>(
  () => import('./stacked-bar-chart-drawing.tsx').then((module) => module.StackedBarChartDrawing),
  (props) => stackedBarChartHeight(props.rows),
)
