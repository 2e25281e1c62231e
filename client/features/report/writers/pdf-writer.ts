// The report model as a PDF (pdf-lib): A4 pages with the decree's margins, Tinos embedded whole
// (pdf-lib's subsetting drops Tinos's glyphs in poppler; Times New Roman metrics, every Vietnamese glyph), justified body text, tables drawn as
// ruled grids that repeat their header on a new page, charts at full text width.
import fontkit from '@pdf-lib/fontkit'
import { degrees, PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib'
import type {
  ReportBlock,
  ReportChartId,
  ReportHeader,
  ReportModel,
  ReportTable,
} from '../model/report-model.ts'
import {
  A4_PT,
  FIGURE_WIDTH_MM,
  HEADER_COLUMNS,
  INDENT_MM,
  LINE_HEIGHT,
  MARGIN_MM,
  PARAGRAPH_AFTER_PT,
  PT_PER_MM,
  SIZE,
  type ReportImage,
} from './page-layout.ts'

export type ReportFonts = {
  regular: Uint8Array
  bold: Uint8Array
  italic: Uint8Array
  boldItalic: Uint8Array
}
export type ReportImages = Partial<Record<ReportChartId, ReportImage>>

type Style = 'regular' | 'bold' | 'italic' | 'boldItalic'
type Align = 'left' | 'center' | 'right' | 'justify'
type TextOptions = { style: Style; size: number; align: Align; indent?: number; after?: number }

const INK = rgb(0, 0, 0)
const LEFT = MARGIN_MM.left * PT_PER_MM
const RIGHT = A4_PT.width - MARGIN_MM.right * PT_PER_MM
const TOP = MARGIN_MM.top * PT_PER_MM
const BOTTOM = A4_PT.height - MARGIN_MM.bottom * PT_PER_MM
const WIDTH = RIGHT - LEFT
const CELL_PAD = 3

/** Marks after which a word may break onto the next line. */
const SOFT_BREAKS = ['/', '-', '–']

/**
 * The pieces of a text no line break splits: its words, each cut after a "/" or a dash
 * ("Tăng/giảm" is "Tăng/" and "giảm").
 */
export function unbreakablePieces(text: string): string[] {
  return text.split(/\s+/).flatMap((word) => word.match(/[^/\-–]+[/\-–]*|[/\-–]+/g) ?? [])
}

/**
 * Column widths that hold each column's widest unbreakable piece (`need`), where the table's
 * width allows: a column short of it takes from the others' room beyond their own need, in
 * proportion, so that a header word such as "Maximum" is never cut by characters.
 */
export function fitColumns(base: readonly number[], need: readonly number[]): number[] {
  const short = base.map((b, i) => Math.max(0, (need[i] ?? 0) - b))
  const slack = base.map((b, i) => ((short[i] ?? 0) > 0 ? 0 : Math.max(0, b - (need[i] ?? 0))))
  const wanted = short.reduce((a, b) => a + b, 0)
  const spare = slack.reduce((a, b) => a + b, 0)
  if (wanted === 0 || spare === 0) return [...base]
  const moved = Math.min(wanted, spare)
  return base.map((b, i) =>
    (short[i] ?? 0) > 0
      ? b + ((short[i] ?? 0) * moved) / wanted
      : b - ((slack[i] ?? 0) * moved) / spare,
  )
}

/** Breaks `text` into lines no wider than `width`; a word longer than a line is cut by characters. */
export function wrapText(
  text: string,
  font: PDFFont,
  size: number,
  width: number,
  firstIndent = 0,
): string[] {
  const lines: string[] = []
  for (const paragraph of text.normalize('NFC').split('\n')) {
    let line = ''
    // One space at a time: a run of spaces is kept where a form leaves room to fill in by hand
    // ("ngày      tháng      năm 2026").
    for (const word of paragraph.split(' ')) {
      const room = width - (lines.length === 0 ? firstIndent : 0)
      const candidate = line ? `${line} ${word}` : word
      if (font.widthOfTextAtSize(candidate, size) <= room) {
        line = candidate
        continue
      }
      // Spaces kept for a form end where the line does: none trails into an alignment.
      if (line.trim()) lines.push(line.trimEnd())
      line = word
      while (font.widthOfTextAtSize(line, size) > width) {
        let cut = line.length - 1
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut -= 1
        // Where the word may break, it breaks there ("Tăng/" then "giảm"), not inside a syllable.
        const soft = Math.max(...SOFT_BREAKS.map((mark) => line.lastIndexOf(mark, cut - 1)))
        if (soft > 0) cut = soft + 1
        lines.push(line.slice(0, cut))
        line = line.slice(cut)
      }
    }
    lines.push(line)
  }
  return lines
}

class PdfPages {
  readonly pages: PDFPage[] = []
  page!: PDFPage
  /** Distance of the next line's top from the page's top edge. */
  y = TOP
  readonly doc: PDFDocument
  readonly fonts: Record<Style, PDFFont>

  constructor(doc: PDFDocument, fonts: Record<Style, PDFFont>) {
    this.doc = doc
    this.fonts = fonts
    this.newPage()
  }

  newPage() {
    this.page = this.doc.addPage([A4_PT.width, A4_PT.height])
    this.pages.push(this.page)
    this.y = TOP
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number) {
    if (this.y + height > BOTTOM && this.y > TOP) this.newPage()
  }

  lineHeight(size: number) {
    return size * LINE_HEIGHT
  }

  /** Draws one line with its top at `top`, aligned within [x, x + width]; justified lines spread their words. */
  drawLine(
    text: string,
    x: number,
    top: number,
    width: number,
    o: { style: Style; size: number; align: Align },
    last = true,
  ) {
    const font = this.fonts[o.style]
    const baseline = A4_PT.height - top - o.size * 0.89
    const textWidth = font.widthOfTextAtSize(text, o.size)
    if (o.align === 'justify' && !last) {
      // Justified: one gap between words, however many spaces the text had.
      const words = text.trim().split(/ +/)
      if (words.length > 1) {
        const gap =
          (width - words.reduce((sum, w) => sum + font.widthOfTextAtSize(w, o.size), 0)) /
          (words.length - 1)
        let at = x
        for (const word of words) {
          this.page.drawText(word, { x: at, y: baseline, size: o.size, font, color: INK })
          at += font.widthOfTextAtSize(word, o.size) + gap
        }
        return
      }
    }
    const dx =
      o.align === 'center' ? (width - textWidth) / 2 : o.align === 'right' ? width - textWidth : 0
    this.page.drawText(text, { x: x + dx, y: baseline, size: o.size, font, color: INK })
  }

  /** A paragraph across the text width; lines flow onto the next page. */
  text(text: string, o: TextOptions) {
    const indent = o.indent ?? 0
    const lines = wrapText(text, this.fonts[o.style], o.size, WIDTH, indent)
    const height = this.lineHeight(o.size)
    lines.forEach((line, i) => {
      this.ensure(height)
      const shift = i === 0 ? indent : 0
      this.drawLine(line, LEFT + shift, this.y, WIDTH - shift, o, i === lines.length - 1)
      this.y += height
    })
    this.y += o.after ?? PARAGRAPH_AFTER_PT
  }

  rule(x1: number, x2: number, top: number, thickness = 0.6) {
    const y = A4_PT.height - top
    this.page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness, color: INK })
  }
}

