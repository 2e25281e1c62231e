import type { Ranking } from '#shared/dto/ranking.ts'
import { compareVi } from '#client/lib/format.ts'

export type BumpSeries = {
  /** One row per year: { year, [unitCode]: rank | null }. */
  rows: Record<string, number | null>[]
  units: { code: string; name: string; lastRank: number | null }[]
  maxRank: number
}

/**
 * Ranks of every unit over the years, for a bump chart. A unit missing from a year gets null
 * (a gap, not a line through): units that did not exist then are not comparable.
 */
export function toBumpSeries(rankings: readonly Ranking[]): BumpSeries {
  const byYear = [...rankings].filter((r) => r.year !== null).sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
  const names = new Map<string, string>()
  for (const r of byYear) for (const item of r.items) names.set(item.unit.code, item.unit.name)
  const codes = [...names.keys()]
  // Maps, not searches: a national cohort is 10,000 units over ten years.
  const ranks = byYear.map((r) => new Map(r.items.map((item) => [item.unit.code, item.rank])))
  const rows = byYear.map((r, i) => {
    const row: Record<string, number | null> = { year: r.year }
    for (const code of codes) row[code] = ranks[i]?.get(code) ?? null
    return row
  })
  const last = ranks[ranks.length - 1]
  const units = codes
    .map((code) => ({ code, name: names.get(code) ?? code, lastRank: last?.get(code) ?? null }))
    .sort((a, b) => (a.lastRank ?? Infinity) - (b.lastRank ?? Infinity) || compareVi(a.name, b.name))
  const maxRank = Math.max(1, ...byYear.map((r) => r.total))
  return { rows, units, maxRank }
}

/** The rank axis of a bump chart: where each rank is drawn, and the ticks. */
export type RankAxis = {
  /** Rows with each kept unit's rank replaced by its position on the axis. */
  rows: Record<string, number | null>[]
  /** Axis positions run 1…max. */
  max: number
  ticks: { position: number; rank: number }[]
  /** Positions between which ranks were left out (drawn as a break in the axis). */
  breaks: number[]
}

/**
 * A compressed rank axis for the few units a large cohort's bump chart draws (its top and
 * bottom and the ones searched for): only the ranks these units held get a place, in order, so
 * ranks 1–10 and 10,591–10,600 are both readable; a gap in between is marked as a break.
 */
export function compressRanks(series: BumpSeries, codes: readonly string[]): RankAxis {
  const held = new Set<number>()
  for (const row of series.rows) for (const code of codes) if (row[code] != null) held.add(row[code])
  const ranks = [...held].sort((a, b) => a - b)
  const positionOf = new Map(ranks.map((rank, i) => [rank, i + 1]))
  const rows = series.rows.map((row) => {
    const out: Record<string, number | null> = { year: row.year ?? null }
    for (const code of codes) out[code] = row[code] == null ? null : (positionOf.get(row[code]) ?? null)
    return out
  })
  const breaks: number[] = []
  ranks.forEach((rank, i) => {
    const next = ranks[i + 1]
    if (next !== undefined && next - rank > 1) breaks.push(i + 1.5)
  })
  return { rows, max: Math.max(1, ranks.length), ticks: ranks.map((rank, i) => ({ position: i + 1, rank })), breaks }
}
