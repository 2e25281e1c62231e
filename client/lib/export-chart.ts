// The one export path for charts (STYLE B.9): an off-screen render at a fixed size with
// animations off, a standalone SVG with title, subtitle, legend and source drawn inside it
// (recharts' legend is HTML, outside its <svg>), an embedded font, then PNG at 2× density.
// The drawing code is in export-svg.ts, fetched on the first export: pages load without it.
import type { ReactElement } from 'react'
import type { PatternKind } from '#client/components/charts/palette.ts'

export type LegendItem = {
  label: string
  color: string
  pattern?: PatternKind
  shape?: 'square' | 'line'
  /** stroke-dasharray of a line swatch, as the chart draws it. */
  dash?: string
}

export type ExportText = { title: string; subtitle: string; source: string; legend: LegendItem[] }

export type ChartSize = { width: number; height: number }

/** Fixed export size in CSS px; the PNG is drawn at DENSITY × this. */
export const EXPORT_WIDTH = 1600
export const EXPORT_HEIGHT = 1000
export const DENSITY = 2

/** CSV of a chart's data: the shared writer (UTF-8 BOM, raw numbers, formula-leading text neutralised). */
export { type CsvValue, toCsv } from '#shared/text/csv.ts'

const loadRenderer = () => import('./export-svg.ts')

/** Builds the export SVG of a chart: `render` draws it at the given size with animations off. */
export async function createExportSvg(text: ExportText, render: (size: ChartSize) => ReactElement) {
  return (await loadRenderer()).createExportSvg(text, render)
}

/** Rasterises an export SVG at DENSITY × its size. */
export async function svgToPng(
  svg: string,
  width = EXPORT_WIDTH,
  height = EXPORT_HEIGHT,
): Promise<Blob> {
  return (await loadRenderer()).svgToPng(svg, width, height)
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
