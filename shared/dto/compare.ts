import type { CohortRef } from './cohort.ts'
import type { NotComparable } from './ranking.ts'
import type { Unit } from './unit.ts'

/**
 * A field of one unit-year. `sharePct` is points ÷ the unit's own maximum in the field × 100
 * (2 decimals): units under different schemes or levels have different maxima, so shares, not
 * points, are what compare. Null when the maximum is unknown or 0 (the field does not apply).
 */
export type CompareField = {
  code: string
  points: number
  maxPoints: number | null
  sharePct: number | null
}

/** The scoring scheme that covered a unit-year (null: none recorded for its cohort). */
export type CompareScheme = { id: string; name: string }

export type CompareYear = {
  year: number
  indexPct: number
  /** null for index-only results. */
  points: number | null
  maxPoints: number | null
  /** The published rank where given, of the published size where given. */
  rank: number
  total: number
  rankChange: number | null
  notComparable: NotComparable | null
  grade: string | null
  /** The cohort the unit was ranked in that year (a unit may change cohort, ADR 014). */
  cohort: CohortRef
  scheme: CompareScheme | null
  fields: CompareField[]
}

export type CompareUnit = { unit: Unit; years: CompareYear[] }

/** Units in the order asked, each with its yearly results. */
export type ComparisonData = {
  items: CompareUnit[]
  /** Every year any of the units has a result, ascending. */
  years: number[]
}

/**
 * Where a comparison's figures come from: each cohort's publishing decisions over the years
 * compared, in both languages; `draft` when any of those cohort-years is not wholly published.
 */
export type ComparisonSourceLine = { vi: string; en: string; draft: boolean }
export type ComparisonSource = ComparisonSourceLine & {
  /** The line of each year alone, keyed by year (a chart of one year). */
  byYear: Record<string, ComparisonSourceLine>
}

/** GET /api/compare: the comparison and its source line. */
export type Comparison = ComparisonData & { source: ComparisonSource }
