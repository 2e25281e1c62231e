// A plan as the tasks charts draw it: the tasks due (the plan less the adjusted or cancelled
// ones, DOMAIN.md) as 100 %, split by status, so a bar's length is the share its completion rate
// is read from, whatever the size of the plan. Cancelled tasks leave the bar as they leave the
// rate's denominator; the tables give their count.
import { TASK_STATUSES, type TaskCounts, type TaskStatus } from '#shared/domain/task-statuses.ts'
import { round } from '#shared/kpi/round.ts'
import { doneOfDue } from '#shared/kpi/task-completion.ts'
import type { StackSeries } from '#client/lib/domain-series.ts'

/** Every status but CANCELLED: what a plan's tasks due are made of. */
export type DueStatus = Exclude<TaskStatus, 'CANCELLED'>
export const DUE_STATUSES = TASK_STATUSES.filter((s): s is DueStatus => s !== 'CANCELLED')

/** The row field holding a status's share of the tasks due ("DONE_ON_TIME_SHARE"). */
export type ShareKey = `${DueStatus}_SHARE`
export const shareKey = (status: DueStatus): ShareKey => `${status}_SHARE`

export type TaskShares = Record<ShareKey, number>

/**
 * Each status's share of the tasks due, in per cent, unrounded: they add up to 100 (all 0 when
 * nothing is due), and done on time + done late is the completion rate.
 * @example taskShares({ DONE_ON_TIME: 3, NOT_STARTED: 1, CANCELLED: 2, … }) // 75 and 25
 */
export function taskShares(counts: TaskCounts): TaskShares {
  const { due } = doneOfDue(counts)
  const shares = {} as TaskShares
  for (const status of DUE_STATUSES) {
    shares[shareKey(status)] = due > 0 ? (counts[status] / due) * 100 : 0
  }
  return shares
}

/**
 * The shares as a file gives them: two decimals, as the API gives the rates, rounded so they
 * still add up to 100 (largest remainders): each rounded apart, 1/1/1 gave 99.99 beside a note
 * saying each bar is 100 %.
 * @example sharesInFile(taskShares({ DONE_ON_TIME: 1, DONE_LATE: 1, NOT_STARTED: 1, … })) // 33.34, 33.33, 33.33
 */
export function sharesInFile(shares: TaskShares): TaskShares {
  const keys = DUE_STATUSES.map(shareKey)
  const hundredths = keys.map((k) => shares[k] * 100)
  const floors = hundredths.map(Math.floor)
  const total = Math.round(hundredths.reduce((a, b) => a + b, 0))
  let left = total - floors.reduce((a, b) => a + b, 0)
  // The hundredths left go to the shares that lost the most to the floor, first come first.
  const order = keys
    .map((_, i) => i)
    .sort((a, b) => hundredths[b]! - floors[b]! - (hundredths[a]! - floors[a]!) || a - b)
  for (const i of order) {
    if (left <= 0) break
    floors[i] = (floors[i] ?? 0) + 1
    left -= 1
  }
  const inFile = {} as TaskShares
  keys.forEach((k, i) => (inFile[k] = round((floors[i] ?? 0) / 100, 2)))
  return inFile
}

/**
 * The chart's series: the statuses due in their colours and textures, each drawing its share
 * (CANCELLED is not among them, so the legend does not promise a segment no bar has).
 */
export function taskShareSeries(statusSeries: readonly StackSeries[]): StackSeries[] {
  return DUE_STATUSES.flatMap((status) => {
    const s = statusSeries.find((x) => x.key === status)
    return s ? [{ ...s, key: shareKey(status) }] : []
  })
}
