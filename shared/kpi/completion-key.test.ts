import { describe, expect, it } from 'vitest'
import { completionKey } from './completion-key.ts'
import { taskCompletion } from './task-completion.ts'

const counts = (done: number, notDone: number) => ({
  DONE_ON_TIME: done,
  DONE_LATE: 0,
  IN_PROGRESS: notDone,
  OVERDUE: 0,
  NOT_STARTED: 0,
  CANCELLED: 0,
})

describe('completionKey: the rate as rounded, in hundredths', () => {
  it('ties exactly the rates that tie once rounded, whatever their shares', () => {
    // 23/160 = 14.375 % and 1,437/10,000 = 14.37 % round alike (shared/kpi/round.ts).
    const a = taskCompletion(counts(23, 137)).completionPct
    const b = taskCompletion(counts(1437, 8563)).completionPct
    const c = taskCompletion(counts(1438, 8562)).completionPct
    expect(completionKey(a)).toBe(1437)
    expect(completionKey(b)).toBe(1437)
    expect(completionKey(c)).toBe(1438)
  })

  it('orders as the rounded rates do, and has none when nothing is due', () => {
    const rates = [0, 1, 7, 33, 50, 99, 100].map(
      (done) => taskCompletion(counts(done, 100 - done)).completionPct,
    )
    const keys = rates.map(completionKey)
    expect(keys).toEqual([0, 100, 700, 3300, 5000, 9900, 10000])
    expect(completionKey(taskCompletion(counts(0, 0)).completionPct)).toBeNull()
  })
})
