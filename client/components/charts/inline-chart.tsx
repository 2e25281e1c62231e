// A chart whose drawing is part of the page's own code: a plain SVG drawing of a few kilobytes
// (client/components/charts/svg/), drawn in one pass. It draws as soon as its frame allows, with
// no download between the page's data and the chart: a phone on a slow line waited a round trip
// for a lazily loaded drawing (lazy-chart.tsx, for the recharts ones).
import type { ComponentType } from 'react'
import { registerInlineChart } from '#client/lib/chart-drawings.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import { ChartPlaceholder, useChartMayDraw } from './draw-after-paint.tsx'

/** `Drawing`, with a box of `liveHeight(props)` holding its place while its frame says not yet. */
export function inlineChart<P extends { size?: ChartSize }>(
  Drawing: ComponentType<P>,
  liveHeight: (props: P) => number,
): ComponentType<P> {
  function InlineChart(props: P) {
    const mayDraw = useChartMayDraw(props.size)
    if (!mayDraw) return <ChartPlaceholder height={liveHeight(props)} />
    return <Drawing {...props} />
  }
  registerInlineChart(InlineChart)
  return InlineChart
}
