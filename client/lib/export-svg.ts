// Export drawing (ADR 004), loaded on the first export: an off-screen render at a fixed size,
// a standalone SVG with title, subtitle, legend and source drawn in, then PNG at 2× density.
import type { ReactElement } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { loadDrawingFor } from './chart-drawings.ts'
import { patternMarkup } from './pattern-markup.ts'
import type { ChartSize, ExportText, LegendItem } from './export-chart.ts'
import {
  cmToPx,
  typePx,
  wantedChartHeight,
  type ExportContent,
  type ExportTarget,
} from './export-targets.ts'
import { exportFontCss } from './export-fonts.ts'
import { EXPORT_FONT_FAMILY, estimateTextWidth, wrapText } from './text-metrics.ts'

/**
 * Places legend items left to right, wrapping into rows within `maxWidth`. A key in words longer
 * than the row ("7/10 — 70,0%: hoàn thành 7 trên 10 nhiệm vụ …") is wrapped onto rows of its own,
 * in lines of even length (no word left alone on the last).
 */
export function layoutLegend(items: LegendItem[], maxWidth: number, fontSize: number) {
  const swatch = fontSize
  const gap = fontSize * 1.4
  let x = 0
  let row = 0
  // After a wrapped item the next starts a row: its last line may be the shortest.
  let rowFull = false
  const placed = items.map((item) => {
    const mark = item.shape === 'none' ? 0 : swatch + fontSize * 0.45
    const room = maxWidth - mark
    const lines =
      estimateTextWidth(item.label, fontSize) > room
        ? wrapText(item.label, fontSize, room, { balance: true })
        : [item.label]
    const width = mark + Math.max(...lines.map((line) => estimateTextWidth(line, fontSize)))
    if (rowFull || (x > 0 && x + width > maxWidth)) {
      x = 0
      row += 1
      rowFull = false
    }
    const at = { item, x, row, lines }
    if (lines.length > 1) {
      row += lines.length - 1
      rowFull = true
    } else x += width + gap
    return at
  })
  return { placed, rows: items.length === 0 ? 0 : row + 1 }
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

const LINE_HEIGHT = 1.3

/** Every box of the export image, from the target's type scale and what the chart draws. */
export function exportLayout(text: ExportText, target: ExportTarget, content: ExportContent) {
  const type = typePx(target)
  const pad = Math.round(type.title * 1.1)
  const inner = target.width - 2 * pad
  const gap = Math.round(type.subtitle * 0.6)
  const title = wrapText(text.title, type.title, inner, { bold: true })
  const subtitle = wrapText(text.subtitle, type.subtitle, inner)
  const legend = layoutLegend(text.legend, inner, type.legend)
  const legendRow = type.legend * 1.6
  const source = wrapText(text.source, type.source, inner)
  const titleTop = pad
  const subtitleTop = titleTop + title.length * type.title * LINE_HEIGHT + gap * 0.5
  const legendTop = subtitleTop + subtitle.length * type.subtitle * LINE_HEIGHT + gap
  const chartTop = Math.round(legendTop + legend.rows * legendRow + (legend.rows ? gap : 0))
  const footer = Math.round(gap + source.length * type.source * LINE_HEIGHT + pad * 0.7)
  const chartWidth = target.width - pad
  const fixed = target.fixedHeightCm === null ? null : cmToPx(target.fixedHeightCm, target)
  const cap = cmToPx(target.maxHeightCm, target)
  const wanted = wantedChartHeight(content, target, chartWidth)
  const height = fixed ?? Math.min(cap, chartTop + wanted + footer)
  // Never less room than three rows of ticks, even under a long legend on a slide.
  const chartHeight = Math.max(type.tick * 6, height - chartTop - footer)
  return {
    target,
    type,
    pad,
    width: target.width,
    height: Math.max(height, chartTop + chartHeight + footer),
    title: { lines: title, top: titleTop },
    subtitle: { lines: subtitle, top: subtitleTop },
    legend: { top: legendTop, rowHeight: legendRow, ...legend },
    source: { lines: source },
    chart: {
      x: Math.round(pad / 2),
      y: chartTop,
      width: chartWidth,
      height: Math.round(chartHeight),
    },
  }
}

export type ExportLayout = ReturnType<typeof exportLayout>

function legendMarkup(layout: ExportLayout) {
  const size = layout.type.legend
  const defs: string[] = []
  const body = layout.legend.placed.map(({ item, x, row, lines }, i) => {
    const y = layout.legend.top + row * layout.legend.rowHeight
    // Each line of the label a row down, from where the mark's row starts.
    const label = (tx: number) =>
      lines
        .map(
          (line, k) =>
            `<text x="${tx}" y="${y + k * layout.legend.rowHeight + size * 0.82}" font-size="${size}" fill="#1F2937" data-part="legend">${escapeXml(line)}</text>`,
        )
        .join('')
    const kind = item.pattern ?? 'solid'
    let fill = item.color
    if (kind !== 'solid') {
      defs.push(patternMarkup(`export-legend-${i}`, item.color, kind))
      fill = `url(#export-legend-${i})`
    }
    const sx = layout.pad + x
    const stroke = Math.max(3, size / 6)
    if (item.shape === 'none') return label(sx)
    const mark =
      item.shape === 'line'
        ? `<line x1="${sx}" x2="${sx + size}" y1="${y + size / 2}" y2="${y + size / 2}" stroke="${item.color}" stroke-width="${stroke}"${item.dash ? ` stroke-dasharray="${item.dash}"` : ''}/>`
        : item.shape === 'ring'
          ? `<circle cx="${sx + size / 2}" cy="${y + size / 2}" r="${(size - stroke) / 2 - 1}" fill="#FFFFFF" stroke="${item.color}" stroke-width="${stroke}"/>`
          : `<rect x="${sx}" y="${y}" width="${size}" height="${size}" fill="${fill}" stroke="#374151" stroke-width="0.5"/>`
    return `${mark}${label(sx + size * 1.45)}`
  })
  return { markup: body.join(''), defs: defs.join('') }
}

function textLines(lines: string[], x: number, top: number, size: number, attrs: string) {
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${(top + size * 0.85 + i * size * LINE_HEIGHT).toFixed(1)}" font-size="${size}" ${attrs}>${escapeXml(line)}</text>`,
    )
    .join('')
}

