// Header mapping (canonical key or Vietnamese label, case and diacritics ignored) and typed
// cell readers that record a problem instead of throwing, so one pass lists every error.
import {
  FIELD_CODE_PATTERN,
  KPI_FIELD_LABELS,
  KPI_FIELD_SHORT_LABELS,
  KPI_FIELDS,
} from '#shared/domain/kpi-fields.ts'
import type { ImportIssueCode } from '#shared/dto/import.ts'
import {
  FIELD_COLUMN_PREFIX,
  FIELD_MAX_COLUMN_PREFIX,
  IGNORED_HEADERS,
  IMPORT_COLUMNS,
  type ImportFileKind,
} from '#shared/import/import-columns.ts'
import { controlCharacterAt, describeCharacter, TEXT_MAX } from '#shared/schemas/text.schema.ts'
import { foldLabel } from '#shared/text/fold-unit-name.ts'
import type { ImportIssues, IssueParams } from './import-issues.ts'
import { parseDate, parseInteger, parseNumber } from './parse-value.ts'
import { FORMULA_ERROR_TEXT, type Table, type TableRow } from './read-table.ts'
import { type LocatedTable, locateHeader, numbersColumns } from './locate-header.ts'
import { TABLE_LIMITS } from './table-limits.ts'
import { tableYear, type TableYear } from './table-year.ts'

export type FieldColumn = { code: string; index: number; header: string }
/** A column whose label names a year ("Chỉ số CCHC năm 2024 (%)"): its values are that year's. */
export type ColumnYear = { key: string; header: string; year: number; index: number }

/**
 * A column comparing two years ("Tăng/giảm", "Tăng (+), giảm (-) so với năm 2023", "Thay đổi
 * thứ hạng"): derived from this year's and last year's values, which the product computes
 * itself. Set aside with a warning.
 */
function isComparisonHeader(raw: string): boolean {
  // With its accents: "tầng" is not "tăng", nor "giám sát" "giảm".
  const text = raw.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim()
  return (
    /^tăng ?(?:\(\+\))? ?[,/–-]? ?giảm\b/u.test(text) ||
    /^thay đổi (?:thứ hạng|hạng|so với)/u.test(text) ||
    /^chênh lệch\b.*(?:so với năm|(?:19|20)\d{2})/u.test(text) ||
    /^so với năm\b/u.test(text)
  )
}
/**
 * The parts of the total points printed beside it: the survey's ("Điểm điều tra XHH") and the
 * appraised ("Điểm đánh giá trực tiếp"; "Điểm đánh giá" or "Điểm thẩm định" beside a survey
 * part, where alone they are the points). The total is stored, the parts are not: set
 * aside with a warning.
 */
const SURVEY_PART_LABELS = new Set(
  [
    'Điểm điều tra XHH',
    'Điểm điều tra xã hội học',
    'Điểm khảo sát',
    'Điểm đánh giá qua điều tra xã hội học',
  ].map(foldLabel),
)
const APPRAISAL_PART_LABELS = new Set(
  ['Điểm đánh giá trực tiếp', 'Điểm thẩm định trực tiếp'].map(foldLabel),
)
/** Labels of the points alone, of the appraised part beside a survey part. */
const APPRAISAL_BESIDE_SURVEY = new Set(['Điểm đánh giá', 'Điểm thẩm định'].map(foldLabel))

/** The columns of the header holding a part of the total. */
function partColumns(header: readonly string[]): Set<number> {
  const folded = header.map(foldLabel)
  const parts = new Set<number>()
  folded.forEach((label, i) => {
    if (APPRAISAL_PART_LABELS.has(label)) parts.add(i)
    if (!SURVEY_PART_LABELS.has(label)) return
    parts.add(i)
    // The appraised part printed beside the survey's under a label of the points: the one
    // before it, else the one after it (the other, if any, is the total).
    if (APPRAISAL_BESIDE_SURVEY.has(folded[i - 1] ?? '')) parts.add(i - 1)
    else if (APPRAISAL_BESIDE_SURVEY.has(folded[i + 1] ?? '')) parts.add(i + 1)
  })
  return parts
}

/**
 * A column of remarks ("Ghi chú", "Nhận xét"), which officials' tables often close with: in a
 * file kind that keeps no note, set aside with a warning counting the rows that hold one.
 */
const NOTE_LABELS = new Set(['Ghi chú', 'Nhận xét', 'Note', 'Notes', 'Remarks'].map(foldLabel))

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

