import { lazyChart } from '#client/components/charts/lazy-chart.tsx'
import type { YoyChartProps } from './yoy-chart-drawing.tsx'

/** The chart's height on screen (a placeholder holds it until the drawing is loaded). */
export function yoyChartHeight(rows: readonly unknown[]): number {
  return Math.max(220, rows.length * 30 + 50)
}

/** Diverging bars of the change in index points; falls are hatched as well as coloured. */
export const YoyChart = lazyChart<YoyChartProps>(
  () => import('./yoy-chart-drawing.tsx').then((module) => module.YoyChartDrawing),
  (props) => yoyChartHeight(props.rows),
)
