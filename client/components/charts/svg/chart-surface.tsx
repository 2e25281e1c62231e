import { type ReactNode, useRef } from 'react'
import type { ChartSize } from '#client/lib/export-chart.ts'
import { useElementWidth } from './use-element-width.ts'

type SurfaceBox = { width: number; height: number }

/**
 * The <svg> a hand-drawn chart draws in: at an export's fixed size, or on screen as wide as its
 * box and `liveHeight` tall (drawn once the box's width is known, as a transition: ADR 043).
 * It carries recharts' class names (recharts-wrapper, recharts-surface) because the page's and
 * the print's styles, the export (export-svg.ts) and the tests find every chart by them, whichever
 * library drew it. The figure's table view says in words what the drawing shows: the drawing
 * itself is hidden from assistive technology, as a picture with a caption would be, unless it is
 * `linked` (its units' names lead to their profiles): then the links are read and focused, and
 * the drawing hides the rest (Decoration in bar-frame.tsx).
 */
export function ChartSurface({
  size,
  liveHeight,
  linked = false,
  children,
}: {
  size?: ChartSize
  liveHeight: number
  linked?: boolean
  children: (box: SurfaceBox) => ReactNode
}) {
  const ref = useRef<HTMLDivElement>(null)
  const measured = useElementWidth(ref, !size)
  const box = size
    ? { width: size.width, height: size.height }
    : { width: measured, height: liveHeight }
  return (
    <div
      ref={ref}
      className="recharts-wrapper"
      style={{ position: 'relative', width: size ? size.width : '100%', height: box.height }}
    >
      {box.width > 0 && (
        <svg
          className="recharts-surface"
          width={box.width}
          height={box.height}
          viewBox={`0 0 ${box.width} ${box.height}`}
          style={{ display: 'block', width: '100%', height: '100%' }}
          aria-hidden={linked ? undefined : 'true'}
        >
          {children(box)}
        </svg>
      )}
    </div>
  )
}
