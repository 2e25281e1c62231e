// Officials' tables are laid out for print: title lines above the header (the committee and
// department, the table's name and year: "UBND TỈNH LONG AN", "KẾT QUẢ XẾP HẠNG CHỈ SỐ CCHC
// NĂM 2024"), a header over two rows where cells are merged ("Điểm theo lĩnh vực" above the
// fields' names), and a row numbering the columns. The header is the row among the first ones
// whose cells name the most known columns; the rows around it are read for what they are.
import type { ImportIssues } from './import-issues.ts'
import type { Table, TableRow } from './read-table.ts'

/** How far down the header is looked for: title blocks run to a handful of lines. */
export const HEADER_SEARCH_ROWS = 12

type IsKnown = (cell: string) => boolean

const filledCells = (cells: string[]) => cells.map((c) => c.trim()).filter((c) => c !== '')

/**
 * A table read from its header row, with the title lines above it and the header's own lines as
 * printed (one, or the two a merged header spans): a header repeated at a page break repeats them.
 */
export type LocatedTable = Table & { titleRows: TableRow[]; headerLines: string[][] }

/**
 * The table read from its header row. A file whose first row is its header reads as before,
 * unknown headers and all; title rows set aside are named in a warning, not in errors.
 */
export function locateHeader(table: Table, isKnown: IsKnown, issues: ImportIssues): LocatedTable {
  const all: TableRow[] = [{ row: table.headerRow, cells: table.header }, ...table.rows]
  const known = (cells: string[]) => filledCells(cells).filter(isKnown).length
  let at = 0
  let score = known(table.header)
  all.slice(1, HEADER_SEARCH_ROWS).forEach((row, i) => {
    const s = known(row.cells)
    // A tie with the row above, when that row stands over this one's blanks as an upper header
    // row does (a group label merged over the labels of its columns): this row, merged below it.
    const under =
      s === score && i === at && namesBlankColumns(all[at]?.cells ?? [], row.cells, isKnown)
    if (s > score || under) [at, score] = [i + 1, s]
  })
  // One known label is no header: a title line may hold a word such as "Năm".
  if (at > 0 && score < 2) at = 0
  const main = all[at] as TableRow
  const above = at > 0 ? all[at - 1] : undefined
  const below = all[at + 1]
  let header = main.cells
  let first = at
  let dataFrom = at + 1
  if (above && namesBlankColumns(above.cells, main.cells, isKnown)) {
    header = merged(above.cells, main.cells)
    first = at - 1
  } else if (above && isYearsRow(above.cells)) {
    header = overYears(above.cells, main.cells)
    first = at - 1
  } else if (below && isYearsRow(below.cells)) {
    header = underYears(main.cells, below.cells)
    dataFrom = at + 2
  } else if (below && isSubHeader(below.cells, isKnown)) {
    header = merged(main.cells, below.cells)
    dataFrom = at + 2
  }
  // The header's first row: the located one, or the row above it for a two-row header.
  const top = all[first] as TableRow
  if (first > 0)
    issues.warn(top.row, null, 'TITLE_ROWS_SKIPPED', {
      first: table.headerRow,
      last: top.row - 1,
      header: top.row,
    })
  const headerEnd = dataFrom
  const numbering = all[dataFrom]
  if (numbering && numbersColumns(numbering.cells)) dataFrom += 1
  return {
    header: header.map((c) => c.trim()),
    headerRow: top.row,
    rows: all.slice(dataFrom),
    titleRows: all.slice(0, first),
    headerLines: all.slice(first, headerEnd).map((row) => row.cells),
  }
}

/**
 * The upper row of a two-row header: known labels over columns the lower row leaves blank. A row
 * of one cell is a title line, whatever it reads like ("CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"
 * names the index column's label).
 */
function namesBlankColumns(upper: string[], lower: string[], isKnown: IsKnown): boolean {
  return (
    filledCells(upper).length >= 2 &&
    upper.some((c, i) => c.trim() !== '' && isKnown(c) && (lower[i] ?? '').trim() === '')
  )
}

/** The lower row of a two-row header: two known labels or more, and nothing else. */
function isSubHeader(cells: string[], isKnown: IsKnown): boolean {
  const filled = filledCells(cells)
  return filled.length >= 2 && filled.every(isKnown)
}

/** A header cell naming a year alone: "Năm 2024", "2024". */
const YEAR_LABEL = /^(?:năm\s+)?(?:19|20)\d{2}$/iu

/** The lower row of a header comparing years: "Năm 2023 | Năm 2024" under merged labels. */
function isYearsRow(cells: string[]): boolean {
  const filled = filledCells(cells)
  return filled.length >= 2 && filled.every((c) => YEAR_LABEL.test(c.normalize('NFC')))
}

/**
 * An upper header row as its merged cells cover the columns: a merged cell holds its text in its
 * first column only, so each blank cell takes the nearest text to its left ('' before any).
 */
function spreadMerged(upper: string[], width: number): string[] {
  let carried = ''
  return Array.from({ length: width }, (_, i) => (carried = (upper[i] ?? '').trim() || carried))
}

/**
 * Each year under the label it stands under ("Chỉ số CCHC (%)" merged over two columns: "Chỉ số
 * CCHC (%) Năm 2023", "Chỉ số CCHC (%) Năm 2024"); a column without a year keeps the upper cell.
 */
function underYears(upper: string[], lower: string[]): string[] {
  const width = Math.max(upper.length, lower.length)
  const labels = spreadMerged(upper, width)
  return labels.map((label, i) => {
    const year = (lower[i] ?? '').trim()
    return year !== '' ? `${label} ${year}`.trim() : (upper[i] ?? '').trim()
  })
}

/**
 * Each label under the year above it ("Năm 2024" merged over "Chỉ số | Xếp hạng": "Chỉ số Năm
 * 2024", "Xếp hạng Năm 2024"); a label left of every year (the unit's name) keeps its own.
 */
function overYears(upper: string[], lower: string[]): string[] {
  const width = Math.max(upper.length, lower.length)
  const years = spreadMerged(upper, width)
  return years.map((year, i) => {
    const label = (lower[i] ?? '').trim()
    return label !== '' && year !== '' ? `${label} ${year}` : label
  })
}

/** Each column named by the lower row where it has a cell, else by the upper. */
function merged(upper: string[], lower: string[]): string[] {
  return Array.from({ length: Math.max(upper.length, lower.length) }, (_, i) => {
    const cell = (lower[i] ?? '').trim()
    return cell !== '' ? cell : (upper[i] ?? '').trim()
  })
}

/**
 * A row numbering the columns: "(A) (B) (1) (2) (3)…" or "1 2 3", some with a formula
 * ("(4)=(2)+(3)"). The numbers count 1, 2, 3… in order, after optional letters.
 */
export function numbersColumns(cells: string[]): boolean {
  const filled = filledCells(cells).filter((c) => !/^\(?[A-Z]\)?$/.test(c))
  return (
    filled.length >= 3 &&
    filled.every((c, i) => Number(/^\(?(\d{1,3})\)?(?:\s*=.*)?$/.exec(c)?.[1]) === i + 1)
  )
}
