// recharts and d3 are a third of the scripts a page downloads (about 85 KB compressed) and a
// long task to evaluate on a phone. A page's text, tables and figures need none of it: each chart
// component is a small wrapper that holds the chart's place and loads its drawing (a module that
// imports recharts) only when the chart is to be drawn, so the page's text paints first and a
// page whose charts are all further down (the rankings on a phone) never waits for them.
// An export or a report loads the drawing of the chart it draws first (client/lib/chart-drawings.ts);
// for a print, which cannot wait, the drawings of the charts on the page are loaded while the page
// is idle, once its first chart has been drawn.
// The bar charts and the unit profile's index chart are drawn in plain SVG and are part of the
// page (inline-chart.tsx, ADR 037 and 038): this is for the recharts ones (lines, the bump chart).
import { type ComponentType, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { registerChartDrawing } from '#client/lib/chart-drawings.ts'
import type { ChartSize } from '#client/lib/export-chart.ts'
import { ChartPlaceholder, useChartMayDraw } from './draw-after-paint.tsx'
import { afterFirstChart } from './first-chart.tsx'

type Load<P> = () => Promise<ComponentType<P>>

type ChartProps = { size?: ChartSize }

type LoadDrawing = () => Promise<unknown>

/** The drawings of the charts on the page not drawn yet, with how many charts wait for each. */
const waiting = new Map<LoadDrawing, number>()

/** Loads, when the browser is idle, the drawings that charts on the page wait for. */
function prefetchWaiting() {
  whenIdle(() => {
    for (const load of waiting.keys()) load().catch(() => {})
  })
}

/**
 * A chart on the page waits for `load` until it is drawn; a print may come first. Only these are
 * loaded ahead: the shared modules name more chart kinds than a page shows (the overview and the
 * unit profile need none of recharts, which the rankings' bump chart does).
 */
function useWaitingFor(load: LoadDrawing, loaded: boolean) {
  useEffect(() => {
    if (loaded) return
    waiting.set(load, (waiting.get(load) ?? 0) + 1)
    // Not before: the first chart (and the page's text) comes first.
    const forget = afterFirstChart(prefetchWaiting)
    return () => {
      forget()
      const count = (waiting.get(load) ?? 1) - 1
      if (count > 0) waiting.set(load, count)
      else waiting.delete(load)
    }
  }, [load, loaded])
}

/**
 * A chart whose drawing `load` imports when the chart is first drawn. Until then (and while its
 * frame says not yet, draw-after-paint.tsx) a box of `liveHeight(props)` holds its place; once
 * loaded, every later chart of that kind draws at once, in the same render.
 */
export function lazyChart<P extends ChartProps>(
  load: Load<P>,
  liveHeight: (props: P) => number,
): ComponentType<P> {
  let drawing: ComponentType<P> | null = null
  let pending: Promise<ComponentType<P>> | null = null
  const loadDrawing = () => {
    pending ??= load().then(
      (component) => {
        drawing = component
        waiting.delete(loadDrawing)
        return component
      },
      (error: unknown) => {
        // Another attempt may succeed (a dropped connection): the next draw loads again.
        pending = null
        throw error
      },
    )
    return pending
  }

  function LazyChart(props: P) {
    const mayDraw = useChartMayDraw(props.size)
    const [loaded, setDrawing] = useState<ComponentType<P> | null>(() => drawing)
    // Loaded meanwhile by another chart of its kind, or before a print.
    const Drawing = loaded ?? drawing
    const [failed, setFailed] = useState(false)
    useWaitingFor(loadDrawing, Drawing !== null)
    useEffect(() => {
      if (!mayDraw || Drawing) return
      let current = true
      loadDrawing().then(
        (component) => current && setDrawing(() => component),
        () => current && setFailed(true),
      )
      return () => {
        current = false
      }
    }, [mayDraw, Drawing])
    if (failed) return <ChartLoadFailed height={liveHeight(props)} />
    if (!mayDraw || !Drawing) return <ChartPlaceholder height={liveHeight(props)} />
    return <Drawing {...props} />
  }
  registerChartDrawing(LazyChart, loadDrawing)
  return LazyChart
}

/** The drawing could not be downloaded (offline): said where the chart would be. */
function ChartLoadFailed({ height }: { height: number }) {
  const { t } = useTranslation()
  return (
    <div className="chart-placeholder chart-load-failed" style={{ height }} role="alert">
      {t('charts.loadFailed')}
    </div>
  )
}

/** Runs `task` when the browser is idle (at the latest after 2 s), or soon where it cannot say. */
function whenIdle(task: () => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 })
  else setTimeout(task, 200)
}
