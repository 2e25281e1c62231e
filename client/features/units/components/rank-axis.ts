// The unit profile's rank axis. Ranks of one cohort size share an axis of places (1st on top,
// marked as the ranking's bump chart marks it: rank-ticks.ts). Ranks of cohorts of different sizes do not: after a merger a province ranked
// 30th of 63 and then 15th of 34 would be drawn halfway up an axis of 63, and the 34th of 34 —
// last — would sit mid-axis, a rise the decisions never published. Then each rank is drawn at its
// place in its own year's cohort, from first (top) to last (bottom), and the axis says so; each
// point's label still writes the rank as published ("15/34").
import { cohortSizes, standingOf, type StandingLabels } from '#client/lib/rank-standing.ts'
import type { IndexYearRow } from '../utils/to-profile-series.ts'
import { rankTicks } from '#client/components/charts/rank-ticks.ts'

export type RankAxis = {
  /** Whether ranks are drawn at their place in cohorts of different sizes. */
  standing: boolean
  /** The axis's domain, first to last. */
  domain: [number, number]
  /** The value a row is drawn at, within the domain. */
  value: (row: Pick<IndexYearRow, 'rank' | 'total'>) => number
  /** The most marks the axis takes, with room for every label. */
  marks: number[]
  /** The marks whose labels `fit` the panel: fewer, still evenly spaced, where it is short. */
  fittedMarks: (fit: (marks: readonly number[]) => boolean) => number[]
  label: (mark: number) => string
}

/**
 * The sizes of the cohorts the unit's published ranks were among, largest first (a rank among
 * the units loaded of a partial table is of no cohort's size).
 */
export function cohortSizesOf(rows: readonly IndexYearRow[]): number[] {
  const published = rows.filter((r) => !r.amongLoaded).map((r) => r.total)
  return cohortSizes(published).sort((a, b) => b - a)
}

export function rankAxisFor(rows: readonly IndexYearRow[], labels: StandingLabels): RankAxis {
  if (cohortSizesOf(rows).length > 1) {
    const text = new Map([
      [0, labels.first],
      [0.5, labels.middle],
      [1, labels.last],
    ])
    return {
      standing: true,
      domain: [0, 1],
      value: (row) => standingOf(row.rank, row.total),
      marks: [0, 0.5, 1],
      fittedMarks: (fit) => (fit([0, 0.5, 1]) ? [0, 0.5, 1] : [0, 1]),
      label: (mark) => text.get(mark) ?? '',
    }
  }
  const largest = Math.max(1, ...rows.map((r) => r.total))
  return {
    standing: false,
    // A cohort of one still has its 1st at the top.
    domain: [1, Math.max(2, largest)],
    value: (row) => row.rank,
    marks: rankTicks(largest),
    fittedMarks: (fit) => rankTicks(largest, fit),
    label: String,
  }
}
