// How "my unit" (client/lib/focus-unit.ts) is marked in a chart: a ▶ before its name, the name
// in bold and a heavy outline round its bar or a heavier line: never colour alone, so the mark
// survives a greyscale print and an exported image.
import type { LegendItem } from '#client/lib/export-chart.ts'
import { INK } from '#client/lib/palette.ts'

/** The marker before the focused unit's name on an axis, a label or a line end. */
export const FOCUS_MARK = '▶'
/** The outline round the focused unit's bar. */
export const FOCUS_OUTLINE = { stroke: INK, strokeWidth: 4 } as const

/** "▶ Huyện Thạnh Hóa" for the focused unit, the name as is otherwise. */
export function markFocus(label: string, focused: boolean): string {
  return focused ? `${FOCUS_MARK} ${label}` : label
}

/** What a chart's focused unit carries in its drawing, and an image's key looks for. */
export const FOCUS_DRAWN = '[data-focus-unit]'

/**
 * An image's key to the mark, "▶ Đơn vị được làm nổi bật: Huyện Thạnh Hóa" (`label` says the
 * rest): pasted in a report, the mark has no "my unit" card beside it. Kept only where the chart
 * draws the mark.
 */
export function focusLegendItem(label: string): LegendItem {
  return { label: `${FOCUS_MARK} ${label}`, color: INK, shape: 'none', ifDrawn: FOCUS_DRAWN }
}

type TickProps = {
  x?: number | string
  y?: number | string
  payload?: { value?: unknown; index?: number }
  index?: number
}

/**
 * A category axis's label: one line, right-aligned to the axis at (x, y) (or starting there, a
 * name written above its bar), in bold with `data-focus-unit` for the focused unit.
 */
export function CategoryTickText({
  x,
  y,
  fontSize,
  fill = INK,
  focused,
  anchor = 'end',
  children,
}: {
  x: number
  y: number
  fontSize: number
  fill?: string
  focused: boolean
  anchor?: 'start' | 'end'
  children: string
}) {
  return (
    <text
      x={x}
      y={y}
      dy="0.355em"
      textAnchor={anchor}
      fontSize={fontSize}
      fill={fill}
      fontWeight={focused ? 700 : undefined}
      data-focus-unit={focused ? 'true' : undefined}
      // recharts' own class for a tick's text, after its size as recharts writes it, as on every
      // other axis: an exported SVG's ticks are read by it.
      className="recharts-cartesian-axis-tick-value"
    >
      {children}
    </text>
  )
}

/** CategoryTickText as a recharts axis's `tick={…}`. */
export function focusTick(options: {
  fontSize: number
  fill?: string
  format: (value: string, index: number) => string
  isFocus: (index: number) => boolean
}) {
  const { fontSize, fill = INK, format, isFocus } = options
  return function FocusTick({ x, y, payload, index }: TickProps) {
    const i = payload?.index ?? index ?? 0
    return (
      <CategoryTickText
        x={Number(x)}
        y={Number(y)}
        fontSize={fontSize}
        fill={fill}
        focused={isFocus(i)}
      >
        {format(String(payload?.value ?? ''), i)}
      </CategoryTickText>
    )
  }
}
