// A chart's first draw is a long task on a phone: recharts measures it and renders it again
// several times in its layout effects, all before the browser paints, so the text and tables
// rendered with it waited for it (on the unit profile, four charts held the summary back by
// seconds). A chart frame lets its live chart draw after the frame that showed the rest of the
// page; a box of the chart's height holds its place meanwhile, so nothing moves.
// An export (a fixed size) and a chart outside a frame draw at once.
//
// A chart further down the page draws when it comes within a quarter of a screen of the view, or when
// the page is printed: on a phone, each chart is a long task of its own (0.1–0.5 s at a phone's
// speed), and a page of four charts drew all of them before the reader could scroll.
import {
  type RefObject,
  createContext,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
} from 'react'
import { flushSync } from 'react-dom'
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

/** How far beyond the screen a chart starts drawing: a quarter of a screen, drawn before it is in view. */
const NEAR_MARGIN = '25% 0px'

let printing = false
const printListeners = new Set<() => void>()
let listeningForPrint = false

function startPrinting() {
  if (printing) return
  printing = true
  // Synchronously: the browser lays the page out for print when the event's handlers return.
  flushSync(() => {
    for (const listener of printListeners) listener()
  })
}

function subscribePrinting(listener: () => void) {
  printListeners.add(listener)
  if (!listeningForPrint && typeof window !== 'undefined') {
    listeningForPrint = true
    window.addEventListener('beforeprint', startPrinting)
    // Print emulation (and some browsers' print preview) changes the media without the event.
    window.matchMedia?.('print').addEventListener?.('change', (event) => {
      if (event.matches) startPrinting()
    })
  }
  return () => printListeners.delete(listener)
}

/** True from the moment the page is first printed (it stays true: a drawn chart stays drawn). */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribePrinting,
    () => printing,
    () => false,
  )
}

/**
 * True once `ref`'s element has come within NEAR_MARGIN of the screen; it stays true (a drawn
 * chart is not undrawn when scrolled away). Without IntersectionObserver (tests' DOM), true at once.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const element = ref.current
    if (near || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true)
      },
      { rootMargin: NEAR_MARGIN },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [near, ref])
  return near
}
