// The year of a table that has no year column: the import's `?year=`, else the one its title
// names. Officials' tables carry the year in their title only ("KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH
// HÀNH CHÍNH NĂM 2023"); the decision line under it dates the decision, often in the next year
// ("Kèm theo Quyết định số 600/QĐ-UBND ngày 05 tháng 02 năm 2024"), which is not the table's.
import { MAX_YEAR, MIN_YEAR } from '#shared/domain/units.ts'
import type { TableRow } from './read-table.ts'

export type TableYear = { year: number; from: 'request' | 'title'; row: number | null }

/** "năm 2023", not "tháng 02 năm 2024" (a date) nor a year written alone. */
const TITLE_YEAR = /(?<!tháng\s*\d{1,2}\s*)\bnăm\s+(\d{4})\b/giu

/** Every year the title lines name as the table's year, with the first row naming each. */
export function yearsInTitle(rows: readonly TableRow[]): Map<number, number> {
  const years = new Map<number, number>()
  for (const { row, cells } of rows) {
    const text = cells.join(' ').normalize('NFC')
    for (const match of text.matchAll(TITLE_YEAR)) {
      const year = Number(match[1])
      if (year >= MIN_YEAR && year <= MAX_YEAR && !years.has(year)) years.set(year, row)
    }
  }
  return years
}

/**
 * The year of the rows that give none: the request's, else the title's when it names exactly
 * one (two are ambiguous: the file must say, or the import must be asked for one).
 */
export function tableYear(
  requested: number | undefined,
  title: readonly TableRow[],
): TableYear | null {
  if (requested !== undefined) return { year: requested, from: 'request', row: null }
  const years = yearsInTitle(title)
  const [only, ...others] = years
  if (!only || others.length > 0) return null
  return { year: only[0], from: 'title', row: only[1] }
}
