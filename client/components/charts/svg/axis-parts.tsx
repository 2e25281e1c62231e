// The parts of an axis, written as recharts writes them (its class names, its default tick line
// of 6 px and tick margin of 2 px), so that a hand-drawn chart prints, exports and reads like the
// recharts ones beside it.
import type { ReactNode } from 'react'

/** recharts' axis and tick-line colour. */
export const AXIS_STROKE = '#666'
/** The tick line's length. */
export const TICK_SIZE = 6
/** The gap between a tick line's end and its label. */
export const TICK_MARGIN = 2
/** From the axis line to a tick label's anchor. */
export const TICK_LABEL_OFFSET = TICK_SIZE + TICK_MARGIN
/** The height recharts gives a horizontal axis without a title. */
export const AXIS_HEIGHT = 30
/** `dy` for one line of text: hanging below its y (a bottom axis), or centred on it. */
export const DY_BELOW = '0.71em'
export const DY_MIDDLE = '0.355em'

type Segment = { x1: number; y1: number; x2: number; y2: number }

export function AxisLine(segment: Segment) {
  return (
    <line className="recharts-cartesian-axis-line" stroke={AXIS_STROKE} fill="none" {...segment} />
  )
}

export function TickLine(segment: Segment) {
  return (
    <line
      className="recharts-cartesian-axis-tick-line"
      stroke={AXIS_STROKE}
      fill="none"
      {...segment}
    />
  )
}

/** An axis's tick label: one line, never wrapped. */
export function TickText({
  x,
  y,
  anchor,
  dy,
  fontSize,
  fill,
  children,
}: {
  x: number
  y: number
  anchor: 'start' | 'middle' | 'end'
  dy: string
  fontSize: number
  fill: string
  children: ReactNode
}) {
  return (
    <text
      x={x}
      y={y}
      textAnchor={anchor}
      fontSize={fontSize}
      fill={fill}
      stroke="none"
      // Last, as recharts writes it: an exported SVG's tick sizes are read after the size.
      className="recharts-text recharts-cartesian-axis-tick-value"
    >
      <tspan x={x} dy={dy}>
        {children}
      </tspan>
    </text>
  )
}

/** An axis's title ("Chỉ số (%)"), turned a quarter along a vertical axis by `angle`. */
export function AxisTitle({
  x,
  y,
  anchor,
  dy,
  angle = 0,
  fontSize,
  fill,
  children,
}: {
  x: number
  y: number
  anchor: 'start' | 'middle' | 'end'
  dy: string
  angle?: number
  fontSize: number
  fill: string
  children: ReactNode
}) {
  return (
    <text
      className="recharts-text recharts-label"
      x={x}
      y={y}
      textAnchor={anchor}
      transform={angle ? `rotate(${angle}, ${x}, ${y})` : undefined}
      fontSize={fontSize}
      fill={fill}
    >
      <tspan x={x} dy={dy}>
        {children}
      </tspan>
    </text>
  )
}
