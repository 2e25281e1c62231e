// Chart drawings (the modules that import recharts) load when a chart is first drawn
// (client/components/charts/lazy-chart.tsx). An export or a report draws a chart the screen may
// not have drawn yet: it loads that chart's drawing first. A chart drawn with its page's own code
// (client/components/charts/inline-chart.tsx) has nothing to load.
import type { ReactElement } from 'react'

/** Each lazily drawn chart component's loader of its drawing (each loads once). */
const loaders = new Map<unknown, () => Promise<unknown>>()
/** The chart components whose drawing is part of the page. */
const inline = new WeakSet<object>()

/** Makes `chart`'s drawing known, so that an export of it loads it first. */
export function registerChartDrawing(chart: unknown, load: () => Promise<unknown>): void {
  loaders.set(chart, load)
}

/** Says `chart` draws with the page's code: an export of it loads nothing. */
export function registerInlineChart(chart: object): void {
  inline.add(chart)
}

/** Loads every chart drawing the page's modules know of. */
function loadChartDrawings(): Promise<unknown> {
  return Promise.all([...loaders.values()].map((load) => load()))
}

/**
 * Loads what `element` needs to draw at once: its chart's drawing, nothing for an inline chart,
 * and every known drawing for anything else (an element that would hold charts of its own).
 */
export function loadDrawingFor(element: ReactElement): Promise<unknown> {
  const { type } = element
  const load = loaders.get(type)
  if (load) return load()
  if (typeof type === 'function' && inline.has(type)) return Promise.resolve()
  return loadChartDrawings()
}
