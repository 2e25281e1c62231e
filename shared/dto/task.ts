import { z } from 'zod'
import { TASK_SORTS } from '../schemas/tasks.schema.ts'
import { TaskCountsSchema } from './calculated.ts'
import { BlockSchema } from './cohort.ts'
import { SortDirectionSchema } from './ranking.ts'
import { UnitKindSchema, UnitRefSchema } from './unit.ts'

/** Counts by status with the derived rates (shared/kpi/task-completion.ts). */
export const TaskSummarySchema = z.object({
  counts: TaskCountsSchema,
  planned: z.number().int(),
  completionPct: z.number().nullable(),
  onTimePct: z.number().nullable(),
})
export type TaskSummary = z.infer<typeof TaskSummarySchema>

export const TaskEntrySchema = TaskSummarySchema.extend({ unit: UnitRefSchema })
export type TaskEntry = z.infer<typeof TaskEntrySchema>

/** GET /api/tasks */
export const TaskReportSchema = z.object({
  year: z.number().int().nullable(),
  parent: UnitRefSchema,
  kind: UnitKindSchema,
  /** The published block; null for the default cohort. */
  block: BlockSchema,
  /** Units with task results this year (the list's size before search and paging). */
  total: z.number().int(),
  /** Rows matching the search `q` before paging. */
  matched: z.number().int(),
  sort: z.enum(TASK_SORTS),
  dir: SortDirectionSchema,
  /** Place of the first item among the matched rows (0 unless a page was asked for). */
  offset: z.number().int(),
  items: z.array(TaskEntrySchema),
  /** The cohort's totals over every unit (not only the page). */
  totals: TaskSummarySchema,
  years: z.array(z.number().int()),
})
export type TaskReport = z.infer<typeof TaskReportSchema>

/**
 * GET /api/tasks/summary: a cohort-year's tasks at any size — the totals per status, the units
 * with data, the top and bottom units by completion rate, the focused units.
 */
export const TaskCohortSummarySchema = z.object({
  year: z.number().int().nullable(),
  parent: UnitRefSchema,
  kind: UnitKindSchema,
  block: BlockSchema,
  years: z.array(z.number().int()),
  /** Units with task results this year. */
  unitsWithData: z.number().int(),
  /** Of them, units with tasks due (planned less cancelled above 0): the ones a completion rate ranks. */
  unitsWithPlan: z.number().int(),
  totals: TaskSummarySchema,
  ends: z.number().int(),
  /** Highest completion rate first (ties: more planned, then name); units with nothing due out. */
  top: z.array(TaskEntrySchema),
  /** Lowest completion rate, lowest last. */
  bottom: z.array(TaskEntrySchema),
  focus: z.array(TaskEntrySchema),
  /** `focus` codes with no task results in this cohort-year. */
  missingFocus: z.array(z.string()),
})
export type TaskCohortSummary = z.infer<typeof TaskCohortSummarySchema>
