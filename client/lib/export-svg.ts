// Export drawing (ADR 004), loaded on the first export: an off-screen render at a fixed size,
// a standalone SVG with title, subtitle, legend and source drawn in, then PNG at 2× density.
import type { ReactElement } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import type { PatternKind } from '#client/components/charts/palette.ts'
import { DENSITY, EXPORT_HEIGHT, EXPORT_WIDTH, type ChartSize, type ExportText, type LegendItem } from './export-chart.ts'
import { exportFontCss } from './export-fonts.ts'
import { CHART_FONT_FAMILY, estimateTextWidth } from './text-metrics.ts'

const PAD = 48
const TITLE_SIZE = 40
const SUBTITLE_SIZE = 26
const LEGEND_SIZE = 22
const SOURCE_SIZE = 20
const LEGEND_ROW = 34

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** Places legend items left to right, wrapping into rows within `maxWidth`. */
export function layoutLegend(items: LegendItem[], maxWidth: number, fontSize = LEGEND_SIZE) {
  const swatch = fontSize
  const gap = fontSize * 1.4
  let x = 0
  let row = 0
  const placed = items.map((item) => {
    const width = swatch + 10 + estimateTextWidth(item.label, fontSize)
    if (x > 0 && x + width > maxWidth) {
      x = 0
      row += 1
    }
    const at = { item, x, row }
    x += width + gap
    return at
  })
  return { placed, rows: items.length === 0 ? 0 : row + 1 }
}

export function patternMarkup(id: string, color: string, kind: PatternKind): string {
  const base = `<rect width="8" height="8" fill="${color}"/>`
  const over =
    kind === 'hatch'
      ? '<path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="#ffffff" stroke-width="1.6"/>'
      : kind === 'dots'
        ? '<circle cx="4" cy="4" r="1.6" fill="#ffffff"/>'
        : kind === 'cross'
          ? '<path d="M0,0 L8,8 M8,0 L0,8" stroke="#ffffff" stroke-width="1.3"/>'
          : ''
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="8" height="8">${base}${over}</pattern>`
}

function legendMarkup(items: LegendItem[], top: number, maxWidth: number) {
  const { placed, rows } = layoutLegend(items, maxWidth)
  const defs: string[] = []
  const body = placed.map(({ item, x, row }, i) => {
    const y = top + row * LEGEND_ROW
    const kind = item.pattern ?? 'solid'
    let fill = item.color
    if (kind !== 'solid') {
      defs.push(patternMarkup(`export-legend-${i}`, item.color, kind))
      fill = `url(#export-legend-${i})`
    }
    const sx = PAD + x
    const mark =
      item.shape === 'line'
        ? `<line x1="${sx}" x2="${sx + LEGEND_SIZE}" y1="${y + LEGEND_SIZE / 2}" y2="${y + LEGEND_SIZE / 2}" stroke="${item.color}" stroke-width="4"${item.dash ? ` stroke-dasharray="${item.dash}"` : ''}/>`
        : `<rect x="${sx}" y="${y}" width="${LEGEND_SIZE}" height="${LEGEND_SIZE}" fill="${fill}" stroke="#374151" stroke-width="0.5"/>`
    return `${mark}<text x="${sx + LEGEND_SIZE + 10}" y="${y + LEGEND_SIZE * 0.82}" font-size="${LEGEND_SIZE}" fill="#1F2937">${escapeXml(item.label)}</text>`
  })
  return { markup: body.join(''), defs: defs.join(''), height: rows * LEGEND_ROW }
}

/** Where the chart goes inside the export image, given the legend's size. */
export function exportLayout(text: ExportText, width = EXPORT_WIDTH, height = EXPORT_HEIGHT) {
  const legendTop = PAD + TITLE_SIZE + 16 + SUBTITLE_SIZE + 24
  const legendHeight = layoutLegend(text.legend, width - 2 * PAD).rows * LEGEND_ROW
  const chartTop = legendTop + legendHeight + (legendHeight ? 16 : 0)
  const chartBottom = height - PAD - SOURCE_SIZE - 16
  return { width, height, legendTop, chart: { x: PAD / 2, y: chartTop, width: width - PAD, height: chartBottom - chartTop } }
}