/**
 * Lines of a header column, centred in it, with the decree's rule under line `ruleAfter`: a third
 * to a half of that line's length under the issuing body, its whole length under the slogan.
 * Returns the height used.
 */
function headerColumn(
  pdf: PdfPages,
  x: number,
  width: number,
  lines: { text: string; style: Style; size: number }[],
  rule: { after: number; share: number },
) {
  let top = pdf.y
  lines.forEach((line, i) => {
    const parts = wrapText(line.text, pdf.fonts[line.style], line.size, width)
    for (const part of parts) {
      pdf.drawLine(part, x, top, width, { style: line.style, size: line.size, align: 'center' })
      top += pdf.lineHeight(line.size)
    }
    if (i === rule.after) {
      const longest = Math.max(
        ...parts.map((p) => pdf.fonts[line.style].widthOfTextAtSize(p, line.size)),
      )
      const w = longest * rule.share
      pdf.rule(x + (width - w) / 2, x + (width + w) / 2, top + 1)
      top += 10
    }
  })
  return top - pdf.y
}

function drawHeader(pdf: PdfPages, header: ReportHeader) {
  const leftWidth = WIDTH * HEADER_COLUMNS[0]
  const rightWidth = WIDTH * HEADER_COLUMNS[1]
  const left = [
    ...(header.governingBody
      ? [{ text: header.governingBody, style: 'regular' as const, size: SIZE.header }]
      : []),
    { text: header.issuingBody, style: 'bold' as const, size: SIZE.header },
    { text: header.number, style: 'regular' as const, size: SIZE.header },
  ]
  const leftHeight = headerColumn(pdf, LEFT, leftWidth, left, {
    after: left.length - 2,
    share: 0.4,
  })
  const right = [
    { text: header.mottoCountry, style: 'bold' as const, size: SIZE.header },
    { text: header.mottoSlogan, style: 'bold' as const, size: SIZE.slogan },
    { text: header.placeAndDate, style: 'italic' as const, size: SIZE.slogan },
  ]
  const rightHeight = headerColumn(pdf, LEFT + leftWidth, rightWidth, right, { after: 1, share: 1 })
  pdf.y += Math.max(leftHeight, rightHeight) + 18
}

