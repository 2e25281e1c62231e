// Checks of a table's cells, each problem recorded on its row and column: control characters,
// lengths past a cell's or a column's bound, a spreadsheet's formula errors, values right of
// the last header.
import { controlCharacterAt, describeCharacter, TEXT_MAX } from '#shared/schemas/text.schema.ts'
import type { ImportIssues } from './import-issues.ts'
import { FORMULA_ERROR_TEXT, type Table } from './read-table.ts'
import { TABLE_LIMITS } from './table-limits.ts'

/**
 * A value right of the last header belongs to no column: in a CSV usually a separator too many
 * on that row (a decimal comma in a comma-separated file), which shifts the row's values. Each
 * such row is named, with the first stray value and the row's unit as written (`unitColumn`);
 * the rows are returned, to be left out of reading (their values are shifted) while the other
 * rows are read for their own problems.
 */
export function checkCellsPastHeader(
  table: Table,
  issues: ImportIssues,
  unitColumn?: number,
): Set<number> {
  const width = table.header.length
  const shifted = new Set<number>()
  for (const { row, cells } of table.rows) {
    for (let i = width; i < cells.length; i++) {
      const value = (cells[i] ?? '').trim()
      if (value === '') continue
      const unit = unitColumn === undefined ? '' : (cells[unitColumn] ?? '').trim()
      const column = `#${i + 1}`
      issues.error(
        row,
        column,
        'CELL_WITHOUT_HEADER',
        { value, column },
        undefined,
        unit || undefined,
      )
      shifted.add(row)
      break
    }
  }
  return shifted
}

/** What a spreadsheet shows for a formula that failed, exported as it shows it. */
const SPREADSHEET_ERROR = new RegExp(
  `^(?:#N/A|#REF!|#VALUE!|#DIV/0!|#NAME\\?|#NUM!|#NULL!|#SPILL!|#CALC!|#GETTING_DATA|${FORMULA_ERROR_TEXT})$`,
)

/**
 * Every cell, the header's included: no control character but tab and line breaks (U+0000
 * cannot be stored in PostgreSQL), at most TABLE_LIMITS.cellChars characters.
 */
export function checkCells(table: Table, issues: ImportIssues): void {
  const max = TABLE_LIMITS.cellChars
  const check = (row: number, column: string, cell: string) => {
    if (cell.length > max) issues.error(row, column, 'CELL_TOO_LONG', { length: cell.length, max })
    if (cell.length <= 14 && cell.includes('#') && SPREADSHEET_ERROR.test(cell.trim()))
      issues.error(row, column, 'CELL_ERROR', { value: cell.trim() })
    const at = controlCharacterAt(cell)
    if (at !== -1)
      issues.error(row, column, 'CONTROL_CHARACTER', {
        char: describeCharacter(cell, at),
        at: at + 1,
      })
  }
  const columnName = (i: number) => table.header[i] || `#${i + 1}`
  table.header.forEach((cell, i) => check(table.headerRow, `#${i + 1}`, cell))
  for (const { row, cells } of table.rows) {
    for (let i = 0; i < cells.length; i++) check(row, columnName(i), cells[i] ?? '')
  }
}

/** Columns with a shorter bound than a cell's: codes and decision numbers, names and titles. */
function maxCharsOf(key: string): number | undefined {
  if (key === 'decision_no' || key === 'code' || key.endsWith('_code')) return TEXT_MAX.code
  if (key === 'name' || key.endsWith('_name') || key === 'title' || key.startsWith('label_'))
    return TEXT_MAX.name
  return undefined
}

/** The cells of a code, name or title column within that column's bound. */
export function checkLengths(table: Table, index: Map<string, number>, issues: ImportIssues): void {
  for (const [key, i] of index) {
    const max = maxCharsOf(key)
    if (max === undefined) continue
    for (const { row, cells } of table.rows) {
      const length = (cells[i] ?? '').trim().length
      if (length > max && length <= TABLE_LIMITS.cellChars)
        issues.error(row, table.header[i] ?? key, 'CELL_TOO_LONG', { length, max })
    }
  }
}
