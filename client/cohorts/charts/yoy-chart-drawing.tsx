import { useId } from 'react'
import { barPerRowChartHeight, chartFont } from '#client/components/charts/chart-size.ts'
import { INK, NEGATIVE, POSITIVE } from '#client/lib/palette.ts'
import { PatternDef } from '#client/components/charts/pattern-defs.tsx'
import { FOCUS_OUTLINE, markFocus } from '#client/components/charts/focus-mark.tsx'
import { HorizontalBarChart } from '#client/components/charts/svg/horizontal-bar-chart.tsx'
import { isFocusUnit } from '#client/lib/focus-unit.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import type { YoyRow } from './to-yoy-series.ts'

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
  /** On screen, the unit's profile: its name on the axis is a link there (none in an export). */
  hrefOf?: (row: YoyRow) => string
}

type Row = YoyChartProps['rows'][number]

/** YoyChart's drawing (yoy-chart.tsx), in plain SVG. */
export function YoyChartDrawing({
  rows,
  size,
  formatDelta,
  formatTick = formatDelta,
  valueLabel,
  label,
  focusCode,
  onSelect,
  hrefOf,
}: YoyChartProps) {
  const id = useId().replace(/:/g, '')
  const font = chartFont(size)
  const focused = (r: YoyRow) => isFocusUnit(r.code, focusCode)
  const { bound, ticks } = symmetricTicks(
    Math.max(1, ...rows.map((r) => Math.abs(r.deltaPct))) * 1.1,
  )
  return (
    <HorizontalBarChart<Row>
      rows={rows}
      size={size}
      liveHeight={barPerRowChartHeight(rows)}
      margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
      value={(r) => r.deltaPct}
      look={(r) => ({
        fill: r.deltaPct < 0 ? `url(#${id}-neg)` : POSITIVE,
        ...(focused(r) ? FOCUS_OUTLINE : r.highlighted ? { stroke: INK, strokeWidth: 3 } : {}),
      })}
      domain={[-bound, bound]}
      ticks={ticks}
      formatTick={formatTick}
      valueLabel={valueLabel}
      categoryLabel={(r) => markFocus(r.highlighted ? `★ ${r.name}` : r.name, focused(r))}
      isFocus={focused}
      zeroLine
      defs={<PatternDef id={`${id}-neg`} color={NEGATIVE} kind="hatch" />}
      barLabel={(r, box, zeroX) => {
        const negative = r.deltaPct < 0
        // Labels sit on the far side of the zero line from their bar: that side is empty for
        // this row, so a label never runs into the unit names or off the plot on a phone.
        return (
          <text
            x={negative ? zeroX + 6 : zeroX - 6}
            y={box.y + box.height / 2}
            dominantBaseline="central"
            textAnchor={negative ? 'start' : 'end'}
            fontSize={font.label}
            fontWeight={600}
            fill={INK}
          >
            {label(r)}
          </text>
        )
      }}
      onSelect={onSelect}
      linkOf={hrefOf && ((r) => ({ href: hrefOf(r), name: r.name }))}
    />
  )
}
