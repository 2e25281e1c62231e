import { useId } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  XAxis,
  YAxis,
} from 'recharts'
import { chartFont, chartSizeProps, valueAxisTitle } from '#client/components/charts/chart-size.ts'
import { categoryAxisProps } from '#client/components/charts/category-axis.ts'
import { GRID, INK, MUTED, NEGATIVE, POSITIVE } from '#client/lib/palette.ts'
import { PatternDef } from '#client/components/charts/pattern-defs.tsx'
import { FOCUS_OUTLINE, focusTick, markFocus } from '#client/components/charts/focus-mark.tsx'
import { isFocusUnit } from '#client/lib/focus-unit.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import type { YoyRow } from './to-yoy-series.ts'
import { yoyChartHeight } from './yoy-chart.tsx'

/** A symmetric axis around zero with round steps (−6, −4, … 0 … +6), so gains and falls compare. */
export function symmetricTicks(extent: number) {
  const step = extent <= 4 ? 1 : extent <= 10 ? 2 : extent <= 25 ? 5 : 10
  const bound = Math.ceil(extent / step) * step
  const ticks: number[] = []
  for (let v = -bound; v <= bound; v += step) ticks.push(v)
  return { bound, ticks }
}

export type YoyChartProps = {
  rows: (YoyRow & { highlighted?: boolean })[]
  size?: ChartSize
  formatDelta: (v: number) => string
  /** Axis ticks ("+4") and the axis's unit ("Tăng/giảm (điểm)"). */
  formatTick?: (v: number) => string
  valueLabel?: string
  /** "+5,35 ↑7": the point change with the rank move, drawn at the bar's end. */
  label: (row: YoyRow) => string
  /** The reader's unit (client/lib/focus-unit.ts): marked ▶, in bold and outlined. */
  focusCode?: string | null
  /** A bar was chosen (clicked): on screen, opens the unit's profile. */
  onSelect?: (row: YoyRow) => void
}

/** YoyChart's drawing (recharts), loaded when the chart is first drawn (yoy-chart.tsx). */
export function YoyChartDrawing({
  rows,
  size,
  formatDelta,
  formatTick = formatDelta,
  valueLabel,
  label,
  focusCode,
  onSelect,
}: YoyChartProps) {
  const id = useId().replace(/:/g, '')
  const font = chartFont(size)
  const focused = (r: YoyRow) => isFocusUnit(r.code, focusCode)
  const tickLabel = (r: YoyChartProps['rows'][number]) =>
    markFocus(r.highlighted ? `★ ${r.name}` : r.name, focused(r))
  const { bound, ticks } = symmetricTicks(
    Math.max(1, ...rows.map((r) => Math.abs(r.deltaPct))) * 1.1,
  )
  const liveHeight = yoyChartHeight(rows)
  return (
    <BarChart
      {...chartSizeProps(size, liveHeight)}
      data={rows}
      layout="vertical"
      margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
      barCategoryGap="18%"
    >
      <defs>
        <PatternDef id={`${id}-neg`} color={NEGATIVE} kind="hatch" />
      </defs>
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis
        type="number"
        domain={[-bound, bound]}
        ticks={ticks}
        tick={{ fontSize: font.tick, fill: MUTED }}
        tickFormatter={formatTick}
        {...valueAxisTitle(valueLabel, font)}
      />
      <YAxis
        type="category"
        dataKey="name"
        {...categoryAxisProps(rows.map(tickLabel), font.tick)}
        interval={0}
        tick={focusTick({
          fontSize: font.tick,
          format: (name, i) => {
            const row = rows[i]
            return row ? tickLabel(row) : name
          },
          isFocus: (i) => {
            const row = rows[i]
            return row ? focused(row) : false
          },
        })}
      />
      <ReferenceLine x={0} stroke={INK} />
      <Bar
        dataKey="deltaPct"
        isAnimationActive={false}
        cursor={onSelect ? 'pointer' : undefined}
        onClick={
          onSelect
            ? (entry: { payload?: YoyRow }) => {
                if (entry.payload) onSelect(entry.payload)
              }
            : undefined
        }
      >
        {rows.map((r) => (
          <Cell
            key={r.code}
            fill={r.deltaPct < 0 ? `url(#${id}-neg)` : POSITIVE}
            {...(focused(r) ? FOCUS_OUTLINE : r.highlighted ? { stroke: INK, strokeWidth: 3 } : {})}
          />
        ))}
        <LabelList
          dataKey="code"
          content={(props) => {
            const { x, y, width, height, index } = props as {
              x: number
              y: number
              width: number
              height: number
              index: number
            }
            const row = rows[index]
            if (!row) return null
            const end = Number(x) + Number(width)
            const negative = row.deltaPct < 0
            // Labels sit on the far side of the zero line from their bar: that side is empty for
            // this row, so a label never runs into the unit names or off the plot on a phone.
            const zero = negative ? Math.max(Number(x), end) : Math.min(Number(x), end)
            return (
              <text
                x={negative ? zero + 6 : zero - 6}
                y={Number(y) + Number(height) / 2}
                dominantBaseline="central"
                textAnchor={negative ? 'start' : 'end'}
                fontSize={font.label}
                fontWeight={600}
                fill={INK}
              >
                {label(row)}
              </text>
            )
          }}
        />
      </Bar>
    </BarChart>
  )
}
