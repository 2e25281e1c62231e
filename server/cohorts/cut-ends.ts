// The ends of a cohort's order without ordering the whole cohort by name: a summary shows the
// first and last few units, but a full sort of 10,600 units by a measure with few distinct
// values spends most of its time comparing the names of the tied ones (Vietnamese collation).
import { orderedSlice } from '#server/lib/ordered-slice.ts'

/**
 * The first and last `ends` items in the order of `rank`, ties by `tieBreak` (which makes it a
 * total order) — the lists a full sort would cut, found by selecting each end's places
 * (ordered-slice.ts): `tieBreak` is asked only of items tied on `rank` that the selection meets.
 */
export function cutEnds<T>(
  items: readonly T[],
  ends: number,
  rank: (a: T, b: T) => number,
  tieBreak: (a: T, b: T) => number,
): { top: T[]; bottom: T[] } {
  if (ends <= 0) return { top: [], bottom: [] }
  const order = (a: T, b: T) => rank(a, b) || tieBreak(a, b)
  return {
    top: orderedSlice(items, order, 0, ends),
    bottom: orderedSlice(items, order, items.length - ends, items.length),
  }
}
