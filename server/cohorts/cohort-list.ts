// Search, order and paging of a cohort's per-unit list (tasks, awards) on the server, with the
// same rules as the ranking: accents and case optional in the search, missing values last in
// either direction, ties by unit name (Vietnamese collation), then code.
import type { UnitRef } from '#shared/dto/unit.ts'
import type { SortDirection } from '#shared/schemas/cohorts.schema.ts'
import { compareVietnamese } from '#shared/text/compare-vietnamese.ts'
import { searchWords, unitNameMatches } from '#shared/text/search-words.ts'

export type ListOrder<T> = {
  /** The value sorted on; null for the name order (and a missing value: sorted last). */
  value: ((item: T) => number | null) | null
  dir: SortDirection
}

export type ListAsk = { q?: string; offset?: number; limit?: number }

/**
 * Units whose name has every word of `q` at the start of one of its words (folded as search keys
 * are: unitNameMatches); all without one.
 */
export function searchUnits<T extends { unit: UnitRef }>(items: readonly T[], q?: string): T[] {
  const words = searchWords(q)
  if (words.length === 0) return [...items]
  return items.filter((item) => unitNameMatches(item.unit.name, words))
}

/** Unit name (Vietnamese collation), then code: the last tie-break of every order. */
export const byNameThenCode = (a: { unit: UnitRef }, b: { unit: UnitRef }) =>
  compareVietnamese(a.unit.name, b.unit.name) ||
  (a.unit.code < b.unit.code ? -1 : a.unit.code > b.unit.code ? 1 : 0)

/** The order asked as a comparison: missing last, ties by name, then code (a total order). */
export function compareUnits<T extends { unit: UnitRef }>(
  order: ListOrder<T>,
): (a: T, b: T) => number {
  const sign = order.dir === 'asc' ? 1 : -1
  const { value } = order
  if (!value) return (a, b) => sign * byNameThenCode(a, b)
  return (a, b) => {
    const x = value(a)
    const y = value(b)
    if (x === null || y === null) return x === y ? byNameThenCode(a, b) : x === null ? 1 : -1
    return sign * (x - y) || byNameThenCode(a, b)
  }
}

/** The items in the order asked (a new array): missing last, ties by name, then code. */
export function orderUnits<T extends { unit: UnitRef }>(
  items: readonly T[],
  order: ListOrder<T>,
): T[] {
  return [...items].sort(compareUnits(order))
}

/** Searched, ordered and cut to a page: the page, the rows matched and the full ordered list. */
export function listUnits<T extends { unit: UnitRef }>(
  items: readonly T[],
  order: ListOrder<T>,
  ask: ListAsk,
) {
  const ordered = orderUnits(searchUnits(items, ask.q), order)
  const offset = ask.offset ?? 0
  const page = ordered.slice(offset, ask.limit === undefined ? undefined : offset + ask.limit)
  return { ordered, page, matched: ordered.length, offset }
}

/**
 * The top and bottom `ends` of an order, and the focused units in it: `focus` codes matched
 * without regard to case, the ones absent listed as asked.
 */
export function endsAndFocus<T extends { unit: UnitRef }>(
  ordered: readonly T[],
  ends: number,
  focus: readonly string[],
  all: readonly T[] = ordered,
) {
  const byCode = new Map(all.map((item) => [item.unit.code.toUpperCase(), item]))
  const found: T[] = []
  const missingFocus: string[] = []
  for (const code of focus) {
    const item = byCode.get(code.toUpperCase())
    if (item) found.push(item)
    else missingFocus.push(code)
  }
  return {
    top: ordered.slice(0, ends),
    bottom: ordered.slice(Math.max(0, ordered.length - ends)),
    focus: found,
    missingFocus,
  }
}
