// The report model as a Word document (docx): one A4 section with the decree's margins, Times
// New Roman throughout, the header as a borderless two-column table, data tables as real Word
// tables (editable, header rows repeated on each page), charts as embedded PNG images.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
} from 'docx'
import type { ReportFigure, ReportHeader, ReportModel, ReportTable } from '../model/report-model.ts'
import {
  FIGURE_WIDTH_MM,
  FONT_NAME,
  HEADER_COLUMNS,
  INDENT_MM,
  LINE_HEIGHT,
  MARGIN_MM,
  MM_PER_INCH,
  PARAGRAPH_AFTER_PT,
  SIZE,
  TEXT_WIDTH_MM,
  TWIPS_PER_MM,
} from './page-layout.ts'
import type { ReportImages } from './pdf-writer.ts'

const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM)
/** docx sizes runs in half-points. */
const half = (pt: number) => pt * 2
const TEXT_WIDTH = twips(TEXT_WIDTH_MM)
const A4_TWIPS = { width: 11906, height: 16838 }
const LINE = Math.round(240 * LINE_HEIGHT)
const AFTER = PARAGRAPH_AFTER_PT * 20
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
}
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const GRID = {
  top: THIN,
  bottom: THIN,
  left: THIN,
  right: THIN,
  insideHorizontal: THIN,
  insideVertical: THIN,
}

type RunStyle = { bold?: boolean; italics?: boolean; size: number }

function run(text: string, style: RunStyle) {
  return new TextRun({
    text: text.normalize('NFC'),
    bold: style.bold,
    italics: style.italics,
    size: half(style.size),
    font: FONT_NAME,
  })
}

function para(text: string, style: RunStyle, options: Omit<IParagraphOptions, 'children'> = {}) {
  return new Paragraph({
    spacing: { after: 0, line: LINE, lineRule: 'auto' },
    ...options,
    children: [run(text, style)],
  })
}

/** Rough width of bold capitals in Times at `size` pt, in twips: enough to size the decree's short rules. */
function estimateWidth(text: string, size: number, capitals: boolean) {
  return text.length * size * (capitals ? 0.66 : 0.5) * 20
}

/** An empty line whose bottom border, indented to `width` twips in a cell of `cell`, is the decree's short rule. */
function shortRule(width: number, cell: number) {
  const side = Math.max(0, Math.round((cell - width) / 2))
  return new Paragraph({
    spacing: { after: 120, line: 120, lineRule: 'exact' },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [run('', { size: 1 })],
  })
}

function headerTable(header: ReportHeader) {
  const left = Math.round(TEXT_WIDTH * HEADER_COLUMNS[0])
  const right = TEXT_WIDTH - left
  const center = { alignment: AlignmentType.CENTER }
  const body = header.issuingBody
  const leftCell = [
    ...(header.governingBody ? [para(header.governingBody, { size: SIZE.header }, center)] : []),
    para(body, { size: SIZE.header, bold: true }, center),
    shortRule(Math.min(left, estimateWidth(body, SIZE.header, true)) * 0.4, left),
    para(header.number, { size: SIZE.header }, center),
  ]
  const slogan = Math.min(right, estimateWidth(header.mottoSlogan, SIZE.slogan, false))
  const rightCell = [
    para(header.mottoCountry, { size: SIZE.header, bold: true }, center),
    para(header.mottoSlogan, { size: SIZE.slogan, bold: true }, center),
    shortRule(slogan, right),
    para(header.placeAndDate, { size: SIZE.slogan, italics: true }, center),
  ]
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS })
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(leftCell, left), cell(rightCell, right)] })],
  })
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const

function dataTable(table: ReportTable) {
  const widths = table.columns.map((c) => Math.round((c.width / 100) * TEXT_WIDTH))
  const margins = { top: 40, bottom: 40, left: 80, right: 80 }
  const row = (cells: string[], kind: 'header' | 'body' | 'footer', keepNext = false) =>
    new TableRow({
      tableHeader: kind === 'header',
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i] ?? 0, type: WidthType.DXA },
            margins,
            verticalAlign: kind === 'header' ? VerticalAlign.CENTER : VerticalAlign.TOP,
            children: [
              para(
                text,
                { size: SIZE.table, bold: kind !== 'body' },
                {
                  alignment:
                    kind === 'header'
                      ? AlignmentType.CENTER
                      : ALIGN[table.columns[i]?.align ?? 'left'],
                  keepNext,
                },
              ),
            ],
          }),
      ),
    })
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID,
    rows: [
      row(
        table.columns.map((c) => c.header),
        'header',
      ),
      // The last row keeps with the total under it: "Tổng cộng" never alone atop a page.
      ...table.rows.map((r, i) =>
        row(r, 'body', table.footer !== null && i === table.rows.length - 1),
      ),
      ...(table.footer ? [row(table.footer, 'footer')] : []),
    ],
  })
}

