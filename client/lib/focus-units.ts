// Charts of a whole country's units (10,000+ communes) cannot draw one bar per unit: above a
// threshold they show the top and bottom of the order plus the units a reader searched for.
import { foldAccents } from '#shared/text/fold-accents.ts'
import { searchWords, unitNameMatches } from '#shared/text/search-words.ts'

/** Above this many units a chart shows a focused view instead of every unit. */
export const FOCUS_THRESHOLD = 40

/** How many units each end of a focused chart shows (top N and bottom N). */
export const FOCUS_SIZES = [5, 10, 20, 50] as const
export type FocusSize = (typeof FOCUS_SIZES)[number]
export const DEFAULT_FOCUS_SIZE: FocusSize = 10

/** At most this many search matches are added to a focused chart. */
export const MAX_HIGHLIGHTS = 5

/** "Thạnh Hóa" → "thanh hoa": lower case, no diacritics (đ → d), single spaces. */
export function foldName(name: string): string {
  return foldAccents(name).toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * A unit-name matcher for a search box, insensitive to case and diacritics: every word of the
 * query must begin a word of the name ("thanh hoa" finds "Huyện Thạnh Hóa"; "tan an" finds
 * "Phường Tân An", not "Phường Tân Ninh"), read as the server reads a search ("tp tan an" finds
 * "Thành phố Tân An", searchWords; unitNameMatches). An empty query is null.
 */
export function nameMatcher(query: string): ((name: string) => boolean) | null {
  const words = searchWords(query)
  if (words.length === 0) return null
  return (name) => unitNameMatches(name, words)
}

/** Rows whose name matches the query; all rows when the query is empty. */
export function filterByName<R>(
  rows: readonly R[],
  query: string,
  nameOf: (row: R) => string,
): R[] {
  const match = nameMatcher(query)
  return match ? rows.filter((row) => match(nameOf(row))) : [...rows]
}

export type FocusedRow<R> = R & {
  /** 1-based place in the full order (the rank a focused chart shows). */
  position: number
  /** Found by the search box. */
  highlighted: boolean
}

export type FocusResult<R> = {
  rows: FocusedRow<R>[]
  /** Units in the full order. */
  total: number
  /** True when only part of the units is shown. */
  focused: boolean
  /** Units matching the search, including those beyond MAX_HIGHLIGHTS. */
  matches: number
}

type FocusOptions<R> = {
  nameOf: (row: R) => string
  size?: number
  query?: string
  threshold?: number
}

/**
 * Picks what a chart draws from rows already in their order (rank, gain, completion): every row
 * for a small cohort; else the first and last `size` rows plus up to MAX_HIGHLIGHTS rows matching
 * the query, kept in order. Each row carries its place in the full order.
 */
export function focusUnits<R extends object>(
  rows: readonly R[],
  options: FocusOptions<R>,
): FocusResult<R> {
  const { size = DEFAULT_FOCUS_SIZE, query = '', threshold = FOCUS_THRESHOLD, nameOf } = options
  const match = nameMatcher(query)
  const total = rows.length
  const focused = total > threshold && total > size * 2
  const keep: FocusedRow<R>[] = []
  let matches = 0
  rows.forEach((row, i) => {
    const highlighted = match !== null && match(nameOf(row))
    if (highlighted) matches += 1
    const atEnds = i < size || i >= total - size
    const shownMatch = highlighted && matches <= MAX_HIGHLIGHTS
    if (!focused || atEnds || shownMatch) keep.push({ ...row, position: i + 1, highlighted })
  })
  return { rows: keep, total, focused, matches }
}
