// The charts' typeface and a width estimate for text drawn in it, shared by the live charts
// (category axes) and the export drawing (legend rows), so both size text the same way.

/** The page's font (styles.css), which the charts' SVG text inherits and exports name. */
export const CHART_FONT_FAMILY = "Inter, 'Segoe UI', Arial, sans-serif"

/** Width of an average Inter glyph, in ems. */
const AVERAGE_GLYPH_EMS = 0.56

/** Rough Inter text width: enough to lay text out without measuring it. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * AVERAGE_GLYPH_EMS
}
