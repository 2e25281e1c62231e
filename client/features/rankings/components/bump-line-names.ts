// The names at the rank history's line ends: what each says, how far from its point it is
// written, and the room it takes right of the plot.
import { chartTextWidth } from '#client/components/charts/category-axis.ts'
import { markFocus } from '#client/components/charts/focus-mark.tsx'
import type { BumpStyle } from './bump-chart.tsx'

/** A name at a line's end: the line's point in the last year (or before a break) and what to write. */
export type LineEnd = {
  code: string
  index: number
  /** The point's place on the year axis (its year, or its x where breaks widen their gaps). */
  year: unknown
  value: number
  text: string
  strong: boolean
  focused: boolean
  /** Another unit's, drawn quietly beside the reader's unit. */
  quiet?: boolean
  /** The point's dot, where the leader line starts. */
  radius: number
}

/** From a point to its name: the dot's room, then the leader's run where names were moved. */
export const NAME_OFFSET = 10
export const LEADER_EMS = 1.3

/**
 * What the drawing holds where it names a line (LineEndNames): at its last year's end, or at the
 * end of a stretch before a break. An image's legend looks for it (export-chart.ts `unlessDrawn`).
 */
export function lineNamedIn(code: string): string {
  return `[data-line-label="${code}"], [data-stretch-label="${code}"]`
}

/** A line's name: ★ before a unit searched for, the reader's unit marked. */
export function lineName(s: BumpStyle): string {
  return markFocus(s.highlighted ? `★ ${s.name}` : s.name, s.focused ?? false)
}

/**
 * The room a line's name takes right of its point: the name, the dot's room, a leader line's run.
 * An export is set in Inter, the page in the device's face.
 */
export function lineNameRoom(s: BumpStyle, fontSize: number, image: boolean): number {
  const width = chartTextWidth(lineName(s), fontSize, {
    image,
    bold: Boolean(s.highlighted || s.focused),
  })
  return width + NAME_OFFSET + fontSize * LEADER_EMS + 4
}
