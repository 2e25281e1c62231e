// A LabelList's labels as recharts draws them, without its measuring. Given a label beside or
// inside a bar, recharts' Text receives the room it may fill and measures each word in the page
// to wrap it: a forced layout of the whole page inside the chart's first draw. These labels are
// one figure each and never wrap, so they are written directly, as the same SVG recharts writes
// (a <text class="recharts-text recharts-label"> with one <tspan>), which exports and tests read.
import type { CSSProperties, ReactElement } from 'react'

/** Where a label sits, as recharts' LabelList `position` names it. */
export type PlainLabelPosition = 'right' | 'insideBottom' | 'top'

/** What recharts hands a LabelList's `content`: the bar's or the point's box, its value. */
type LabelProps = {
  x?: number | string
  y?: number | string
  width?: number | string
  height?: number | string
  value?: unknown
  index?: number
}

/** recharts' vertical anchors as `dy` for one line: middle is half a cap height, end none. */
const MIDDLE_DY = '0.355em'

/**
 * A LabelList `content` that writes `text(value, index)` at `position`, `offset` px from the box
 * (recharts' default is 5); nothing where `text` gives ''.
 */
export function plainLabel(options: {
  position: PlainLabelPosition
  offset?: number
  text: (value: unknown, index: number) => string
  style: CSSProperties
}) {
  const { position, offset = 5, text, style } = options
  return function PlainLabel(props: LabelProps): ReactElement | null {
    const content = text(props.value, props.index ?? 0)
    if (!content) return null
    const x = Number(props.x ?? 0)
    const y = Number(props.y ?? 0)
    const width = Number(props.width ?? 0)
    const height = Number(props.height ?? 0)
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
          {content}
        </tspan>
      </text>
    )
  }
}
