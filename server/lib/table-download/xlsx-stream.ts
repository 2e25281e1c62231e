// XLSX downloads through exceljs's streaming WorkbookWriter: each row is committed to the zip as
// it is written, so a cohort of 10,600 units keeps memory flat. Numbers are number cells with
// their format (indices 0.00, rates 0.00 %), the header row is bold, frozen and filterable, the
// sheet is named for what it holds, and the source line sits under the table (and in the printed
// page's footer, with page numbers).
import type { Writable } from 'node:stream'
import type ExcelJS from 'exceljs'
import { round } from '#shared/kpi/round.ts'
import type { TextLang } from '#shared/text/format-number.ts'
import {
  columnHeader,
  type ColumnKind,
  type DownloadTable,
  type TableColumn,
  type TableRow,
} from './table-columns.ts'

/** Rows read before the columns are sized (a streamed sheet fixes widths before its first row). */
export const WIDTH_LOOKAHEAD_ROWS = 500
const MAX_WIDTH = 60
/** Rows between yields to the event loop, so the zip drains while rows are produced. */
const ROWS_PER_YIELD = 500

const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  integer: '0',
  decimal2: '0.00',
  percent: '0.00%',
  // A scheme's maximum keeps Excel's General format: 100 and 71.5, no forced zeros.
}

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters. */
export function sheetNameOf(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return (cleaned.slice(0, 31).trim() || 'Sheet1').replace(/^'|'$/g, '')
}

function cellValue(value: TableRow[string], kind: ColumnKind): string | number | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null
    return kind === 'percent' ? value / 100 : value
  }
  return String(value)
}

/** The width a value needs, in characters, as the cell shows it. */
function shownLength(value: TableRow[string], kind: ColumnKind): number {
  if (value === null || value === undefined) return 0
  if (typeof value === 'number' && kind !== 'text' && kind !== 'integer' && kind !== 'maximum')
    return round(value, 2).toFixed(2).length + (kind === 'percent' ? 2 : 0)
  return String(value).length
}

function fittedWidths(
  columns: readonly TableColumn[],
  headers: readonly string[],
  sample: readonly TableRow[],
): number[] {
  return columns.map((column, i) => {
    let longest = (headers[i] ?? '').length + 2
    for (const row of sample)
      longest = Math.max(longest, shownLength(row[column.key], column.kind) + 2)
    return Math.min(MAX_WIDTH, Math.max(column.width ?? 6, longest))
  })
}

async function* rowsOf(rows: DownloadTable['rows']): AsyncGenerator<TableRow> {
  for await (const row of rows) yield row
}

/** Writes `table` as an XLSX workbook into `out`, resolving once the zip is complete. */
export async function writeXlsx(
  table: DownloadTable,
  lang: TextLang,
  out: Writable,
): Promise<void> {
  // Loaded on the first download: exceljs is large and many servers never write a workbook.
  const { default: Excel } = await import('exceljs')
  const workbook = new Excel.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  })
  workbook.creator = 'PAR Dashboard'
  workbook.title = table.title[lang]
  const source = table.source[lang]
  const sheet: ExcelJS.Worksheet = workbook.addWorksheet(
    sheetNameOf((table.sheetName ?? table.title)[lang]),
    {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
      pageSetup: {
        paperSize: 9,
        orientation: table.columns.length > 7 ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      },
      headerFooter: {
        oddHeader: `&C&B${excelHeaderText(table.title[lang])}`,
        oddFooter: `&L${excelHeaderText(source)}&R&P/&N`,
      },
    },
  )
  const headers = table.columns.map((c) => columnHeader(c, lang, false))
  const iterator = rowsOf(table.rows)
  const sample: TableRow[] = []
  while (sample.length < WIDTH_LOOKAHEAD_ROWS) {
    const next = await iterator.next()
    if (next.done) break
    sample.push(next.value)
  }
  const widths = fittedWidths(table.columns, headers, sample)
  sheet.columns = table.columns.map((c, i) => ({ key: c.key, width: widths[i] }))
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } }

  const header = sheet.addRow(headers)
  header.font = { bold: true }
  header.alignment = { vertical: 'middle', wrapText: true }
  header.commit()

  let written = 0
  const writeRow = (row: TableRow) => {
    const line = sheet.addRow(table.columns.map((c) => cellValue(row[c.key], c.kind)))
    table.columns.forEach((c, i) => {
      const format = NUMBER_FORMATS[c.kind]
      if (format && typeof row[c.key] === 'number') line.getCell(i + 1).numFmt = format
    })
    line.commit()
    written += 1
  }
  for (const row of sample) writeRow(row)
  sample.length = 0
  for await (const row of iterator) {
    writeRow(row)
    if (written % ROWS_PER_YIELD === 0) await new Promise((resolve) => setImmediate(resolve))
  }

  sheet.addRow([]).commit()
  const sourceRow = sheet.addRow([source])
  sourceRow.font = { italic: true }
  sourceRow.commit()
  sheet.commit()
  await workbook.commit()
}

/** Text in a page header or footer: "&" starts a code there, so it is doubled. */
function excelHeaderText(text: string): string {
  return text.replaceAll('&', '&&')
}
