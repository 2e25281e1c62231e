// A category axis sized to fit its longest tick label. recharts' width="auto" finds it by
// measuring every label in the page while the chart renders, and a tick given a width measures
// each of its words there to wrap them: both force the browser to lay out the whole page, about
// a third of the overview's first render (four such charts) on a slow machine. A canvas measures
// text without any layout, and labels are never wrapped: the axis is as wide as the widest.
import { INK } from './palette.ts'

/** The page's font (styles.css), which the charts' SVG text inherits. */
const FONT_FAMILY = "Inter, 'Segoe UI', Arial, sans-serif"
/** recharts' tick line (6 px) and the gap to the label. */
const TICK_SPACE = 10
/**
 * Labels are measured in whichever face is loaded at the time (Inter may still be on its way);
 * the fallbacks are narrower than Inter by up to this share.
 */
const FONT_SLACK = 1.06
/** Width of an average glyph, in ems, where no canvas exists (tests' DOM). */
const AVERAGE_GLYPH_EMS = 0.56

let context: OffscreenCanvasRenderingContext2D | null | undefined

function textWidth(text: string, fontSize: number): number {
  context ??= typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null
  if (!context) return text.length * fontSize * AVERAGE_GLYPH_EMS
  context.font = `${fontSize}px ${FONT_FAMILY}`
  return context.measureText(text).width
}

/** Pixels for a category axis whose tick labels are `labels` at `fontSize`. */
export function categoryAxisWidth(labels: readonly string[], fontSize: number): number {
  let widest = 0
  for (const label of labels) widest = Math.max(widest, textWidth(label, fontSize))
  return Math.ceil(widest * FONT_SLACK + TICK_SPACE)
}

/** YAxis props for category labels at `fontSize`: the width that fits them, labels unwrapped. */
export function categoryAxisProps(labels: readonly string[], fontSize: number) {
  return {
    width: categoryAxisWidth(labels, fontSize),
    // A tick without a width draws its label on one line, without measuring it.
    tick: { fontSize, fill: INK, width: 0 },
  }
}
