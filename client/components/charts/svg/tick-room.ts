// Whether an axis's labels have room: the one rule the axis (axis-parts.tsx) and the functions
// that pick its marks (fitted-ticks.ts, rank-ticks.ts) read, so a mark picked as fitting is
// always drawn, and an axis never has to leave a mark out.
import { labelWidth } from '../category-axis.ts'

/** recharts' `minTickGap`: the least room between two tick labels along an axis. */
export const MIN_TICK_GAP = 5
/** A line of text's height, in ems: a tick label's extent along a vertical axis. */
export const LINE_HEIGHT = 1.2

/** A tick label's extent along its axis: its width along a bottom axis, a line's height up a side. */
export function tickLabelExtent(along: boolean, label: string, fontSize: number): number {
  return along ? labelWidth(label, fontSize) : fontSize * LINE_HEIGHT
}

/** Whether the labels of two marks `distance` px apart, `a` and `b` px long, clear each other. */
export function labelsClear(distance: number, a: number, b: number): boolean {
  return Math.abs(distance) >= (a + b) / 2 + MIN_TICK_GAP
}

/** Whether every mark's label clears its neighbours', the marks in order along the axis. */
export function marksFit<T>(
  marks: readonly T[],
  position: (mark: T) => number,
  extent: (mark: T) => number,
): boolean {
  return marks.every((mark, i) => {
    const next = marks[i + 1]
    return (
      next === undefined || labelsClear(position(next) - position(mark), extent(mark), extent(next))
    )
  })
}
