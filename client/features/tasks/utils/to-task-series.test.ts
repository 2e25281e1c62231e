import { describe, expect, it } from 'vitest'
import { emptyTaskCounts, taskCompletion } from '#shared/kpi/task-completion.ts'
import { formatRate } from '#client/lib/format.ts'
import { taskStatusSeries } from '#client/lib/domain-series.ts'
import { DUE_STATUSES, shareKey, sharesInFile, taskShares, taskShareSeries } from './task-shares.ts'
import { TASK_STATUSES, type TaskStatus } from '#shared/domain/task-statuses.ts'
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

describe('the bar of tasks due', () => {
  // Thoại Sơn's shape against Tịnh Biên's: a smaller plan further ahead must draw further, and the
  // cancelled tasks (outside the rate's denominator) must not lengthen either bar.
  const small = toTaskRow(
    entry('SMALL', { DONE_ON_TIME: 33, DONE_LATE: 0, IN_PROGRESS: 4, OVERDUE: 3, CANCELLED: 9 }),
  )
  const large = toTaskRow(
    entry('LARGE', { DONE_ON_TIME: 34, DONE_LATE: 12, IN_PROGRESS: 13, NOT_STARTED: 10 }),
  )
  const drawn = (row: typeof small) =>
    DUE_STATUSES.reduce((sum, status) => sum + row[shareKey(status)], 0)

  it('is 100 % of the tasks due, split by status, without the cancelled ones', () => {
    expect(small.due).toBe(40)
    expect(small.DONE_ON_TIME_SHARE).toBe(82.5)
    expect(small.IN_PROGRESS_SHARE).toBe(10)
    expect(small.OVERDUE_SHARE).toBe(7.5)
    expect(drawn(small)).toBeCloseTo(100, 10)
    expect(drawn(large)).toBeCloseTo(100, 10)
    expect(Object.keys(small)).not.toContain('CANCELLED_SHARE')
  })

  it('draws done (on time + late) as long as the completion rate it is ranked by', () => {
    for (const row of [small, large]) {
      expect(row.DONE_ON_TIME_SHARE + row.DONE_LATE_SHARE).toBeCloseTo(
        row.exact.completionPct ?? 0,
        10,
      )
    }
    // Ranked first, drawn longer in green and blue, though its plan is the smaller one.
    expect([large, small].sort(compareCompletion)[0]?.code).toBe('SMALL')
    expect(small.planned).toBeLessThan(large.planned)
  })

  it('draws nothing for a plan whose every task was cancelled', () => {
    const none = toTaskRow(entry('NONE', { CANCELLED: 3 }))
    expect(none.due).toBe(0)
    expect(drawn(none)).toBe(0)
    expect(none.completionPct).toBeNull()
  })

  it('takes the statuses’ colours and textures, and leaves the cancelled out of the legend', () => {
    const series = taskShareSeries(taskStatusSeries('vi'))
    expect(series.map((s) => s.key)).toEqual([
      'DONE_ON_TIME_SHARE',
      'DONE_LATE_SHARE',
      'IN_PROGRESS_SHARE',
      'OVERDUE_SHARE',
      'NOT_STARTED_SHARE',
    ])
    expect(series.find((s) => s.key === 'OVERDUE_SHARE')).toMatchObject({
      color: '#D55E00',
      pattern: 'cross',
    })
  })
})

describe('sharesInFile', () => {
  const counts = (c: Partial<Record<TaskStatus, number>>) =>
    Object.fromEntries(TASK_STATUSES.map((status) => [status, c[status] ?? 0])) as Record<
      TaskStatus,
      number
    >
  const sum = (shares: Record<string, number>) =>
    Math.round(Object.values(shares).reduce((a, b) => a + b, 0) * 100) / 100

  it('rounds a file’s shares to hundredths that still add up to 100', () => {
    for (const c of [
      { DONE_ON_TIME: 1, DONE_LATE: 1, NOT_STARTED: 1 },
      { DONE_ON_TIME: 1, DONE_LATE: 1, IN_PROGRESS: 1, OVERDUE: 1, NOT_STARTED: 2 },
      { DONE_ON_TIME: 2, DONE_LATE: 5, IN_PROGRESS: 7, CANCELLED: 3 },
    ]) {
      const shares = sharesInFile(taskShares(counts(c)))
      expect(sum(shares)).toBe(100)
    }
    expect(
      sharesInFile(taskShares(counts({ DONE_ON_TIME: 1, DONE_LATE: 1, NOT_STARTED: 1 }))),
    ).toMatchObject({
      DONE_ON_TIME_SHARE: 33.34,
      DONE_LATE_SHARE: 33.33,
      NOT_STARTED_SHARE: 33.33,
    })
  })
})
