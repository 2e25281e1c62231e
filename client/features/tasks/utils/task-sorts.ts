import type { TaskStatus } from '#shared/domain/task-statuses.ts'
import type { TaskSort } from '#shared/schemas/tasks.schema.ts'
import type { TableSortSpec } from '#client/lib/cohort-params-table.ts'

/** The orders the tasks table asks the server for (the API's names, kept in the URL). */
export const TASK_SORT_KEYS = [
  'name',
  'completionPct',
  'onTimePct',
  'planned',
  'doneOnTime',
  'doneLate',
  'inProgress',
  'overdue',
  'notStarted',
  'cancelled',
] as const satisfies readonly TaskSort[]
export type TaskSortKey = (typeof TASK_SORT_KEYS)[number]

/** The sort key of a status's count column. */
export const TASK_STATUS_SORT: Record<TaskStatus, TaskSortKey> = {
  DONE_ON_TIME: 'doneOnTime',
  DONE_LATE: 'doneLate',
  IN_PROGRESS: 'inProgress',
  OVERDUE: 'overdue',
  NOT_STARTED: 'notStarted',
  CANCELLED: 'cancelled',
}

/** The tasks table opens with the best completion first, as the chart reads. */
export const TASK_TABLE_SORT: TableSortSpec<TaskSortKey> = {
  keys: TASK_SORT_KEYS,
  initial: { sort: 'completionPct', dir: 'desc' },
}
