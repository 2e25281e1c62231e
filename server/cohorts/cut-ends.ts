// The ends of a cohort's order without ordering the whole cohort by name: a summary shows the
// first and last few units, but a full sort of 10,600 units by a measure with few distinct
// values spends most of its time comparing the names of the tied ones (Vietnamese collation).

/**
 * The first and last `ends` items in the order of `rank`, ties by `tieBreak` — the lists a full
 * sort would cut, found by sorting on `rank` alone (numbers) and ordering by `tieBreak` only the
 * items at either end, with every item tied with the one at the cut.
 */
export function cutEnds<T>(
  items: readonly T[],
  ends: number,
  rank: (a: T, b: T) => number,
  tieBreak: (a: T, b: T) => number,
): { top: T[]; bottom: T[] } {
  if (ends <= 0) return { top: [], bottom: [] }
  const byRank = [...items].sort(rank)
  const n = byRank.length
  const order = (a: T, b: T) => rank(a, b) || tieBreak(a, b)
  let end = Math.min(ends, n)
  while (end < n && rank(byRank[end - 1]!, byRank[end]!) === 0) end += 1
  let start = Math.max(0, n - ends)
  while (start > 0 && rank(byRank[start - 1]!, byRank[start]!) === 0) start -= 1
  return {
    top: byRank.slice(0, end).sort(order).slice(0, ends),
    bottom: byRank.slice(start).sort(order).slice(-ends),
  }
}