const fittedWidths = new WeakMap<ReportTable, number[]>()

/** The table's column widths: its shares of the page, each widened to its widest piece (fitColumns). */
function columnWidths(pdf: PdfPages, table: ReportTable) {
  const known = fittedWidths.get(table)
  if (known) return known
  const widest = (text: string, style: Style) =>
    Math.max(
      0,
      ...unbreakablePieces(text).map((p) => pdf.fonts[style].widthOfTextAtSize(p, SIZE.table)),
    )
  const need = table.columns.map((column, i) => {
    const cells = [...table.rows, ...(table.footer ? [table.footer] : [])].map((r) => r[i] ?? '')
    const bodies = cells.map((cell) => widest(cell, 'bold'))
    return Math.max(widest(column.header, 'bold'), ...bodies) + 2 * CELL_PAD
  })
  const widths = fitColumns(
    table.columns.map((c) => (c.width / 100) * WIDTH),
    need,
  )
  fittedWidths.set(table, widths)
  return widths
}

function cellLines(pdf: PdfPages, text: string, width: number, style: Style) {
  return wrapText(text, pdf.fonts[style], SIZE.table, width - 2 * CELL_PAD)
}

/** One table row; returns false when it must move to the next page first. */
function drawRow(
  pdf: PdfPages,
  table: ReportTable,
  cells: string[],
  style: Style,
  header: boolean,
) {
  const widths = columnWidths(pdf, table)
  const lines = cells.map((cell, i) => cellLines(pdf, cell, widths[i] ?? 0, style))
  const lineHeight = pdf.lineHeight(SIZE.table)
  const height = Math.max(...lines.map((l) => l.length)) * lineHeight + 2 * CELL_PAD
  let x = LEFT
  const top = pdf.y
  lines.forEach((cellText, i) => {
    const width = widths[i] ?? 0
    const column = table.columns[i]
    const align: Align = header ? 'center' : (column?.align ?? 'left')
    // Header cells centre vertically; body cells start at the top, as Word tables do.
    const offset = header ? (height - 2 * CELL_PAD - cellText.length * lineHeight) / 2 : 0
    cellText.forEach((line, j) => {
      pdf.drawLine(
        line,
        x + CELL_PAD,
        top + CELL_PAD + offset + j * lineHeight,
        width - 2 * CELL_PAD,
        { style, size: SIZE.table, align },
      )
    })
    pdf.page.drawRectangle({
      x,
      y: A4_PT.height - top - height,
      width,
      height,
      borderColor: INK,
      borderWidth: 0.5,
    })
    x += width
  })
  pdf.y += height
  return height
}

