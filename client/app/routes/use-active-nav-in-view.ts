import { type RefObject, useLayoutEffect } from 'react'

/** Room left beside the current page's link, so the one beyond it shows that the row goes on. */
const EDGE = 28

/**
 * Scrolls a navigation that scrolls sideways (a phone's one row) so the current page's link is
 * in view: on the awards page the row began at "Tổng quan" and ended mid-"So sánh", the page
 * itself out of sight. Sets the row's own scroll only, never the page's.
 */
export function useActiveNavInView(
  nav: RefObject<HTMLElement | null>,
  pathname: string,
  /** The links' language: another one changes their widths. */
  lang: string,
): void {
  useLayoutEffect(() => {
    const row = nav.current
    const active = row?.querySelector<HTMLElement>('a[aria-current="page"]')
    if (!row || !active || row.scrollWidth <= row.clientWidth) return
    // In the row's scrolled content, whatever element the two are positioned against.
    const box = active.getBoundingClientRect()
    const left = box.left - row.getBoundingClientRect().left + row.scrollLeft
    const right = left + box.width
    if (left - EDGE < row.scrollLeft) row.scrollLeft = Math.max(0, left - EDGE)
    else if (right + EDGE > row.scrollLeft + row.clientWidth)
      row.scrollLeft = right + EDGE - row.clientWidth
  }, [nav, pathname, lang])
}
