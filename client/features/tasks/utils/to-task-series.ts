import type { TaskStatus } from '#shared/domain/task-statuses.ts'
import type { TaskEntry } from '#shared/dto/task.ts'
import { doneOfDue, type TaskRates, taskRates } from '#shared/kpi/task-completion.ts'
import { sharesInFile, taskShares, type TaskShares } from './task-shares.ts'

export type TaskRow = {
  code: string
  name: string
  planned: number
  /** The plan less its adjusted or cancelled tasks: what the bar draws as 100 %. */
  due: number
  /** The API's rates (two decimals): what the row sorts and downloads by, as the server does. */
  completionPct: number | null
  onTimePct: number | null
  /** The same rates unrounded, for display: shown rounded once (29 of 31 reads 93,5, not 93,6). */
  exact: TaskRates
  /** The shares as the file gives them (two decimals, adding up to 100), worked out once a row. */
  fileShares: TaskShares
} & Record<TaskStatus, number> &
  TaskShares

/** A unit's tasks as a flat row (chart bar or table row): counts by status and shares of the due. */
export function toTaskRow(item: TaskEntry): TaskRow {
  const shares = taskShares(item.counts)
  return {
    code: item.unit.code,
    name: item.unit.name,
    planned: item.planned,
    due: doneOfDue(item.counts).due,
    completionPct: item.completionPct,
    onTimePct: item.onTimePct,
    exact: taskRates(item.counts),
    fileShares: sharesInFile(shares),
    ...item.counts,
    ...shares,
  }
}

/** The chart's order: best completion first, then more tasks planned (units without a plan last). */
export function compareCompletion(a: TaskRow, b: TaskRow): number {
  return (b.completionPct ?? -1) - (a.completionPct ?? -1) || b.planned - a.planned
}

/** Tasks per unit, best completion first (units without a plan last). */
export function toTaskSeries(items: readonly TaskEntry[]): TaskRow[] {
  return items.map(toTaskRow).sort(compareCompletion)
}
