// The first chart of a visit is what people wait for. Panels further down a page can render
// after it has been drawn, in a transition React interrupts for anything more urgent, instead of
// in the same long task: on a two-core machine the overview's first render was one 350–540 ms
// task for two charts, the tiles and two glances.
import { type ReactNode, startTransition, useEffect, useState, useSyncExternalStore } from 'react'

let chartShown = false
const listeners = new Set<() => void>()

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function markChartShown() {
  if (chartShown) return
  chartShown = true
  for (const listener of listeners) listener()
}

/**
 * Runs `task` once the visit's first chart has been drawn (at once if it has been); the function
 * returned forgets it if it has not run yet.
 */
export function afterFirstChart(task: () => void): () => void {
  if (chartShown) {
    task()
    return () => {}
  }
  const listener = () => {
    listeners.delete(listener)
    task()
  }
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * A chart frame's part: the first one drawn on screen releases the deferred panels. `drawn`: whether
 * its chart is drawn yet (a frame draws it after its panel, draw-after-paint.tsx).
 */
export function useMarkChartShown(drawn = true): void {
  useEffect(() => {
    if (chartShown || !drawn) return
    // After the frame that shows it: a frame callback runs before that paint, a timer after it.
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(markChartShown, 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [drawn])
}

/** Without any chart drawn by then (the first panel failed), deferred panels render anyway. */
const FALLBACK_MS = 2000

/** Renders `children` once a chart of the visit has been drawn (or after FALLBACK_MS). */
export function AfterFirstChart({
  children,
  fallback,
}: {
  children: ReactNode
  fallback: ReactNode
}) {
  const shown = useSyncExternalStore(
    subscribe,
    () => chartShown,
    () => true,
  )
  const [ready, setReady] = useState(shown)
  useEffect(() => {
    if (ready) return
    if (shown) {
      startTransition(() => setReady(true))
      return
    }
    const timer = setTimeout(() => startTransition(() => setReady(true)), FALLBACK_MS)
    return () => clearTimeout(timer)
  }, [shown, ready])
  return ready ? children : fallback
}
