// Intent: units through time (ADR 014).
// - unit: the parent moves to `unit_placement` (parent and title for a period); validity becomes
//   dates (a year Y becomes Y-01-01 / Y-12-31). Every unit's parent becomes one placement over
//   its validity, so nothing is lost. Codes get a case-free index (codes match without case).
// - unit_lineage: `to_code` may be empty (DISSOLVE).
// - assessment: the cohort it was ranked in is stored on it (`cohort_parent_code`, copied from
//   the unit's parent, null when not ranked; `cohort_block`, '' for the default cohort) with the published cohort size;
//   `points` and `max_points` may be null (published tables that give the index alone).
// - cohort_rank / cohort_year: keyed by block as well; cohort_year keeps the published size.
//   Both are derived and rebuilt here from the assessments.
// SQLite cannot drop NOT NULL or a referenced column: unit, unit_lineage and assessment are
// rebuilt there with foreign keys off, inside one transaction checked before commit.
// Frozen: never import app code here.
import { sql, type Kysely } from 'kysely'

const isPostgres = (db: Kysely<any>) =>
  db.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres')

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return upPostgres(db)
  await sql`pragma foreign_keys = off`.execute(db)
  try {
    await sql`begin`.execute(db)
    try {
      await upSqlite(db)
      await createPlacementAndRanks(db)
      await checkForeignKeys(db)
      await sql`commit`.execute(db)
    } catch (error) {
      await sql`rollback`.execute(db)
      throw error
    }
  } finally {
    await sql`pragma foreign_keys = on`.execute(db)
  }
}

async function checkForeignKeys(db: Kysely<any>) {
  const broken = await sql<{ table: string }>`pragma foreign_key_check`.execute(db)
  if (broken.rows.length > 0)
    throw new Error(`foreign keys broken in ${broken.rows.map((r) => r.table).join(', ')}`)
}

async function upPostgres(db: Kysely<any>) {
  // Placements first, from the parent column about to go.
  await createPlacementTable(db)
  await sql`insert into unit_placement (unit_code, valid_from, valid_to, parent_code, title)
    select code, make_date(coalesce(valid_from, 1900), 1, 1),
      case when valid_to is null then null else make_date(valid_to, 12, 31) end,
      parent_code, null
    from unit`.execute(db)
  await sql`alter table unit drop column parent_code`.execute(db)
  await sql`alter table unit alter column valid_from type date
    using case when valid_from is null then null else make_date(valid_from, 1, 1) end`.execute(db)
  await sql`alter table unit alter column valid_to type date
    using case when valid_to is null then null else make_date(valid_to, 12, 31) end`.execute(db)
  await sql`alter table unit_lineage alter column to_code drop not null`.execute(db)
  await sql`alter table assessment alter column points drop not null`.execute(db)
  await sql`alter table assessment alter column max_points drop not null`.execute(db)
  await sql`alter table assessment add column cohort_parent_code text`.execute(db)
  await sql`alter table assessment add column cohort_block text not null default ''`.execute(db)
  await sql`alter table assessment add column published_cohort_size integer`.execute(db)
  await sql`update assessment a set cohort_parent_code = p.parent_code
    from unit_placement p where p.unit_code = a.unit_code`.execute(db)
  await createPlacementAndRanks(db)
}

async function upSqlite(db: Kysely<any>) {
  await sql`create table unit_new (
    code text primary key,
    name text not null,
    name_key text not null,
    kind text not null,
    valid_from date,
    valid_to date,
    import_batch_id text,
    updated_at text not null)`.execute(db)
  await sql`insert into unit_new
    select code, name, name_key, kind,
      case when valid_from is null then null else printf('%04d-01-01', valid_from) end,
      case when valid_to is null then null else printf('%04d-12-31', valid_to) end,
      import_batch_id, updated_at
    from unit`.execute(db)
  await createPlacementTable(db)
  await sql`insert into unit_placement (unit_code, valid_from, valid_to, parent_code, title)
    select code, printf('%04d-01-01', coalesce(valid_from, 1900)),
      case when valid_to is null then null else printf('%04d-12-31', valid_to) end,
      parent_code, null
    from unit`.execute(db)

  await sql`create table unit_lineage_new (
    id text primary key,
    event text not null,
    from_code text not null references unit (code),
    to_code text references unit (code),
    effective_date date not null,
    note text)`.execute(db)
  await sql`insert into unit_lineage_new select id, event, from_code, to_code, effective_date, note
    from unit_lineage`.execute(db)

  await sql`create table assessment_new (
    unit_code text not null references unit (code),
    year integer not null,
    max_points double precision,
    points double precision,
    index_pct double precision not null,
    grade text,
    status text not null,
    decision_no text,
    decision_date date,
    published_rank integer,
    published_grade text,
    published_index_pct double precision,
    import_batch_id text,
    updated_at text not null,
    field_points text,
    cohort_parent_code text,
    cohort_block text not null default '',
    published_cohort_size integer,
    constraint assessment_pk primary key (unit_code, year))`.execute(db)
  await sql`insert into assessment_new
    select a.unit_code, a.year, a.max_points, a.points, a.index_pct, a.grade, a.status,
      a.decision_no, a.decision_date, a.published_rank, a.published_grade, a.published_index_pct,
      a.import_batch_id, a.updated_at, a.field_points,
      u.parent_code, '', null
    from assessment a join unit u on u.code = a.unit_code`.execute(db)

  await sql`drop table assessment`.execute(db)
  await sql`drop table unit_lineage`.execute(db)
  await sql`drop table unit`.execute(db)
  await sql`alter table unit_new rename to unit`.execute(db)
  await sql`alter table unit_lineage_new rename to unit_lineage`.execute(db)
  await sql`alter table assessment_new rename to assessment`.execute(db)
  await sql`create index unit_lineage_to_idx on unit_lineage (to_code)`.execute(db)
  await sql`create index unit_lineage_from_idx on unit_lineage (from_code)`.execute(db)
  await sql`create index assessment_year_idx on assessment (year, unit_code)`.execute(db)
}

