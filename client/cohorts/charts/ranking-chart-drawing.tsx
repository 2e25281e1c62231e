import { useId } from 'react'
import { barPerRowChartHeight, chartFont } from '#client/components/charts/chart-size.ts'
import { INK } from '#client/lib/palette.ts'
import { fillOf, PatternDef } from '#client/components/charts/pattern-defs.tsx'
import { FOCUS_OUTLINE, markFocus } from '#client/components/charts/focus-mark.tsx'
import { PlainLabel } from '#client/components/charts/plain-label.tsx'
import { HorizontalBarChart } from '#client/components/charts/svg/horizontal-bar-chart.tsx'
import { isFocusUnit } from '#client/lib/focus-unit.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import type { RankingRow } from './to-ranking-series.ts'

/** The index axis's marks. */
const INDEX_TICKS = [0, 25, 50, 75, 100] as const

export type RankingChartProps = {
  rows: (RankingRow & { highlighted?: boolean })[]
  size?: ChartSize
  formatValue: (v: number) => string
  /** Axis ticks and the axis's unit ("Chỉ số (%)"). */
  formatTick?: (v: number) => string
  valueLabel?: string
  /** The reader's unit (client/lib/focus-unit.ts): marked ▶, in bold and outlined. */
  focusCode?: string | null
  /** A bar was chosen (clicked): on screen, opens the unit's profile. */
  onSelect?: (row: RankingRow) => void
  /** On screen, the unit's profile: its name on the axis is a link there (none in an export). */
  hrefOf?: (row: RankingRow) => string
}

type Row = RankingChartProps['rows'][number]

/** RankingChart's drawing (ranking-chart.tsx), in plain SVG. */
export function RankingChartDrawing({
  rows,
  size,
  formatValue,
  formatTick = formatValue,
  valueLabel,
  focusCode,
  onSelect,
  hrefOf,
}: RankingChartProps) {
  const id = useId().replace(/:/g, '')
  const font = chartFont(size)
  const patterns = [...new Map(rows.map((r) => [`${r.color}-${r.pattern}`, r])).values()]
  const patternId = (r: RankingRow) => `${id}-${r.color.slice(1)}-${r.pattern}`
  const focused = (r: RankingRow) => isFocusUnit(r.code, focusCode)
  return (
    <HorizontalBarChart<Row>
      rows={rows}
      size={size}
      liveHeight={barPerRowChartHeight(rows)}
      margin={{ top: 4, right: size ? 90 : 48, bottom: 4, left: 4 }}
      value={(r) => r.indexPct}
      look={(r) =>
        focused(r)
          ? { fill: fillOf(patternId(r), r.color, r.pattern), ...FOCUS_OUTLINE }
          : r.highlighted
            ? { fill: fillOf(patternId(r), r.color, r.pattern), stroke: INK, strokeWidth: 3 }
            : {
                fill: fillOf(patternId(r), r.color, r.pattern),
                stroke: '#374151',
                strokeWidth: 0.5,
              }
      }
      domain={[0, 100]}
      ticks={INDEX_TICKS}
      formatTick={formatTick}
      valueLabel={valueLabel}
      categoryLabel={(r) =>
        markFocus(`${r.highlighted ? '★ ' : ''}${r.rank}. ${r.name}`, focused(r))
      }
      isFocus={focused}
      defs={patterns.map((r) => (
        <PatternDef key={patternId(r)} id={patternId(r)} color={r.color} kind={r.pattern} />
      ))}
      barLabel={(r, box) => (
        <PlainLabel
          box={box}
          position="right"
          text={formatValue(r.indexPct)}
          style={{ fontSize: font.label, fill: INK, fontWeight: 600 }}
        />
      )}
      onSelect={onSelect}
      linkOf={hrefOf && ((r) => ({ href: hrefOf(r), name: `${r.rank}. ${r.name}` }))}
    />
  )
}
