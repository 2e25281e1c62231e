import { barPerRowChartHeight } from '#client/components/charts/chart-size.ts'
import { inlineChart } from '#client/components/charts/inline-chart.tsx'
import { YoyChartDrawing, type YoyChartProps } from './yoy-chart-drawing.tsx'

/** Diverging bars of the change in index points; falls are hatched as well as coloured. */
export const YoyChart = inlineChart<YoyChartProps>(YoyChartDrawing, (props) =>
  barPerRowChartHeight(props.rows),
)
