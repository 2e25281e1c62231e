/**
 * Standard competition ranks ("1224"), highest value first: ties share a rank and the next rank
 * skips, as in published tables and SQL rank(). Returned in the input order.
 * @example competitionRanks([99, 95.7, 95.7, 90]) // [1, 2, 2, 4]
 */
export function competitionRanks(values: readonly number[]): number[] {
  return values.map((value) => 1 + values.filter((other) => other > value).length)
}

/** How many units share each rank (2 → 2 means two units are 2nd): ties read "đồng hạng". */
export function tieCounts(ranks: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>()
  for (const rank of ranks) counts.set(rank, (counts.get(rank) ?? 0) + 1)
  return counts
}
