import type { AwardTotals } from '../kpi/award-totals.ts'
import type { AwardDecision } from '../text/source-line.ts'
import type { GradeBand } from '../kpi/grade.ts'
import type { PublishedFlag } from '../kpi/published-flags.ts'
import type { CohortRef } from './cohort.ts'
import type { NotComparable, PublishedResult, Standing } from './ranking.ts'
import type { TaskSummary } from './task.ts'
import type { LineageEntry, Placement, Unit, UnitRef } from './unit.ts'

export type FieldResult = {
  code: string
  points: number
  /** The unit's maximum in the field; 0 when the criterion does not apply to the unit. */
  maxPoints: number | null
  /** Best and mean points of the cohort in this field and year. */
  cohortBest: number | null
  cohortAverage: number | null
}

export type ProfileTasks = TaskSummary & { byField: (TaskSummary & { field: string })[] }

/** One year of a unit's profile. */
export type ProfileYear = {
  year: number
  /** The cohort the unit was ranked in that year. */
  cohort: CohortRef
  indexPct: number
  /** null for index-only results. */
  points: number | null
  maxPoints: number | null
  /** The published rank where the decision gave one, of the published size. */
  rank: number
  computedRank: number
  total: number
  /** Units of the cohort loaded (fewer than `total` for a partial table). */
  ranked: number
  grade: string | null
  status: string
  published: PublishedResult | null
  /** Where the published rank, grade or index differs from the computed one. */
  flags: PublishedFlag[]
  previous: Standing | null
  deltaPct: number | null
  rankChange: number | null
  notComparable: NotComparable | null
  fields: FieldResult[]
  tasks: ProfileTasks | null
  awards: AwardTotals | null
  /** The decisions that granted the year's awards (by date, then number): the awards image's source. */
  awardDecisions: AwardDecision[]
}

/** GET /api/units/:code/profile */
export type UnitProfile = {
  unit: Unit
  /** The parent in force in the latest year shown (or today). */
  parent: UnitRef | null
  /** The cohort of the latest year with a result. */
  cohort: CohortRef | null
  lineage: LineageEntry[]
  /** Where the unit stood over time, oldest first (the timeline). */
  placements: Placement[]
  /** Ascending by year. */
  years: ProfileYear[]
  /** Bands of the scheme of the latest year ([] without a scheme). */
  gradeBands: GradeBand[]
}
