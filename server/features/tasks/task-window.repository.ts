// Reads for a page of a cohort-year's task list ordered by a measure, in SQL: the
// stored rows (ADR 030) are ordered by the measure there, and only a band of them around the
// places asked is read with names — not every unit's row on every request.
import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { TaskSort } from '#shared/schemas/tasks.schema.ts'
import type { SortDirection } from '#shared/schemas/cohorts.schema.ts'
import type { Database } from '#server/db/schema.ts'
import { cohortActivity, NAMED_COLUMNS } from '#server/cohorts/cohort-members.repository.ts'
import type { CohortKey } from '#server/cohorts/cohorts.repository.ts'
import { TASK_COUNT_COLUMNS } from './tasks.repository.ts'

/** Tasks due: planned less cancelled (the rates' denominator, shared/kpi/task-completion.ts). */
const DUE = sql<number>`(c.done_on_time + c.done_late + c.in_progress + c.overdue + c.not_started)`

/** A share of the tasks due as a float (no rate when nothing is due). */
const share = (done: RawBuilder<number>) =>
  sql<number>`case when ${DUE} > 0 then cast(${done} as double precision) / ${DUE} end`

export type TaskMeasure = {
  /** What SQL orders on: the rate as rounded, or the unrounded share it rounds (none when nothing is due). */
  key: RawBuilder<number>
  /**
   * How far beyond the keys at the ends of the places asked a row can still tie with them once
   * the rate is rounded: none for the rounded key; for a share, the shares a rounded rate (2
   * decimals of a percentage) gathers span 0.0001, so a row within 0.0002 can tie and a row
   * further away cannot.
   */
  margin: number
}

/**
 * The rates a page is cut by in SQL. The other orders (a count, the name) have ties as large as
 * the cohort — most units cancel nothing — which only the whole list orders well.
 */
export const TASK_RATE_MEASURES = {
  // The stored rate as rounded, in hundredths (ADR 033): ordered along an index.
  completionPct: { key: sql<number>`c.completion_key`, margin: 0 },
  onTimePct: { key: share(sql`c.done_on_time`), margin: 0.0002 },
} satisfies Partial<Record<TaskSort, TaskMeasure>>

export type TaskRateSort = keyof typeof TASK_RATE_MEASURES

/**
 * The cohort-year's units with task results, those with tasks due, and its sums per status: one
 * stored row (ADR 033), zeros for a cohort-year without task results.
 */
export async function findTaskTotals(db: Kysely<Database>, cohort: CohortKey, year: number) {
  const row = await db
    .selectFrom('cohort_task_year')
    .select([
      'units',
      'with_plan',
      'done_on_time',
      'done_late',
      'in_progress',
      'overdue',
      'not_started',
      'cancelled',
    ])
    .where('parent_code', '=', cohort.parentCode)
    .where('kind', '=', cohort.kind)
    .where('block', '=', cohort.block)
    .where('year', '=', year)
    .executeTakeFirst()
  return {
    units: Number(row?.units ?? 0),
    with_plan: Number(row?.with_plan ?? 0),
    done_on_time: Number(row?.done_on_time ?? 0),
    done_late: Number(row?.done_late ?? 0),
    in_progress: Number(row?.in_progress ?? 0),
    overdue: Number(row?.overdue ?? 0),
    not_started: Number(row?.not_started ?? 0),
    cancelled: Number(row?.cancelled ?? 0),
  }
}

/** The rows with a rate: the units with tasks due. */
function measured(db: Kysely<Database>, cohort: CohortKey, year: number) {
  return cohortActivity(db, cohort, year, 'tasks').where(sql<boolean>`${DUE} > 0`)
}

/** The keys at places [offset, offset + limit) of the measure's order in `dir`. */
export async function findKeysAt(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number,
  measure: TaskMeasure,
  dir: SortDirection,
  offset: number,
  limit: number,
): Promise<number[]> {
  const rows = await measured(db, cohort, year)
    .select(measure.key.as('k'))
    .orderBy(measure.key, dir)
    .limit(limit)
    .offset(offset)
    .execute()
  return rows.map((r) => Number(r.k))
}

/** How many rows have a key above `bound` (`dir` desc) or below it (asc). */
export async function countBeyond(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number,
  measure: TaskMeasure,
  dir: SortDirection,
  bound: number,
): Promise<number> {
  const row = await measured(db, cohort, year)
    .where(
      dir === 'desc'
        ? sql<boolean>`${measure.key} > ${bound}`
        : sql<boolean>`${measure.key} < ${bound}`,
    )
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** The rows, named, with a key from `low` to `high`. */
export function findBand(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number,
  measure: TaskMeasure,
  low: number,
  high: number,
) {
  return measured(db, cohort, year)
    .where(sql<boolean>`${measure.key} >= ${low}`)
    .where(sql<boolean>`${measure.key} <= ${high}`)
    .select([...NAMED_COLUMNS, ...TASK_COUNT_COLUMNS])
    .execute()
}
