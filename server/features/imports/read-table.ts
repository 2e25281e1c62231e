// Bytes in, header and string rows out: CSV (UTF-8, BOM or not, comma or semicolon) or the
// first sheet of an XLSX workbook. Everything is text here; value parsers read numbers later.
import type ExcelJS from 'exceljs'
import { Readable } from 'node:stream'
import { AppError } from '#server/lib/errors.ts'
import { parseCsv } from './parse-csv.ts'
import { TableBudget } from './table-limits.ts'
import { inspectXlsx } from './xlsx-zip.ts'

export type TableRow = { row: number; cells: string[] }
export type Table = { header: string[]; rows: TableRow[] }

export class UnreadableFileError extends Error {
  readonly code: 'UNSUPPORTED_FILE' | 'INVALID_ENCODING' | 'EMPTY_FILE'
  constructor(code: UnreadableFileError['code']) {
    super(code)
    this.code = code
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b)
}

/** Reads a table; the file's own bytes decide the format, the name and type are only checked. */
export async function readTable(bytes: Uint8Array): Promise<Table> {
  if (bytes.length === 0) throw new UnreadableFileError('EMPTY_FILE')
  if (startsWith(bytes, OLE_MAGIC)) throw new UnreadableFileError('UNSUPPORTED_FILE')
  const records = startsWith(bytes, ZIP_MAGIC) ? await readXlsx(bytes) : parseCsv(decodeUtf8(bytes))
  const nonEmpty = records.filter((r) => r.cells.some((c) => c.trim() !== ''))
  const [head, ...rows] = nonEmpty
  if (!head) throw new UnreadableFileError('EMPTY_FILE')
  return { header: head.cells.map((c) => c.trim()), rows }
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new UnreadableFileError('INVALID_ENCODING')
  }
}

async function readXlsx(bytes: Uint8Array): Promise<TableRow[]> {
  // The zip is checked first: what it unpacks to, and the cells and rows of its sheets.
  const { firstSheet } = await inspectXlsx(bytes)
  // Loaded on the first spreadsheet: exceljs adds ~27 MB to a server that may never see one.
  const { default: Excel } = await import('exceljs')
  // The streaming reader holds one row at a time (the whole-workbook model cost 460 MB and
  // 8.6 s for 600,000 cells, the stream 200 MB and 3.9 s) and yields between chunks.
  const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  })
  const budget = new TableBudget()
  const rows: TableRow[] = []
  let found = false
  try {
    for await (const sheet of reader) {
      const path = (sheet as unknown as { id?: number }).id
      const wanted =
        !found && (firstSheet === null || firstSheet === `xl/worksheets/sheet${path}.xml`)
      for await (const row of sheet) {
        if (!wanted) continue
        const cells: string[] = []
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          cells[col - 1] = cellText(cell.value, cell.numFmt)
        })
        budget.addRow(cells.length)
        if (cells.length > 0)
          rows.push({ row: row.number, cells: Array.from(cells, (c) => c ?? '') })
      }
      if (wanted) found = true
    }
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new UnreadableFileError('UNSUPPORTED_FILE')
  }
  if (!found) throw new UnreadableFileError('EMPTY_FILE')
  return rows
}

/** Cell value → the text a person sees, in a form the value parsers read. */
export function cellText(value: ExcelJS.CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') {
    // A percent-formatted cell holds 0.801 for "80,1%": keep what the person typed.
    if (numFmt?.includes('%')) return `${Number((value * 100).toPrecision(12))}%`
    return String(Number(value.toPrecision(15)))
  }
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((t) => t.text).join('')
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue, numFmt)
  if ('text' in value) return String(value.text)
  if ('error' in value) return String(value.error)
  return ''
}
