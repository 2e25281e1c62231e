import type { GradeBand } from '../kpi/grade.ts'
import type { PublishedFlag } from '../kpi/published-flags.ts'
import type { UnitKind } from '../domain/units.ts'
import type { UnitRef } from './unit.ts'

export type PublishedResult = { rank: number | null; grade: string | null; indexPct: number | null }

/** One unit's line in a cohort's ranking. */
export type RankingEntry = {
  unit: UnitRef
  rank: number
  indexPct: number
  points: number
  maxPoints: number
  /** Computed grade, or the published one when no scheme covers the year. */
  grade: string | null
  /** The same cohort's previous year; null when the unit had no result there. */
  previous: { year: number; indexPct: number; rank: number } | null
  deltaPct: number | null
  /** previous rank − rank: positive is a rise. */
  rankChange: number | null
  published: PublishedResult | null
  flags: PublishedFlag[]
  status: string
}

/** GET /api/rankings */
export type Ranking = {
  /** null only when the cohort has no data at all. */
  year: number | null
  parent: UnitRef
  kind: UnitKind
  /** Cohort size: the rank's denominator. */
  total: number
  /** Place of the first item in the whole ranking (0 unless a page was asked for). */
  offset: number
  items: RankingEntry[]
  gradeBands: GradeBand[]
  /** Years with data for the cohort, ascending. */
  years: number[]
}

/** One unit's ranks over a cohort's years (null: not ranked that year). */
export type RankHistoryUnit = { unit: UnitRef; ranks: (number | null)[] }

/**
 * GET /api/rankings/history: ranks of every unit of a cohort over its years, compact enough for
 * a bump chart of 10,000 units (one small array a unit instead of a full ranking a year).
 */
export type RankHistory = {
  parent: UnitRef
  kind: UnitKind
  /** The cohort's years with data, ascending, up to the requested year. */
  years: number[]
  /** Cohort size per year, aligned with `years`. */
  totals: number[]
  /** Sorted by the last year's rank (units absent that year last), then by name. */
  units: RankHistoryUnit[]
}
