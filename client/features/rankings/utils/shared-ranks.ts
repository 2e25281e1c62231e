// Ranks two or more drawn lines share in a year: a tie the decision published ("đồng hạng 2"),
// equal indices ranked alike, or a published rank the indices would not give. The lines meet in
// one point where one dot hides the other, so the chart's note names them.
import type { BumpSeries } from './to-bump-series.ts'

export type SharedRank = { years: number[]; rank: number; codes: string[] }

/**
 * The ranks held by more than one of `codes` (in `codes` order), by rank; the same lines at the
 * same rank in several years are one entry ("2020 and 2021: A and B share rank 2").
 */
export function sharedRanks(series: BumpSeries, codes: readonly string[]): SharedRank[] {
  const shared = new Map<string, SharedRank>()
  for (const row of series.rows) {
    const byRank = new Map<number, string[]>()
    for (const code of codes) {
      const rank = row[code]
      if (typeof rank !== 'number') continue
      const holders = byRank.get(rank) ?? []
      holders.push(code)
      byRank.set(rank, holders)
    }
    for (const [rank, holders] of byRank) {
      if (holders.length < 2) continue
      const key = `${rank}|${holders.join('|')}`
      const entry = shared.get(key) ?? { years: [], rank, codes: holders }
      entry.years.push(Number(row.year))
      shared.set(key, entry)
    }
  }
  return [...shared.values()].sort(
    (a, b) => a.rank - b.rank || (a.years[0] ?? 0) - (b.years[0] ?? 0),
  )
}
