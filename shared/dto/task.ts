import type { TaskCounts } from '../domain/task-statuses.ts'
import type { UnitKind } from '../domain/units.ts'
import type { SortDirection } from '../schemas/cohorts.schema.ts'
import type { TaskSort } from '../schemas/tasks.schema.ts'
import type { UnitRef } from './unit.ts'

/** Counts by status with the derived rates (shared/kpi/task-completion.ts). */
export type TaskSummary = {
  counts: TaskCounts
  planned: number
  completionPct: number | null
  onTimePct: number | null
}

export type TaskEntry = TaskSummary & { unit: UnitRef }

/** GET /api/tasks */
export type TaskReport = {
  year: number | null
  parent: UnitRef
  kind: UnitKind
  /** The published block; null for the default cohort. */
  block: string | null
  /** Units with task results this year (the list's size before search and paging). */
  total: number
  /** Rows matching the search `q` before paging. */
  matched: number
  sort: TaskSort
  dir: SortDirection
  /** Place of the first item among the matched rows (0 unless a page was asked for). */
  offset: number
  items: TaskEntry[]
  /** The cohort's totals over every unit (not only the page). */
  totals: TaskSummary
  years: number[]
}

/**
 * GET /api/tasks/summary: a cohort-year's tasks at any size — the totals per status, the units
 * with data, the top and bottom units by completion rate, the focused units.
 */
export type TaskCohortSummary = {
  year: number | null
  parent: UnitRef
  kind: UnitKind
  block: string | null
  years: number[]
  /** Units with task results this year. */
  unitsWithData: number
  /** Of them, units with tasks due (planned less cancelled above 0): the ones a completion rate ranks. */
  unitsWithPlan: number
  totals: TaskSummary
  ends: number
  /** Highest completion rate first (ties: more planned, then name); units with nothing due out. */
  top: TaskEntry[]
  /** Lowest completion rate, lowest last. */
  bottom: TaskEntry[]
  focus: TaskEntry[]
  /** `focus` codes with no task results in this cohort-year. */
  missingFocus: string[]
}