function rowHeight(pdf: PdfPages, table: ReportTable, cells: string[], style: Style) {
  const widths = columnWidths(pdf, table)
  const lines = cells.map((cell, i) => cellLines(pdf, cell, widths[i] ?? 0, style).length)
  return Math.max(...lines) * pdf.lineHeight(SIZE.table) + 2 * CELL_PAD
}

/** The caption, the header and the first row: what a table needs on the page it starts on. */
function tableStartHeight(pdf: PdfPages, table: ReportTable) {
  const headers = table.columns.map((c) => c.header)
  const firstRow = table.rows[0] ?? table.footer ?? []
  return (
    pdf.lineHeight(SIZE.caption) * 2 +
    rowHeight(pdf, table, headers, 'bold') +
    rowHeight(pdf, table, firstRow, 'regular')
  )
}

/** A figure's image as printed: the figure width, its height kept in proportion. */
function imageBox(image: ReportImage) {
  const width = Math.min(FIGURE_WIDTH_MM * PT_PER_MM, WIDTH)
  return { width, height: (width * image.height) / image.width }
}

/** A figure's image and caption, which move to the next page together. */
function figureHeight(pdf: PdfPages, image: ReportImage, caption: string) {
  const captionLines = wrapText(caption, pdf.fonts.bold, SIZE.caption, WIDTH).length
  return imageBox(image).height + 4 + captionLines * pdf.lineHeight(SIZE.caption)
}

/**
 * What the block after a heading needs on the heading's page, so that a heading never stands
 * alone at a page's foot: two lines of a paragraph, a table's start, a whole figure.
 */
function startHeight(pdf: PdfPages, block: ReportBlock | undefined, images: ReportImages) {
  if (!block) return 0
  if (block.type === 'table') return tableStartHeight(pdf, block.table)
  if (block.type === 'figure') {
    const image = images[block.figure.id]
    return image ? figureHeight(pdf, image, block.figure.caption) : 0
  }
  return pdf.lineHeight(block.type === 'heading' ? SIZE.heading : SIZE.body) * 2
}

function drawTable(pdf: PdfPages, table: ReportTable) {
  const headers = table.columns.map((c) => c.header)
  // Keep the caption, the header and the first row together.
  pdf.ensure(tableStartHeight(pdf, table))
  pdf.text(table.caption, { style: 'bold', size: SIZE.caption, align: 'center', after: 4 })
  drawRow(pdf, table, headers, 'bold', true)
  const body = [
    ...table.rows.map((r) => ({ cells: r, style: 'regular' as Style })),
    ...(table.footer ? [{ cells: table.footer, style: 'bold' as Style }] : []),
  ]
  body.forEach((row, i) => {
    let height = rowHeight(pdf, table, row.cells, row.style)
    // The total row goes over with the last row it sums: never alone on a page.
    const next = body[i + 1]
    if (table.footer && next && i === body.length - 2)
      height += rowHeight(pdf, table, next.cells, next.style)
    if (pdf.y + height > BOTTOM) {
      pdf.newPage()
      drawRow(pdf, table, headers, 'bold', true)
    }
    drawRow(pdf, table, row.cells, row.style, false)
  })
  pdf.y += PARAGRAPH_AFTER_PT * 2
}

async function drawFigure(pdf: PdfPages, image: ReportImage | undefined, caption: string) {
  if (!image) throw new Error(`The report has no image for the figure "${caption}"`)
  const png = await pdf.doc.embedPng(image.png)
  const { width, height } = imageBox(image)
  // The caption goes under its image, never on the next page.
  pdf.ensure(figureHeight(pdf, image, caption))
  pdf.page.drawImage(png, {
    x: LEFT + (WIDTH - width) / 2,
    y: A4_PT.height - pdf.y - height,
    width,
    height,
  })
  pdf.y += height + 4
  pdf.text(caption, {
    style: 'bold',
    size: SIZE.caption,
    align: 'center',
    after: PARAGRAPH_AFTER_PT * 2,
  })
}

