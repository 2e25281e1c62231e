// A category axis sized to fit its longest tick label. recharts' width="auto" finds it by
// measuring every label in the page while the chart renders, and a tick given a width measures
// each of its words there to wrap them: both force the browser to lay out the whole page, about
// a third of the overview's first render (four such charts) on a slow machine. A canvas measures
// text without any layout, and labels are never wrapped: the axis is as wide as the widest.
import { SCREEN_FONT_FAMILY, estimateTextWidth } from '#client/lib/text-metrics.ts'
import { INK } from '#client/lib/palette.ts'
import { chartFont } from './chart-size.ts'

/** recharts' tick line (6 px) and the gap to the label. */
const TICK_SPACE = 10
/**
 * Labels are measured in the face they are drawn in (the device's own, always loaded); the slack
 * covers the SVG text's rounding and a face the canvas resolves differently from the page.
 */
const FONT_SLACK = 1.06

let context: OffscreenCanvasRenderingContext2D | null | undefined
/** The size the canvas's font is set to: setting it parses the font list again, every time. */
let contextFontSize: number | undefined

/** The measuring canvas at `fontSize`, or null where there is none (the tests' DOM). */
function measuringContext(fontSize: number): OffscreenCanvasRenderingContext2D | null {
  context ??=
    typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null
  if (context && contextFontSize !== fontSize) {
    context.font = `${fontSize}px ${SCREEN_FONT_FAMILY}`
    contextFontSize = fontSize
  }
  return context
}

function textWidth(text: string, fontSize: number): number {
  const measuring = measuringContext(fontSize)
  // No canvas in the tests' DOM: the estimate the export drawing uses.
  return measuring ? measuring.measureText(text).width : estimateTextWidth(text, fontSize)
}

/** The size of a chart's text on screen. */
const SCREEN_TICK_SIZE = chartFont(undefined).tick

/**
 * Steps that get the canvas ready to measure before a chart asks it to, each for a task of its
 * own while the page waits for its data: a canvas's first measurement finds the device's faces
 * for the font list, Latin and then Vietnamese, 40–110 ms at a phone's speed (12×), which the
 * first chart's draw paid inside its own long task (ADR 058). Returns the widths, for a test to
 * read.
 */
export const textMeasureWarmUps: readonly (() => number)[] = [
  () => (measuringContext(SCREEN_TICK_SIZE) ? 1 : 0),
  () => textWidth('0123456789,.%', SCREEN_TICK_SIZE),
  () => textWidth('Huyện Thạnh Hóa, Phường Xã Đặc khu', SCREEN_TICK_SIZE),
]

/** A label's width at `fontSize`, with FONT_SLACK: what a tick's text takes along its axis. */
export function labelWidth(label: string, fontSize: number): number {
  return textWidth(label, fontSize) * FONT_SLACK
}

/** How much wider bold type runs than regular in the device's face (the canvas measures regular). */
const BOLD_SLACK = 1.08

/**
 * A chart text's width as it will be drawn: an exported image is set in Inter, whose widths are
 * known (`image`); the page in the device's face, measured, bold allowed for.
 */
export function chartTextWidth(
  text: string,
  fontSize: number,
  { image, bold = false }: { image: boolean; bold?: boolean },
): number {
  return image
    ? estimateTextWidth(text, fontSize, bold)
    : labelWidth(text, fontSize) * (bold ? BOLD_SLACK : 1)
}

/**
 * Room past a plot for the widest of the figures written after bars' ends (bold; set in Inter in
 * an image, the device's face on the page), `gap` included; 0 where no bar has one.
 */
export function endLabelRoom(
  texts: readonly (string | null | undefined)[],
  fontSize: number,
  { image, gap }: { image: boolean; gap: number },
): number {
  const widths = texts.flatMap((text) =>
    text ? [chartTextWidth(text, fontSize, { image, bold: true })] : [],
  )
  return widths.length === 0 ? 0 : Math.ceil(Math.max(...widths) + gap)
}

/** The width of the widest of `labels` at `fontSize`, with FONT_SLACK. */
function widestLabel(labels: readonly string[], fontSize: number): number {
  let widest = 0
  for (const label of labels) widest = Math.max(widest, textWidth(label, fontSize))
  return widest * FONT_SLACK
}

/** Pixels for a category axis whose tick labels are `labels` at `fontSize`. */
export function categoryAxisWidth(labels: readonly string[], fontSize: number): number {
  return Math.ceil(widestLabel(labels, fontSize) + TICK_SPACE)
}

/** YAxis props for category labels at `fontSize`: the width that fits them, labels unwrapped. */
export function categoryAxisProps(labels: readonly string[], fontSize: number) {
  return {
    width: categoryAxisWidth(labels, fontSize),
    // A tick without a width draws its label on one line, without measuring it.
    tick: { fontSize, fill: INK, width: 0 },
  }
}

/** recharts' tick line and tick margin on a value axis (its defaults: 6 and 2). */
const VALUE_TICK_SPACE = 8
/** A side title is rotated a quarter turn: its width on screen is its line's height. */
const LINE_HEIGHT_EM = 1.21
/** recharts' gap between the tick labels and a side title. */
const TITLE_GAP = 5

/**
 * Pixels for a value axis with tick labels `labels` and, if `titled`, a side title, as recharts'
 * width="auto" would measure them, without its measuring: width="auto" lays the page out to
 * measure the ticks and then draws the chart a second time, about half of the unit profile's
 * first chart on a phone.
 */
export function valueAxisWidth(
  labels: readonly string[],
  fontSize: number,
  titled: boolean,
): number {
  const title = titled ? fontSize * LINE_HEIGHT_EM + TITLE_GAP : 0
  return Math.ceil(widestLabel(labels, fontSize) + VALUE_TICK_SPACE + title)
}
