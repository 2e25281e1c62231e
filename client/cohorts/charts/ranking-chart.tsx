import { barPerRowChartHeight } from '#client/components/charts/chart-size.ts'
import { inlineChart } from '#client/components/charts/inline-chart.tsx'
import { RankingChartDrawing, type RankingChartProps } from './ranking-chart-drawing.tsx'

/**
 * Horizontal bars of the PAR Index in rank order, filled by grade band (colour + texture). A unit
 * found by the search is marked ★ and outlined, the reader's unit ▶ in bold with a heavier
 * outline: not only coloured. On screen, each unit's name is a link to its profile (`hrefOf`,
 * ADR 064) and, with `onSelect`, its bar opens it too.
 */
export const RankingChart = inlineChart<RankingChartProps>(RankingChartDrawing, (props) =>
  barPerRowChartHeight(props.rows),
)