const IGNORED = new Set(IGNORED_HEADERS.map(foldLabel).filter((label) => label !== ''))
/** Headers of no letters or digits ("#"), which fold to nothing: matched as written. */
const IGNORED_AS_WRITTEN = new Set<string>(IGNORED_HEADERS.filter((h) => foldLabel(h) === ''))

/** Vietnamese field names (long and short) → field code, for assessment columns and task rows. */
export const FIELD_BY_LABEL = new Map<string, string>(
  KPI_FIELDS.flatMap((f) => [
    [foldLabel(KPI_FIELD_LABELS[f].vi), f],
    [foldLabel(KPI_FIELD_SHORT_LABELS[f].vi), f],
  ]),
)

/** A numbering column's header ("STT", "#"): `folded` is foldLabel(raw). */
function isIgnoredHeader(raw: string, folded: string): boolean {
  return IGNORED.has(folded) || IGNORED_AS_WRITTEN.has(raw.trim())
}

/**
 * A header this kind of file knows: a column's key or label, a field, one ignored, or one set
 * aside (remarks; a comparison or a part of the total in an assessments file), so a header row
 * is told from its title lines by all the labels it holds.
 */
function isKnownHeader(kind: ImportFileKind, labels: Map<string, string>, raw: string): boolean {
  const folded = foldLabel(raw)
  if (columnOf(labels, raw) || isIgnoredHeader(raw, folded) || NOTE_LABELS.has(folded)) return true
  return (
    kind === 'assessments' &&
    (fieldMaxCodeOf(raw, folded) !== undefined ||
      fieldCodeOf(raw, folded) !== undefined ||
      isComparisonHeader(raw) ||
      SURVEY_PART_LABELS.has(folded) ||
      APPRAISAL_PART_LABELS.has(folded))
  )
}

/** A label ending in a year, with "năm" or alone: "chi so cchc nam 2024" → label and year. */
const LABEL_WITH_YEAR = /^(.+?)\s+(?:nam\s+)?((?:19|20)\d{2})$/

/** A label closing with its unit, points: "Chỉ số cải cách hành chính (điểm)". */
const IN_POINTS = /^(.+?)\s*\(\s*điểm\s*\)$/iu

/**
 * The column a label names: as it is, or without the year it ends in. An index given in points
 * ("Chỉ số cải cách hành chính (điểm)", "Chỉ số CCHC năm 2022 (điểm)") is the points.
 */
function columnOf(
  labels: Map<string, string>,
  raw: string,
): { key: string; year?: number } | undefined {
  const inPoints = IN_POINTS.exec(raw.normalize('NFC').trim())
  if (inPoints?.[1]) {
    const column = columnOf(labels, inPoints[1])
    return column?.key === 'index_pct' ? { ...column, key: 'points' } : undefined
  }
  const folded = foldLabel(raw)
  const key = labels.get(folded)
  if (key) return { key }
  const match = LABEL_WITH_YEAR.exec(folded)
  const bare = match?.[1] ? labels.get(match[1]) : undefined
  // A year column's own label never names a year.
  return bare && bare !== 'year' ? { key: bare, year: Number(match?.[2]) } : undefined
}

function labelIndex(kind: ImportFileKind): Map<string, string> {
  const map = new Map<string, string>()
  for (const col of IMPORT_COLUMNS[kind]) {
    for (const label of [col.key, col.vi, col.en, ...(col.aliases ?? [])])
      map.set(foldLabel(label), col.key)
  }
  return map
}

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
    } else issues.error(headerRow, raw, 'UNKNOWN_COLUMN', { column: raw })
  })
  checkCellsPastHeader(table, issues)
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
      issues.error(headerRow, null, 'MISSING_COLUMN', { key: col.key, label: col.vi })
    }
  }
  const byUnit = IMPORT_COLUMNS[kind].some((c) => c.key === 'unit_code')
  if (byUnit && !index.has('unit_code') && !index.has('unit_name')) {
    issues.error(headerRow, null, 'MISSING_COLUMN', { key: 'unit_code', label: 'Mã đơn vị' })
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
  if (issues.errorCount > before) return null
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
    rows: withoutRepeatedHeader(table, repeated, issues),
    titleRows: table.titleRows,
    setAside,
    defaultYear,
    columnYears: yearColumns,
    issues,
  }
}

/**
 * The rows repeating the header (a table printed group by group, or page by page, heads each
 * part again): two cells at least, each the header's label of its column or the cell of one of
 * its printed lines; with the row numbering the columns under it, if one does.
 */
