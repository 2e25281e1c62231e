// The title of each panel of the profile's first chart (index-years-chart-drawing.tsx).
import { AXIS_TITLE } from '#client/lib/palette.ts'

/**
 * A panel's title over its axis, level and starting at the chart's edge (a title turned along
 * the short rank panel would run past it). A white halo keeps it clear of a break line that runs
 * through the gap between the panels.
 */
export function PanelTitle({
  x,
  y,
  fontSize,
  children,
}: {
  x: number
  y: number
  fontSize: number
  children: string
}) {
  return (
    <text
      className="recharts-text recharts-label"
      x={x}
      y={y}
      textAnchor="start"
      fontSize={fontSize}
      fill={AXIS_TITLE}
      stroke="#FFFFFF"
      strokeWidth={fontSize / 4}
      strokeLinejoin="round"
      paintOrder="stroke"
    >
      {children}
    </text>
  )
}
