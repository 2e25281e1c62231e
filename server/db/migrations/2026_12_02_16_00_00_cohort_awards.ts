// Intent: a cohort-year's awards stored where its reads find them by key (ADR 032), so the awards
// list and summary of a 10,600-unit cohort-year no longer sum every grant of every member on
// each request: each stored unit-year gets its recipients in total and by recipient type, and
// each cohort-year with grants gets its recipients by award, recipient type and issuing level,
// its decisions with their grants, the units it holds with grants and the digest of the
// decisions (what the source line names). Filled here once with frozen copies of the rules the writer runs
// (server/cohorts/store-cohort-awards.ts). Portable types only (ADR 001). Frozen: never import
// app code here.
import { sql, type Kysely } from 'kysely'

/** Decisions listed by number on a source line at most (NUMBERED_AWARD_DECISIONS). */
const LISTED_DECISIONS = 20

export async function up(db: Kysely<any>): Promise<void> {
  for (const column of ['award_total', 'award_collective', 'award_individual', 'award_household'])
    await db.schema
      .alterTable('cohort_activity')
      .addColumn(column, 'integer', (c) => c.notNull().defaultTo(0))
      .execute()
  // A summary's ends and a page by recipients read the cohort-year's rows in this order.
  await db.schema
    .createIndex('cohort_activity_award_total_idx')
    .on('cohort_activity')
    .columns(['parent_code', 'kind', 'block', 'year', 'award_total'])
    .execute()
  await db.schema
    .createTable('cohort_award_year')
    .addColumn('parent_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('block', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('units', 'integer', (c) => c.notNull())
    .addColumn('decision_count', 'integer', (c) => c.notNull())
    .addColumn('first_decision_date', 'text')
    .addColumn('last_decision_date', 'text')
    .addColumn('decisions', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('cohort_award_year_pk', ['parent_code', 'kind', 'block', 'year'])
    .execute()
  await db.schema
    .createTable('cohort_award_line')
    .addColumn('parent_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('block', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('award_code', 'text', (c) => c.notNull())
    .addColumn('recipient_type', 'text', (c) => c.notNull())
    .addColumn('issuer_level', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('grants', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('cohort_award_line_pk', [
      'parent_code',
      'kind',
      'block',
      'year',
      'award_code',
      'recipient_type',
      'issuer_level',
    ])
    .execute()
  await db.schema
    .createTable('cohort_award_decision')
    .addColumn('parent_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('block', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('decision_no', 'text', (c) => c.notNull())
    .addColumn('date_key', 'text', (c) => c.notNull())
    .addColumn('grants', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('cohort_award_decision_pk', [
      'parent_code',
      'kind',
      'block',
      'year',
      'decision_no',
      'date_key',
    ])
    .execute()

  await sql`update cohort_activity set
      award_total = coalesce((select sum(g.count) from award_grant g
        where g.unit_code = cohort_activity.unit_code and g.year = cohort_activity.year), 0),
      award_collective = coalesce((select sum(g.count) from award_grant g
        where g.unit_code = cohort_activity.unit_code and g.year = cohort_activity.year
          and g.recipient_type = 'COLLECTIVE'), 0),
      award_individual = coalesce((select sum(g.count) from award_grant g
        where g.unit_code = cohort_activity.unit_code and g.year = cohort_activity.year
          and g.recipient_type = 'INDIVIDUAL'), 0),
      award_household = coalesce((select sum(g.count) from award_grant g
        where g.unit_code = cohort_activity.unit_code and g.year = cohort_activity.year
          and g.recipient_type = 'HOUSEHOLD'), 0)
    where grant_rows > 0`.execute(db)

  await sql`insert into cohort_award_line (parent_code, kind, block, year, award_code,
      recipient_type, issuer_level, count, grants)
    select c.parent_code, c.kind, c.block, c.year, g.award_code, g.recipient_type,
      g.issuer_level, sum(g.count), count(*)
    from cohort_activity c join award_grant g on g.unit_code = c.unit_code and g.year = c.year
    where c.grant_rows > 0
    group by c.parent_code, c.kind, c.block, c.year, g.award_code, g.recipient_type,
      g.issuer_level`.execute(db)

  await sql`insert into cohort_award_decision (parent_code, kind, block, year, decision_no,
      date_key, grants)
    select c.parent_code, c.kind, c.block, c.year, g.decision_no,
      coalesce(cast(g.decision_date as text), ''), count(*)
    from cohort_activity c join award_grant g on g.unit_code = c.unit_code and g.year = c.year
    where c.grant_rows > 0 and g.decision_no is not null and g.decision_no <> ''
    group by c.parent_code, c.kind, c.block, c.year, g.decision_no,
      coalesce(cast(g.decision_date as text), '')`.execute(db)

  const cohortYears = await sql<{
    parent_code: string
    kind: string
    block: string
    year: number
    units: number
  }>`select parent_code, kind, block, year, count(*) as units from cohort_activity
    where grant_rows > 0 group by parent_code, kind, block, year`.execute(db)
  for (const cy of cohortYears.rows) {
    const decisions = await sql<{ decision_no: string; date_key: string }>`
      select decision_no, date_key from cohort_award_decision
      where parent_code = ${cy.parent_code} and kind = ${cy.kind} and block = ${cy.block}
        and year = ${cy.year}`.execute(db)
    const list = decisions.rows
      .map((r) => ({ decisionNo: r.decision_no, decisionDate: r.date_key || null }))
      .sort(
        (a, b) =>
          compare(a.decisionDate ?? '', b.decisionDate ?? '') ||
          compare(a.decisionNo, b.decisionNo),
      )
    const dates = list.flatMap((d) => (d.decisionDate ? [d.decisionDate] : [])).sort()
    await sql`insert into cohort_award_year (parent_code, kind, block, year, units,
        decision_count, first_decision_date, last_decision_date, decisions)
      values (${cy.parent_code}, ${cy.kind}, ${cy.block}, ${Number(cy.year)}, ${Number(cy.units)},
        ${list.length}, ${dates[0] ?? null}, ${dates.at(-1) ?? null},
        ${JSON.stringify(list.length <= LISTED_DECISIONS ? list : [])})`.execute(db)
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('cohort_award_decision').execute()
  await db.schema.dropTable('cohort_award_line').execute()
  await db.schema.dropTable('cohort_award_year').execute()
  await db.schema.dropIndex('cohort_activity_award_total_idx').execute()
  for (const column of ['award_household', 'award_individual', 'award_collective', 'award_total'])
    await db.schema.alterTable('cohort_activity').dropColumn(column).execute()
}
