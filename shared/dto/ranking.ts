import type { NotComparableReason } from '../kpi/comparability.ts'
import type { GradeBand } from '../kpi/grade.ts'
import type { PublishedFlag } from '../kpi/published-flags.ts'
import type { UnitKind } from '../domain/units.ts'
import type { UnitRef } from './unit.ts'

export type PublishedResult = { rank: number | null; grade: string | null; indexPct: number | null }

/** A unit's standing in a year as published: its rank of its cohort's size. */
export type Standing = { year: number; indexPct: number; rank: number; total: number }

/**
 * Why the change on the previous year is not claimed (ADR 014). `rankOnly`: the index change is
 * still given, the rank move is not (the cohort's size changed). `predecessors`: the standings
 * of the units this one succeeded, shown as such, never as its own.
 */
export type NotComparable = {
  reason: NotComparableReason
  rankOnly: boolean
  previousYear: number
  predecessors: (Standing & { unit: UnitRef })[]
}

/** One unit's line in a cohort's ranking. */
export type RankingEntry = {
  unit: UnitRef
  /** The rank the decision published, where it gave one; else the computed rank. */
  rank: number
  /** The rank recomputed from the indices loaded (a check on the published one). */
  computedRank: number
  indexPct: number
  /** null for index-only results. */
  points: number | null
  maxPoints: number | null
  /** Computed grade, or the published one when no scheme covers the year. */
  grade: string | null
  /** The same unit in the same cohort the previous year; null when it had no result there. */
  previous: Standing | null
  deltaPct: number | null
  /** previous rank − rank: positive is a rise. */
  rankChange: number | null
  /** Set when a change on the previous year is withheld, with the reason. */
  notComparable: NotComparable | null
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
  /** The published block's name; null for the default cohort of the level under the parent. */
  block: string | null
  /** Cohort size, the rank's denominator: the published size where given, else `ranked`. */
  total: number
  /** Units of the cohort loaded and ranked here (fewer than `total` for a partial table). */
  ranked: number
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
  block: string | null
  /** The cohort's years with data, ascending, up to the requested year. */
  years: number[]
  /** Cohort size per year, aligned with `years`. */
  totals: number[]
  /** Sorted by the last year's rank (units absent that year last), then by name. */
  units: RankHistoryUnit[]
}
