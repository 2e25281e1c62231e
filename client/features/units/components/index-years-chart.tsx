import { lazyChart } from '#client/components/charts/lazy-chart.tsx'
import type { IndexYearsChartProps } from './index-years-chart-drawing.tsx'

/** The chart's colours, also the legend's and the table's marks. */
export const INDEX_COLOR = '#56B4E9'
export const RANK_COLOR = '#000000'
export const BREAK_COLOR = '#B45309'

/** The chart's height on screen (a placeholder holds it until the drawing is loaded). */
export const INDEX_YEARS_CHART_HEIGHT = 380

/**
 * Index per year as bars (left axis), rank as a line on a reversed right axis (1st on top). The
 * rank line is one line per stretch between breaks (a merger, a change of cohort), so it never
 * joins ranks of two different units or cohorts; each break is a labelled vertical line.
 */
export const IndexYearsChart = lazyChart<IndexYearsChartProps>(
  () => import('./index-years-chart-drawing.tsx').then((module) => module.IndexYearsChartDrawing),
  () => INDEX_YEARS_CHART_HEIGHT,
)
