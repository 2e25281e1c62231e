import { inlineChart } from '#client/components/charts/inline-chart.tsx'
import {
  GroupedBarChartDrawing,
  groupedBarChartHeight,
  type GroupedBarChartProps,
} from './grouped-bar-chart-drawing.tsx'

/** Horizontal grouped bars: one group per category (field, unit), one bar per series. */
export const GroupedBarChart = inlineChart<GroupedBarChartProps>(GroupedBarChartDrawing, (props) =>
  groupedBarChartHeight(props.rows, props.series.length),
)
