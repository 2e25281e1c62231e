// A rank as officials print it, perhaps with the size of its cohort ("3/52 phường"), and the
// cohort's size read against it.
import type { RowReader } from './row-reader.ts'

/**
 * A rank as officials print it: "3", "03", "Thứ 3", "Hạng 3", a tie "Đồng hạng 3", or with the
 * cohort's size, "3/52", "3/52 phường" (DOMAIN: "xếp thứ 3/52 phường"). Undefined for any other
 * text, which is then read as a whole number and refused as one.
 */
const PRINTED_RANK =
  /^(?:(?:xếp\s+)?(?:đồng\s+)?(?:thứ|hạng)\s+)?0*(\d{1,9})(?:\s*\/\s*0*(\d{1,9})(?:\s+\p{L}[\p{L}\s]*)?)?$/iu

export function readPrintedRank(r: RowReader): { rank: number; of: number | null } | undefined {
  // Cells are NFC as read (read-table.ts); a plain number is left to the integer reader.
  const text = r.text('rank')
  const match = PRINTED_RANK.exec(text)
  if (!match || (match[2] === undefined && /^\d+$/.test(text))) return undefined
  return { rank: Number(match[1]), of: match[2] === undefined ? null : Number(match[2]) }
}

/** The cohort's size: its column's, or the one printed with the rank; both must agree. */
export function readCohortSize(r: RowReader, printed: number | null): number | null | undefined {
  const size = r.integer('cohort_size')
  if (printed === null || size === undefined) return size
  if (size !== null && size !== printed)
    return r.error('cohort_size', 'RANK_SIZE_DIFFERS', { value: size, rank: r.text('rank') })
  return printed
}
