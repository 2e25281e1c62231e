// A chart may draw a hundred units (50 at each end of a large cohort's order). A hundred links
// in the Tab order make the page's controls after the chart a hundred presses away; above
// MAX_TAB_STOPS the chart's unit links are one stop for Tab, and the arrow keys move along it
// (ADR 064). Screen readers still list every link.
import { type KeyboardEvent, useRef, useState } from 'react'

/** Up to this many unit links, each is a stop for Tab, in the rows' order. */
export const MAX_TAB_STOPS = 50

const MOVES: Record<string, (at: number, count: number) => number> = {
  ArrowDown: (at, count) => Math.min(count - 1, at + 1),
  ArrowUp: (at) => Math.max(0, at - 1),
  Home: () => 0,
  End: (_, count) => count - 1,
}

/**
 * Each link's `tabIndex` and ref, and the key handler of the group holding them: all in the Tab
 * order up to MAX_TAB_STOPS links, else only the one last focused (the first at the start).
 */
export function useRovingLinks(count: number) {
  const roving = count > MAX_TAB_STOPS
  const [active, setActive] = useState(0)
  const links = useRef<(Element | null)[]>([])
  const current = Math.min(active, Math.max(0, count - 1))
  return {
    tabIndexOf: (i: number) => (roving ? (i === current ? 0 : -1) : undefined),
    refOf: (i: number) => (element: Element | null) => {
      links.current[i] = element
    },
    onFocusOf: (i: number) => () => setActive(i),
    onKeyDown: (event: KeyboardEvent) => {
      const move = roving ? MOVES[event.key] : undefined
      if (!move) return
      event.preventDefault()
      const next = move(current, count)
      setActive(next)
      const link = links.current[next]
      if (link instanceof SVGElement || link instanceof HTMLElement) link.focus()
    },
  }
}
