// A unit's years, drawn as plain SVG: the unit profile's first chart, which a phone waits for.
// recharts drew it in one long task (its store lays a chart out over several renders inside one
// commit); this draws the same marks in a single pass (ADR 037), in two panels (ADR 057).
import { BreakMarks, type ChartBreak } from '#client/components/charts/break-marks.tsx'
import { Axis } from '#client/components/charts/svg/axis-parts.tsx'
import { ChartSurface } from '#client/components/charts/svg/chart-surface.tsx'
import { MUTED } from '#client/lib/palette.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import type { StandingLabels } from '#client/lib/rank-standing.ts'
import type { IndexYearRow } from '../utils/to-profile-series.ts'
import { indexYearsGeometry } from './index-years-geometry.ts'
import { IndexPanel } from './index-years-index-panel.tsx'
import { RankPanel } from './index-years-rank-panel.tsx'

/** The chart's height on screen (a placeholder holds it until the frame lets it draw). */
export const INDEX_YEARS_CHART_HEIGHT = 420

export type { ChartBreak }

export type IndexYearsChartProps = {
  rows: IndexYearRow[]
  breaks: ChartBreak[]
  size?: ChartSize
  formatValue: (v: number) => string
  rankLabel: string
  /** The rank axis where the years' cohorts differ in size (rank-axis.ts). */
  standingLabels: StandingLabels
  /** Index axis ticks and its unit ("Chỉ số (%)"). */
  formatTick?: (v: number) => string
  valueLabel?: string
}

/** IndexYearsChart's drawing (index-years-chart.tsx). */
export function IndexYearsChartDrawing(props: IndexYearsChartProps) {
  return (
    <ChartSurface size={props.size} liveHeight={INDEX_YEARS_CHART_HEIGHT}>
      {({ width, height }) => <IndexYears {...props} width={width} height={height} />}
    </ChartSurface>
  )
}

/**
 * Index per year as bars in a panel of its own, on an axis of 0–100; under it, the rank as a
 * dashed line on a reversed axis (1st on top), one line per stretch between breaks. The two
 * panels share the years, and each break is one labelled vertical line through both. A rank
 * computed among the units loaded of a partial table is a hollow mark off the line. Ranks among
 * cohorts of different sizes are drawn at their place in each cohort (rank-axis.ts).
 */
function IndexYears(props: IndexYearsChartProps & { width: number; height: number }) {
  const {
    rows,
    formatValue,
    rankLabel,
    standingLabels,
    formatTick = formatValue,
    valueLabel,
  } = props
  const geometry = indexYearsGeometry({ ...props, formatTick })
  const { font, image, left, right, band, breakMarks, layout } = geometry
  return (
    <>
      <IndexPanel
        rows={rows}
        geometry={geometry}
        formatValue={formatValue}
        formatTick={formatTick}
        valueLabel={valueLabel}
      />
      <BreakMarks
        breaks={breakMarks}
        top={layout.index.top}
        bottom={layout.rank.bottom}
        baseline={layout.breakBaseline}
        font={font.label}
        image={image}
      />
      <RankPanel
        rows={rows}
        geometry={geometry}
        rankLabel={rankLabel}
        standingLabels={standingLabels}
      />
      <g className="recharts-cartesian-axis recharts-xAxis xAxis">
        <Axis
          side="bottom"
          at={layout.years}
          from={left}
          to={right}
          marks={rows.map((_, i) => i)}
          position={band.centre}
          label={(i) => String(rows[i]?.year ?? '')}
          fontSize={font.tick}
          fill={MUTED}
        />
      </g>
    </>
  )
}
