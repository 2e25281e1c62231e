// A cohort-year's task totals stored (ADR 033): its units with task results, those with tasks
// due and its sums per status — what the tasks summary and list head with, read as one row
// instead of summing the cohort-year's 10,600 stored rows on each request. Derived from the
// stored activity; rebuilt for the cohort-years a write touched, in the writer's transaction.
import { sql, type Kysely, type Transaction } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import { chunk } from '#server/lib/chunk.ts'
import {
  atCohortYears,
  COHORT_YEARS_PER_STATEMENT,
  type CohortYearKey,
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
