import type { AwardTotals } from '../kpi/award-totals.ts'
import type { GradeBand } from '../kpi/grade.ts'
import type { PublishedFlag } from '../kpi/published-flags.ts'
import type { CohortRef } from './cohort.ts'
import type { PublishedResult } from './ranking.ts'
import type { TaskSummary } from './task.ts'
import type { LineageEntry, Unit, UnitRef } from './unit.ts'

export type FieldResult = {
  code: string
  points: number
  maxPoints: number | null
  /** Best and mean points of the cohort in this field and year. */
  cohortBest: number | null
  cohortAverage: number | null
}

export type ProfileTasks = TaskSummary & { byField: (TaskSummary & { field: string })[] }

/** One year of a unit's profile. */
export type ProfileYear = {
  year: number
  indexPct: number
  points: number
  maxPoints: number
  rank: number
  total: number
  grade: string | null
  status: string
  published: PublishedResult | null
  /** Where the published rank, grade or index differs from the computed one. */
  flags: PublishedFlag[]
  deltaPct: number | null
  rankChange: number | null
  fields: FieldResult[]
  tasks: ProfileTasks | null
  awards: AwardTotals | null
}

/** GET /api/units/:code/profile */
export type UnitProfile = {
  unit: Unit
  parent: UnitRef | null
  cohort: CohortRef | null
  lineage: LineageEntry[]
  /** Ascending by year. */
  years: ProfileYear[]
  /** Bands of the scheme of the latest year ([] without a scheme). */
  gradeBands: GradeBand[]
}
