import { type RefObject, useLayoutEffect, useState } from 'react'

/**
 * The width of `ref`'s element in CSS pixels, kept current as it resizes: read once before the
 * first paint (a layout effect), then from a ResizeObserver. 0 until the element is laid out, and
 * while `enabled` is false (nothing is measured).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, enabled = true): number {
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const element = ref.current
    if (!enabled || !element) return
    setWidth(element.clientWidth)
    if (typeof ResizeObserver !== 'function') return
    const observer = new ResizeObserver(() => setWidth(element.clientWidth))
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, enabled])
  return width
}
