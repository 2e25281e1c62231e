import { useId } from 'react'
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts'
import { chartFont, chartSizeProps, valueAxisTitle } from '#client/components/charts/chart-size.ts'
import { categoryAxisProps } from '#client/components/charts/category-axis.ts'
import { GRID, INK, MUTED } from '#client/lib/palette.ts'
import { fillOf, PatternDef } from '#client/components/charts/pattern-defs.tsx'
import { FOCUS_OUTLINE, focusTick, markFocus } from '#client/components/charts/focus-mark.tsx'
import { plainLabel } from '#client/components/charts/plain-label.tsx'
import { isFocusUnit } from '#client/lib/focus-unit.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import type { RankingRow } from './to-ranking-series.ts'
import { rankingChartHeight } from './ranking-chart.tsx'

export type RankingChartProps = {
  rows: (RankingRow & { highlighted?: boolean })[]
  size?: ChartSize
  formatValue: (v: number) => string
  /** Axis ticks and the axis's unit ("Chỉ số (%)"). */
  formatTick?: (v: number) => string
  valueLabel?: string
  /** The reader's unit (client/lib/focus-unit.ts): marked ▶, in bold and outlined. */
  focusCode?: string | null
  /** A bar or its name was chosen (clicked): on screen, opens the unit's profile. */
  onSelect?: (row: RankingRow) => void
}

/** RankingChart's drawing (recharts), loaded when the chart is first drawn (ranking-chart.tsx). */
export function RankingChartDrawing({
  rows,
  size,
  formatValue,
  formatTick = formatValue,
  valueLabel,
  focusCode,
  onSelect,
}: RankingChartProps) {
  const id = useId().replace(/:/g, '')
  const font = chartFont(size)
  const patterns = [...new Map(rows.map((r) => [`${r.color}-${r.pattern}`, r])).values()]
  const patternId = (r: RankingRow) => `${id}-${r.color.slice(1)}-${r.pattern}`
  const focused = (r: RankingRow) => isFocusUnit(r.code, focusCode)
  const label = (r: RankingChartProps['rows'][number]) =>
    markFocus(`${r.highlighted ? '★ ' : ''}${r.rank}. ${r.name}`, focused(r))
  const liveHeight = rankingChartHeight(rows)
  return (
    <BarChart
      {...chartSizeProps(size, liveHeight)}
      data={rows}
      layout="vertical"
      margin={{ top: 4, right: size ? 90 : 48, bottom: 4, left: 4 }}
      barCategoryGap="18%"
    >
      <defs>
        {patterns.map((r) => (
          <PatternDef key={patternId(r)} id={patternId(r)} color={r.color} kind={r.pattern} />
        ))}
      </defs>
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis
        type="number"
        domain={[0, 100]}
        // Every one of recharts' five marks for 0–100 fits any chart this draws: without this,
        // recharts measures each label in the page (a forced layout) to see which to leave out.
        interval={0}
        tick={{ fontSize: font.tick, fill: MUTED }}
        tickFormatter={formatTick}
        {...valueAxisTitle(valueLabel, font)}
      />
      <YAxis
        type="category"
        dataKey="name"
        {...categoryAxisProps(rows.map(label), font.tick)}
        interval={0}
        tick={focusTick({
          fontSize: font.tick,
          format: (name, i) => {
            const row = rows[i]
            return row ? label(row) : name
          },
          isFocus: (i) => {
            const row = rows[i]
            return row ? focused(row) : false
          },
        })}
      />
      <Bar
        dataKey="indexPct"
        isAnimationActive={false}
        stroke="#374151"
        strokeWidth={0.5}
        cursor={onSelect ? 'pointer' : undefined}
        onClick={
          onSelect
            ? (entry: { payload?: RankingRow }) => {
                if (entry.payload) onSelect(entry.payload)
              }
            : undefined
        }
      >
        {rows.map((r) => (
          <Cell
            key={r.code}
            fill={fillOf(patternId(r), r.color, r.pattern)}
            {...(focused(r) ? FOCUS_OUTLINE : r.highlighted ? { stroke: INK, strokeWidth: 3 } : {})}
          />
        ))}
        <LabelList
          dataKey="indexPct"
          content={plainLabel({
            position: 'right',
            text: (v) => (typeof v === 'number' ? formatValue(v) : ''),
            style: { fontSize: font.label, fill: INK, fontWeight: 600 },
          })}
        />
      </Bar>
    </BarChart>
  )
}
