import {
  Bar,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Line,
  ReferenceLine,
  XAxis,
  YAxis,
} from 'recharts'
import {
  BREAK_COLOR,
  INDEX_COLOR,
  INDEX_YEARS_CHART_HEIGHT,
  RANK_COLOR,
} from './index-years-chart.tsx'
import { chartFont, chartSizeProps, sideAxisTitle } from '#client/components/charts/chart-size.ts'
import { valueAxisWidth } from '#client/components/charts/category-axis.ts'
import { plainLabel } from '#client/components/charts/plain-label.tsx'
import { GRID, INK, MUTED } from '#client/lib/palette.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import type { IndexYearRow } from '../utils/to-profile-series.ts'

/** The index axis's marks, as recharts would choose them for 0–100. */
const INDEX_TICKS = [0, 25, 50, 75, 100]

function rankTicks(total: number): number[] {
  const step = total > 30 ? 10 : total > 10 ? 5 : total > 5 ? 2 : 1
  const ticks = [1]
  for (let r = step; r < total; r += step) if (r > 1) ticks.push(r)
  return [...ticks, total]
}

/**
 * A break's label, above the plot: running left from the line when the line is to the right
 * (the usual place of a recent merger), so a phone's narrow chart does not cut it off.
 */
function BreakLabel({
  x,
  y,
  text,
  fontSize,
}: {
  x: number
  y: number
  text: string
  fontSize: number
}) {
  const left = x > 200
  return (
    <text
      className="recharts-label chart-break-label"
      x={left ? x + 4 : x - 4}
      y={y}
      textAnchor={left ? 'end' : 'start'}
      fill={BREAK_COLOR}
      fontSize={fontSize}
      fontWeight={700}
    >
      {text}
    </text>
  )
}

/** A break between two years, drawn as a labelled vertical line just before `year`. */
export type ChartBreak = { year: number; label: string }

export type IndexYearsChartProps = {
  rows: IndexYearRow[]
  breaks: ChartBreak[]
  size?: ChartSize
  formatValue: (v: number) => string
  rankLabel: string
  /** Index axis ticks and its unit ("Chỉ số (%)"). */
  formatTick?: (v: number) => string
  valueLabel?: string
}

/** IndexYearsChart's drawing (recharts), loaded when the chart is first drawn (index-years-chart.tsx). */
export function IndexYearsChartDrawing({
  rows,
  breaks,
  size,
  formatValue,
  rankLabel,
  formatTick = formatValue,
  valueLabel,
}: IndexYearsChartProps) {
  const font = chartFont(size)
  const maxTotal = Math.max(1, ...rows.map((r) => r.total))
  const segments = [...new Set(rows.map((r) => r.segment))]
  const liveHeight = INDEX_YEARS_CHART_HEIGHT
  const rankAxisTicks = rankTicks(maxTotal)
  return (
    <ComposedChart
      {...chartSizeProps(size, liveHeight)}
      data={rows}
      // A break's label gets a line of its own above the rank labels.
      margin={{ top: breaks.length > 0 ? (size ? 80 : 58) : 40, right: 8, bottom: 4, left: 4 }}
    >
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis dataKey="year" tick={{ fontSize: font.tick, fill: MUTED }} />
      <YAxis
        yAxisId="index"
        domain={[0, 100]}
        ticks={INDEX_TICKS}
        tick={{ fontSize: font.tick, fill: MUTED }}
        tickFormatter={formatTick}
        width={valueAxisWidth(INDEX_TICKS.map(formatTick), font.tick, Boolean(valueLabel))}
        {...sideAxisTitle(valueLabel, font, 'left')}
      />
      <YAxis
        yAxisId="rank"
        orientation="right"
        reversed
        // The rank line keeps to the upper half, clear of the index labels at the bars' feet.
        domain={[1, Math.ceil(maxTotal * 1.9)]}
        ticks={rankAxisTicks}
        allowDecimals={false}
        tick={{ fontSize: font.tick, fill: MUTED }}
        width={valueAxisWidth(rankAxisTicks.map(String), font.tick, true)}
        label={{
          value: rankLabel,
          angle: 90,
          position: 'insideRight',
          fill: MUTED,
          fontSize: font.tick,
        }}
      />
      <Bar
        yAxisId="index"
        dataKey="indexPct"
        fill={INDEX_COLOR}
        isAnimationActive={false}
        maxBarSize={size ? 110 : 56}
      >
        <LabelList
          dataKey="indexPct"
          content={plainLabel({
            position: 'insideBottom',
            offset: 8,
            text: (v) => (typeof v === 'number' ? formatValue(v) : ''),
            style: { fontSize: font.label, fill: INK, fontWeight: 600 },
          })}
        />
      </Bar>
      {breaks.map((b) => (
        <ReferenceLine
          key={b.year}
          yAxisId="index"
          x={b.year}
          // At the start of the later year's band: between the two years.
          position="start"
          stroke={BREAK_COLOR}
          strokeWidth={size ? 4 : 2}
          strokeDasharray="4 3"
          label={(props: { viewBox?: { x?: number; y?: number } }) => (
            <BreakLabel
              x={props.viewBox?.x ?? 0}
              y={(props.viewBox?.y ?? 0) - (size ? 44 : 32)}
              text={b.label}
              fontSize={font.label}
            />
          )}
        />
      ))}
      {segments.map((segment) => (
        <Line
          key={segment}
          yAxisId="rank"
          dataKey={(r: IndexYearRow) => (r.segment === segment ? r.rank : null)}
          name={rankLabel}
          stroke={RANK_COLOR}
          strokeWidth={size ? 3.5 : 2}
          strokeDasharray="6 3"
          dot={{ r: size ? 6 : 4, fill: RANK_COLOR }}
          connectNulls={false}
          isAnimationActive={false}
        >
          <LabelList
            dataKey={(r: IndexYearRow) => (r.segment === segment ? `${r.rank}/${r.total}` : null)}
            content={plainLabel({
              position: 'top',
              offset: 10,
              text: (v) => (typeof v === 'string' ? v : ''),
              style: { fontSize: font.label, fill: INK, fontWeight: 700 },
            })}
          />
        </Line>
      ))}
    </ComposedChart>
  )
}
