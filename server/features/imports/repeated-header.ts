// The header printed again inside a table (group by group, or page by page): its rows are found
// and set aside, each with a warning.
import { foldLabel } from '#shared/text/fold-unit-name.ts'
import type { ImportIssues } from './import-issues.ts'
import { type LocatedTable, numbersColumns } from './locate-header.ts'
import type { TableRow } from './read-table.ts'

/**
 * The rows repeating the header (a table printed group by group, or page by page, heads each
 * part again): two cells at least, each the header's label of its column or the cell of one of
 * its printed lines; with the row numbering the columns under it, if one does.
 */
export function repeatedHeaderRows(table: LocatedTable): Set<number> {
  // A row repeats the header when it reads as the merged labels, or as one of the header's
  // printed lines: a two-row header repeats its upper line ("Điểm theo lĩnh vực" over blanks),
  // which the merged labels do not hold, and its lower line apart.
  const headers = [table.header, ...table.headerLines].map((cells) => cells.map(foldLabel))
  // A unit's code comes back on each of its rows, a year or a line apart: each first cell is
  // folded once.
  const foldedFirst = new Map<string, string>()
  const repeats = (row: TableRow) => {
    // Every row is asked: its first filled cell, folded once, rules out nearly all of them.
    const first = row.cells.findIndex((c) => c.trim() !== '')
    if (first < 0) return false
    const cell = row.cells[first] ?? ''
    let folded = foldedFirst.get(cell)
    if (folded === undefined) {
      folded = foldLabel(cell)
      foldedFirst.set(cell, folded)
    }
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
export function withoutRepeatedHeader(
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
