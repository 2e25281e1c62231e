/** How many lines each end of the rank history keeps on a phone. */
export const PHONE_ENDS = 3

/**
 * The ends a phone's rank history of a large cohort offers, each drawn as it says: from the
 * phone's three (the first view) to the ten a wider screen starts with; more would be a tangle
 * of lines and a legend longer than the plot in 390 px.
 */
export const PHONE_SIZES = [PHONE_ENDS, 5, 10] as const

/** The size of `sizes` a chosen size is drawn at: itself if offered, else the nearest below it, else the least. */
export function fitSize(size: number, sizes: readonly number[]): number {
  if (sizes.includes(size)) return size
  const below = sizes.filter((n) => n < size)
  return below.length > 0 ? Math.max(...below) : Math.min(...sizes)
}

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