async function createPlacementTable(db: Kysely<any>) {
  await db.schema
    .createTable('unit_placement')
    .addColumn('unit_code', 'text', (c) => c.notNull().references('unit.code'))
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_to', 'date')
    .addColumn('parent_code', 'text', (c) => c.references('unit.code'))
    .addColumn('title', 'text')
    .addColumn('import_batch_id', 'text')
    .addPrimaryKeyConstraint('unit_placement_pk', ['unit_code', 'valid_from'])
    .execute()
}

/** Indexes on the new shape, and the derived rank tables rebuilt with blocks. */
async function createPlacementAndRanks(db: Kysely<any>) {
  await db.schema
    .createIndex('unit_placement_parent_idx')
    .on('unit_placement')
    .columns(['parent_code', 'valid_from'])
    .execute()
  await db.schema.createIndex('unit_kind_idx').on('unit').column('kind').execute()
  await db.schema.createIndex('unit_name_key_idx').on('unit').column('name_key').execute()
  await db.schema
    .createIndex('unit_code_key_idx')
    .on('unit')
    .expression(sql`upper(code)`)
    .execute()

  await db.schema.dropTable('cohort_rank').execute()
  await db.schema.dropTable('cohort_year').execute()
  await db.schema
    .createTable('cohort_rank')
    .addColumn('parent_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('block', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('rank', 'integer', (c) => c.notNull())
    .addColumn('index_pct', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('cohort_rank_pk', [
      'parent_code',
      'kind',
      'block',
      'scope',
      'year',
      'unit_code',
    ])
    .execute()
  await db.schema
    .createIndex('cohort_rank_order_idx')
    .on('cohort_rank')
    .columns(['parent_code', 'kind', 'block', 'scope', 'year', 'rank', 'unit_code'])
    .execute()
  await db.schema
    .createIndex('cohort_rank_unit_idx')
    .on('cohort_rank')
    .columns(['unit_code', 'scope', 'year'])
    .execute()
  await db.schema
    .createTable('cohort_year')
    .addColumn('parent_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('block', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('unit_count', 'integer', (c) => c.notNull())
    .addColumn('published_size', 'integer')
    .addPrimaryKeyConstraint('cohort_year_pk', ['parent_code', 'kind', 'block', 'scope', 'year'])
    .execute()
  await sql`insert into cohort_rank (parent_code, kind, block, scope, year, unit_code, rank, index_pct)
    select a.cohort_parent_code, u.kind, a.cohort_block, s.scope, a.year, a.unit_code,
      rank() over (partition by a.cohort_parent_code, u.kind, a.cohort_block, s.scope, a.year
        order by a.index_pct desc),
      a.index_pct
    from assessment a
    join unit u on u.code = a.unit_code
    join (select 'ALL' as scope union all select 'PUBLISHED' as scope) s
      on s.scope = 'ALL' or a.status = 'PUBLISHED'
    where a.cohort_parent_code is not null`.execute(db)
  await sql`insert into cohort_year (parent_code, kind, block, scope, year, unit_count, published_size)
    select r.parent_code, r.kind, r.block, r.scope, r.year, count(*), max(a.published_cohort_size)
    from cohort_rank r join assessment a on a.unit_code = r.unit_code and a.year = r.year
    group by r.parent_code, r.kind, r.block, r.scope, r.year`.execute(db)
}

export async function down(): Promise<void> {
  // The old model cannot hold what this one can (a parent per period, index-only results,
  // blocks): going down would lose data, so it is refused. Restore an archive made before.
  throw new Error(
    'units_through_time cannot be undone without losing placements; restore a db:export archive',
  )
}
