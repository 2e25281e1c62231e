// Bytes in, header and string rows out: CSV (UTF-8, BOM or not, comma or semicolon) or the
// first sheet of an XLSX workbook. Everything is text here; value parsers read numbers later.
import type ExcelJS from 'exceljs'
import type { EventEmitter } from 'node:events'
import { Readable } from 'node:stream'
import { AppError } from '#server/lib/errors.ts'
import { parseCsv } from './parse-csv.ts'
import { TableBudget } from './table-limits.ts'
import { inspectXlsx } from './xlsx-zip.ts'

export type TableRow = { row: number; cells: string[] }
/**
 * `headerRow`: the spreadsheet row of the header (1 unless blank rows come first). `sheets`: a
 * workbook's tabs by name, the one read first, when it has more than one (the others are not
 * read, and the import says so).
 */
export type Table = { header: string[]; headerRow: number; rows: TableRow[]; sheets?: string[] }

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
  // Text in NFC whatever the keyboard typed: Vietnamese typed as combining marks ("Unicode tổ
  // hợp") and as precomposed letters must be one name, one grant key, one content area.
  const { records, sheets } = startsWith(bytes, ZIP_MAGIC)
    ? await readXlsx(bytes)
    : { records: parseCsv(decodeUtf8(bytes).normalize('NFC')), sheets: [] }
  const nonEmpty = records.filter((r) => r.cells.some((c) => c.trim() !== ''))
  const [head, ...rows] = nonEmpty
  if (!head) throw new UnreadableFileError('EMPTY_FILE')
  const table: Table = { header: head.cells.map((c) => c.trim()), headerRow: head.row, rows }
  return sheets.length > 1 ? { ...table, sheets } : table
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new UnreadableFileError('INVALID_ENCODING')
  }
}

async function readXlsx(bytes: Uint8Array): Promise<{ records: TableRow[]; sheets: string[] }> {
  // The zip is checked first: what it unpacks to, and the cells and rows of its sheets.
  const { firstSheet, sheetNames } = await inspectXlsx(bytes)
  // Loaded on the first spreadsheet: exceljs adds ~27 MB to a server that may never see one.
  const { default: Excel } = await import('exceljs')
  // The streaming reader holds one row at a time (the whole-workbook model cost 460 MB and
  // 8.6 s for 600,000 cells, the stream 200 MB and 3.9 s) and yields between chunks.
  const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    // The reader names each sheet it yields by the workbook's sheetId, which stays with a tab
    // when tabs are moved or deleted while the file names follow the tabs' order: only the
    // entry event just before the sheet gives the file the sheet was read from.
    entries: 'emit',
  })
  const last = { sheetFile: '' }
  // An EventEmitter at run time, which exceljs's types leave out.
  ;(reader as unknown as EventEmitter).on('entry', (entry: { type?: string; id?: unknown }) => {
    if (entry.type === 'worksheet') last.sheetFile = `xl/worksheets/sheet${String(entry.id)}.xml`
  })
  const budget = new TableBudget()
  const rows: TableRow[] = []
  let found = false
  try {
    for await (const sheet of reader) {
      const wanted = !found && (firstSheet === null || firstSheet === last.sheetFile)
      for await (const row of sheet) {
        if (!wanted) continue
        const cells: string[] = []
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          // A formula's value as exceljs gives it drops a falsy result (0, "", an error's
          // NaN): 0 points would read as a missing value. The cell's own result keeps it.
          const value =
            cell.type === Excel.ValueType.Formula
              ? { formula: cell.formula, result: cell.result, date1904: false }
              : cell.value
          cells[col - 1] = cellText(value as ExcelJS.CellValue, cell.numFmt)
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
  return { records: rows, sheets: sheetNames }
}

/** Cell value → the text a person sees, in a form the value parsers read. */
export function cellText(value: ExcelJS.CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') {
    // exceljs reads a formula's cached error (#N/A, #REF!…) as a number: NaN.
    if (Number.isNaN(value)) return FORMULA_ERROR_TEXT
    // A percent-formatted cell holds 0.801 for "80,1%": keep what the person typed.
    if (numFmt !== undefined && showsPercent(numFmt))
      return `${Number((value * 100).toPrecision(12))}%`
    // What shows as 0 in the sheet: a formula's rounding residue (7.1e-15), not exponent text.
    if (Math.abs(value) < 1e-9) return '0'
    return String(Number(value.toPrecision(15)))
  }
  if (typeof value === 'string') return value.normalize('NFC')
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value)
    return value.richText
      .map((t) => t.text)
      .join('')
      .normalize('NFC')
  if ('result' in value) {
    const result = value.result as ExcelJS.CellValue
    // exceljs turns a plain cell with a date format into a Date, but not a formula's result.
    if (typeof result === 'number' && numFmt !== undefined && showsDate(numFmt))
      return excelSerialDate(result)
    return cellText(result, numFmt)
  }
  if ('text' in value) return String(value.text)
  if ('error' in value) return String(value.error)
  return ''
}

/**
 * What a cell whose formula ended in an error reads as: its own error text is lost by the
 * reader, and cell-checks.ts reports every spreadsheet error by row and column.
 */
export const FORMULA_ERROR_TEXT = '#ERROR'

/** A format's own characters: without quoted text, escapes, fill/padding and [colour] parts. */
function formatCodes(numFmt: string): string {
  return numFmt.replace(/"[^"]*"|\\.|[_*]\S|\[[^\]]*\]/g, '')
}

/** `0.0%` shows a percent; `0.0"%"` and `0.0\%` show a number followed by a literal sign. */
function showsPercent(numFmt: string): boolean {
  return formatCodes(numFmt).includes('%')
}

/** Day, month or year codes outside quotes: `dd/mm/yyyy`, `m/d/yy`, `[$-42A]d mmmm yyyy`. */
function showsDate(numFmt: string): boolean {
  return /[dmy]/i.test(formatCodes(numFmt))
}

/** Excel's 1900 date system (serial 1 = 1900-01-01, with its phantom 29 February 1900). */
function excelSerialDate(serial: number): string {
  const days = Math.floor(serial) - (serial >= 61 ? 1 : 0)
  return new Date(Date.UTC(1899, 11, 31) + days * 86_400_000).toISOString().slice(0, 10)
}
