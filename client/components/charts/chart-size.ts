import type { CSSProperties } from 'react'
import type { ChartSize } from '#client/lib/export-chart.ts'
import { AXIS_TITLE } from '#client/lib/palette.ts'

// Every chart draws without animation (isAnimationActive={false}): recharts animates by
// re-rendering the chart on every frame, about 40 React commits a page on load — long tasks on a
// phone, where department heads read the dashboard — and a printed or exported chart must never
// be caught mid-growth.

/** Size props for a recharts chart: fixed for export, responsive (CSS width, given height) live. */
export function chartSizeProps(size: ChartSize | undefined, liveHeight: number) {
  if (size) return { width: size.width, height: size.height }
  const style: CSSProperties = { width: '100%', height: liveHeight }
  return { responsive: true, style }
}

/**
 * Type sizes in px: live charts use the page's size; an export uses its target's, set in points
 * at the width the image is pasted at (export-targets.ts), so labels stay ≥ 9 pt on A4.
 */
export function chartFont(size: ChartSize | undefined) {
  if (!size) return { tick: 12, label: 12 }
  const tick = size.tick ?? 20
  return { tick, label: size.label ?? tick }
}

/**
 * The on-screen height of a chart with one bar per row (a unit, a field): 30 px a row and the
 * value axis, 220 px at least. A placeholder holds it until the chart's frame lets it draw.
 */
export function barPerRowChartHeight(rows: readonly unknown[]): number {
  return Math.max(220, rows.length * 30 + 50)
}

/**
 * The height of a value axis with its unit as a title below its marks: tall enough for both
 * (export-targets.ts reserves the same band).
 */
export function titledValueAxisHeight(tick: number): number {
  return Math.ceil(tick * 3.2) - 4
}

/**
 * The value axis under a horizontal bar chart with its unit as a title ("Chỉ số (%)"): tall enough
 * for the ticks and the title below them.
 */
export function valueAxisTitle(label: string | undefined, font: { tick: number }) {
  if (!label) return {}
  return {
    height: titledValueAxisHeight(font.tick),
    label: {
      value: label,
      position: 'insideBottom' as const,
      offset: 0,
      fontSize: font.tick,
      fill: AXIS_TITLE,
    },
  }
}

/** A vertical axis's unit, written along it. */
export function sideAxisTitle(
  label: string | undefined,
  font: { tick: number },
  side: 'left' | 'right',
) {
  if (!label) return {}
  return {
    label: {
      value: label,
      angle: side === 'left' ? -90 : 90,
      position: side === 'left' ? ('insideLeft' as const) : ('insideRight' as const),
      fontSize: font.tick,
      fill: AXIS_TITLE,
      style: { textAnchor: 'middle' as const },
    },
  }
}
