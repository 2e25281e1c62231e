import { lazyChart } from '#client/components/charts/lazy-chart.tsx'
import type { MultiLineChartProps } from './multi-line-chart-drawing.tsx'

/** The chart's height on screen (a placeholder holds it until the drawing is loaded). */
export const MULTI_LINE_CHART_HEIGHT = 320

/** One line per series over the years; gaps where a unit has no result (not comparable). */
export const MultiLineChart = lazyChart<MultiLineChartProps>(
  () => import('./multi-line-chart-drawing.tsx').then((module) => module.MultiLineChartDrawing),
  () => MULTI_LINE_CHART_HEIGHT,
)
