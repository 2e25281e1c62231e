// A chart's first draw is a long task on a phone: recharts measures it and renders it again
// several times in its layout effects, all before the browser paints, so the text and tables
// rendered with it waited for it (on the unit profile, four charts held the summary back by
// seconds). A chart frame lets its live chart draw after the frame that showed the rest of the
// page; a box of the chart's height holds its place meanwhile, so nothing moves.
// An export (a fixed size) and a chart outside a frame draw at once.
import { createContext, useContext, useEffect, useState } from 'react'
import type { ChartSize } from '#client/lib/export-chart.ts'

/** False until the frame after the first one this component was on screen for has been painted. */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    if (painted) return
    // A frame callback runs before that frame's paint; a timer set in it, after. Not in a
    // transition: React renders pending transitions together, and one waiting for data (a
    // deferred panel's) would hold the chart back with it.
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [painted])
  return painted
}

/** Whether live charts below may draw yet (a chart frame says no until its first paint). */
export const LiveChartsDrawContext = createContext(true)

/** Whether a chart at `size` draws now: an export always, a live chart when its frame says so. */
export function useChartMayDraw(size: ChartSize | undefined): boolean {
  const live = useContext(LiveChartsDrawContext)
  return size !== undefined || live
}

/** Holds a live chart's place: its height, empty, hidden from assistive technology. */
export function ChartPlaceholder({ height }: { height: number }) {
  return <div className="chart-placeholder" style={{ height }} aria-hidden />
}
