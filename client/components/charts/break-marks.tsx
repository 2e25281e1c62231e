// A break in a chart over the years: a dashed vertical line between two years whose results do
// not compare (another method, a merger, a cohort of another size), labelled above the plot. One
// drawing for the plain-SVG charts (the profile's index by year) and, through break-lines.tsx, for
// the recharts ones (the rank history, compare's index over the years).
import { chartTextWidth } from './category-axis.ts'
import { centredWithin } from './spread-labels.ts'

/** A break's colour: its line, its label and its mark in a legend. */
export const BREAK_COLOR = '#B45309'
/** A break line's dashes (its legend mark's too). */
export const BREAK_DASH = '4 3'

/** A break between two years, drawn as a labelled vertical line just before `year`. */
export type ChartBreak = { year: number; label: string }

/** A break placed on a chart: its line at `x`, its label starting at `textX`. */
export type PlacedBreak = ChartBreak & { x: number; textX: number }

/**
 * A break's line at `x` with its label centred over it, moved in where it would run past the
 * chart's edge (`start`…`end`): on a phone "Đổi phương pháp đánh giá" ran past the right edge.
 * Measured in the face it is drawn in (an image's Inter, the page's own), bold.
 */
export function placeBreak(
  b: ChartBreak,
  x: number,
  font: number,
  image: boolean,
  start: number,
  end: number,
): PlacedBreak {
  const textWidth = chartTextWidth(b.label, font, { image, bold: true })
  return { ...b, x, textX: centredWithin(x, textWidth, start, end) }
}

/**
 * The breaks placed, each a dashed line down the plot (`top`…`bottom`) with its label above, at
 * `baseline`. recharts' class names, as its reference lines have them.
 */
export function BreakMarks({
  breaks,
  top,
  bottom,
  baseline,
  font,
  image,
  className,
}: {
  breaks: readonly PlacedBreak[]
  top: number
  bottom: number
  baseline: number
  font: number
  image: boolean
  className?: string
}) {
  return (
    <g className={className}>
      {breaks.map((b) => (
        <g key={b.year} className="recharts-layer recharts-reference-line">
          <line
            className="recharts-reference-line-line"
            stroke={BREAK_COLOR}
            strokeWidth={image ? 4 : 2}
            strokeDasharray={BREAK_DASH}
            fill="none"
            x1={b.x}
            y1={top}
            x2={b.x}
            y2={bottom}
          />
          <text
            className="recharts-label chart-break-label"
            x={b.textX}
            y={baseline}
            textAnchor="start"
            fill={BREAK_COLOR}
            fontSize={font}
            fontWeight={700}
          >
            {b.label}
          </text>
        </g>
      ))}
    </g>
  )
}
