import { round } from './round.ts'

/** Change in index points on the previous year, rounded to 2 decimals; null without a previous year. */
export function deltaPct(current: number, previous: number | null | undefined): number | null {
  if (previous === null || previous === undefined) return null
  return round(current - previous, 2)
}

/**
 * Places gained: previous rank − rank (12th → 5th is +7, a fall is negative); null when the unit
 * had no rank in the same cohort the previous year.
 */
export function rankChange(rank: number, previousRank: number | null | undefined): number | null {
  if (previousRank === null || previousRank === undefined) return null
  return previousRank - rank
}
