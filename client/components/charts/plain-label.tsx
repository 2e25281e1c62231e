// A value label beside, inside or above a bar or a point: one figure, never wrapped, written as
// recharts writes a label (a <text class="recharts-text recharts-label"> with one <tspan>), which
// exports and tests read.
import type { CSSProperties } from 'react'

/** Where a label sits, as recharts' LabelList `position` names it. */
export type PlainLabelPosition = 'right' | 'insideBottom' | 'top'

/** The box a label belongs to: a bar, or a point (no width or height). */
type LabelBox = { x: number; y: number; width?: number; height?: number }

/** recharts' vertical anchors as `dy` for one line: middle is half a cap height, end none. */
const MIDDLE_DY = '0.355em'

/** `text` at `position`, `offset` px from `box` (recharts' default offset is 5). */
export function PlainLabel({
  box,
  position,
  offset = 5,
  text,
  style,
}: {
  box: LabelBox
  position: PlainLabelPosition
  offset?: number
  text: string
  style: CSSProperties
}) {
  if (!text) return null
  const { x, y, width = 0, height = 0 } = box
  const at: { x: number; y: number; anchor: 'start' | 'middle'; dy: string } =
    position === 'right'
      ? { x: x + width + offset, y: y + height / 2, anchor: 'start', dy: MIDDLE_DY }
      : position === 'insideBottom'
        ? { x: x + width / 2, y: y + height - offset, anchor: 'middle', dy: '0' }
        : { x: x + width / 2, y: y - offset, anchor: 'middle', dy: '0' }
  return (
    <text
      className="recharts-text recharts-label"
      x={at.x}
      y={at.y}
      textAnchor={at.anchor}
      style={style}
      fill={typeof style.fill === 'string' ? style.fill : undefined}
    >
      <tspan x={at.x} dy={at.dy}>
        {text}
      </tspan>
    </text>
  )
}
