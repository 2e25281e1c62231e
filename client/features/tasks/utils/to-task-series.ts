import type { TaskStatus } from '#shared/domain/task-statuses.ts'
import type { TaskEntry } from '#shared/dto/task.ts'

export type TaskRow = { code: string; name: string; planned: number; completionPct: number | null; onTimePct: number | null } & Record<TaskStatus, number>

/** Tasks per unit, best completion first (units without a plan last). */
export function toTaskSeries(items: readonly TaskEntry[]): TaskRow[] {
  return items
    .map((item) => ({
      code: item.unit.code,
      name: item.unit.name,
      planned: item.planned,
      completionPct: item.completionPct,
      onTimePct: item.onTimePct,
      ...item.counts,
    }))
    .sort((a, b) => (b.completionPct ?? -1) - (a.completionPct ?? -1) || b.planned - a.planned)
}
