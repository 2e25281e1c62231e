// sum() of integers is int8/numeric on PostgreSQL, which pg returns as strings unless parsed
// (create-db.ts installs parsers); Number() keeps the DTO numeric whatever the driver did.
import type { TaskCounts } from '#shared/domain/task-statuses.ts'
import type { TaskEntry, TaskSummary } from '#shared/dto/task.ts'
import { taskCompletion } from '#shared/kpi/task-completion.ts'

type CountColumns = {
  done_on_time: number | string | null
  done_late: number | string | null
  in_progress: number | string | null
  overdue: number | string | null
  not_started: number | string | null
  cancelled: number | string | null
}

export function toTaskCounts(row: CountColumns): TaskCounts {
  return {
    DONE_ON_TIME: Number(row.done_on_time ?? 0),
    DONE_LATE: Number(row.done_late ?? 0),
    IN_PROGRESS: Number(row.in_progress ?? 0),
    OVERDUE: Number(row.overdue ?? 0),
    NOT_STARTED: Number(row.not_started ?? 0),
    CANCELLED: Number(row.cancelled ?? 0),
  }
}

export function toTaskSummary(counts: TaskCounts): TaskSummary {
  return taskCompletion(counts)
}

export function toTaskEntry(row: CountColumns & { code: string; name: string }): TaskEntry {
  return { unit: { code: row.code, name: row.name }, ...taskCompletion(toTaskCounts(row)) }
}

export const TASK_CSV_COLUMNS = [
  'year',
  'unit_code',
  'unit_name',
  'DONE_ON_TIME',
  'DONE_LATE',
  'IN_PROGRESS',
  'OVERDUE',
  'NOT_STARTED',
  'CANCELLED',
  'planned',
  'completion_pct',
  'on_time_pct',
] as const

export function toTaskCsvRow(entry: TaskEntry, year: number | null) {
  return {
    year,
    unit_code: entry.unit.code,
    unit_name: entry.unit.name,
    ...entry.counts,
    planned: entry.planned,
    completion_pct: entry.completionPct,
    on_time_pct: entry.onTimePct,
  }
}
