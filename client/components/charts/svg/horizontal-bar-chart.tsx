// Horizontal bars, one per unit in the order given, drawn as plain SVG: the ranking and the
// year-over-year change are the first charts of the overview, and a phone waits for them. recharts
// drew each in one long task (its store lays a chart out over several renders inside one commit);
// this draws the same marks in a single pass (ADR 037).
import { Fragment, type ReactNode } from 'react'
import { categoryAxisWidth } from '../category-axis.ts'
import { CategoryTickText } from '../focus-mark.tsx'
import { AXIS_TITLE, GRID, INK, MUTED } from '#client/lib/palette.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import { chartFont, titledValueAxisHeight } from '../chart-size.ts'
import { AXIS_HEIGHT, Axis, AxisTitle, TICK_LABEL_OFFSET } from './axis-parts.tsx'
import { ChartSurface } from './chart-surface.tsx'
import { bands, linearScale } from './linear-scale.ts'

/** recharts' `barCategoryGap="18%"`: the space above and below each bar, as a share of its band. */
const BAR_CATEGORY_GAP = 0.18

type Margin = { top: number; right: number; bottom: number; left: number }

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
}

/** The value axis's height: its marks, and its title below them when it has one. */
function valueAxisHeight(valueLabel: string | undefined, tick: number): number {
  return valueLabel ? titledValueAxisHeight(tick) : AXIS_HEIGHT
}

export function HorizontalBarChart<R extends { code: string }>(props: HorizontalBarChartProps<R>) {
  const { size, liveHeight, defs } = props
  return (
    <ChartSurface size={size} liveHeight={liveHeight}>
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
  width,
  height,
}: HorizontalBarChartProps<R> & { width: number; height: number }) {
  const font = chartFont(size)
  const labels = rows.map(categoryLabel)
  const left = margin.left + categoryAxisWidth(labels, font.tick)
  const right = Math.max(left, width - margin.right)
  const top = margin.top
  const bottom = Math.max(top, height - margin.bottom - valueAxisHeight(valueLabel, font.tick))
  const x = linearScale([domain[0], domain[1]], [left, right])
  const band = bands(rows.length, top, bottom)
  const gap = band.size * BAR_CATEGORY_GAP
  // recharts rounds a bar's thickness down to whole pixels.
  const thickness = Math.max(0, Math.floor(band.size - 2 * gap))
  const zero = Math.min(Math.max(0, domain[0]), domain[1])
  const zeroX = x(zero)
  const boxOf = (row: R, i: number): BarBox => {
    const end = x(value(row))
    return {
      x: Math.min(zeroX, end),
      y: band.start(i) + gap,
      width: Math.abs(end - zeroX),
      height: thickness,
    }
  }
  const boxes = rows.map(boxOf)
  return (
    <>
      <g className="recharts-cartesian-grid">
        {ticks.map((t) => (
          <line key={t} stroke={GRID} fill="none" x1={x(t)} y1={top} x2={x(t)} y2={bottom} />
        ))}
      </g>
      <g className="recharts-layer recharts-bar">
        {rows.map((row, i) => {
          const box = boxes[i] as BarBox
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
                d={`M ${box.x},${box.y} h ${box.width} v ${box.height} h ${-box.width} Z`}
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
      <g className="recharts-cartesian-axis recharts-xAxis xAxis">
        <Axis
          side="bottom"
          at={bottom}
          from={left}
          to={right}
          marks={ticks}
          position={x}
          label={formatTick}
          fontSize={font.tick}
          fill={MUTED}
        />
        {valueLabel && (
          <AxisTitle
            x={(left + right) / 2}
            y={height - margin.bottom}
            anchor="middle"
            dy="0em"
            fontSize={font.tick}
            fill={AXIS_TITLE}
          >
            {valueLabel}
          </AxisTitle>
        )}
      </g>
      <g className="recharts-cartesian-axis recharts-yAxis yAxis">
        {/* The unit names are written by CategoryTickText (bold for the reader's unit). */}
        <Axis
          side="left"
          at={left}
          from={top}
          to={bottom}
          marks={rows.map((_, i) => i)}
          position={band.centre}
          fontSize={font.tick}
          fill={INK}
        />
        {rows.map((row, i) => (
          <CategoryTickText
            key={row.code}
            x={left - TICK_LABEL_OFFSET}
            y={band.centre(i)}
            fontSize={font.tick}
            focused={isFocus(row)}
          >
            {labels[i] ?? ''}
          </CategoryTickText>
        ))}
      </g>
      <g className="recharts-layer recharts-label-list">
        {rows.map((row, i) => (
          <Fragment key={row.code}>{barLabel(row, boxes[i] as BarBox, zeroX)}</Fragment>
        ))}
      </g>
    </>
  )
}
