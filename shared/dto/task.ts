import type { TaskCounts } from '../domain/task-statuses.ts'
import type { UnitKind } from '../domain/units.ts'
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
  items: TaskEntry[]
  totals: TaskSummary
  years: number[]
}
