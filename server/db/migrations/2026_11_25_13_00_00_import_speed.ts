// Intent: cheaper import writes (ADR 010-import-write-path).
// - award_grant: the natural key is unique per (unit_code, year, grant_key) instead of on the
//   bare grant_key (a hash: every insert landed on a random page of its index). grant_key hashes
//   unit_code and year, so the two say the same thing; the new index also serves the by-unit
//   reads, which makes award_grant_unit_year_idx redundant. New ids are time-ordered (UUIDv7), so
//   the primary key is written in key order too.
// - assessment_field: its foreign key points at its assessment (unit_code, year), deleted with
//   it, instead of at the unit. A field point without its assessment can no longer exist, and
//   the unit is still guaranteed through the assessment. On PostgreSQL the unit check cost two
//   thirds of a field insert (a key-share lock on one hot unit row per field point).
// SQLite cannot drop a constraint: both tables are rebuilt there, with the same columns in the
// same order. Frozen: never import app code here.
import { sql, type Kysely } from 'kysely'

const isPostgres = (db: Kysely<any>) =>
  db.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres')

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`alter table award_grant drop constraint award_grant_grant_key_key`.execute(db)
    await sql`alter table assessment_field drop constraint assessment_field_unit_code_fkey`.execute(
      db,
    )
    await sql`alter table assessment_field add constraint assessment_field_assessment_fkey
      foreign key (unit_code, year) references assessment (unit_code, year) on delete cascade`.execute(
      db,
    )
  } else {
    await rebuildAwardGrant(db, false)
    await rebuildAssessmentField(db, false)
  }
  await db.schema.dropIndex('award_grant_unit_year_idx').ifExists().execute()
  await db.schema
    .createIndex('award_grant_key_idx')
    .on('award_grant')
    .columns(['unit_code', 'year', 'grant_key'])
    .unique()
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('award_grant_key_idx').execute()
  if (isPostgres(db)) {
    await sql`alter table award_grant add constraint award_grant_grant_key_key unique (grant_key)`.execute(
      db,
    )
    await sql`alter table assessment_field drop constraint assessment_field_assessment_fkey`.execute(
      db,
    )
    await sql`alter table assessment_field add constraint assessment_field_unit_code_fkey
      foreign key (unit_code) references unit (code)`.execute(db)
  } else {
    await rebuildAwardGrant(db, true)
    await rebuildAssessmentField(db, true)
  }
  await db.schema
    .createIndex('award_grant_unit_year_idx')
    .on('award_grant')
    .columns(['unit_code', 'year'])
    .execute()
}

async function rebuildAwardGrant(db: Kysely<any>, uniqueGrantKey: boolean): Promise<void> {
  await db.schema
    .createTable('award_grant_new')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('grant_key', 'text', (c) => (uniqueGrantKey ? c.notNull().unique() : c.notNull()))
    .addColumn('unit_code', 'text', (c) => c.notNull().references('unit.code'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('award_code', 'text', (c) => c.notNull().references('award_type.code'))
    .addColumn('recipient_type', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('recipient_name', 'text')
    .addColumn('issuer_level', 'text', (c) => c.notNull())
    .addColumn('decision_no', 'text')
    .addColumn('decision_date', 'date')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('import_batch_id', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await sql`insert into award_grant_new select * from award_grant`.execute(db)
  await db.schema.dropTable('award_grant').execute()
  await db.schema.alterTable('award_grant_new').renameTo('award_grant').execute()
  await db.schema
    .createIndex('award_grant_year_idx')
    .on('award_grant')
    .columns(['year', 'unit_code'])
    .execute()
}

async function rebuildAssessmentField(db: Kysely<any>, unitForeignKey: boolean): Promise<void> {
  let table = db.schema
    .createTable('assessment_field_new')
    .addColumn('unit_code', 'text', (c) =>
      unitForeignKey ? c.notNull().references('unit.code') : c.notNull(),
    )
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('field_code', 'text', (c) => c.notNull())
    .addColumn('points', 'double precision', (c) => c.notNull())
    .addColumn('max_points', 'double precision')
    .addPrimaryKeyConstraint('assessment_field_pk', ['unit_code', 'year', 'field_code'])
  if (!unitForeignKey) {
    table = table.addForeignKeyConstraint(
      'assessment_field_assessment_fk',
      ['unit_code', 'year'],
      'assessment',
      ['unit_code', 'year'],
      (fk) => fk.onDelete('cascade'),
    )
  }
  await table.execute()
  await sql`insert into assessment_field_new select * from assessment_field`.execute(db)
  await db.schema.dropTable('assessment_field').execute()
  await db.schema.alterTable('assessment_field_new').renameTo('assessment_field').execute()
}
