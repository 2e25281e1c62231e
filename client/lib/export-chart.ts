// The one export path for charts (STYLE B.9): an off-screen render at a fixed size with
// animations off, a standalone SVG with title, subtitle, legend and source drawn inside it
// (recharts' legend is HTML, outside its <svg>), an embedded font, then PNG at the target's
// density. Its size and type come from where the image goes (export-targets.ts, ADR 020).
// The drawing code is in export-svg.ts, fetched on the first export: pages load without it.
import type { ReactElement } from 'react'
import type { PatternKind } from './palette.ts'
import type { ExportContent, ExportTarget } from './export-targets.ts'

export type LegendItem = {
  label: string
  color: string
  pattern?: PatternKind
  /**
   * A square swatch, a line (dashed with `dash`), a hollow circle (a chart's open mark), or
   * none: a key in words for marks the chart writes ("↑7: tăng 7 hạng").
   */
  shape?: 'square' | 'line' | 'ring' | 'none'
  /** stroke-dasharray of a line swatch, as the chart draws it. */
  dash?: string
  /**
   * An image keeps this item only where its chart draws an element matching this CSS selector:
   * the key to a mark the chart may not draw (my unit's ▶, `[data-focus-unit]`).
   */
  ifDrawn?: string
  /**
   * An image leaves this item out where its chart draws an element matching this CSS selector:
   * a line its chart names at its end needs no entry, one whose name had no room does.
   */
  unlessDrawn?: string
}

export type ExportText = {
  title: string
  subtitle: string
  source: string
  legend: LegendItem[]
  /** "Dự thảo — chưa công bố": drawn across an image of figures not yet published. */
  draftMark?: string | null
}

/**
 * A chart's drawing size. An export also gives its type sizes in px (`tick` for axis labels,
 * `label` for value labels), set from the target's points; the page's charts give none.
 */
export type ChartSize = { width: number; height: number; tick?: number; label?: number }

/** CSV of a chart's data: the shared writer (UTF-8 BOM, raw numbers, formula-leading text neutralised). */
export { type CsvValue, csvSeparator, toCsv } from '#shared/text/csv.ts'

const loadRenderer = () => import('./export-svg.ts')

/**
 * Builds the export SVG of a chart for `target`: `render` draws it at the size the layout leaves,
 * unanimated; `content` (rows of bars, or a plot) sets the height a page target gives it.
 */
export async function createExportSvg(
  text: ExportText,
  render: (size: ChartSize) => ReactElement,
  target: ExportTarget,
  content: ExportContent,
): Promise<{ svg: string; width: number; height: number }> {
  return (await loadRenderer()).createExportSvg(text, render, target, content)
}

/** Rasterises an export SVG at `density` × its size. */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  density: number,
): Promise<Blob> {
  return (await loadRenderer()).svgToPng(svg, width, height, density)
}

export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