function repeatedHeaderRows(table: LocatedTable): Set<number> {
  // A row repeats the header when it reads as the merged labels, or as one of the header's
  // printed lines: a two-row header repeats its upper line ("Điểm theo lĩnh vực" over blanks),
  // which the merged labels do not hold, and its lower line apart.
  const headers = [table.header, ...table.headerLines].map((cells) => cells.map(foldLabel))
  const repeats = (row: TableRow) => {
    // Every row is asked: its first filled cell, folded once, rules out nearly all of them.
    const first = row.cells.findIndex((c) => c.trim() !== '')
    if (first < 0) return false
    const folded = foldLabel(row.cells[first] ?? '')
    const candidates = headers.filter((labels) => labels[first] === folded)
    if (candidates.length === 0) return false
    const filled = row.cells.flatMap((c, i) => (c.trim() === '' ? [] : [i]))
    return (
      filled.length >= 2 &&
      candidates.some((labels) => filled.every((i) => foldLabel(row.cells[i] ?? '') === labels[i]))
    )
  }
  const rows = new Set<number>()
  table.rows.forEach((row, i) => {
    if (!repeats(row)) return
    rows.add(row.row)
    // The row numbering the columns under a header repeated with it.
    const next = table.rows[i + 1]
    if (next && numbersColumns(next.cells)) rows.add(next.row)
  })
  return rows
}

/** The rows without those repeating the header, each set aside with a warning. */
function withoutRepeatedHeader(
  table: LocatedTable,
  repeated: ReadonlySet<number>,
  issues: ImportIssues,
): TableRow[] {
  return table.rows.filter((row) => {
    if (!repeated.has(row.row)) return true
    issues.warn(row.row, null, 'HEADER_REPEATED_SKIPPED', { header: table.headerRow })
    return false
  })
}

/** The columns whose label gives the table's year: its measure's, not a rank kept for comparison. */
const YEAR_GIVING_COLUMNS = new Set(['index_pct', 'points'])

/**
 * The one year the points' or the index's label names, if they name one (two name none; a year
 * only another column names, "Xếp hạng năm 2023", may be last year's: it gives none).
 */
