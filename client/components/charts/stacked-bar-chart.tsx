import { useId } from 'react'
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import { animated, chartFont, chartSizeProps, valueAxisTitle } from './chart-size.ts'
import { categoryAxisProps } from './category-axis.ts'
import type { StackSeries } from '#client/lib/domain-series.ts'
import { GRID, MUTED } from './palette.ts'
import { fillOf, PatternDef } from './pattern-defs.tsx'

type Props = {
  rows: ({ name: string } & Record<string, string | number | null>)[]
  series: StackSeries[]
  size?: ChartSize
  formatValue: (v: number) => string
  /** The value axis's unit of measure ("Số nhiệm vụ"). */
  valueLabel?: string
  /** Categories run down the side (one bar per unit) unless false. */
  horizontal?: boolean
}

/** Stacked horizontal bars (one per unit), one segment per series; shared by tasks and awards. */
export function StackedBarChart({ rows, series, size, formatValue, valueLabel }: Props) {
  const id = useId().replace(/:/g, '')
  const font = chartFont(size)
  return (
    <BarChart
      {...chartSizeProps(size, Math.max(220, rows.length * 30 + 50))}
      data={rows}
      layout="vertical"
      margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
      barCategoryGap="18%"
    >
      <defs>
        {series.map((s) => (
          <PatternDef key={s.key} id={`${id}-${s.key}`} color={s.color} kind={s.pattern} />
        ))}
      </defs>
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis
        type="number"
        tick={{ fontSize: font.tick, fill: MUTED }}
        tickFormatter={formatValue}
        allowDecimals={false}
        {...valueAxisTitle(valueLabel, font)}
      />
      <YAxis
        type="category"
        dataKey="name"
        {...categoryAxisProps(
          rows.map((r) => r.name),
          font.tick,
        )}
        interval={0}
      />
      {series.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stackId="a"
          fill={fillOf(`${id}-${s.key}`, s.color, s.pattern)}
          stroke="#ffffff"
          strokeWidth={0.5}
          isAnimationActive={animated(size)}
        />
      ))}
    </BarChart>
  )
}