/** Page numbers at the top centre from page 2 (NĐ 30: the first page is not numbered); the draft mark across every page. */
function finishPages(pdf: PdfPages, model: ReportModel) {
  const total = pdf.pages.length
  pdf.pages.forEach((page, i) => {
    if (i > 0 && total > 1) {
      const label = String(i + 1)
      const font = pdf.fonts.regular
      const w = font.widthOfTextAtSize(label, SIZE.pageNumber)
      page.drawText(label, {
        x: LEFT + (WIDTH - w) / 2,
        y: A4_PT.height - TOP / 2 - SIZE.pageNumber / 2,
        size: SIZE.pageNumber,
        font,
        color: INK,
      })
    }
    if (model.source.draftMark) {
      const font = pdf.fonts.bold
      const size = SIZE.draftMark
      const w = font.widthOfTextAtSize(model.source.draftMark, size)
      const angle = 35
      const rad = (angle * Math.PI) / 180
      page.drawText(model.source.draftMark, {
        x: A4_PT.width / 2 - (w / 2) * Math.cos(rad),
        y: A4_PT.height / 2 - (w / 2) * Math.sin(rad),
        size,
        font,
        color: rgb(0.6, 0.1, 0.1),
        opacity: 0.22,
        rotate: degrees(angle),
      })
    }
  })
}

/** Writes the model as PDF bytes. Every figure of the model needs its image in `images`. */
export async function writeReportPdf(
  model: ReportModel,
  fonts: ReportFonts,
  images: ReportImages,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.registerFontkit(fontkit)
  doc.setTitle(model.documentTitle.normalize('NFC'))
  doc.setLanguage(model.lang === 'vi' ? 'vi-VN' : 'en-GB')
  doc.setCreator('PAR Dashboard')
  const [regular, bold, italic, boldItalic] = await Promise.all(
    [fonts.regular, fonts.bold, fonts.italic, fonts.boldItalic].map((bytes) =>
      doc.embedFont(bytes, { subset: false }),
    ),
  )
  const pdf = new PdfPages(doc, {
    regular: regular!,
    bold: bold!,
    italic: italic!,
    boldItalic: boldItalic!,
  })
  if (model.header) drawHeader(pdf, model.header)
  pdf.text(model.kind, { style: 'bold', size: SIZE.title, align: 'center', after: 0 })
  model.subject.forEach((line, i) =>
    pdf.text(line, {
      style: 'bold',
      size: SIZE.title,
      align: 'center',
      after: i === model.subject.length - 1 ? 2 : 0,
    }),
  )
  pdf.rule(LEFT + WIDTH * 0.375, LEFT + WIDTH * 0.625, pdf.y + 2)
  pdf.y += 18
  const indent = INDENT_MM * PT_PER_MM
  for (const [i, block] of model.blocks.entries()) {
    if (block.type === 'heading') {
      pdf.ensure(
        pdf.lineHeight(SIZE.heading) +
          PARAGRAPH_AFTER_PT +
          startHeight(pdf, model.blocks[i + 1], images),
      )
      pdf.text(block.text, {
        style: 'bold',
        size: SIZE.heading,
        align: 'left',
        indent,
        after: PARAGRAPH_AFTER_PT,
      })
    } else if (block.type === 'paragraph') {
      pdf.text(block.text, { style: 'regular', size: SIZE.body, align: 'justify', indent })
    } else if (block.type === 'note') {
      pdf.text(block.text, { style: 'italic', size: SIZE.body, align: 'justify', indent })
    } else if (block.type === 'figure') {
      await drawFigure(pdf, images[block.figure.id], block.figure.caption)
    } else {
      drawTable(pdf, block.table)
    }
  }
  pdf.text(model.source.line, { style: 'italic', size: SIZE.source, align: 'justify', after: 0 })
  finishPages(pdf, model)
  return doc.save()
}
