// A cohort-year's task totals stored (ADR 033): its units with task results, those with tasks
// due and its sums per status — what the tasks summary and list head with, read as one row
// instead of summing the cohort-year's 10,600 stored rows on each request. Derived from the
// stored activity, in the writer's transaction: a write that keeps the activity by difference
// (ADR 044) adds the difference its members' sums made; any other rebuilds the cohort-years it
// touched from their stored rows.
import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import { bulkInsert, type BulkRow } from '#server/db/bulk-insert.ts'
import { chunk } from '#server/lib/chunk.ts'
import { type Sums, TASK_STATUSES } from './activity-row.ts'
import {
  atCohortYears,
  COHORT_YEARS_PER_STATEMENT,
  type CohortYearKey,
  cohortYearKeyOf,
} from './stored-memberships.ts'

type Executor = Kysely<Database> | Transaction<Database>

/** Tasks due: planned less cancelled (shared/kpi/task-completion.ts). */
const DUE = sql<number>`done_on_time + done_late + in_progress + overdue + not_started`

/** Rebuilds the task totals of these cohort-years (deleted where none has task results now). */
export async function storeCohortTasks(
  db: Executor,
  cohortYears: readonly CohortYearKey[],
): Promise<void> {
  for (const part of chunk(cohortYears, COHORT_YEARS_PER_STATEMENT)) {
    const inPart = atCohortYears(part)
    await db.deleteFrom('cohort_task_year').where(inPart).execute()
    await insertTotals(db, inPart)
  }
}

/** Rebuilds every cohort-year's task totals. */
export async function storeAllCohortTasks(db: Executor): Promise<void> {
  await db.deleteFrom('cohort_task_year').execute()
  await insertTotals(db, sql<boolean>`1 = 1`)
}

async function insertTotals(db: Executor, where: ReturnType<typeof sql<boolean>>) {
  await db
    .insertInto('cohort_task_year')
    .columns([
      'parent_code',
      'kind',
      'block',
      'year',
      'units',
      'with_plan',
      'done_on_time',
      'done_late',
      'in_progress',
      'overdue',
      'not_started',
      'cancelled',
    ])
    .expression(
      db
        .selectFrom('cohort_activity')
        .where('task_rows', '>', 0)
        .where(where)
        .select(({ fn }) => [
          'parent_code',
          'kind',
          'block',
          'year',
          fn.countAll<number>().as('units'),
          sql<number>`sum(case when ${DUE} > 0 then 1 else 0 end)`.as('with_plan'),
          fn.sum<number>('done_on_time').as('done_on_time'),
          fn.sum<number>('done_late').as('done_late'),
          fn.sum<number>('in_progress').as('in_progress'),
          fn.sum<number>('overdue').as('overdue'),
          fn.sum<number>('not_started').as('not_started'),
          fn.sum<number>('cancelled').as('cancelled'),
        ])
        .groupBy(['parent_code', 'kind', 'block', 'year']),
    )
    .execute()
}

/** A cohort-year's stored task totals, as numbers: what a member's task sums add to them. */
type TaskTotals = Record<'units' | 'with_plan' | (typeof TASK_STATUSES)[number], number>

const TOTAL_COLUMNS = ['units', 'with_plan', ...TASK_STATUSES] as const

/**
 * What a write added to cohort-years' task totals: each member's task sums as written, less as
 * stored before. A cohort-year's totals are the sums of its members' rows with task results, so
 * they move by exactly what those rows moved, and the 10,600-unit cohort-year a file touches
 * through a few of its units is not summed again from all of them.
 */
export class TaskTotalChanges {
  readonly #items = new Map<string, { cy: CohortYearKey; totals: TaskTotals }>()

  /** A member of `cy` with these task sums, as written (1) or as stored before (-1). */
  add(cy: CohortYearKey, sums: Sums, sign: 1 | -1): void {
    if (sums.task_rows <= 0) return
    const key = cohortYearKeyOf(cy)
    let found = this.#items.get(key)
    if (!found) {
      const totals = Object.fromEntries(TOTAL_COLUMNS.map((c) => [c, 0])) as TaskTotals
      const at = { parentCode: cy.parentCode, kind: cy.kind, block: cy.block, year: cy.year }
      this.#items.set(key, (found = { cy: at, totals }))
    }
    const totals = found.totals
    const due =
      sums.done_on_time + sums.done_late + sums.in_progress + sums.overdue + sums.not_started
    totals.units += sign
    if (due > 0) totals.with_plan += sign
    for (const status of TASK_STATUSES) totals[status] += sign * sums[status]
  }

  /** The cohort-years' differences, those that moved nothing left out. */
  rows(): BulkRow[] {
    const rows: BulkRow[] = []
    for (const { cy, totals } of this.#items.values())
      if (TOTAL_COLUMNS.some((c) => totals[c] !== 0))
        rows.push({
          parent_code: cy.parentCode,
          kind: cy.kind,
          block: cy.block,
          year: cy.year,
          ...totals,
        })
    return rows
  }
}

const ADD_ON_CONFLICT = ` on conflict (parent_code, kind, block, year) do update set ${TOTAL_COLUMNS.map(
  (c) => `${c} = cohort_task_year.${c} + excluded.${c}`,
).join(', ')}`

/**
 * Adds a write's differences to the stored task totals; a cohort-year left without a member with
 * task results loses its row, as a rebuild would not write it.
 */
export async function addCohortTaskChanges(db: Executor, changes: TaskTotalChanges): Promise<void> {
  const rows = changes.rows()
  if (rows.length === 0) return
  await bulkInsert(
    db,
    'cohort_task_year',
    ['parent_code', 'kind', 'block', 'year', ...TOTAL_COLUMNS],
    rows,
    ADD_ON_CONFLICT,
  )
  await db.deleteFrom('cohort_task_year').where('units', '<=', 0).execute()
}
