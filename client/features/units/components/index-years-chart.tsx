import { inlineChart } from '#client/components/charts/inline-chart.tsx'
import {
  INDEX_YEARS_CHART_HEIGHT,
  IndexYearsChartDrawing,
  type IndexYearsChartProps,
} from './index-years-chart-drawing.tsx'
import { BREAK_COLOR, INDEX_COLOR, RANK_COLOR } from './index-years-colors.ts'

export { BREAK_COLOR, INDEX_COLOR, RANK_COLOR }

/**
 * Index per year as bars in a panel on top, rank as a line in a shorter panel under it, on a
 * reversed axis of its own (1st on top). The rank line is one line per stretch between breaks (a
 * merger, a change of cohort), so it never joins ranks of two different units or cohorts; each
 * break is a labelled vertical line through both panels.
 */
export const IndexYearsChart = inlineChart<IndexYearsChartProps>(
  IndexYearsChartDrawing,
  () => INDEX_YEARS_CHART_HEIGHT,
)
