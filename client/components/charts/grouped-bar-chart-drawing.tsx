import type { ChartSize } from '#client/lib/export-chart.ts'
import { INK } from '#client/lib/palette.ts'
import { chartFont } from './chart-size.ts'
import { PlainLabel } from './plain-label.tsx'
import { BarFrame, barPath, barSlots } from './svg/bar-frame.tsx'
import { ChartSurface } from './svg/chart-surface.tsx'
import { niceTicks } from './svg/nice-ticks.ts'

export type BarSeries = { key: string; label: string; color: string; showLabel?: boolean }

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
  // From 0, or from below it: an adjustment's points can be negative (recharts widened its
  // [0, 'auto'] axis to the data's least value too).
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values))
  const domain = [Math.min(0, ticks[0] ?? 0), ticks.at(-1) ?? 0] as const
  const labels = rows.map((r) => String(r[categoryKey] ?? ''))
  return (
    <ChartSurface size={size} liveHeight={groupedBarChartHeight(rows, series.length)}>
      {({ width, height }) => (
        <BarFrame
          size={size}
          width={width}
          height={height}
          margin={{ top: 4, right: size ? 80 : 44, bottom: 4, left: 4 }}
          labels={labels}
          keys={labels.map((label, i) => `${i}-${label}`)}
          isFocus={() => false}
          domain={domain}
          ticks={ticks}
          formatTick={formatTick}
          valueLabel={valueLabel}
          draw={({ x, band }) => {
            const slots = barSlots(band.size, BAR_CATEGORY_GAP, series.length, BAR_GAP)
            const zeroX = x(0)
            /** Series `s`'s bar in row `i`, or null where the row has no value. */
            const boxOf = (s: number, i: number) => {
              const value = valueOf(rows[i] ?? {}, series[s]?.key ?? '')
              const slot = slots[s]
              if (value === null || !slot) return null
              const end = x(value)
              return {
                value,
                box: {
                  x: Math.min(zeroX, end),
                  y: band.start(i) + slot.offset,
                  width: Math.abs(end - zeroX),
                  height: slot.size,
                },
              }
            }
            const bars = series.map((_, s) => rows.map((__, i) => boxOf(s, i)))
            const marks = series.map((s, si) => (
              <g key={s.key} className="recharts-layer recharts-bar">
                {bars[si]?.map((bar, i) =>
                  bar && bar.box.width > 0 ? (
                    <g key={i} className="recharts-layer recharts-bar-rectangle">
                      <path className="recharts-rectangle" fill={s.color} d={barPath(bar.box)} />
                    </g>
                  ) : null,
                )}
              </g>
            ))
            const valueLabels = series.map((s, si) =>
              s.showLabel === false
                ? null
                : bars[si]?.map((bar, i) =>
                    bar ? (
                      <PlainLabel
                        key={`${s.key}-${i}`}
                        box={bar.box}
                        position="right"
                        text={formatValue(bar.value)}
                        style={{ fontSize: font.label - 1, fill: INK }}
                      />
                    ) : null,
                  ),
            )
            return { marks, valueLabels }
          }}
        />
      )}
    </ChartSurface>
  )
}
