import { barPerRowChartHeight } from '#client/components/charts/chart-size.ts'
import { inlineChart } from '#client/components/charts/inline-chart.tsx'
import { StackedBarChartDrawing, type StackedBarChartProps } from './stacked-bar-chart-drawing.tsx'

/** Stacked horizontal bars (one per unit), one segment per series; shared by tasks and awards. */
export const StackedBarChart = inlineChart<StackedBarChartProps>(StackedBarChartDrawing, (props) =>
  barPerRowChartHeight(props.rows),
)
