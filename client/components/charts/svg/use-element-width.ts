import { type RefObject, startTransition, useLayoutEffect, useState } from 'react'

/**
 * The width of `ref`'s element in CSS pixels, kept current as it resizes: read once laid out (a
 * layout effect), then from a ResizeObserver. 0 until the element is laid out, and while `enabled`
 * is false (nothing is measured).
 *
 * A width is set as a transition: the chart it sizes renders in React's slices of about 5 ms, not
 * in the task that committed its box. Set at once, a ranking chart's first drawing was rendered
 * inside the page's commit, one task of 60–80 ms at a phone's speed (4×); its box keeps its height
 * meanwhile, so nothing moves when it appears.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, enabled = true): number {
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const element = ref.current
    if (!enabled || !element) return
    const measure = () => startTransition(() => setWidth(element.clientWidth))
    measure()
    if (typeof ResizeObserver !== 'function') return
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, enabled])
  return width
}
