import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import { chartFont, chartSizeProps, valueAxisTitle } from './chart-size.ts'
import { categoryAxisProps } from './category-axis.ts'
import { GRID, INK, MUTED } from '#client/lib/palette.ts'
import { ChartPlaceholder, useChartMayDraw } from './draw-after-paint.tsx'

export type BarSeries = { key: string; label: string; color: string; showLabel?: boolean }

type Props = {
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

/** Horizontal grouped bars: one group per category (field, unit), one bar per series. */
export function GroupedBarChart({
  rows,
  categoryKey,
  series,
  size,
  formatValue,
  formatTick = formatValue,
  valueLabel,
  domain,
}: Props) {
  const font = chartFont(size)
  const perRow = Math.max(1, series.length) * 14 + 16
  const mayDraw = useChartMayDraw(size)
  const liveHeight = Math.max(240, rows.length * perRow + 50)
  if (!mayDraw) return <ChartPlaceholder height={liveHeight} />
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