function yearOfColumns(columns: readonly ColumnYear[], headerRow: number): TableYear | null {
  const years = new Set(columns.filter((c) => YEAR_GIVING_COLUMNS.has(c.key)).map((c) => c.year))
  const [only] = years
  return years.size === 1 && only !== undefined
    ? { year: only, from: 'header', row: headerRow }
    : null
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

/**
 * A value right of the last header belongs to no column: in a CSV usually a separator too many
 * on that row (a decimal comma in a comma-separated file), which shifts the row's values. Each
 * such row is named, with the first stray value.
 */
function checkCellsPastHeader(table: Table, issues: ImportIssues): void {
  const width = table.header.length
  for (const { row, cells } of table.rows) {
    for (let i = width; i < cells.length; i++) {
      const value = (cells[i] ?? '').trim()
      if (value === '') continue
      issues.error(row, `#${i + 1}`, 'CELL_WITHOUT_HEADER', { value, column: `#${i + 1}` })
      break
    }
  }
}

/** What a spreadsheet shows for a formula that failed, exported as it shows it. */
const SPREADSHEET_ERROR = new RegExp(
  `^(?:#N/A|#REF!|#VALUE!|#DIV/0!|#NAME\\?|#NUM!|#NULL!|#SPILL!|#CALC!|#GETTING_DATA|${FORMULA_ERROR_TEXT})$`,
)

/**
 * Every cell, the header's included: no control character but tab and line breaks (U+0000
 * cannot be stored in PostgreSQL), at most TABLE_LIMITS.cellChars characters.
 */
function checkCells(table: Table, issues: ImportIssues): void {
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

function checkLengths(table: Table, index: Map<string, number>, issues: ImportIssues): void {
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

function fieldMaxCodeOf(raw: string, folded: string): string | undefined {
  if (!folded.startsWith(foldLabel(FIELD_MAX_COLUMN_PREFIX))) return undefined
  const code = raw
    .trim()
    .slice(raw.indexOf(':') + 1)
    .trim()
    .toUpperCase()
  return FIELD_CODE_PATTERN.test(code) ? code : undefined
}

function fieldCodeOf(raw: string, folded: string): string | undefined {
  if (folded.startsWith(FIELD_COLUMN_PREFIX)) {
    const code = raw
      .trim()
      .slice(raw.indexOf(':') + 1)
      .trim()
      .toUpperCase()
    return FIELD_CODE_PATTERN.test(code) ? code : undefined
  }
  return FIELD_BY_LABEL.get(folded)
}

/** The bounds of a SQL `integer` column (32 bits), which every whole number of a file goes to. */
const INTEGER_MAX = 2_147_483_647
const INTEGER_MIN = -2_147_483_648

/** Typed access to one data row; every reader records its own problem and returns undefined. */
export class RowReader {
  readonly sheet: Sheet
  readonly row: number
  readonly cells: string[]
  failed = false

  constructor(sheet: Sheet, row: TableRow) {
    this.sheet = sheet
    this.row = row.row
    this.cells = row.cells
  }

  column(key: string): string | null {
    const i = this.sheet.index.get(key)
    return i === undefined ? null : (this.sheet.header[i] ?? key)
  }

  text(key: string): string {
    const i = this.sheet.index.get(key)
    return i === undefined ? '' : (this.cells[i] ?? '').trim()
  }

  /**
   * A name that is part of a row's key (a recipient, a content area): spaces, tabs and line
   * breaks run together as one space, so "Nguyễn Văn  An" is the grant "Nguyễn Văn An" was.
   */
  words(key: string): string {
    return this.text(key).replace(/\s+/gu, ' ')
  }

  error(
    key: string | null,
    code: ImportIssueCode,
    params?: IssueParams,
    details?: unknown,
  ): undefined {
    this.failed = true
    this.sheet.issues.error(this.row, key === null ? null : this.column(key), code, params, details)
    return undefined
  }

  warn(key: string | null, code: ImportIssueCode, params?: IssueParams): void {
    this.sheet.issues.warn(this.row, key === null ? null : this.column(key), code, params)
  }

  required(key: string): string | undefined {
    const value = this.text(key)
    return value === '' ? this.error(key, 'MISSING_VALUE') : value
  }

  /** null when the cell is empty and optional. */
  number(key: string, required = false, cell = this.text(key)): number | null | undefined {
    if (cell === '') return required ? this.error(key, 'MISSING_VALUE') : null
    const parsed = parseNumber(cell)
    return parsed.ok ? parsed.value : this.error(key, 'INVALID_NUMBER', { value: cell })
  }

  integer(key: string, required = false): number | null | undefined {
    const cell = this.text(key)
    if (cell === '') return required ? this.error(key, 'MISSING_VALUE') : null
    const parsed = parseInteger(cell)
    if (!parsed.ok) return this.error(key, 'INVALID_INTEGER', { value: cell })
    // Counts, ranks and sizes are `integer` columns: past 32 bits PostgreSQL refuses the write.
    if (parsed.value < INTEGER_MIN || parsed.value > INTEGER_MAX)
      return this.error(key, 'OUT_OF_RANGE', {
        value: parsed.value,
        min: INTEGER_MIN,
        max: INTEGER_MAX,
      })
    return parsed.value
  }

  range(key: string, value: number, min: number, max: number): boolean {
    if (value >= min && value <= max) return true
    this.error(key, 'OUT_OF_RANGE', { value, min, max })
    return false
  }

  date(key: string, required = false): string | null | undefined {
    const cell = this.text(key)
    if (cell === '') return required ? this.error(key, 'MISSING_VALUE') : null
    const parsed = parseDate(cell)
    return parsed.ok ? parsed.value : this.error(key, 'INVALID_DATE', { value: cell })
  }

  /** A code from `allowed`, written as the code or one of its labels (case/diacritics ignored). */
  oneOf<T extends string>(
    key: string,
    allowed: readonly T[],
    labels: Partial<Record<T, { vi: string; en: string }>> = {},
    required = true,
  ): T | null | undefined {
    const cell = this.text(key)
    if (cell === '') return required ? this.error(key, 'MISSING_VALUE') : null
    const lookup = codeLookup(allowed, labels)
    let found = lookup.get(cell) as T | undefined
    if (found === undefined) {
      found = lookup.get(foldLabel(cell)) as T | undefined
      // A cell as written is remembered once it names a code: a column repeats a few spellings.
      if (found !== undefined && lookup.size < MAX_LOOKUP) lookup.set(cell, found)
    }
    return found ?? this.error(key, 'INVALID_VALUE', { value: cell, allowed: allowed.join(', ') })
  }
}

// Each code list is folded once, not once per cell (files have tens of thousands of rows).
const MAX_LOOKUP = 1000
const lookups = new WeakMap<readonly string[], Map<string, string>>()

function codeLookup(
  allowed: readonly string[],
  labels: Partial<Record<string, { vi: string; en: string }>>,
): Map<string, string> {
  let map = lookups.get(allowed)
  if (!map) {
    map = new Map()
    for (const code of allowed) {
      const label = labels[code]
      for (const text of label ? [label.en, label.vi, code] : [code]) map.set(foldLabel(text), code)
    }
    lookups.set(allowed, map)
  }
  return map
}
