import { useId } from 'react'
import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from 'recharts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import { chartFont, chartSizeProps, valueAxisTitle } from './chart-size.ts'
import { categoryAxisProps } from './category-axis.ts'
import type { StackSeries } from '#client/lib/domain-series.ts'
import { GRID, INK, MUTED } from '#client/lib/palette.ts'
import { fillOf, PatternDef } from './pattern-defs.tsx'
import { focusTick, markFocus } from './focus-mark.tsx'
import { isFocusUnit } from '#client/lib/focus-unit.ts'
import { stackedBarChartHeight } from './stacked-bar-chart.tsx'

export type StackedBarChartProps = {
  rows: ({ name: string } & Record<string, string | number | null>)[]
  series: StackSeries[]
  size?: ChartSize
  formatValue: (v: number) => string
  /** The value axis's unit of measure ("Số nhiệm vụ"). */
  valueLabel?: string
  /** Categories run down the side (one bar per unit) unless false. */
  horizontal?: boolean
  /** The reader's unit (client/lib/focus-unit.ts), by the rows' `code`: ▶, bold, outlined. */
  focusCode?: string | null
}

/** StackedBarChart's drawing (recharts), loaded when the chart is first drawn (stacked-bar-chart.tsx). */
export function StackedBarChartDrawing({
  rows,
  series,
  size,
  formatValue,
  valueLabel,
  focusCode,
}: StackedBarChartProps) {
  const id = useId().replace(/:/g, '')
  const font = chartFont(size)
  const focused = (i: number) => {
    const code = rows[i]?.code
    return typeof code === 'string' && isFocusUnit(code, focusCode)
  }
  const label = (name: string, i: number) => markFocus(name, focused(i))
  const liveHeight = stackedBarChartHeight(rows)
  return (
    <BarChart
      {...chartSizeProps(size, liveHeight)}
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
          rows.map((r, i) => label(r.name, i)),
          font.tick,
        )}
        interval={0}
        tick={focusTick({ fontSize: font.tick, format: label, isFocus: focused })}
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
          isAnimationActive={false}
        >
          {rows.map((r, i) => (
            <Cell key={i} {...(focused(i) ? { stroke: INK, strokeWidth: 2.5 } : {})} />
          ))}
        </Bar>
      ))}
    </BarChart>
  )
}
