import { useId } from 'react'
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts'
import {
  animated,
  chartFont,
  chartSizeProps,
  valueAxisTitle,
} from '#client/components/charts/chart-size.ts'
import { categoryAxisProps } from '#client/components/charts/category-axis.ts'
import { GRID, INK, MUTED } from '#client/components/charts/palette.ts'
import { fillOf, PatternDef } from '#client/components/charts/pattern-defs.tsx'
import type { ChartSize } from '#client/lib/export-chart.ts'
import type { RankingRow } from '../utils/to-ranking-series.ts'

type Props = {
  rows: (RankingRow & { highlighted?: boolean })[]
  size?: ChartSize
  formatValue: (v: number) => string
  /** Axis ticks and the axis's unit ("Chỉ số (%)"). */
  formatTick?: (v: number) => string
  valueLabel?: string
}

/**
 * Horizontal bars of the PAR Index in rank order, filled by grade band (colour + texture). A unit
 * found by the search is marked ★ and outlined, not only coloured.
 */
export function RankingChart({
  rows,
  size,
  formatValue,
  formatTick = formatValue,
  valueLabel,
}: Props) {
  const id = useId().replace(/:/g, '')
  const font = chartFont(size)
  const patterns = [...new Map(rows.map((r) => [`${r.color}-${r.pattern}`, r])).values()]
  const patternId = (r: RankingRow) => `${id}-${r.color.slice(1)}-${r.pattern}`
  const label = (r: Props['rows'][number]) => `${r.highlighted ? '★ ' : ''}${r.rank}. ${r.name}`
  return (
    <BarChart
      {...chartSizeProps(size, Math.max(220, rows.length * 30 + 50))}
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
        tick={{ fontSize: font.tick, fill: MUTED }}
        tickFormatter={formatTick}
        {...valueAxisTitle(valueLabel, font)}
      />
      <YAxis
        type="category"
        dataKey="name"
        {...categoryAxisProps(rows.map(label), font.tick)}
        interval={0}
        tickFormatter={(name: string, i: number) => {
          const row = rows[i]
          return row ? label(row) : name
        }}
      />
      <Bar dataKey="indexPct" isAnimationActive={animated(size)} stroke="#374151" strokeWidth={0.5}>
        {rows.map((r) => (
          <Cell
            key={r.code}
            fill={fillOf(patternId(r), r.color, r.pattern)}
            stroke={r.highlighted ? INK : undefined}
            strokeWidth={r.highlighted ? 3 : undefined}
          />
        ))}
        <LabelList
          dataKey="indexPct"
          position="right"
          formatter={(v: unknown) => (typeof v === 'number' ? formatValue(v) : '')}
          style={{ fontSize: font.label, fill: INK, fontWeight: 600 }}
        />
      </Bar>
    </BarChart>
  )
}
