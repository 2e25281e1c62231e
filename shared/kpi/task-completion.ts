import { TASK_STATUSES, type TaskCounts } from '../domain/task-statuses.ts'
import { round } from './round.ts'

export type TaskCompletion = {
  counts: TaskCounts
  /** Every task of the plan, cancelled ones included. */
  planned: number
  /** (done on time + done late) ÷ (planned − cancelled) × 100, 2 decimals; null when nothing is due. */
  completionPct: number | null
  /** done on time ÷ (planned − cancelled) × 100, 2 decimals; null when nothing is due. */
  onTimePct: number | null
}

/** Zero counts for every status. */
export function emptyTaskCounts(): TaskCounts {
  return { DONE_ON_TIME: 0, DONE_LATE: 0, IN_PROGRESS: 0, OVERDUE: 0, NOT_STARTED: 0, CANCELLED: 0 }
}

/** Adds count tables status by status (several fields or content areas of one plan). */
export function sumTaskCounts(rows: readonly TaskCounts[]): TaskCounts {
  const total = emptyTaskCounts()
  for (const row of rows) for (const status of TASK_STATUSES) total[status] += row[status]
  return total
}

/**
 * Completion and on-time rates of a plan. Cancelled (adjusted) tasks are shown but leave the
 * denominator (DOMAIN.md).
 * @example taskCompletion({ DONE_ON_TIME: 59, DONE_LATE: 0, … }) // completionPct 100
 */
export function taskCompletion(counts: TaskCounts): TaskCompletion {
  const { completionPct, onTimePct } = taskRates(counts)
  const pct = (rate: number | null) => (rate === null ? null : round(rate, 2))
  return {
    counts: { ...counts },
    planned: plannedOf(counts),
    completionPct: pct(completionPct),
    onTimePct: pct(onTimePct),
  }
}

export type TaskRates = Pick<TaskCompletion, 'completionPct' | 'onTimePct'>

/**
 * The same rates unrounded, for a display that rounds them itself: 29 of 31 is 93.548…, which
 * shows as 93.5; rounded twice (93.55, then 93.6) it would not.
 */
export function taskRates(counts: TaskCounts): TaskRates {
  const { done, due } = doneOfDue(counts)
  const pct = (n: number) => (due > 0 ? (n / due) * 100 : null)
  return { completionPct: pct(done), onTimePct: pct(counts.DONE_ON_TIME) }
}

/** The tasks done (on time or late) and the tasks due (the plan less the cancelled ones). */
export function doneOfDue(counts: TaskCounts): { done: number; due: number } {
  return {
    done: counts.DONE_ON_TIME + counts.DONE_LATE,
    due: plannedOf(counts) - counts.CANCELLED,
  }
}

function plannedOf(counts: TaskCounts): number {
  return TASK_STATUSES.reduce((sum, status) => sum + counts[status], 0)
}
