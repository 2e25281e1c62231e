// Breaks on a recharts chart over the years (the rank history, compare's index over the years),
// placed on recharts' own scales and drawn as the plain-SVG charts draw them (break-marks.tsx).
import { useChartWidth, usePlotArea, useXAxisScale } from 'recharts'
import { BreakMarks, placeBreak, type ChartBreak } from './break-marks.tsx'

/** The room above the plot a break's label takes (page, image), its baseline 12 px above it. */
export function breakRoom(image: boolean): number {
  return image ? 44 : 30
}

/**
 * Each break as a dashed line midway between the year before it and its year, labelled above
 * the plot. `years` are the chart's categories in order; a break at the first year, or at a year
 * not drawn, has no gap to stand in and is left out.
 */
export function BreakLines({
  breaks,
  years,
  font,
  image,
  className,
}: {
  breaks: readonly ChartBreak[]
  years: readonly unknown[]
  font: number
  image: boolean
  className?: string
}) {
  const xScale = useXAxisScale()
  const plot = usePlotArea()
  const chartWidth = useChartWidth()
  if (!xScale || !plot || chartWidth === undefined) return null
  const placed = breaks.flatMap((b) => {
    const at = years.indexOf(b.year)
    if (at < 1) return []
    const from = xScale(years[at - 1], { position: 'middle' })
    const to = xScale(b.year, { position: 'middle' })
    if (from === undefined || to === undefined) return []
    return [placeBreak(b, (from + to) / 2, font, image, 0, chartWidth)]
  })
  return (
    <BreakMarks
      breaks={placed}
      top={plot.y}
      bottom={plot.y + plot.height}
      baseline={plot.y - 12}
      font={font}
      image={image}
      className={className}
    />
  )
}
