import type { NotComparableReason } from '../kpi/comparability.ts'
import type { GradeBand } from '../kpi/grade.ts'
import type { PublishedFlag } from '../kpi/published-flags.ts'
import type { UnitKind } from '../domain/units.ts'
import type { RankingSort } from '../schemas/rankings.schema.ts'
import type { SortDirection } from '../schemas/cohorts.schema.ts'
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
  /** Rows matching the search `q` before paging (`ranked` without a search). */
  matched: number
  /** The order the items are in, and its direction (the natural one when none was asked). */
  sort: RankingSort
  dir: SortDirection
  /** Place of the first item among the matched rows in this order (0 unless a page was asked for). */
  offset: number
  items: RankingEntry[]
  gradeBands: GradeBand[]
  /** Years with data for the cohort, ascending. */
  years: number[]
}

/** One unit's ranks over a cohort's years (null: not ranked that year). */
export type RankHistoryUnit = { unit: UnitRef; ranks: (number | null)[] }

/** Units with each grade (codes of the year's scheme, best band first; `null`: no grade). */
export type GradeCount = { grade: string | null; count: number }

/** A share of a cohort's units, counted, with the first few of them named. */
export type UnitGroup = { count: number; units: UnitRef[] }

/**
 * The year-over-year changes of a cohort-year (ADR 014, stored per ADR 015). Every ranked unit
 * is counted once: `improved` + `declined` + `unchanged` (an index change is claimed) +
 * `notComparable` (withheld, with a reason) + `noPrevious` (new to the cohort) = `ranked`.
 * A unit whose rank move alone is withheld (COHORT_SIZE) counts by its index change and again in
 * `rankWithheld`.
 */
export type RankingChanges = {
  previousYear: number
  improved: number
  declined: number
  unchanged: number
  notComparable: number
  noPrevious: UnitGroup
  /** Withheld changes by reason (LINEAGE, SCHEME, COHORT), each named up to `ends` units. */
  withheld: { reason: NotComparableReason; count: number; units: UnitRef[] }[]
  /** Index change given, rank move withheld (the cohort's size changed). */
  rankWithheld: number
  /** Largest index gains (deltaPct descending) and falls (ascending), `ends` each. */
  risers: RankingEntry[]
  fallers: RankingEntry[]
  /** Largest rank rises (rankChange descending) and falls (ascending), `ends` each. */
  rankRisers: RankingEntry[]
  rankFallers: RankingEntry[]
}

/**
 * GET /api/rankings/summary: one cohort-year in a few kilobytes at any size — what the
 * overview's tiles and charts show without the whole ranking.
 */
export type RankingSummary = {
  /** null only when the cohort has no data at all. */
  year: number | null
  parent: UnitRef
  kind: UnitKind
  block: string | null
  /** Cohort size as shown (the published size where given, else `ranked`). */
  total: number
  /** The size the decision published; null when not given. */
  publishedSize: number | null
  /** Units ranked here. */
  ranked: number
  years: number[]
  gradeBands: GradeBand[]
  /** Mean and median index of the ranked units (2 decimals); null for an empty year. */
  averageIndexPct: number | null
  medianIndexPct: number | null
  /** First and last in rank order (ties: the lower code first). */
  best: RankingEntry | null
  worst: RankingEntry | null
  gradeCounts: GradeCount[]
  /** How many units each end holds (the `ends` asked for). */
  ends: number
  /** The first `ends` in rank order, and the last `ends` (also in rank order, last is worst). */
  top: RankingEntry[]
  bottom: RankingEntry[]
  /** The `focus` units ranked this year, in rank order. */
  focus: RankingEntry[]
  /** `focus` codes with no rank in this cohort-year, as asked. */
  missingFocus: string[]
  /** null when there is no year before this one in the data. */
  changes: RankingChanges | null
}

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
  /**
   * Units of the cohort over these years; `units` holds all of them unless `units=` or `ends=`
   * limited the request.
   */
  unitCount: number
  /** `units=` codes never ranked in the cohort up to the year, as asked. */
  missingUnits: string[]
}
