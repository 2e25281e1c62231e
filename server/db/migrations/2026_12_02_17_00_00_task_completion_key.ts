// Intent: a cohort-year's task ends and pages by completion read along an index (ADR 033): each
// stored unit-year with task results gets its completion rate as the API rounds it, in
// hundredths of a percent (null when nothing is due), and its tasks planned; the index orders a
// cohort-year's rows by both, as the tasks summary ranks its ends; and each cohort-year with task
// results gets its units, its units with tasks due and its sums per status. Filled here with a frozen copy
// of the rounding (shared/kpi/round.ts: half away from zero on the shortest decimal form of
// done ÷ due × 100). Portable types only (ADR 001). Frozen: never import app code here.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cohort_activity').addColumn('completion_key', 'integer').execute()
  await db.schema
    .alterTable('cohort_activity')
    .addColumn('task_planned', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await sql`update cohort_activity set task_planned = done_on_time + done_late + in_progress
    + overdue + not_started + cancelled`.execute(db)
  const rows = await sql<{
    parent_code: string
    kind: string
    block: string
    year: number
    unit_code: string
    done: number
    due: number
  }>`select parent_code, kind, block, year, unit_code, done_on_time + done_late as done,
      done_on_time + done_late + in_progress + overdue + not_started as due
    from cohort_activity where task_rows > 0`.execute(db)
  for (const r of rows.rows) {
    const due = Number(r.due)
    if (due <= 0) continue
    const key = Math.round(Number(`${(Number(r.done) / due) * 100}e2`))
    await sql`update cohort_activity set completion_key = ${key}
      where parent_code = ${r.parent_code} and kind = ${r.kind} and block = ${r.block}
        and year = ${r.year} and unit_code = ${r.unit_code}`.execute(db)
  }
  await db.schema
    .createTable('cohort_task_year')
    .addColumn('parent_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('block', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('units', 'integer', (c) => c.notNull())
    .addColumn('with_plan', 'integer', (c) => c.notNull())
    .addColumn('done_on_time', 'integer', (c) => c.notNull())
    .addColumn('done_late', 'integer', (c) => c.notNull())
    .addColumn('in_progress', 'integer', (c) => c.notNull())
    .addColumn('overdue', 'integer', (c) => c.notNull())
    .addColumn('not_started', 'integer', (c) => c.notNull())
    .addColumn('cancelled', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('cohort_task_year_pk', ['parent_code', 'kind', 'block', 'year'])
    .execute()
  await sql`insert into cohort_task_year (parent_code, kind, block, year, units, with_plan,
      done_on_time, done_late, in_progress, overdue, not_started, cancelled)
    select parent_code, kind, block, year, count(*),
      sum(case when done_on_time + done_late + in_progress + overdue + not_started > 0
        then 1 else 0 end),
      sum(done_on_time), sum(done_late), sum(in_progress), sum(overdue), sum(not_started),
      sum(cancelled)
    from cohort_activity where task_rows > 0
    group by parent_code, kind, block, year`.execute(db)
  await db.schema
    .createIndex('cohort_activity_completion_idx')
    .on('cohort_activity')
    .columns(['parent_code', 'kind', 'block', 'year', 'completion_key', 'task_planned'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('cohort_task_year').execute()
  await db.schema.dropIndex('cohort_activity_completion_idx').execute()
  await db.schema.alterTable('cohort_activity').dropColumn('task_planned').execute()
  await db.schema.alterTable('cohort_activity').dropColumn('completion_key').execute()
}
