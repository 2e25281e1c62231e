import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import { chartFont, chartSizeProps, valueAxisTitle } from './chart-size.ts'
import { categoryAxisProps } from './category-axis.ts'
import { GRID, INK, MUTED } from '#client/lib/palette.ts'
import { groupedBarChartHeight } from './grouped-bar-chart.tsx'

export type BarSeries = { key: string; label: string; color: string; showLabel?: boolean }

export type GroupedBarChartProps = {
  rows: Record<string, string | number | null>[]
  categoryKey: string
  series: BarSeries[]
  size?: ChartSize
  /** Value labels at the bars' ends ("7,50"). */
  formatValue: (v: number) => string
  /** Axis ticks (round marks: "5", "10"); the value labels' format unless given. */
  formatTick?: (v: number) => string
  /** The value axis's unit of measure ("Điểm"). */
  valueLabel?: string
  domain?: [number, number]
}

/** GroupedBarChart's drawing (recharts), loaded when the chart is first drawn (grouped-bar-chart.tsx). */
export function GroupedBarChartDrawing({
  rows,
  categoryKey,
  series,
  size,
  formatValue,
  formatTick = formatValue,
  valueLabel,
  domain,
}: GroupedBarChartProps) {
  const font = chartFont(size)
  const liveHeight = groupedBarChartHeight(rows, series.length)
  return (
    <BarChart
      {...chartSizeProps(size, liveHeight)}
      data={rows}
      layout="vertical"
      margin={{ top: 4, right: size ? 80 : 44, bottom: 4, left: 4 }}
      barCategoryGap="16%"
      barGap={1}
    >
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis
        type="number"
        domain={domain ?? [0, 'auto']}
        tick={{ fontSize: font.tick, fill: MUTED }}
        tickFormatter={formatTick}
        {...valueAxisTitle(valueLabel, font)}
      />
      <YAxis
        type="category"
        dataKey={categoryKey}
        {...categoryAxisProps(
          rows.map((r) => String(r[categoryKey] ?? '')),
          font.tick,
        )}
        interval={0}
      />
      {series.map((s) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false}>
          {s.showLabel !== false && (
            <LabelList
              dataKey={s.key}
              position="right"
              formatter={(v: unknown) => (typeof v === 'number' ? formatValue(v) : '')}
              style={{ fontSize: font.label - 1, fill: INK }}
            />
          )}
        </Bar>
      ))}
    </BarChart>
  )
}
