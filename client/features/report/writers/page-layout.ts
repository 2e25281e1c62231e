// The page of NĐ 30/2020 (Phụ lục I) both writers lay out: A4 portrait, margins within the
// decree's ranges, Times New Roman (Tinos in the PDF, same metrics) at the decree's sizes.

/** A4 in PostScript points (1/72 in): 210 × 297 mm. */
export const A4_PT = { width: 595.28, height: 841.89 }

/** Margins in mm: top and bottom 20–25, left 30–35, right 15–20 (NĐ 30/2020, Phụ lục I, mục 3). */
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 }

export const MM_PER_INCH = 25.4
export const PT_PER_MM = 72 / MM_PER_INCH
/** Word measures in twentieths of a point. */
export const TWIPS_PER_MM = 1440 / MM_PER_INCH

/** Text width: 210 − 30 − 15 = 165 mm. */
export const TEXT_WIDTH_MM = 210 - MARGIN_MM.left - MARGIN_MM.right

/** Type sizes in points. Body 14; header lines 13 as the decree gives (12–13 for bodies, 13–14 for the rest). */
export const SIZE = {
  body: 14,
  heading: 14,
  title: 14,
  header: 13,
  slogan: 14,
  table: 13,
  caption: 13,
  source: 13,
  pageNumber: 13,
  draftMark: 44,
}

/** First-line indent of body paragraphs: 1.27 cm; 6 pt after each paragraph; lines 1.15 apart. */
export const INDENT_MM = 12.7
export const PARAGRAPH_AFTER_PT = 6
export const LINE_HEIGHT = 1.15

/** The left column of the header (issuing body) and the right one (motto), as shares of the text width. */
// 64 % keeps "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (13 pt bold) on one line, as NĐ 30 lays it out.
export const HEADER_COLUMNS = [0.36, 0.64] as const

/**
 * Charts print 16 cm wide, the width the export renderer's A4 target sets its type for (labels
 * ≥ 9 pt, title ≥ 14 pt; ADR 020); the PNG must carry ≥ 300 pixels an inch of it.
 */
export const FIGURE_WIDTH_MM = 160
export const MIN_DPI = 300

/** The font Word is told to use; the PDF embeds Tinos, which has its metrics. */
export const FONT_NAME = 'Times New Roman'

/** A chart rendered to PNG: its bytes and its size in pixels. */
export type ReportImage = { png: Uint8Array; width: number; height: number }

/** Dots per inch of an image printed `widthMm` wide. */
export function dpiAt(image: Pick<ReportImage, 'width'>, widthMm = FIGURE_WIDTH_MM): number {
  return image.width / (widthMm / MM_PER_INCH)
}
