// Horizontal bars, one per unit in the order given, drawn as plain SVG: the ranking and the
// year-over-year change are the first charts of the overview, and a phone waits for them. recharts
// drew each in one long task (its store lays a chart out over several renders inside one commit);
// this draws the same marks in a single pass (ADR 037).
import { Fragment, type ReactNode } from 'react'
import { INK } from '#client/lib/palette.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import { BarFrame, barPath, type Margin } from './bar-frame.tsx'
import { ChartSurface } from './chart-surface.tsx'
import { liveLinks, type UnitLink } from './category-link.tsx'

/** recharts' `barCategoryGap="18%"`: the space above and below each bar, as a share of its band. */
const BAR_CATEGORY_GAP = 0.18

/** A bar's box on the chart, always with a positive width. */
type BarBox = { x: number; y: number; width: number; height: number }

type BarLook = { fill: string; stroke?: string; strokeWidth?: number }

type HorizontalBarChartProps<R> = {
  rows: readonly R[]
  size?: ChartSize
  liveHeight: number
  margin: Margin
  value: (row: R) => number
  look: (row: R) => BarLook
  /** The value axis: its extent and its marks. */
  domain: readonly [number, number]
  ticks: readonly number[]
  formatTick: (v: number) => string
  /** The value axis's title, under its marks. */
  valueLabel?: string
  /** A unit's name on the category axis ("3. Huyện Bến Lức"). */
  categoryLabel: (row: R) => string
  isFocus: (row: R) => boolean
  /** A line along value 0 (a chart of gains and falls). */
  zeroLine?: boolean
  /** <pattern>s the bars' fills name. */
  defs?: ReactNode
  /** The label of a bar, given its box and where 0 is. */
  barLabel: (row: R, box: BarBox, zeroX: number) => ReactNode
  onSelect?: (row: R) => void
  /** On screen, where a unit's name leads (its profile), and the link's name. */
  linkOf?: (row: R) => UnitLink
}

export function HorizontalBarChart<R extends { code: string }>(props: HorizontalBarChartProps<R>) {
  const { size, liveHeight, defs } = props
  return (
    <ChartSurface
      size={size}
      liveHeight={liveHeight}
      linked={Boolean(liveLinks(size, props.linkOf))}
    >
      {({ width, height }) => (
        <>
          {defs && <defs>{defs}</defs>}
          <HorizontalBars {...props} width={width} height={height} />
        </>
      )}
    </ChartSurface>
  )
}

function HorizontalBars<R extends { code: string }>({
  rows,
  size,
  margin,
  value,
  look,
  domain,
  ticks,
  formatTick,
  valueLabel,
  categoryLabel,
  isFocus,
  zeroLine,
  barLabel,
  onSelect,
  linkOf,
  width,
  height,
}: HorizontalBarChartProps<R> & { width: number; height: number }) {
  const zero = Math.min(Math.max(0, domain[0]), domain[1])
  return (
    <BarFrame
      size={size}
      width={width}
      height={height}
      margin={margin}
      labels={rows.map(categoryLabel)}
      keys={rows.map((r) => r.code)}
      links={linkOf && rows.map(linkOf)}
      isFocus={(i) => isFocus(rows[i] as R)}
      domain={domain}
      ticks={ticks}
      formatTick={formatTick}
      valueLabel={valueLabel}
      draw={({ x, band, top, bottom }) => {
        const gap = band.size * BAR_CATEGORY_GAP
        // recharts rounds a bar's thickness down to whole pixels.
        const thickness = Math.max(0, Math.floor(band.size - 2 * gap))
        const zeroX = x(zero)
        const boxes = rows.map((row, i): BarBox => {
          const end = x(value(row))
          return {
            x: Math.min(zeroX, end),
            y: band.start(i) + gap,
            width: Math.abs(end - zeroX),
            height: thickness,
          }
        })
        const marks = (
          <>
            <g className="recharts-layer recharts-bar">
              {rows.map((row, i) => {
                const { fill, stroke, strokeWidth } = look(row)
                return (
                  <g
                    key={row.code}
                    className="recharts-layer recharts-bar-rectangle"
                    cursor={onSelect ? 'pointer' : undefined}
                    onClick={onSelect ? () => onSelect(row) : undefined}
                  >
                    <path
                      className="recharts-rectangle"
                      fill={fill}
                      stroke={stroke}
                      strokeWidth={strokeWidth}
                      d={barPath(boxes[i] as BarBox)}
                    />
                  </g>
                )
              })}
            </g>
            {zeroLine && (
              <line
                className="recharts-reference-line-line"
                stroke={INK}
                fill="none"
                x1={zeroX}
                y1={bottom}
                x2={zeroX}
                y2={top}
              />
            )}
          </>
        )
        const valueLabels = rows.map((row, i) => (
          <Fragment key={row.code}>{barLabel(row, boxes[i] as BarBox, zeroX)}</Fragment>
        ))
        return { marks, valueLabels }
      }}
    />
  )
}
