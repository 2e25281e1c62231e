import { useSyncExternalStore } from 'react'
import { flushSync } from 'react-dom'

// Whether the page is being laid out for print (the print dialog, Save as PDF, or a PDF
// renderer emulating print media). One module-level flag, so plain functions called while
// rendering (chart-size.ts's animated()) can read it; components subscribe through the hook.
let printing = false
const listeners = new Set<() => void>()
let watching = false

function setPrinting(next: boolean) {
  if (next === printing) return
  printing = next
  // Synchronously: the browser lays the page out for print as soon as `beforeprint` returns,
  // so the charts must already be drawn in their final, unanimated state by then.
  flushSync(() => {
    for (const listener of listeners) listener()
  })
}

function printQuery(): MediaQueryList | null {
  return typeof matchMedia === 'function' ? matchMedia('print') : null
}

function watch() {
  if (watching || typeof window === 'undefined') return
  watching = true
  const query = printQuery()
  printing = query?.matches ?? false
  window.addEventListener('beforeprint', () => setPrinting(true))
  // After the dialog closes, print media may still be emulated (a PDF renderer): ask the query.
  window.addEventListener('afterprint', () => setPrinting(query?.matches ?? false))
  query?.addEventListener('change', (event) => setPrinting(event.matches))
}

/** True while the page is laid out for print; readable outside React (see the hook). */
export function isPrinting(): boolean {
  watch()
  return printing
}

function subscribe(listener: () => void) {
  watch()
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** Re-renders the caller when printing starts or ends; true while printing. */
export function usePrintMode(): boolean {
  return useSyncExternalStore(subscribe, isPrinting, () => false)
}
