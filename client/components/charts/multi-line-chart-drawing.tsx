import { CartesianGrid, LabelList, Line, LineChart, XAxis, YAxis } from 'recharts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import { chartFont, chartSizeProps, sideAxisTitle } from './chart-size.ts'
import { GRID, INK, MUTED } from '#client/lib/palette.ts'
import { MULTI_LINE_CHART_HEIGHT } from './multi-line-chart.tsx'
import { lineValueTicks } from './line-value-ticks.ts'
import { BreakLines, breakRoom } from './break-lines.tsx'
import type { ChartBreak } from './break-marks.tsx'
import { POINT_EDGE_PADDING, pointLabelPadding } from './point-label-room.ts'

export type LineSeries = { key: string; label: string; color: string; dash?: string }

export type MultiLineChartProps = {
  rows: Record<string, number | null>[]
  xKey: string
  series: LineSeries[]
  size?: ChartSize
  /** Point labels ("80,10"). */
  formatValue: (v: number) => string
  /** Axis ticks (round marks); the point labels' format unless given. */
  formatTick?: (v: number) => string
  /** The value axis's unit of measure ("Chỉ số (%)"). */
  valueLabel?: string
  domain?: [number, number]
  /** Value labels on every point (few series only). */
  pointLabels?: boolean
  /**
   * Years no line is drawn into from the year before (another method, a merger), each a labelled
   * dashed line between the two years, as the rank history and the profile draw them.
   */
  breaks?: readonly ChartBreak[]
}

/** MultiLineChart's drawing (recharts), loaded when the chart is first drawn (multi-line-chart.tsx). */
export function MultiLineChartDrawing({
  rows,
  xKey,
  series,
  size,
  formatValue,
  formatTick = formatValue,
  valueLabel,
  domain,
  pointLabels,
  breaks = [],
}: MultiLineChartProps) {
  const font = chartFont(size)
  const liveHeight = MULTI_LINE_CHART_HEIGHT
  // The marks every other chart uses (round steps), where recharts' own would step by 0.9.
  const ticks = lineValueTicks(
    rows.flatMap((row) => series.map((s) => row[s.key] ?? null)),
    domain,
  )
  const margin = {
    // Room above the plot for a break's label.
    top: breaks.length > 0 ? breakRoom(Boolean(size)) : 20,
    right: 24,
    bottom: 4,
    left: 4,
  }
  const labelFont = font.label - 2
  const yearLabels = (row: Record<string, number | null> | undefined) =>
    series.flatMap((s) => {
      const v = row?.[s.key]
      return typeof v === 'number' ? [formatValue(v)] : []
    })
  // The first and last years' values are written centred over their points: the room before and
  // after them fits half the widest, so "89,62" at 2023 stays clear of the value axis.
  const padding = pointLabels
    ? pointLabelPadding(yearLabels(rows[0]), yearLabels(rows.at(-1)), labelFont, {
        image: Boolean(size),
        margin: { left: 0, right: margin.right },
      })
    : { left: POINT_EDGE_PADDING, right: POINT_EDGE_PADDING }
  return (
    <LineChart {...chartSizeProps(size, liveHeight)} data={rows} margin={margin}>
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis
        dataKey={xKey}
        type="category"
        tick={{ fontSize: font.tick, fill: MUTED }}
        padding={padding}
      />
      <YAxis
        domain={ticks ? [ticks[0]!, ticks.at(-1)!] : ['auto', 'auto']}
        ticks={ticks}
        // Every mark drawn: recharts' default (preserveEnd) leaves out the labels that run into
        // their neighbours, which spaces the rest unevenly; six marks at most have the room.
        interval={0}
        tick={{ fontSize: font.tick, fill: MUTED }}
        tickFormatter={formatTick}
        width="auto"
        {...sideAxisTitle(valueLabel, font, 'left')}
      />
      <BreakLines
        className="line-breaks"
        breaks={breaks}
        years={rows.map((row) => row[xKey])}
        font={font.tick}
        image={Boolean(size)}
      />
      {series.map((s) => (
        <Line
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stroke={s.color}
          strokeDasharray={s.dash}
          strokeWidth={size ? 3.5 : 2}
          dot={{ r: size ? 5 : 3, fill: s.color, strokeWidth: 0 }}
          connectNulls={false}
          isAnimationActive={false}
        >
          {pointLabels && (
            <LabelList
              dataKey={s.key}
              position="top"
              formatter={(v: unknown) => (typeof v === 'number' ? formatValue(v) : '')}
              style={{ fontSize: labelFont, fill: INK }}
            />
          )}
        </Line>
      ))}
    </LineChart>
  )
}
