import { useId } from 'react'
import type { ChartSize } from '#client/lib/export-chart.ts'
import type { StackSeries } from '#client/lib/domain-series.ts'
import { isFocusUnit } from '#client/lib/focus-unit.ts'
import { INK } from '#client/lib/palette.ts'
import { PatternDef } from './pattern-defs.tsx'
import { PlainLabel } from './plain-label.tsx'
import { endLabelRoom } from './category-axis.ts'
import { chartFont } from './chart-size.ts'
import { markFocus } from './focus-mark.tsx'
import { barPerRowChartHeight } from './chart-size.ts'
import { BarFrame, barSlots, fittedValueAxis } from './svg/bar-frame.tsx'
import { ChartSurface } from './svg/chart-surface.tsx'
import { liveLinks, type UnitLink } from './svg/category-link.tsx'
import { StackSegments } from './svg/stack-segments.tsx'

export type StackedBarChartProps = {
  rows: ({ name: string } & Record<string, string | number | null>)[]
  series: StackSeries[]
  size?: ChartSize
  formatValue: (v: number) => string
  /** The value axis's unit of measure ("Số nhiệm vụ"). */
  valueLabel?: string
  /** The reader's unit (client/lib/focus-unit.ts), by the rows' `code`: ▶, bold, outlined. */
  focusCode?: string | null
  /**
   * A figure written past each bar's end: what the rows are ordered by when it is not the bars'
   * length (the tasks chart orders plans of different sizes by their completion rate).
   */
  endLabels?: readonly (string | null)[]
  /** On screen, where each row's name leads (a unit's profile), by row; none in an export. */
  links?: readonly UnitLink[]
}

/** recharts' `barCategoryGap="18%"`, which this chart was first drawn with. */
const BAR_CATEGORY_GAP = 0.18
const MARGIN = { top: 4, right: 24, bottom: 4, left: 4 }
/** A label's gap from its bar (PlainLabel's default offset), and a little air past it. */
const LABEL_GAP = 5
const LABEL_AIR = 4

/** A row's count in one series (none: 0). */
const countOf = (row: StackedBarChartProps['rows'][number], key: string) => {
  const value = row[key]
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}

/**
 * StackedBarChart's drawing (stacked-bar-chart.tsx), in plain SVG (ADR 038): one bar per row,
 * one segment per series in its colour and texture, counts on a whole-number axis.
 */
export function StackedBarChartDrawing({
  rows,
  series,
  size,
  formatValue,
  valueLabel,
  focusCode,
  endLabels,
  links,
}: StackedBarChartProps) {
  const id = useId().replace(/:/g, '')
  const font = chartFont(size)
  // Room right of the plot for the widest end label (bold; the image set in Inter, the page in
  // the device's face), so a label past the longest bar stays inside the chart.
  const labelRoom = endLabelRoom(endLabels ?? [], font.label, {
    image: Boolean(size),
    gap: LABEL_GAP + LABEL_AIR,
  })
  const margin = { ...MARGIN, right: Math.max(MARGIN.right, labelRoom) }
  const focused = (i: number) => {
    const code = rows[i]?.code
    return typeof code === 'string' && isFocusUnit(code, focusCode)
  }
  const totals = rows.map((row) => series.reduce((sum, s) => sum + countOf(row, s.key), 0))
  const labels = rows.map((r, i) => markFocus(r.name, focused(i)))
  return (
    <ChartSurface
      size={size}
      liveHeight={barPerRowChartHeight(rows)}
      linked={Boolean(liveLinks(size, links))}
    >
      {({ width, height }) => {
        // As many round marks as the plot's width has room for.
        const { ticks, domain } = fittedValueAxis({
          size,
          width,
          margin,
          labels,
          min: 0,
          max: Math.max(0, ...totals),
          allowDecimals: false,
          formatTick: formatValue,
        })
        return (
          <>
            <defs>
              {series.map((s) => (
                <PatternDef key={s.key} id={`${id}-${s.key}`} color={s.color} kind={s.pattern} />
              ))}
            </defs>
            <BarFrame
              size={size}
              width={width}
              height={height}
              margin={margin}
              labels={labels}
              keys={rows.map((r, i) => (typeof r.code === 'string' ? r.code : `${i}-${r.name}`))}
              links={links}
              isFocus={focused}
              domain={domain}
              ticks={ticks}
              formatTick={formatValue}
              valueLabel={valueLabel}
              draw={({ x, band }) => {
                const [slot] = barSlots(band.size, BAR_CATEGORY_GAP, 1)
                // Where each row's next segment starts, series after series.
                const ends = rows.map(() => 0)
                const marks = slot
                  ? series.map((s) => (
                      <StackSegments
                        key={s.key}
                        series={s}
                        patternIds={id}
                        rows={rows.length}
                        valueOf={(i) => countOf(rows[i] ?? { name: '' }, s.key)}
                        ends={ends}
                        x={x}
                        barTop={(i) => band.start(i) + slot.offset}
                        barHeight={slot.size}
                        focused={focused}
                      />
                    ))
                  : []
                const figures = endLabels && slot && (
                  <g className="recharts-layer recharts-label-list">
                    {rows.map((_, i) => (
                      <PlainLabel
                        key={i}
                        box={{
                          x: x(0),
                          y: band.start(i) + slot.offset,
                          width: x(totals[i] ?? 0) - x(0),
                          height: slot.size,
                        }}
                        position="right"
                        offset={LABEL_GAP}
                        text={endLabels[i] ?? ''}
                        style={{ fontSize: font.label, fill: INK, fontWeight: 600 }}
                      />
                    ))}
                  </g>
                )
                return { marks, valueLabels: figures }
              }}
            />
          </>
        )
      }}
    </ChartSurface>
  )
}
