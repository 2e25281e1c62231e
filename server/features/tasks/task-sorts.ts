import type { TaskEntry } from '#shared/dto/task.ts'
import type { TaskSort } from '#shared/schemas/tasks.schema.ts'

/** The value each order of the task list sorts on (null: by name). */
export const TASK_SORT_VALUE: Record<TaskSort, ((entry: TaskEntry) => number | null) | null> = {
  name: null,
  completionPct: (e) => e.completionPct,
  onTimePct: (e) => e.onTimePct,
  planned: (e) => e.planned,
  doneOnTime: (e) => e.counts.DONE_ON_TIME,
  doneLate: (e) => e.counts.DONE_LATE,
  inProgress: (e) => e.counts.IN_PROGRESS,
  overdue: (e) => e.counts.OVERDUE,
  notStarted: (e) => e.counts.NOT_STARTED,
  cancelled: (e) => e.counts.CANCELLED,
}
