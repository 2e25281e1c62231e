// What one uploaded table may cost to read. A spreadsheet is a zip: 400 KB can unpack to 400 MB
// in one cell, or to 20 million empty cells, so the budget is checked on what the file unpacks
// to, before any parser builds it, and again while rows are built.
import { AppError } from '#server/lib/errors.ts'

export const TABLE_LIMITS = {
  /** All entries of an XLSX together, as inflated (a 50,000 × 12 results sheet is 22 MB). */
  unzippedBytes: 64 * 1024 * 1024,
  /** Entries of an XLSX (a workbook has a dozen or so). */
  zipEntries: 1000,
  /** Cells of the table, empty ones included (50,000 rows × 12 columns = 600,000). */
  cells: 1_000_000,
  /** Rows of the table, the header included. */
  rows: 200_000,
  /** Characters of one cell: longer is not a value of any import column. */
  cellChars: 10_000,
  /** Wall time of reading one file into rows. */
  parseMs: 60_000,
} as const

/** The file unpacks to more than the server reads: 413, before any row is built. */
export function tooLarge(what: string): AppError {
  return new AppError(413, 'PAYLOAD_TOO_LARGE', `The file is too large to read: ${what}`)
}

/** Counts cells and rows against the budget and the clock while a reader builds the table. */
export class TableBudget {
  private cells = 0
  private rows = 0
  private readonly deadline: number

  constructor(now = Date.now()) {
    this.deadline = now + TABLE_LIMITS.parseMs
  }

  /** One more cell of the current row (the reader counts the row's last one with addRow). */
  addCell(): void {
    if (++this.cells > TABLE_LIMITS.cells)
      throw tooLarge(`more than ${TABLE_LIMITS.cells.toLocaleString('en')} cells`)
  }

  addRow(cells: number): void {
    this.rows++
    this.cells += cells
    if (this.rows > TABLE_LIMITS.rows)
      throw tooLarge(`more than ${TABLE_LIMITS.rows.toLocaleString('en')} rows`)
    if (this.cells > TABLE_LIMITS.cells)
      throw tooLarge(`more than ${TABLE_LIMITS.cells.toLocaleString('en')} cells`)
    if ((this.rows & 0x3ff) === 0 && Date.now() > this.deadline)
      throw tooLarge(`reading it took more than ${TABLE_LIMITS.parseMs / 1000} s`)
  }
}
