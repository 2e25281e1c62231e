// Header mapping (canonical key or Vietnamese label, case and diacritics ignored): a table read
// into a Sheet, each problem of its header and cells recorded instead of thrown, so one pass
// lists every error.
import { IMPORT_COLUMNS, type ImportFileKind } from '#shared/import/import-columns.ts'
import { foldLabel } from '#shared/text/fold-unit-name.ts'
import { checkCells, checkCellsPastHeader, checkLengths } from './cell-checks.ts'
import { type ColumnYear, YEAR_GIVING_COLUMNS, yearOfColumns } from './column-years.ts'
import {
  columnOf,
  fieldCodeOf,
  fieldMaxCodeOf,
  isIgnoredHeader,
  isKnownHeader,
  labelIndex,
  nearestLabel,
} from './header-labels.ts'
import type { ImportIssues } from './import-issues.ts'
import { locateHeader } from './locate-header.ts'
import type { Table } from './read-table.ts'
import { repeatedHeaderRows, withoutRepeatedHeader } from './repeated-header.ts'
import { isComparisonHeader, NOTE_LABELS, partColumns } from './set-aside-columns.ts'
import type { FieldColumn, Sheet } from './sheet.ts'
import { tableYear } from './table-year.ts'

// A mapped sheet and the reader of its rows.

export type SheetOptions = {
  /** The year of rows that give none (`?year=` of the import). */
  year?: number
}

