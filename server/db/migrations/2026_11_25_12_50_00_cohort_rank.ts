// Intent: ranks stored, not computed per request (ADR 010). `cohort_rank` holds every assessed
// unit's rank in its cohort-year, once over all rows (scope ALL, what editors see) and once over
// published rows only (scope PUBLISHED, what the public sees); `cohort_year` holds each
// cohort-year's size. Both are derived from assessment
// and unit, rebuilt by the writers in their own transaction, and filled here from existing data.
// Frozen: never import app code here (the statement below is a copy of the one the writers run).
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('cohort_rank')
    .addColumn('parent_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('rank', 'integer', (c) => c.notNull())
    .addColumn('index_pct', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('cohort_rank_pk', [
      'parent_code',
      'kind',
      'scope',
      'year',
      'unit_code',
    ])
    .execute()
  await db.schema
    .createIndex('cohort_rank_order_idx')
    .on('cohort_rank')
    .columns(['parent_code', 'kind', 'scope', 'year', 'rank', 'unit_code'])
    .execute()

  await db.schema
    .createTable('cohort_year')
    .addColumn('parent_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('unit_count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('cohort_year_pk', ['parent_code', 'kind', 'scope', 'year'])
    .execute()

  await sql`insert into cohort_rank (parent_code, kind, scope, year, unit_code, rank, index_pct)
    select u.parent_code, u.kind, s.scope, a.year, a.unit_code,
      rank() over (partition by u.parent_code, u.kind, s.scope, a.year order by a.index_pct desc),
      a.index_pct
    from assessment a
    join unit u on u.code = a.unit_code
    join (select 'ALL' as scope union all select 'PUBLISHED' as scope) s
      on s.scope = 'ALL' or a.status = 'PUBLISHED'
    where u.parent_code is not null`.execute(db)
  await sql`insert into cohort_year (parent_code, kind, scope, year, unit_count)
    select parent_code, kind, scope, year, count(*) from cohort_rank
    group by parent_code, kind, scope, year`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('cohort_year').ifExists().execute()
  await db.schema.dropTable('cohort_rank').ifExists().execute()
}
