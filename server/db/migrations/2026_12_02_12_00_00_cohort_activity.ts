// Intent: a cohort's tasks and awards stored per cohort-year and unit (ADR 030), so the tasks
// and awards lists and summaries of a 10,600-unit cohort-year read its rows by key instead of
// resolving its members from ranks and placements and summing every member's raw rows on each
// request; and the units a cohort has ranked up to each year on its cohort_year row, so a rank
// history does not count the distinct units of all its years' ranks per request. Filled here
// once with frozen copies of the rules the writers run (server/cohorts/store-cohort-activity.ts,
// store-units-to-date.ts): a unit-year with task results or grants belongs to the cohorts that
// ranked it that year (scope ALL) and, in the default block, to its placement's parent that
// year (the placement whose period contains 31 December, else the last one begun in the year).
// Portable types only (ADR 001). Frozen: never import app code here.
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('cohort_activity')
    .addColumn('parent_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('block', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('task_rows', 'integer', (c) => c.notNull())
    .addColumn('done_on_time', 'integer', (c) => c.notNull())
    .addColumn('done_late', 'integer', (c) => c.notNull())
    .addColumn('in_progress', 'integer', (c) => c.notNull())
    .addColumn('overdue', 'integer', (c) => c.notNull())
    .addColumn('not_started', 'integer', (c) => c.notNull())
    .addColumn('cancelled', 'integer', (c) => c.notNull())
    .addColumn('grant_rows', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('cohort_activity_pk', [
      'parent_code',
      'kind',
      'block',
      'year',
      'unit_code',
    ])
    .execute()
  // The writers rebuild a unit's rows by its code.
  await db.schema
    .createIndex('cohort_activity_unit_idx')
    .on('cohort_activity')
    .columns(['unit_code', 'year'])
    .execute()
  const years = await sql<{ year: number }>`select distinct year from task_result
    union select distinct year from award_grant`.execute(db)
  for (const { year: y } of years.rows) {
    const year = Number(y)
    const last = `${year}-12-31`
    const first = `${year}-01-01`
    await sql`insert into cohort_activity (parent_code, kind, block, year, unit_code, task_rows,
        done_on_time, done_late, in_progress, overdue, not_started, cancelled, grant_rows)
      select m.parent_code, m.kind, m.block, ${sql.lit(year)}, m.unit_code, s.task_rows,
        s.done_on_time, s.done_late, s.in_progress, s.overdue, s.not_started, s.cancelled,
        s.grant_rows
      from (
        select parent_code, kind, block, unit_code from cohort_rank
        where scope = 'ALL' and year = ${year}
        union
        select p.parent_code, u.kind, '', p.unit_code
        from unit_placement p join unit u on u.code = p.unit_code
        where p.parent_code is not null and p.valid_from <= ${last}
          and (p.valid_to is null or p.valid_to >= ${first})
          and not exists (select 1 from unit_placement q where q.unit_code = p.unit_code
            and q.valid_from > p.valid_from and q.valid_from <= ${last})
      ) m
      join (
        select x.unit_code, sum(x.task_rows) as task_rows, sum(x.done_on_time) as done_on_time,
          sum(x.done_late) as done_late, sum(x.in_progress) as in_progress,
          sum(x.overdue) as overdue, sum(x.not_started) as not_started,
          sum(x.cancelled) as cancelled, sum(x.grant_rows) as grant_rows
        from (
          select unit_code, count(*) as task_rows, sum(done_on_time) as done_on_time,
            sum(done_late) as done_late, sum(in_progress) as in_progress, sum(overdue) as overdue,
            sum(not_started) as not_started, sum(cancelled) as cancelled, 0 as grant_rows
          from task_result where year = ${year} group by unit_code
          union all
          select unit_code, 0, 0, 0, 0, 0, 0, 0, count(*)
          from award_grant where year = ${year} group by unit_code
        ) x
        group by x.unit_code
      ) s on s.unit_code = m.unit_code`.execute(db)
  }
  await db.schema.alterTable('cohort_year').addColumn('units_to_date', 'integer').execute()
  await sql`update cohort_year set units_to_date = (select count(distinct r.unit_code)
    from cohort_rank r
    where r.parent_code = cohort_year.parent_code and r.kind = cohort_year.kind
      and r.block = cohort_year.block and r.scope = cohort_year.scope
      and r.year <= cohort_year.year)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cohort_year').dropColumn('units_to_date').execute()
  await db.schema.dropTable('cohort_activity').execute()
}
