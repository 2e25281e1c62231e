// The typefaces of the screen and of exported images, and a width estimate for text drawn in
// them, shared by the live charts (category axes) and the export drawing (legend rows).

/**
 * The screen's typeface: the device's own (ADR 036), which every phone and desktop has, with
 * Vietnamese, without a download. Named rather than `system-ui`, which on a Windows set to an
 * East Asian locale, or a Linux desktop, can resolve to a face drawn for other scripts.
 * styles.css sets the same list on the page, and the live charts' SVG text inherits it.
 */
export const SCREEN_FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif"

/**
 * An exported image's typeface: Inter, embedded in the SVG (export-fonts.ts), so a chart pasted
 * into a report looks the same from every machine.
 */
export const EXPORT_FONT_FAMILY = `Inter, ${SCREEN_FONT_FAMILY}`

/** Width of an average Inter glyph, in ems. */
const AVERAGE_GLYPH_EMS = 0.56

/** Rough Inter text width: enough to lay text out without measuring it. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * AVERAGE_GLYPH_EMS
}
