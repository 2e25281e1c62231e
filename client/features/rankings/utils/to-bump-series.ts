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
  const rows = byYear.map((r) => {
    const row: Record<string, number | null> = { year: r.year }
    for (const code of codes) row[code] = r.items.find((item) => item.unit.code === code)?.rank ?? null
    return row
  })
  const last = byYear[byYear.length - 1]
  const units = codes
    .map((code) => ({ code, name: names.get(code) ?? code, lastRank: last?.items.find((i) => i.unit.code === code)?.rank ?? null }))
    .sort((a, b) => (a.lastRank ?? Infinity) - (b.lastRank ?? Infinity) || compareVi(a.name, b.name))
  const maxRank = Math.max(1, ...byYear.map((r) => r.total))
  return { rows, units, maxRank }
}