/** Maps the header; returns null (with errors recorded) when a column is unknown or missing. */
export function mapSheet(
  kind: ImportFileKind,
  read: Table,
  issues: ImportIssues,
  options: SheetOptions = {},
): Sheet | null {
  const labels = labelIndex(kind)
  const table = locateHeader(read, (cell) => isKnownHeader(kind, labels, cell), issues)
  const headerRow = table.headerRow
  const hasYear = IMPORT_COLUMNS[kind].some((c) => c.key === 'year')
  const index = new Map<string, number>()
  const fieldColumns: FieldColumn[] = []
  const fieldMaxColumns: FieldColumn[] = []
  const columnYears: ColumnYear[] = []
  const before = issues.errorCount
  const addColumn = (key: string, i: number, raw: string) => {
    const other = index.get(key)
    if (other === undefined) {
      index.set(key, i)
      return
    }
    // Two years of one measure, read before the table's year is known: said how to choose.
    const yearOf = (at: number) => columnYears.find((c) => c.index === at)?.year
    const years =
      yearOf(i) !== undefined && yearOf(other) !== undefined && yearOf(i) !== yearOf(other)
    issues.error(headerRow, raw, 'DUPLICATE_COLUMN', {
      column: raw,
      other: table.header[other] ?? '',
      ...(years ? { years: 'yes' } : {}),
    })
  }
  checkCells(table, issues)
  const parts = kind === 'assessments' ? partColumns(table.header) : new Set<number>()
  const setAside: number[] = []
  const repeated = repeatedHeaderRows(table)
  table.header.forEach((raw, i) => {
    const folded = foldLabel(raw)
    // Before the blank test: "#" folds to nothing and is a numbering column's usual header.
    if (isIgnoredHeader(raw, folded)) return
    if (folded === '') {
      if (table.rows.some((r) => (r.cells[i] ?? '').trim() !== '')) {
        issues.error(headerRow, `#${i + 1}`, 'UNKNOWN_COLUMN', { column: `#${i + 1}` })
      }
      return
    }
    // The parts beside the total, before the labels: "Điểm đánh giá" beside a survey part is one.
    if (parts.has(i)) {
      setAside.push(i)
      issues.warn(headerRow, raw, 'PART_COLUMN_SKIPPED', { column: raw })
      return
    }
    const column = columnOf(labels, raw)
    if (column) {
      const { key, year } = column
      // A label naming a year waits for the table's year (below): it may be a comparison's.
      if (year !== undefined) columnYears.push({ key, header: raw, year, index: i })
      else addColumn(key, i, raw)
      return
    }
    const fieldMax = kind === 'assessments' ? fieldMaxCodeOf(raw, folded) : undefined
    if (fieldMax) {
      addFieldColumn(fieldMaxColumns, { code: fieldMax, index: i, header: raw }, headerRow, issues)
      return
    }
    const field = kind === 'assessments' ? fieldCodeOf(raw, folded) : undefined
    if (field)
      addFieldColumn(fieldColumns, { code: field, index: i, header: raw }, headerRow, issues)
    else if (kind === 'assessments' && isComparisonHeader(raw)) {
      setAside.push(i)
      issues.warn(headerRow, raw, 'COMPARISON_COLUMN_SKIPPED', { column: raw })
    } else if (NOTE_LABELS.has(folded)) {
      setAside.push(i)
      const noted = table.rows.filter(
        (r) => !repeated.has(r.row) && (r.cells[i] ?? '').trim() !== '',
      ).length
      issues.warn(headerRow, raw, 'NOTE_COLUMN_SKIPPED', { column: raw, noted })
    } else {
      const nearest = nearestLabel(kind, raw)
      issues.error(headerRow, raw, 'UNKNOWN_COLUMN', { column: raw, ...(nearest && { nearest }) })
    }
  })
  const shifted = checkCellsPastHeader(
    table,
    issues,
    index.get('unit_code') ?? index.get('unit_name'),
  )
  // The year of rows that give none: the request's; the title's only for a table without a year
  // column (an empty cell of one stays an error: the title may be another year's).
  const defaultYear = hasYear
    ? (tableYear(options.year, index.has('year') ? [] : table.titleRows) ??
      (index.has('year') ? null : yearOfColumns(columnYears, headerRow)))
    : null
  // A column of another year than the table's holds another year's values (last year's index
  // or rank, printed for comparison): set aside, never read as this year's.
  const yearColumns: ColumnYear[] = []
  // Read for the table's year: a column of its key without a year, or one naming that year.
  const ownYear = (key: string) =>
    index.has(key) || columnYears.some((c) => c.key === key && c.year === defaultYear?.year)
  for (const column of columnYears) {
    if (defaultYear && column.year !== defaultYear.year) {
      const params = { column: column.header, columnYear: column.year, year: defaultYear.year }
      // Beside this year's column it is a comparison; alone, this table is another year's.
      if (ownYear(column.key)) {
        setAside.push(column.index)
        issues.warn(headerRow, column.header, 'COLUMN_OF_OTHER_YEAR_SKIPPED', params)
      } else
        issues.error(headerRow, column.header, 'COLUMN_YEAR_DIFFERS', { ...params, of: 'table' })
    } else {
      yearColumns.push(column)
      addColumn(column.key, column.index, column.header)
    }
  }
  for (const col of IMPORT_COLUMNS[kind]) {
    // The year may be the table's own, given once for all its rows.
    if (col.key === 'year' && defaultYear) continue
    if (col.required && !index.has(col.key)) {
      // The key in the details: a missing year is fixed on the Data page's year field.
      issues.error(
        headerRow,
        null,
        'MISSING_COLUMN',
        { key: col.key, label: col.vi },
        { key: col.key },
      )
    }
  }
  const byUnit = IMPORT_COLUMNS[kind].some((c) => c.key === 'unit_code')
  if (byUnit && !index.has('unit_code') && !index.has('unit_name')) {
    issues.error(
      headerRow,
      null,
      'MISSING_COLUMN',
      { key: 'unit_code', label: 'Mã đơn vị' },
      { key: 'unit_code' },
    )
  }
  // Listed with the other header problems: a file lacking both is refused for that as well.
  if (kind === 'assessments' && !index.has('points') && !index.has('index_pct')) {
    issues.error(
      headerRow,
      null,
      'POINTS_OR_INDEX_REQUIRED',
      parts.size > 0 ? { parts: 'yes' } : {},
    )
  }
  checkLengths(table, index, issues)
  // A problem of the header stops the reading; a shifted row (one error each) does not: the
  // other rows are read for their own problems, so the file is fixed in one pass.
  if (issues.errorCount - shifted.size > before) return null
  if (defaultYear?.from === 'title')
    issues.warn(defaultYear.row ?? headerRow, null, 'YEAR_FROM_TITLE', { year: defaultYear.year })
  if (defaultYear?.from === 'header')
    issues.warn(headerRow, null, 'YEAR_FROM_HEADER', {
      year: defaultYear.year,
      column: columnYears.find((c) => YEAR_GIVING_COLUMNS.has(c.key))?.header ?? '',
    })
  return {
    kind,
    header: table.header,
    headerRow,
    index,
    fieldColumns,
    fieldMaxColumns,
    rows: withoutRepeatedHeader(table, repeated, issues).filter((r) => !shifted.has(r.row)),
    shiftedRows: shifted.size,
    titleRows: table.titleRows,
    setAside,
    defaultYear,
    columnYears: yearColumns,
    issues,
  }
}

/** A second column for the same field (its code or its name) is refused, not summed or dropped. */
function addFieldColumn(
  columns: FieldColumn[],
  column: FieldColumn,
  headerRow: number,
  issues: ImportIssues,
): void {
  const other = columns.find((c) => c.code === column.code)
  if (other)
    issues.error(headerRow, column.header, 'DUPLICATE_COLUMN', {
      column: column.header,
      other: other.header,
    })
  else columns.push(column)
}
