import type { RankHistory } from '#shared/dto/ranking.ts'
import { compareVi } from '#client/lib/format.ts'
import { cohortSizes, standingOf } from '#client/lib/rank-standing.ts'
import { schemesDiffer } from '#shared/kpi/comparability.ts'

export type BumpSeries = {
  /** One row per year: { year, [unitCode]: rank | null }. */
  rows: Record<string, number | null>[]
  units: { code: string; name: string; lastRank: number | null }[]
  maxRank: number
}

/**
 * Ranks of every unit over the years, for a bump chart. A unit not ranked in a year keeps its
 * null (a gap, not a line through): units that did not exist then are not comparable.
 */
export function toBumpSeries(history: RankHistory): BumpSeries {
  const { years, units: entries } = history
  const last = years.length - 1
  // One pass a year over plain arrays: a national cohort is 10,000 units over ten years.
  const rows = years.map((year, i) => {
    const row: Record<string, number | null> = { year }
    for (const { unit, ranks } of entries) row[unit.code] = ranks[i] ?? null
    return row
  })
  // The order the server sends (shared collation); sorted here too so the series does not
  // depend on where its input came from.
  const units = entries
    .map(({ unit, ranks }) => ({
      code: unit.code,
      name: unit.name,
      lastRank: (last >= 0 ? ranks[last] : null) ?? null,
    }))
    .sort(
      (a, b) => (a.lastRank ?? Infinity) - (b.lastRank ?? Infinity) || compareVi(a.name, b.name),
    )
  const maxRank = Math.max(1, ...history.totals)
  return { rows, units, maxRank }
}

/** Whether the cohort's size differs between its years (after a merger: 63, then 34). */
export function hasSizesThatDiffer(history: Pick<RankHistory, 'totals'>): boolean {
  return cohortSizes(history.totals).length > 1
}

/**
 * The series drawn at each rank's place in its year's cohort (rank-standing.ts): the first of
 * every year at 1, the last at the largest cohort's size, the rest evenly between. An axis of
 * ranks would put the last of 34 halfway down an axis of 63; the table keeps the ranks.
 */
export function standingSeries(series: BumpSeries, totals: readonly number[]): BumpSeries {
  const span = series.maxRank - 1
  const place = (rank: number, total: number | undefined) =>
    1 + standingOf(rank, total ?? series.maxRank) * span
  const rows = series.rows.map((row, i) => {
    const out: Record<string, number | null> = { year: row.year ?? null }
    for (const [key, rank] of Object.entries(row))
      if (key !== 'year') out[key] = rank == null ? null : place(rank, totals[i])
    return out
  })
  const lastTotal = totals.at(-1)
  const units = series.units.map((u) => ({
    ...u,
    lastRank: u.lastRank == null ? null : place(u.lastRank, lastTotal),
  }))
  return { rows, units, maxRank: series.maxRank }
}

/** The rank axis of a large cohort's bump chart: where each rank is drawn, and the ticks. */
export type RankAxis = {
  /** Rows with each kept unit's rank replaced by its position on the axis (0 = rank 1). */
  rows: Record<string, number | null>[]
  /** Positions run 0…max. */
  max: number
  ticks: { position: number; rank: number }[]
  /** The middle of the cohort, where the two logarithmic halves meet. */
  middle: number
}

const NICE = [1, 2, 5] as const

/**
 * A rank axis logarithmic from both ends, for the few units a large cohort's bump chart draws
 * (its top and bottom and the ones searched for): ranks 1, 2, 5, 10 … and the last, last − 1 …
 * get the same room, so both ends are readable, and a climb from 538th to 1st still looks like
 * one. The middle of the cohort is compressed; the ticks say so.
 */
export function logRankAxis(series: BumpSeries, codes: readonly string[]): RankAxis {
  const total = Math.max(2, series.maxRank)
  const mid = (total + 1) / 2
  const position = (rank: number) =>
    rank <= mid ? Math.log(rank) : 2 * Math.log(mid) - Math.log(total + 1 - rank)
  const rows = series.rows.map((row) => {
    const out: Record<string, number | null> = { year: row.year ?? null }
    for (const code of codes) {
      const rank = row[code]
      out[code] = rank == null ? null : position(rank)
    }
    return out
  })
  const ends: number[] = []
  for (let scale = 1; scale < mid * 0.6; scale *= 10) {
    for (const n of NICE) if (n * scale < mid * 0.6) ends.push(n * scale)
  }
  const ranks = [...new Set([...ends, ...ends.map((n) => total + 1 - n)])].sort((a, b) => a - b)
  return {
    rows,
    max: position(total),
    ticks: ranks.map((rank) => ({ position: position(rank), rank })),
    middle: Math.log(mid),
  }
}

/** A year where the cohort's size differs from the year before: ranks either side do not compare. */
export type SizeBreak = { year: number; from: number; to: number }

/**
 * Where a bump chart must not join ranks (ADR 014: a rank move is withheld when the cohort's size
 * changed, e.g. 63 provinces in 2024, 34 in 2025).
 */
export function sizeBreaks(history: Pick<RankHistory, 'years' | 'totals'>): SizeBreak[] {
  const breaks: SizeBreak[] = []
  for (let i = 1; i < history.years.length; i += 1) {
    const from = history.totals[i - 1]
    const to = history.totals[i]
    const year = history.years[i]
    if (from !== undefined && to !== undefined && year !== undefined && from !== to)
      breaks.push({ year, from, to })
  }
  return breaks
}

/**
 * The years whose scheme differs from the year before's (both known): ranks under two methods of
 * assessment do not compare (ADR 014), so a bump chart does not join them either.
 */
export function schemeBreaks(history: Pick<RankHistory, 'years' | 'schemes'>): number[] {
  return history.years.filter(
    (_, i) => i > 0 && schemesDiffer(history.schemes[i - 1], history.schemes[i]),
  )
}

/**
 * Rows with each unit's ranks split at the breaks: `CODE` before the first break, `CODE~1` after
 * it, and so on, so each stretch is its own line. `keys` lists a unit's keys in order.
 */
export function splitAtBreaks(
  rows: readonly Record<string, number | null>[],
  codes: readonly string[],
  breakYears: readonly number[],
) {
  if (breakYears.length === 0) return { rows: [...rows], keys: new Map(codes.map((c) => [c, [c]])) }
  const breaks = new Set(breakYears)
  let stretch = 0
  const stretchOf = rows.map((row, i) =>
    i > 0 && breaks.has(Number(row.year)) ? (stretch += 1) : stretch,
  )
  const key = (code: string, s: number) => (s === 0 ? code : `${code}~${s}`)
  const split = rows.map((row, i) => {
    const out: Record<string, number | null> = { year: row.year ?? null }
    for (const code of codes)
      for (let s = 0; s <= stretch; s += 1)
        out[key(code, s)] = s === stretchOf[i] ? (row[code] ?? null) : null
    return out
  })
  const keys = new Map(
    codes.map((c) => [c, Array.from({ length: stretch + 1 }, (_, s) => key(c, s))]),
  )
  return { rows: split, keys }
}
