import type { ChartSize } from '#client/lib/export-chart.ts'
import { INK } from '#client/lib/palette.ts'
import { chartTextWidth } from './category-axis.ts'
import { chartFont } from './chart-size.ts'
import { PlainLabel } from './plain-label.tsx'
import {
  BarFrame,
  barPath,
  barScales,
  barSlots,
  fittedValueAxis,
  type BarScales,
  type Margin,
} from './svg/bar-frame.tsx'
import { ChartSurface } from './svg/chart-surface.tsx'
import {
  fitLabelledGroup,
  LEAST_LABEL_SHARE,
  labelOverflow,
  placeValueLabels,
} from './svg/value-labels.ts'

export type BarSeries = {
  key: string
  label: string
  color: string
  showLabel?: boolean
  /**
   * This series' value labels, where they are not the chart's: a scheme's maxima are written as
   * the scheme writes them ("10", "7,5"), beside points to two decimals ("8,51").
   */
  formatValue?: (v: number) => string
}

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
}

/** The chart's height on screen (a placeholder holds it until its frame lets it draw). */
export function groupedBarChartHeight(rows: readonly unknown[], seriesCount: number): number {
  return Math.max(240, rows.length * (Math.max(1, seriesCount) * 14 + 16) + 50)
}

/** recharts' `barCategoryGap="16%"` and `barGap={1}`, which this chart was first drawn with. */
const BAR_CATEGORY_GAP = 0.16
const BAR_GAP = 1

const valueOf = (row: GroupedBarChartProps['rows'][number], key: string): number | null => {
  const value = row[key]
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

/**
 * GroupedBarChart's drawing (grouped-bar-chart.tsx), in plain SVG (ADR 038): one group per
 * category, one bar per series from 0, each with its value at its end.
 */
export function GroupedBarChartDrawing({
  rows,
  categoryKey,
  series,
  size,
  formatValue,
  formatTick = formatValue,
  valueLabel,
}: GroupedBarChartProps) {
  const font = chartFont(size)
  const values = rows.flatMap((row) => series.map((s) => valueOf(row, s.key) ?? 0))
  const labels = rows.map((r) => String(r[categoryKey] ?? ''))
  const shownLabels = series.some((s) => s.showLabel !== false)

  /** Every bar on the frame's scales, and its value label placed clear of the others. */
  const layout = (scales: BarScales) => {
    const { x, band } = scales
    // Bars a label's line thick where the band allows (a slide's fixed height is shared out
    // among all the bars); what is still short is made up by smaller type, then by moving aside.
    const fit = shownLabels
      ? fitLabelledGroup(
          band.size,
          series.length,
          font.label - 1,
          BAR_GAP,
          BAR_CATEGORY_GAP,
          // The floor is of the target's label type (9 pt of print's 10), not of the value's.
          font.label * LEAST_LABEL_SHARE,
        )
      : { gap: BAR_CATEGORY_GAP, fontSize: font.label - 1 }
    const slots = barSlots(band.size, fit.gap, series.length, BAR_GAP)
    const labelFont = fit.fontSize
    const textWidth = (text: string) => chartTextWidth(text, labelFont, { image: Boolean(size) })
    const zeroX = x(0)
    /** Series `s`'s bar in row `i`, or null where the row has no value. */
    const boxOf = (s: number, i: number) => {
      const value = valueOf(rows[i] ?? {}, series[s]?.key ?? '')
      const slot = slots[s]
      if (value === null || !slot) return null
      const end = x(value)
      return {
        value,
        text: (series[s]?.formatValue ?? formatValue)(value),
        box: {
          x: Math.min(zeroX, end),
          y: band.start(i) + slot.offset,
          width: Math.abs(end - zeroX),
          height: slot.size,
        },
      }
    }
    const bars = series.map((_, s) => rows.map((__, i) => boxOf(s, i)))
    const labelled = series.flatMap((s, si) =>
      s.showLabel === false
        ? []
        : (bars[si] ?? []).flatMap((bar, i) => (bar ? [{ key: `${s.key}-${i}`, bar }] : [])),
    )
    const placed = placeValueLabels(
      labelled.map(({ bar }) => ({ bar: bar.box, width: textWidth(bar.text) })),
      bars.flat().flatMap((bar) => (bar ? [bar.box] : [])),
      labelFont,
    )
    return { bars, labelled, placed, labelFont }
  }

  return (
    <ChartSurface size={size} liveHeight={groupedBarChartHeight(rows, series.length)}>
      {({ width, height }) => {
        // From 0, or from below it: an adjustment's points can be negative (recharts widened
        // its [0, 'auto'] axis to the data's least value too). As many marks as the plot's width
        // has room for.
        const axisAt = (margin: Margin) =>
          fittedValueAxis({
            size,
            width,
            margin,
            labels,
            min: Math.min(...values),
            max: Math.max(...values),
            formatTick,
          })
        const frame = { size, width, height, labels, valueLabel }
        // The right margin holds the labels past the longest bar; where labels moved aside need
        // more, the plot narrows until the last of them ends inside the image.
        let margin = { top: 4, right: size ? 80 : 44, bottom: 4, left: 4 }
        let axis = axisAt(margin)
        let drawn = layout(barScales({ ...frame, margin, domain: axis.domain }))
        for (let i = 0; i < 4; i += 1) {
          const over = labelOverflow(drawn.placed, width - 2)
          if (over <= 0) break
          margin = { ...margin, right: margin.right + Math.ceil(over) }
          axis = axisAt(margin)
          drawn = layout(barScales({ ...frame, margin, domain: axis.domain }))
        }
        const { ticks, domain } = axis
        const { bars, labelled, placed, labelFont } = drawn
        return (
          <BarFrame
            size={size}
            width={width}
            height={height}
            margin={margin}
            labels={labels}
            keys={labels.map((label, i) => `${i}-${label}`)}
            isFocus={() => false}
            domain={domain}
            ticks={ticks}
            formatTick={formatTick}
            valueLabel={valueLabel}
            draw={() => ({
              marks: series.map((s, si) => (
                <g key={s.key} className="recharts-layer recharts-bar">
                  {bars[si]?.map((bar, i) =>
                    bar && bar.box.width > 0 ? (
                      <g key={i} className="recharts-layer recharts-bar-rectangle">
                        <path className="recharts-rectangle" fill={s.color} d={barPath(bar.box)} />
                      </g>
                    ) : null,
                  )}
                </g>
              )),
              valueLabels: labelled.map(({ key, bar }, i) => {
                const at = placed[i]
                return at ? (
                  <PlainLabel
                    key={key}
                    box={{ x: at.x, y: bar.box.y, height: bar.box.height }}
                    offset={0}
                    position="right"
                    text={bar.text}
                    style={{ fontSize: labelFont, fill: INK }}
                  />
                ) : null
              }),
            })}
          />
        )
      }}
    </ChartSurface>
  )
}