/** The standalone SVG document: texts, legend and the chart's own <svg> nested inside. */
export function buildExportSvg(text: ExportText, chartSvg: string, fontCss = '', width = EXPORT_WIDTH, height = EXPORT_HEIGHT): string {
  const layout = exportLayout(text, width, height)
  const legend = legendMarkup(text.legend, layout.legendTop, width - 2 * PAD)
  const titleY = PAD + TITLE_SIZE * 0.8
  const subtitleY = titleY + 16 + SUBTITLE_SIZE
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT_FAMILY}">`,
    `<defs><style>${fontCss}</style>${legend.defs}</defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${PAD}" y="${titleY}" font-size="${TITLE_SIZE}" font-weight="700" fill="#111827">${escapeXml(text.title)}</text>`,
    `<text x="${PAD}" y="${subtitleY}" font-size="${SUBTITLE_SIZE}" fill="#374151">${escapeXml(text.subtitle)}</text>`,
    legend.markup,
    chartSvg,
    `<text x="${PAD}" y="${height - PAD + 8}" font-size="${SOURCE_SIZE}" fill="#4B5563">${escapeXml(text.source)}</text>`,
    '</svg>',
  ].join('')
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/** Renders `element` off-screen at a fixed size and returns its chart <svg> markup, positioned. */
export async function renderChartSvg(element: ReactElement, box: ChartSize & { x: number; y: number }) {
  const host = document.createElement('div')
  host.setAttribute('aria-hidden', 'true')
  host.style.cssText = `position:fixed;left:-20000px;top:0;width:${box.width}px;height:${box.height}px;overflow:hidden;pointer-events:none`
  document.body.appendChild(host)
  const root = createRoot(host)
  try {
    flushSync(() => root.render(element))
    // recharts lays out over a few commits; wait until the markup stops changing.
    let previous = ''
    for (let i = 0; i < 40; i += 1) {
      await nextFrame()
      const svg = host.querySelector('svg.recharts-surface')
      const markup = svg?.outerHTML ?? ''
      if (markup && markup === previous) break
      previous = markup
    }
    const svg = host.querySelector('svg.recharts-surface')
    if (!svg) throw new Error('chart did not render')
    const clone = svg.cloneNode(true) as SVGSVGElement
    clone.removeAttribute('style')
    clone.removeAttribute('class')
    clone.setAttribute('x', String(box.x))
    clone.setAttribute('y', String(box.y))
    clone.setAttribute('width', String(box.width))
    clone.setAttribute('height', String(box.height))
    return new XMLSerializer().serializeToString(clone)
  } finally {
    root.unmount()
    host.remove()
  }
}

/** Builds the export SVG of a chart: `render` draws it at the given size with animations off. */
export async function createExportSvg(text: ExportText, render: (size: ChartSize) => ReactElement) {
  const layout = exportLayout(text)
  const chart = await renderChartSvg(render({ width: layout.chart.width, height: layout.chart.height }), layout.chart)
  return buildExportSvg(text, chart, await exportFontCss())
}

/** Rasterises an export SVG at DENSITY × its size. */
export async function svgToPng(svg: string, width = EXPORT_WIDTH, height = EXPORT_HEIGHT): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    const image = new Image()
    image.width = width
    image.height = height
    image.src = url
    await image.decode()
    // Embedded fonts inside an SVG image may settle a frame after decode.
    await nextFrame()
    await nextFrame()
    const canvas = document.createElement('canvas')
    canvas.width = width * DENSITY
    canvas.height = height * DENSITY
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2d context')
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/png'),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}
