import { type RefObject, useLayoutEffect } from 'react'

/** Room left beside the current page's link: the fade at the navigation's edge covers it. */
const EDGE = 28

/**
 * Scrolls a navigation that scrolls sideways (a phone's one row) so the current page's link is
 * in view: on the awards page the row began at "Tổng quan" and ended mid-"So sánh", the page
 * itself out of sight. Sets the row's own scroll only, never the page's.
 */
export function useActiveNavInView(nav: RefObject<HTMLElement | null>, pathname: string): void {
  useLayoutEffect(() => {
    const row = nav.current
    const active = row?.querySelector<HTMLElement>('a[aria-current="page"]')
    if (!row || !active || row.scrollWidth <= row.clientWidth) return
    const left = active.offsetLeft - row.offsetLeft
    const right = left + active.offsetWidth
    if (left - EDGE < row.scrollLeft) row.scrollLeft = Math.max(0, left - EDGE)
    else if (right + EDGE > row.scrollLeft + row.clientWidth)
      row.scrollLeft = right + EDGE - row.clientWidth
  }, [nav, pathname])
}
