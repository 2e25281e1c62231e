// The names at the rank history's line ends, drawn beside the points they name, inside the
// recharts chart (bump-chart-drawing.tsx).
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts'
import { spreadLabels } from '#client/components/charts/spread-labels.ts'
import { INK, MUTED } from '#client/lib/palette.ts'
import { namesThatFit } from '../utils/names-that-fit.ts'
import { QUIET_OPACITY } from './bump-line-fading.ts'
import { LEADER_EMS, NAME_OFFSET, type LineEnd } from './bump-line-names.ts'

/** Names a line apart, in ems of their type. */
const NAME_PITCH_EMS = 1.15
/** The least the names' type shrinks to make room (of the chart's label size). */
const MIN_NAME_SCALE = 0.85

/**
 * The names at the lines' ends, spread down the plot so none overprints another (ranks 1 to 4
 * of 63 are a few pixels apart), each joined to its point by a leader line where it had to move.
 * Drawn on recharts' own scales, read through its hooks, so the names sit where the points are.
 */
export function LineEndNames({
  ends,
  font,
  onPick,
  stretch = false,
}: {
  ends: readonly LineEnd[]
  font: number
  onPick?: (code: string) => void
  /** The names of a stretch that ends at a break, in its gap (not the last year's). */
  stretch?: boolean
}) {
  const xScale = useXAxisScale()
  const yScale = useYAxisScale()
  const plot = usePlotArea()
  if (!xScale || !yScale || !plot) return null
  const points = ends.flatMap((end) => {
    const x = xScale(end.year, { position: 'middle' })
    const y = yScale(end.value)
    return x === undefined || y === undefined ? [] : [{ ...end, x, y }]
  })
  // More names than the plot holds a line apart: smaller type first, down to a floor; then only
  // the names that matter most (the reader's, the ends of the order), the legend naming the rest.
  const fit =
    points.length > 1 ? (plot.height - font) / ((points.length - 1) * NAME_PITCH_EMS) : font
  const size = Math.min(font, Math.max(font * MIN_NAME_SCALE, fit))
  const pitch = size * NAME_PITCH_EMS
  const named = namesThatFit(points, Math.floor((plot.height - size) / pitch) + 1)
  const ys = spreadLabels(
    named.map((p) => p.y),
    pitch,
    plot.y + size / 2,
    plot.y + plot.height - size / 2,
  )
  const moved = named.some((p, i) => Math.abs((ys[i] ?? p.y) - p.y) > 0.5)
  const run = moved ? NAME_OFFSET + size * LEADER_EMS : NAME_OFFSET
  return (
    <g className={stretch ? 'bump-stretch-ends' : 'bump-line-ends'}>
      {named.map((p, i) => {
        const y = ys[i] ?? p.y
        const className = `bump-label bump-label-${p.index}`
        return (
          <g key={p.code}>
            {Math.abs(y - p.y) > 0.5 && (
              <line
                className={className}
                x1={p.x + p.radius + 2}
                y1={p.y}
                x2={p.x + run - 3}
                y2={y}
                stroke={MUTED}
                strokeWidth={Math.max(1, size / 14)}
                strokeOpacity={p.quiet ? QUIET_OPACITY : undefined}
              />
            )}
            <text
              x={p.x + run}
              y={y}
              dominantBaseline="central"
              fontSize={size}
              // A quiet name in the axes' grey, not faded ink: it stays legible (4.8:1).
              fill={p.quiet ? MUTED : INK}
              className={className}
              fontWeight={p.strong ? 700 : undefined}
              // The reader's unit is marked once, at its line's end.
              data-focus-unit={p.focused && !stretch ? 'true' : undefined}
              data-line-label={stretch ? undefined : p.code}
              data-stretch-label={stretch ? p.code : undefined}
              style={onPick ? { cursor: 'pointer' } : undefined}
              onClick={onPick ? () => onPick(p.code) : undefined}
            >
              {p.text}
            </text>
          </g>
        )
      })}
    </g>
  )
}
