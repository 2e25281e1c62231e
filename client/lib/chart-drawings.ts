// Chart drawings (the modules that import recharts) load when a chart is first drawn
// (client/components/charts/lazy-chart.tsx). An export, a report or a print draws charts the
// screen may not have drawn yet: it loads every known drawing first.

/** The loader of every chart drawing a loaded module may need, each loading once. */
const loaders = new Set<() => Promise<unknown>>()

/** Makes a drawing known, so that `loadChartDrawings()` loads it too. */
export function registerChartDrawing(load: () => Promise<unknown>): void {
  loaders.add(load)
}

/** Loads every chart drawing the page's modules know of. */
export function loadChartDrawings(): Promise<unknown> {
  return Promise.all([...loaders].map((load) => load()))
}