/**
 * A draft's mark: its words across the image on a diagonal, grey and translucent, so the chart
 * stays readable and the mark survives greyscale printing and cropping of any edge.
 */
function draftMarkup(mark: string, width: number, height: number) {
  const diagonal = Math.hypot(width, height)
  const size = Math.round(Math.min((diagonal * 0.62) / estimateTextWidth(mark, 1), height * 0.14))
  const angle = -((Math.atan2(height, width) * 180) / Math.PI)
  return `<g data-draft-mark="true" transform="rotate(${angle.toFixed(1)} ${width / 2} ${height / 2})"><text x="${width / 2}" y="${height / 2}" text-anchor="middle" dominant-baseline="central" font-size="${size}" font-weight="700" fill="#4B5563" fill-opacity="0.22" stroke="#4B5563" stroke-opacity="0.35" stroke-width="${Math.max(1, size / 40)}" letter-spacing="${size * 0.05}">${escapeXml(mark.toUpperCase())}</text></g>`
}

/** The standalone SVG document: texts, legend and the chart's own <svg> nested inside. */
export function buildExportSvg(
  text: ExportText,
  chartSvg: string,
  layout: ExportLayout,
  fontCss = '',
): string {
  const { width, height, pad, type } = layout
  const legend = legendMarkup(layout)
  const sourceTop = height - pad * 0.7 - layout.source.lines.length * type.source * LINE_HEIGHT
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${EXPORT_FONT_FAMILY}" data-target="${layout.target.id}">`,
    `<defs><style>${fontCss}</style>${legend.defs}</defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    textLines(
      layout.title.lines,
      pad,
      layout.title.top,
      type.title,
      'font-weight="700" fill="#111827" data-part="title"',
    ),
    textLines(
      layout.subtitle.lines,
      pad,
      layout.subtitle.top,
      type.subtitle,
      'fill="#374151" data-part="subtitle"',
    ),
    legend.markup,
    chartSvg,
    textLines(
      layout.source.lines,
      pad,
      sourceTop,
      type.source,
      'fill="#374151" data-part="source"',
    ),
    text.draftMark ? draftMarkup(text.draftMark, width, height) : '',
    '</svg>',
  ].join('')
}

/** The items of `items` an image's legend keeps, given what its chart drew (`drawn(selector)`). */
export function legendForDrawing(
  items: readonly LegendItem[],
  drawn: (selector: string) => boolean,
): LegendItem[] {
  return items.filter(
    (item) =>
      (item.ifDrawn === undefined || drawn(item.ifDrawn)) &&
      (item.unlessDrawn === undefined || !drawn(item.unlessDrawn)),
  )
}

/** After this many drawings a legend only grows, so the loop ends with every key it needs. */
const LEGEND_ROUNDS = 3

/**
 * Draws a chart under the legend its drawing needs. The legend takes rows the chart then lacks,
 * and a shorter chart may name fewer lines at their ends (more keys needed): it is drawn with
 * the keys of every conditional item as if satisfied, then with those its drawing needs, until
 * the two agree. Past LEGEND_ROUNDS an item is only added, never dropped, so the legend ends
 * complete (at worst a line named at its end keeps its key too).
 */
export async function settleLegend<D>(
  items: readonly LegendItem[],
  draw: (legend: LegendItem[]) => Promise<{ drawing: D; drawn: (selector: string) => boolean }>,
): Promise<{ legend: LegendItem[]; drawing: D }> {
  let legend = items.filter((item) => item.unlessDrawn === undefined)
  for (let round = 1; ; round += 1) {
    const { drawing, drawn } = await draw(legend)
    const needed = legendForDrawing(items, drawn)
    const same = needed.length === legend.length && needed.every((item) => legend.includes(item))
    if (same || (round >= LEGEND_ROUNDS && needed.every((item) => legend.includes(item))))
      return { legend, drawing }
    const kept = legend
    legend =
      round >= LEGEND_ROUNDS
        ? items.filter((item) => kept.includes(item) || needed.includes(item))
        : needed
  }
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/**
 * Renders `element` off-screen at a fixed size and returns its chart <svg> markup, positioned,
 * and which of `probes` (CSS selectors) match an element of the drawing.
 */
export async function renderChartSvg(
  element: ReactElement,
  box: ChartSize & { x: number; y: number },
  probes: readonly string[] = [],
): Promise<{ markup: string; found: Set<string> }> {
  // A recharts chart not yet drawn on screen has not loaded its drawing yet.
  await loadDrawingFor(element)
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
    const found = new Set(probes.filter((probe) => svg.querySelector(probe) !== null))
    return { markup: new XMLSerializer().serializeToString(clone), found }
  } finally {
    root.unmount()
    host.remove()
  }
}

/** Builds the export SVG of a chart for a target: `render` draws it at the given size, unanimated. */
export async function createExportSvg(
  text: ExportText,
  render: (size: ChartSize) => ReactElement,
  target: ExportTarget,
  content: ExportContent,
) {
  const probes = [
    ...new Set(text.legend.flatMap((item) => [item.ifDrawn ?? [], item.unlessDrawn ?? []].flat())),
  ]
  const { legend, drawing } = await settleLegend(text.legend, async (legend) => {
    const layout = exportLayout({ ...text, legend }, target, content)
    const size: ChartSize = {
      width: layout.chart.width,
      height: layout.chart.height,
      tick: layout.type.tick,
      label: layout.type.label,
    }
    const chart = await renderChartSvg(render(size), layout.chart, probes)
    return { drawing: { layout, markup: chart.markup }, drawn: (probe) => chart.found.has(probe) }
  })
  const { layout, markup } = drawing
  return {
    svg: buildExportSvg({ ...text, legend }, markup, layout, await exportFontCss()),
    width: layout.width,
    height: layout.height,
  }
}

/** Rasterises an export SVG at `density` × its size. */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  density: number,
): Promise<Blob> {
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
    canvas.width = Math.round(width * density)
    canvas.height = Math.round(height * density)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2d context')
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))),
        'image/png',
      ),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}