function figure(figure: ReportFigure, images: ReportImages) {
  const image = images[figure.id]
  if (!image) throw new Error(`The report has no image for the figure "${figure.caption}"`)
  // docx sizes drawings in CSS pixels (96 to the inch); the PNG keeps its own pixels (≥ 300 dpi).
  const width = Math.round((FIGURE_WIDTH_MM / MM_PER_INCH) * 96)
  const height = Math.round((width * image.height) / image.width)
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      // An explicit auto rule: without one LibreOffice holds the drawing to one text line's height.
      spacing: { before: 120, after: 60, line: 240, lineRule: 'auto' },
      children: [
        new ImageRun({
          type: 'png',
          data: image.png,
          transformation: { width, height },
          altText: { name: figure.id, title: figure.title, description: figure.caption },
        }),
      ],
    }),
    para(
      figure.caption,
      { size: SIZE.caption, bold: true },
      {
        alignment: AlignmentType.CENTER,
        spacing: { after: AFTER * 2, line: LINE, lineRule: 'auto' },
      },
    ),
  ]
}

function pageHeader(model: ReportModel, numbered: boolean) {
  const children: Paragraph[] = []
  if (numbered) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [PageNumber.CURRENT],
            size: half(SIZE.pageNumber),
            font: FONT_NAME,
          }),
        ],
      }),
    )
  }
  if (model.source.draftMark) {
    children.push(
      para(
        model.source.draftMark,
        { size: SIZE.header, bold: true },
        { alignment: AlignmentType.RIGHT },
      ),
    )
  }
  return new Header({
    children: children.length > 0 ? children : [new Paragraph({ children: [] })],
  })
}

/** Builds the Word document of the model. */
export function reportDocument(model: ReportModel, images: ReportImages): Document {
  const indent = { firstLine: twips(INDENT_MM) }
  const body: (Paragraph | Table)[] = []
  if (model.header)
    body.push(headerTable(model.header), new Paragraph({ spacing: { after: 240 }, children: [] }))
  body.push(
    para(
      model.kind,
      { size: SIZE.title, bold: true },
      { alignment: AlignmentType.CENTER, keepNext: true },
    ),
  )
  model.subject.forEach((line) =>
    body.push(
      para(
        line,
        { size: SIZE.title, bold: true },
        { alignment: AlignmentType.CENTER, keepNext: true },
      ),
    ),
  )
  body.push(
    shortRule(TEXT_WIDTH * 0.25, TEXT_WIDTH),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  )
  for (const block of model.blocks) {
    if (block.type === 'heading') {
      body.push(
        para(
          block.text,
          { size: SIZE.heading, bold: true },
          {
            indent,
            keepNext: true,
            spacing: { before: 120, after: AFTER, line: LINE, lineRule: 'auto' },
          },
        ),
      )
    } else if (block.type === 'paragraph' || block.type === 'note') {
      body.push(
        para(
          block.text,
          { size: SIZE.body, italics: block.type === 'note' },
          {
            alignment: AlignmentType.JUSTIFIED,
            indent,
            spacing: { after: AFTER, line: LINE, lineRule: 'auto' },
          },
        ),
      )
    } else if (block.type === 'figure') {
      body.push(...figure(block.figure, images))
    } else {
      body.push(
        para(
          block.table.caption,
          { size: SIZE.caption, bold: true },
          {
            alignment: AlignmentType.CENTER,
            keepNext: true,
            spacing: { before: 120, after: 80, line: LINE, lineRule: 'auto' },
          },
        ),
        dataTable(block.table),
        new Paragraph({ spacing: { after: AFTER }, children: [] }),
      )
    }
  }
  body.push(
    para(
      model.source.line,
      { size: SIZE.source, italics: true },
      {
        alignment: AlignmentType.JUSTIFIED,
        spacing: { before: 120, line: LINE, lineRule: 'auto' },
      },
    ),
  )
  return new Document({
    title: model.documentTitle.normalize('NFC'),
    creator: 'PAR Dashboard',
    styles: {
      default: {
        document: {
          run: { font: FONT_NAME, size: half(SIZE.body) },
          paragraph: { spacing: { after: AFTER, line: LINE, lineRule: 'auto' } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: A4_TWIPS,
            margin: {
              top: twips(MARGIN_MM.top),
              bottom: twips(MARGIN_MM.bottom),
              left: twips(MARGIN_MM.left),
              right: twips(MARGIN_MM.right),
              header: twips(MARGIN_MM.top / 2),
              footer: twips(MARGIN_MM.bottom / 2),
            },
          },
        },
        // NĐ 30: page numbers at the top centre, none on the first page.
        headers: { first: pageHeader(model, false), default: pageHeader(model, true) },
        children: body,
      },
    ],
  })
}

/** Writes the model as .docx bytes. */
export async function writeReportDocx(
  model: ReportModel,
  images: ReportImages,
): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocument(model, images)))
}
