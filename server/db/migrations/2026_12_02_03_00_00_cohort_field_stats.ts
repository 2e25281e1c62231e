// Intent: the best and the sum of each field's points per cohort-year and scope, stored beside the
// cohort-year (ADR 023) so that a unit's profile — which compares the unit's field points with
// its cohort's best and average — reads a few rows per year instead of every assessment of its
// cohort (10,600 field-point texts parsed per year for the stress cohort). The average is
// `total / count`. Filled here from the stored ranks in one statement; the writers
// (server/cohorts/store-field-stats.ts) sum the same points in the server.
// Portable types only (ADR 001). Frozen: never import app code here.
import { sql, type Kysely } from 'kysely'

const isPostgres = (db: Kysely<any>) =>
  db.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres')

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('cohort_field_stat')
    .addColumn('parent_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('block', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('field_code', 'text', (c) => c.notNull())
    .addColumn('best', 'double precision', (c) => c.notNull())
    .addColumn('total', 'double precision', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('cohort_field_stat_pk', [
      'parent_code',
      'kind',
      'block',
      'scope',
      'year',
      'field_code',
    ])
    .execute()
  const points = isPostgres(db) ? sql`(f.value->>0)::double precision` : sql`f.value ->> 0`
  const fields = isPostgres(db)
    ? sql`cross join lateral jsonb_each(a.field_points::jsonb) f`
    : sql`join json_each(a.field_points) f`
  await sql`insert into cohort_field_stat
      (parent_code, kind, block, scope, year, field_code, best, total, count)
    select r.parent_code, r.kind, r.block, r.scope, r.year, f.key,
      max(${points}), sum(${points}), count(*)
    from cohort_rank r
    join assessment a on a.unit_code = r.unit_code and a.year = r.year
    ${fields}
    where a.field_points is not null
    group by r.parent_code, r.kind, r.block, r.scope, r.year, f.key`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('cohort_field_stat').execute()
}
