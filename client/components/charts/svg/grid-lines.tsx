// A chart's grid: one light line across the plot at each mark of its value axis, in recharts'
// class, so the tests and the print stylesheet find it as they found recharts' own.
import { GRID } from '#client/lib/palette.ts'

/**
 * Lines at each of `marks`: `across="x"` draws vertical lines at x = position(mark) from `from`
 * to `to` on y (a horizontal bar chart's value axis); `across="y"`, horizontal lines at
 * y = position(mark) from `from` to `to` on x.
 */
export function GridLines<T extends number>({
  marks,
  position,
  across,
  from,
  to,
}: {
  marks: readonly T[]
  position: (mark: T) => number
  across: 'x' | 'y'
  from: number
  to: number
}) {
  return (
    <g className="recharts-cartesian-grid">
      {marks.map((mark) => {
        const at = position(mark)
        return across === 'x' ? (
          <line key={mark} stroke={GRID} fill="none" x1={at} y1={from} x2={at} y2={to} />
        ) : (
          <line key={mark} stroke={GRID} fill="none" x1={from} y1={at} x2={to} y2={at} />
        )
      })}
    </g>
  )
}
