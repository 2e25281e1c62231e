/** How many lines each end of the rank history keeps on a phone. */
export const PHONE_ENDS = 3

/**
 * The lines a phone draws of a rank history: the first and last PHONE_ENDS by latest rank (units
 * gone by then count as neither) and the reader's unit, in the order given. A history with no
 * more lines than that is drawn whole.
 */
export function phoneLines<U extends { code: string; lastRank: number | null }>(
  units: readonly U[],
  isFocus: (code: string) => boolean,
): U[] {
  if (units.length <= PHONE_ENDS * 2 + 1) return [...units]
  const ranked = units
    .filter((u) => u.lastRank !== null)
    .sort((a, b) => (a.lastRank ?? 0) - (b.lastRank ?? 0))
  const kept = new Set([
    ...ranked.slice(0, PHONE_ENDS).map((u) => u.code),
    ...ranked.slice(Math.max(PHONE_ENDS, ranked.length - PHONE_ENDS)).map((u) => u.code),
  ])
  return units.filter((u) => kept.has(u.code) || isFocus(u.code))
}
