import type { CSSProperties } from 'react'
import type { ChartSize } from '#client/lib/export-chart.ts'

/** Size props for a recharts chart: fixed for export, responsive (CSS width, given height) live. */
export function chartSizeProps(size: ChartSize | undefined, liveHeight: number) {
  if (size) return { width: size.width, height: size.height }
  const style: CSSProperties = { width: '100%', height: liveHeight }
  return { responsive: true, style }
}

/** Type sizes: live charts use the page's size; exports are read shrunk into reports, so larger. */
export function chartFont(size: ChartSize | undefined) {
  return size ? { tick: 20, label: 19 } : { tick: 12, label: 12 }
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
}

/**
 * Export renders must not animate (the snapshot would catch bars mid-growth), nor charts for
 * readers who asked the system for less motion.
 */
export function animated(size: ChartSize | undefined) {
  return size === undefined && !prefersReducedMotion()
}
