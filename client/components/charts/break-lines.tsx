// Breaks on a recharts chart over the years (the rank history, compare's index over the years),
// placed on recharts' own scales and drawn as the plain-SVG charts draw them (break-marks.tsx).
import { useChartWidth, usePlotArea, useXAxisScale } from 'recharts'
import { BreakMarks, placeBreak, type ChartBreak } from './break-marks.tsx'

/** The room above the plot a break's label takes (page, image), its baseline 12 px above it. */
export function breakRoom(image: boolean): number {
  return image ? 44 : 30
}

type XScale = NonNullable<ReturnType<typeof useXAxisScale>>

/**
 * Each break as a dashed line, labelled above the plot: at the x `xOf` gives on the chart's own
 * x scale (a layout that widened a gap), else midway between the year before it and its year.
 * `years` are the chart's categories in order; a break at the first year, or at a year not
 * drawn, has no gap to stand in and is left out.
 */
export function BreakLines<B extends ChartBreak>({
  breaks,
  years = [],
  xOf,
  font,
  image,
  className,
}: {
  breaks: readonly B[]
  years?: readonly unknown[]
  xOf?: (b: B, scale: XScale) => number | undefined
  font: number
  image: boolean
  className?: string
}) {
  const xScale = useXAxisScale()
  const plot = usePlotArea()
  const chartWidth = useChartWidth()
  if (!xScale || !plot || chartWidth === undefined) return null
  const midway = (b: B) => {
    const at = years.indexOf(b.year)
    if (at < 1) return undefined
    const from = xScale(years[at - 1], { position: 'middle' })
    const to = xScale(b.year, { position: 'middle' })
    return from === undefined || to === undefined ? undefined : (from + to) / 2
  }
  const placed = breaks.flatMap((b) => {
    const x = xOf ? xOf(b, xScale) : midway(b)
    return x === undefined ? [] : [placeBreak(b, x, font, image, 0, chartWidth)]
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
