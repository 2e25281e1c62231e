// The parts of an axis, written as recharts writes them (its class names, its default tick line
// of 6 px and tick margin of 2 px), so that a hand-drawn chart prints, exports and reads like the
// recharts ones beside it.
import type { ReactNode } from 'react'
import { marksFit, tickLabelExtent } from './tick-room.ts'

/** recharts' axis and tick-line colour. */
const AXIS_STROKE = '#666'
/** The tick line's length. */
const TICK_SIZE = 6
/** The gap between a tick line's end and its label. */
const TICK_MARGIN = 2
/** From the axis line to a tick label's anchor. */
export const TICK_LABEL_OFFSET = TICK_SIZE + TICK_MARGIN
/** The height recharts gives a horizontal axis without a title. */
export const AXIS_HEIGHT = 30
/** `dy` for one line of text: hanging below its y (a bottom axis), or centred on it. */
const DY_BELOW = '0.71em'
export const DY_MIDDLE = '0.355em'

type Segment = { x1: number; y1: number; x2: number; y2: number }

function AxisLine(segment: Segment) {
  return (
    <line className="recharts-cartesian-axis-line" stroke={AXIS_STROKE} fill="none" {...segment} />
  )
}

function TickLine(segment: Segment) {
  return (
    <line
      className="recharts-cartesian-axis-tick-line"
      stroke={AXIS_STROKE}
      fill="none"
      {...segment}
    />
  )
}

type Anchor = 'start' | 'middle' | 'end'

type AxisTextProps = {
  className: string
  x: number
  y: number
  anchor: Anchor
  dy: string
  angle?: number
  fontSize: number
  fill: string
  children: ReactNode
}

/** One line of an axis's text, never wrapped, turned about its anchor by `angle`. */
function AxisText({
  className,
  x,
  y,
  anchor,
  dy,
  angle = 0,
  fontSize,
  fill,
  children,
}: AxisTextProps) {
  return (
    <text
      x={x}
      y={y}
      textAnchor={anchor}
      transform={angle ? `rotate(${angle}, ${x}, ${y})` : undefined}
      fontSize={fontSize}
      fill={fill}
      stroke="none"
      // Last, as recharts writes it: an exported SVG's tick sizes are read after the size.
      className={className}
    >
      <tspan x={x} dy={dy}>
        {children}
      </tspan>
    </text>
  )
}

/** An axis's title ("Chỉ số (%)"), turned a quarter along a vertical axis by `angle`. */
export function AxisTitle(props: Omit<AxisTextProps, 'className'>) {
  return <AxisText className="recharts-text recharts-label" {...props} />
}

/**
 * The marks whose labels fit along the axis, evenly: every mark where all have room, else every
 * second, third … from the first, the fewest left out. recharts' default `interval="preserveEnd"`
 * left out each label that ran into the one kept after it, which spaced what was left unevenly
 * (0, 5, 10, 20); the value and rank axes now pick marks that fit (fitted-ticks.ts,
 * rank-ticks.ts), so this only thins the years along a narrow axis.
 */
export function evenlySpacedMarks<T>(
  marks: readonly T[],
  position: (mark: T) => number,
  extent: (mark: T) => number,
): T[] {
  for (let every = 1; every < marks.length; every += 1) {
    const kept = marks.filter((_, i) => i % every === 0)
    if (marksFit(kept, position, extent)) return kept
  }
  return marks.slice(0, 1)
}

/** Where tick labels sit for each side: their anchor, `dy` and which way they lie from the line. */
const SIDES = {
  bottom: { anchor: 'middle', dy: DY_BELOW, away: 1 },
  left: { anchor: 'end', dy: DY_MIDDLE, away: -1 },
  right: { anchor: 'start', dy: DY_MIDDLE, away: 1 },
} as const

/**
 * An axis along a side of the plot: its line at `at` (a y for the bottom, an x for a side) from
 * `from` to `to`, and a tick line and a label at `position(mark)` for each of `marks`, every
 * one where their labels have room (evenlySpacedMarks).
 */
export function Axis<T>({
  side,
  at,
  from,
  to,
  marks,
  position,
  label,
  fontSize,
  fill,
}: {
  side: keyof typeof SIDES
  at: number
  from: number
  to: number
  marks: readonly T[]
  position: (mark: T) => number
  /** Without it, only the tick lines: the labels are drawn by the caller. */
  label?: (mark: T) => string
  fontSize: number
  fill: string
}) {
  const { anchor, dy, away } = SIDES[side]
  const along = side === 'bottom'
  const shown = label
    ? evenlySpacedMarks(marks, position, (mark) => tickLabelExtent(along, label(mark), fontSize))
    : marks
  /** A point `offset` px from the axis line, at `p` along it. */
  const point = (p: number, offset: number) =>
    along ? { x: p, y: at + away * offset } : { x: at + away * offset, y: p }
  return (
    <>
      <AxisLine
        {...(along ? { x1: from, y1: at, x2: to, y2: at } : { x1: at, y1: from, x2: at, y2: to })}
      />
      {shown.map((mark, i) => {
        const tip = point(position(mark), TICK_SIZE)
        const base = point(position(mark), 0)
        return <TickLine key={i} x1={tip.x} y1={tip.y} x2={base.x} y2={base.y} />
      })}
      {shown.map((mark, i) => {
        if (!label) return null
        const at = point(position(mark), TICK_LABEL_OFFSET)
        return (
          <AxisText
            key={i}
            className="recharts-text recharts-cartesian-axis-tick-value"
            x={at.x}
            y={at.y}
            anchor={anchor}
            dy={dy}
            fontSize={fontSize}
            fill={fill}
          >
            {label(mark)}
          </AxisText>
        )
      })}
    </>
  )
}
