// Columns whose label names a year ("Chỉ số CCHC năm 2024 (%)"), and the table's year they give.
import type { TableYear } from './table-year.ts'

/** A column whose label names a year ("Chỉ số CCHC năm 2024 (%)"): its values are that year's. */
export type ColumnYear = { key: string; header: string; year: number; index: number }

/** The columns whose label gives the table's year: its measure's, not a rank kept for comparison. */
export const YEAR_GIVING_COLUMNS = new Set(['index_pct', 'points'])

/**
 * The one year the points' or the index's label names, if they name one (two name none; a year
 * only another column names, "Xếp hạng năm 2023", may be last year's: it gives none).
 */
export function yearOfColumns(columns: readonly ColumnYear[], headerRow: number): TableYear | null {
  const years = new Set(columns.filter((c) => YEAR_GIVING_COLUMNS.has(c.key)).map((c) => c.year))
  const [only] = years
  return years.size === 1 && only !== undefined
    ? { year: only, from: 'header', row: headerRow }
    : null
}
