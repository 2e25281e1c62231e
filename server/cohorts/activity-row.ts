// A stored activity row (ADR 030) as its writers build it: a unit-year's sums under one of its
// cohorts, with the completion rate as the API rounds it (ADR 033) and the tasks planned.
import type { BulkRow } from '#server/db/bulk-insert.ts'
import { completionKey } from '#shared/kpi/completion-key.ts'
import { taskCompletion } from '#shared/kpi/task-completion.ts'

/** A unit-year's task results counted by status. */
export const TASK_STATUSES = [
  'done_on_time',
  'done_late',
  'in_progress',
  'overdue',
  'not_started',
  'cancelled',
] as const

/** The recipients a unit-year's grants count, in all and by recipient type. */
export const AWARD_SUMS = [
  'award_total',
  'award_collective',
  'award_individual',
  'award_household',
] as const

/** A unit-year's sums: its task results' rows and status counts, its grants' rows and counts. */
export const SUM_COLUMNS = ['task_rows', ...TASK_STATUSES, 'grant_rows', ...AWARD_SUMS] as const

export type SumColumn = (typeof SUM_COLUMNS)[number]
export type Sums = Record<SumColumn, number>

/** What a unit-year's task sums make of its rate: the API's rounded rate (its key), the tasks planned. */
export const RATE_COLUMNS = ['completion_key', 'task_planned'] as const

/** The columns a unit-year's sums set in each of its stored rows. */
export const SUMS_AND_RATE_COLUMNS: readonly string[] = [...SUM_COLUMNS, ...RATE_COLUMNS]

export const ACTIVITY_COLUMNS = [
  'parent_code',
  'kind',
  'block',
  'year',
  'unit_code',
  'unit_name',
  ...SUMS_AND_RATE_COLUMNS,
]

/** A unit-year under one cohort, as the membership reads name it. */
export type ActivityMember = {
  parent_code: string
  kind: string
  block: string
  unit_code: string
  unit_name: string
}

/**
 * All sums zero: a unit-year without task results or grants. Spelled out rather than built from
 * SUM_COLUMNS: a file makes one per unit-year it writes.
 */
export const noSums = (): Sums => ({
  task_rows: 0,
  done_on_time: 0,
  done_late: 0,
  in_progress: 0,
  overdue: 0,
  not_started: 0,
  cancelled: 0,
  grant_rows: 0,
  award_total: 0,
  award_collective: 0,
  award_individual: 0,
  award_household: 0,
})

/** The sums of a read row as numbers (PostgreSQL's sums are bigints, read as text). */
export function sumsOf(row: Partial<Record<SumColumn, number | string | null>>): Sums {
  const sums = noSums()
  for (const column of SUM_COLUMNS) sums[column] = Number(row[column] ?? 0)
  return sums
}

/** The stored row of a member with these sums in `year`. */
export function activityRow(member: ActivityMember, sums: Sums, year: number): BulkRow {
  return {
    parent_code: member.parent_code,
    kind: member.kind,
    block: member.block,
    year,
    unit_code: member.unit_code,
    unit_name: member.unit_name,
    ...sumsAndRate(sums),
  }
}

/** The sums with the completion rate as the API rounds it (its key) and the tasks planned. */
export function sumsAndRate(sums: Sums): BulkRow {
  const task = taskCompletion({
    DONE_ON_TIME: sums.done_on_time,
    DONE_LATE: sums.done_late,
    IN_PROGRESS: sums.in_progress,
    OVERDUE: sums.overdue,
    NOT_STARTED: sums.not_started,
    CANCELLED: sums.cancelled,
  })
  return {
    ...sums,
    completion_key: completionKey(task.completionPct),
    task_planned: task.planned,
  }
}
