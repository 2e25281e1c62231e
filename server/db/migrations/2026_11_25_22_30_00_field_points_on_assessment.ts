// Intent: an assessment's field points move onto the assessment row as one JSON text
// (`field_points`, {"CODE":[points,max|null]}), and the assessment_field table goes (ADR 013).
// A national load wrote eight field-point rows per assessment, 1.76 million rows, each through
// the table's primary-key index and, on PostgreSQL, a row-level foreign-key check; now it writes
// one row per assessment. Existing points are carried over and back by the database itself.
// Frozen: never import app code here.
import { sql, type Kysely } from 'kysely'

const isPostgres = (db: Kysely<any>) =>
  db.getExecutor().adapter.constructor.name.toLowerCase().includes('postgres')

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('assessment').addColumn('field_points', 'text').execute()
  if (isPostgres(db)) {
    await sql`update assessment a set field_points = f.points
      from (
        select unit_code, year,
          json_object_agg(field_code, json_build_array(points, max_points) order by field_code)::text
            as points
        from assessment_field group by unit_code, year
      ) f
      where f.unit_code = a.unit_code and f.year = a.year`.execute(db)
  } else {
    await sql`update assessment set field_points = (
        select json_group_object(field_code, json_array(points, max_points))
        from (
          select field_code, points, max_points from assessment_field f
          where f.unit_code = assessment.unit_code and f.year = assessment.year
          order by field_code
        )
      )
      where exists (
        select 1 from assessment_field f
        where f.unit_code = assessment.unit_code and f.year = assessment.year
      )`.execute(db)
  }
  await db.schema.dropTable('assessment_field').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('assessment_field')
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('field_code', 'text', (c) => c.notNull())
    .addColumn('points', 'double precision', (c) => c.notNull())
    .addColumn('max_points', 'double precision')
    .addPrimaryKeyConstraint('assessment_field_pk', ['unit_code', 'year', 'field_code'])
    // The name each dialect had before (2026_11_25_13_00_00_import_speed), whose down drops it.
    .addForeignKeyConstraint(
      isPostgres(db) ? 'assessment_field_assessment_fkey' : 'assessment_field_assessment_fk',
      ['unit_code', 'year'],
      'assessment',
      ['unit_code', 'year'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute()
  if (isPostgres(db)) {
    await sql`insert into assessment_field
      select a.unit_code, a.year, f.key, (f.value ->> 0)::double precision,
        (f.value ->> 1)::double precision
      from assessment a, json_each(a.field_points::json) f
      where a.field_points is not null`.execute(db)
  } else {
    await sql`insert into assessment_field
      select a.unit_code, a.year, f.key, json_extract(f.value, '$[0]'), json_extract(f.value, '$[1]')
      from assessment a, json_each(a.field_points) f
      where a.field_points is not null`.execute(db)
  }
  await db.schema.alterTable('assessment').dropColumn('field_points').execute()
}
