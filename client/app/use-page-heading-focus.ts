import { useEffect, useRef } from 'react'
import { useNavigationType } from 'react-router'

/** How long a page opened may take to draw its heading before the focus is left where it is. */
const HEADING_WAIT_MS = 3000

/**
 * Moves the focus to the new page's heading when the reader opens another page (ADR 068). The
 * link followed was often gone with the page it was on (a unit's name in a table or a chart):
 * the focus fell to the document, a screen reader said nothing of the new page, and the next
 * Tab started wherever the browser guessed. On the heading, the page's name is read, and the
 * next Tab is the page's first control.
 *
 * Only a new path counts: a filter, a sort or a page of a table changes the query and leaves the
 * focus on the control that changed it. A replaced entry (the start page's redirect, a corrected
 * address) is no move of the reader's. The focus is not taken back from a control the reader
 * has moved to while the page was drawing.
 */
export function usePageHeadingFocus(pathname: string): void {
  const navigationType = useNavigationType()
  const shown = useRef(pathname)
  useEffect(() => {
    if (shown.current === pathname) return
    shown.current = pathname
    if (navigationType === 'REPLACE') return
    const from = document.activeElement
    const until = performance.now() + HEADING_WAIT_MS
    let frame = 0
    const tryFocus = () => {
      const active = document.activeElement
      // The reader went on by themselves.
      if (active !== from && active !== document.body && active?.isConnected) return
      const heading = document.querySelector<HTMLElement>('main h1')
      if (!heading) {
        if (performance.now() < until) frame = requestAnimationFrame(tryFocus)
        return
      }
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1
      heading.focus()
    }
    frame = requestAnimationFrame(tryFocus)
    return () => cancelAnimationFrame(frame)
  }, [pathname, navigationType])
}
