// The year of a table that has no year column: the import's `?year=`, else the one its title
// names. Officials' tables carry the year in their title only ("KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH
// HÀNH CHÍNH NĂM 2023"); the decision line under it and the place-and-date line date the
// decision, often in the next year ("Kèm theo Quyết định số 600/QĐ-UBND ngày 05 tháng 02 năm
// 2024", "Tây Ninh, ngày 25 tháng 12 năm 2023"), which is not the table's year. The decision a
// line cites is read by title-decision.ts; here such a line is only set aside.
import { MAX_YEAR, MIN_YEAR } from '#shared/domain/units.ts'
import { foldLabel } from '#shared/text/fold-unit-name.ts'
import type { TableRow } from './read-table.ts'
import { citesDecision } from './title-decision.ts'

export type TableYear = { year: number; from: 'request' | 'title' | 'header'; row: number | null }

/** A line that dates or cites a decision: its years are the decision's, not the table's. */
const DATING_LINE = /\b(?:ngay|quyet dinh)\b|\bso:? ?\d/

/** A year written in a title line, with "năm" or alone ("CHỈ SỐ CCHC 2023"). */
const YEAR = /(?<!\d)(\d{4})(?!\d)/g

/** Every year the title lines name, with the first row naming each; decision lines set aside. */
export function yearsInTitle(rows: readonly TableRow[]): Map<number, number> {
  const years = new Map<number, number>()
  for (const { row, cells } of rows) {
    const text = cells.join(' ')
    // "(Kèm theo QĐ 24/QĐ-UBND năm 2024)" cites a decision without "số" or "ngày".
    if (DATING_LINE.test(foldLabel(text)) || citesDecision(text)) continue
    for (const match of text.matchAll(YEAR)) {
      const year = Number(match[1])
      if (year >= MIN_YEAR && year <= MAX_YEAR && !years.has(year)) years.set(year, row)
    }
  }
  return years
}

/**
 * The year of the rows that give none: the request's, else the title's when it names exactly
 * one (two, as in "GIAI ĐOẠN 2021–2025", are ambiguous: the import must be asked for one).
 */
export function tableYear(
  requested: number | undefined,
  title: readonly TableRow[],
): TableYear | null {
  if (requested !== undefined) return { year: requested, from: 'request', row: null }
  const [only, ...others] = yearsInTitle(title)
  if (!only || others.length > 0) return null
  return { year: only[0], from: 'title', row: only[1] }
}
