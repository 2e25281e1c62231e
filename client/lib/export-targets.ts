// Where an exported chart goes, and the arithmetic that makes its type readable there (ADR 020).
// An image is pasted at a known physical width (A4's text width, a landscape page, a slide), so
// its type is chosen in points at that width and converted to the image's pixels:
//   pt = px × (physical width cm ÷ image width px) × 72 ÷ 2.54
// A4 margins follow Decree 30/2020/NĐ-CP (left 3 cm, right 2 cm, top and bottom 2 cm): the
// text block is 16 × 25.7 cm portrait and 24.7 × 17 cm landscape.

export const EXPORT_TARGET_IDS = ['a4-portrait', 'a4-landscape', 'slide-16-9'] as const
export type ExportTargetId = (typeof EXPORT_TARGET_IDS)[number]

/** Type sizes in points, as the reader sees them on paper or on the slide. */
export type TypeScale = {
  title: number
  subtitle: number
  legend: number
  tick: number
  label: number
  source: number
}

export type ExportTarget = {
  id: ExportTargetId
  /** Image width in CSS px (the SVG's user units); the PNG has `density` × as many pixels. */
  width: number
  /** Width of the image where it is placed. */
  physicalWidthCm: number
  /** Tallest image the place holds (a page's text block less room for a caption), in cm. */
  maxHeightCm: number
  /** A slide is always 16:9; pages let the height follow the content. */
  fixedHeightCm: number | null
  /** PNG pixels per CSS px: ≥ 300 dpi on paper, 1920 × 1080 for a slide. */
  density: number
  type: TypeScale
  /** Height of a chart that is not drawn in rows (lines over years), as a share of its width. */
  plotAspect: number
}

export const CM_PER_INCH = 2.54
export const PT_PER_INCH = 72

/** Print: title ≥ 14 pt and every label ≥ 9 pt at the page's text width (issue 16). */
const PRINT_TYPE: TypeScale = {
  title: 14,
  subtitle: 11,
  legend: 10,
  tick: 10,
  label: 10,
  source: 9,
}
/** A slide is read from across a room: 24 pt titles and 14 pt labels. */
const SLIDE_TYPE: TypeScale = {
  title: 24,
  subtitle: 16,
  legend: 14,
  tick: 14,
  label: 14,
  source: 12,
}

export const EXPORT_TARGETS: Record<ExportTargetId, ExportTarget> = {
  'a4-portrait': {
    id: 'a4-portrait',
    width: 1000,
    physicalWidthCm: 16,
    maxHeightCm: 22,
    fixedHeightCm: null,
    density: 2,
    type: PRINT_TYPE,
    plotAspect: 0.5,
  },
  'a4-landscape': {
    id: 'a4-landscape',
    width: 1500,
    physicalWidthCm: 24.7,
    maxHeightCm: 15,
    fixedHeightCm: null,
    density: 2,
    type: PRINT_TYPE,
    plotAspect: 0.36,
  },
  'slide-16-9': {
    // PowerPoint's 16:9 slide: 13.333 × 7.5 in, i.e. 960 × 540 pt, so here 1 px = 1 pt.
    id: 'slide-16-9',
    width: 960,
    physicalWidthCm: 13.333 * CM_PER_INCH,
    maxHeightCm: 7.5 * CM_PER_INCH,
    fixedHeightCm: 7.5 * CM_PER_INCH,
    density: 2,
    type: SLIDE_TYPE,
    plotAspect: 0.5,
  },
}

export const DEFAULT_EXPORT_TARGET: ExportTargetId = 'a4-portrait'

export function isExportTargetId(value: unknown): value is ExportTargetId {
  return typeof value === 'string' && (EXPORT_TARGET_IDS as readonly string[]).includes(value)
}

/** Image px per typographic point at the target's physical width. */
export function pxPerPt(target: ExportTarget): number {
  return (target.width * CM_PER_INCH) / (PT_PER_INCH * target.physicalWidthCm)
}

/** The size in points of `px` of the image once placed at the target's width. */
export function ptAtTarget(px: number, target: ExportTarget): number {
  return px / pxPerPt(target)
}

/** The same, for any image width and physical width (e2e reads sizes back from a file). */
export function ptAtWidth(px: number, imageWidthPx: number, physicalWidthCm: number): number {
  return ((px * physicalWidthCm) / imageWidthPx) * (PT_PER_INCH / CM_PER_INCH)
}

/** The target's type scale in image px, rounded up to a tenth so no size falls below its pt. */
export function typePx(target: ExportTarget): TypeScale {
  const scale = pxPerPt(target)
  const px = (pt: number) => Math.ceil(pt * scale * 10) / 10
  const { title, subtitle, legend, tick, label, source } = target.type
  return {
    title: px(title),
    subtitle: px(subtitle),
    legend: px(legend),
    tick: px(tick),
    label: px(label),
    source: px(source),
  }
}

/** Image px for a length in cm at the target's physical width. */
export function cmToPx(cm: number, target: ExportTarget): number {
  return Math.round((cm / target.physicalWidthCm) * target.width)
}

/** Dots per inch of the PNG once placed at the target's width. */
export function printDpi(target: ExportTarget): number {
  return (target.width * target.density * CM_PER_INCH) / target.physicalWidthCm
}

/** What a chart draws, for its height: rows of bars (one or more bars a row) or a plot over years. */
export type ExportContent = { kind: 'rows'; rows: number; barsPerRow?: number } | { kind: 'plot' }

/** Vertical room for one row of `bars` bars with a tick label of `tickPx` beside it. */
export function rowPitch(tickPx: number, bars = 1): number {
  return Math.max(tickPx * 1.8, tickPx * (0.7 + 1.1 * Math.max(1, bars)))
}

/** The band under a horizontal bar chart's plot: tick labels, then the axis title. */
export function valueAxisBand(tickPx: number): number {
  return Math.ceil(tickPx * 3.2)
}

/** Height the chart asks for at the target: its rows and value axis, or the plot's aspect. */
export function wantedChartHeight(
  content: ExportContent,
  target: ExportTarget,
  chartWidth: number,
): number {
  const { tick } = typePx(target)
  if (content.kind === 'plot') return Math.round(chartWidth * target.plotAspect)
  return Math.ceil(
    Math.max(1, content.rows) * rowPitch(tick, content.barsPerRow) + valueAxisBand(tick) + 8,
  )
}
