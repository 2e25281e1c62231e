import { describe, expect, it } from 'vitest'
import { emptyTaskCounts, taskCompletion } from '#shared/kpi/task-completion.ts'
import { formatRate } from '#client/lib/format.ts'
import { compareCompletion, toTaskRow } from './to-task-series.ts'

const entry = (code: string, counts: Partial<ReturnType<typeof emptyTaskCounts>>) => ({
  unit: { code, name: code },
  ...taskCompletion({ ...emptyTaskCounts(), ...counts }),
})

describe('toTaskRow', () => {
  it('sorts and downloads by the API’s rates, and shows them rounded once from the counts', () => {
    // 29 of 31: the API says 93.55; one decimal from that would read 93,6.
    const row = toTaskRow(entry('A', { DONE_ON_TIME: 25, DONE_LATE: 4, IN_PROGRESS: 2 }))
    expect(row.completionPct).toBe(93.55)
    expect(formatRate(row.exact.completionPct, 'vi')).toBe('93,5')
    expect(formatRate(row.exact.onTimePct, 'vi')).toBe('80,6')
    expect(row.DONE_LATE).toBe(4)
  })

  it('orders as the server does: the API’s rate, then the larger plan', () => {
    const a = toTaskRow(entry('A', { DONE_ON_TIME: 1, IN_PROGRESS: 1 }))
    const b = toTaskRow(entry('B', { DONE_ON_TIME: 2, IN_PROGRESS: 2 }))
    expect([a, b].sort(compareCompletion).map((r) => r.code)).toEqual(['B', 'A'])
  })
})
