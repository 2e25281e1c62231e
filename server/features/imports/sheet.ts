// A table whose header is mapped to a file kind's columns (import-sheet.ts): what the kinds'
// importers read their rows from.
import type { ImportFileKind } from '#shared/import/import-columns.ts'
import type { ColumnYear } from './column-years.ts'
import type { ImportIssues } from './import-issues.ts'
import type { TableRow } from './read-table.ts'
import type { TableYear } from './table-year.ts'

/** A column of a field's points (or maximum): the field's code, the column and its label. */
export type FieldColumn = { code: string; index: number; header: string }

export type Sheet = {
  kind: ImportFileKind
  header: string[]
  /** The header's spreadsheet row: problems of the header are reported on it. */
  headerRow: number
  index: Map<string, number>
  fieldColumns: FieldColumn[]
  /** `field_max:CODE` columns: the unit's own maximum per field. */
  fieldMaxColumns: FieldColumn[]
  rows: TableRow[]
  /** Rows left unread because a value stands right of the last header (CELL_WITHOUT_HEADER). */
  shiftedRows: number
  /** The lines above the header (the title block), set aside. */
  titleRows: TableRow[]
  /** Columns read for nothing, each named in a warning (a remark, a part, a comparison). */
  setAside: number[]
  /**
   * The year of rows that give none (the request's, or the one the title or the column labels
   * name), if any.
   */
  defaultYear: TableYear | null
  /** Columns whose label names a year: a row of another year is refused. */
  columnYears: ColumnYear[]
  issues: ImportIssues
}
