// The tasks headline, written so its numbers add up on their face: done of the tasks due (the plan
// less the adjusted or cancelled ones, which leave the denominator, DOMAIN.md), the cancelled
// named, then the rate — "557/806 nhiệm vụ hoàn thành (trừ 14 điều chỉnh/hủy) — 69,1 %".
import type { TaskSummary } from '#shared/dto/task.ts'
import { taskRates } from '#shared/kpi/task-completion.ts'
import { formatNumber, formatRatePercent, type Language } from '#client/lib/format.ts'

type Translate = (key: string, options?: Record<string, unknown>) => string

/** The headline's numbers: done = on time + late; due = planned − cancelled. */
export function taskHeadlineNumbers(summary: Pick<TaskSummary, 'counts' | 'planned'>) {
  const { counts } = summary
  return {
    done: counts.DONE_ON_TIME + counts.DONE_LATE,
    due: summary.planned - counts.CANCELLED,
    cancelled: counts.CANCELLED,
  }
}

export function taskHeadline(
  summary: Pick<TaskSummary, 'counts' | 'planned'>,
  lang: Language,
  t: Translate,
): string {
  const { done, due, cancelled } = taskHeadlineNumbers(summary)
  return t(cancelled > 0 ? 'headlines.tasksCancelled' : 'headlines.tasks', {
    done: formatNumber(done, lang),
    due: formatNumber(due, lang),
    cancelled: formatNumber(cancelled, lang),
    // One decimal always, as every task rate is written: "72,0%", not "72%" beside "74,9%".
    pct: formatRatePercent(taskRates(summary.counts).completionPct, lang),
  })
}
