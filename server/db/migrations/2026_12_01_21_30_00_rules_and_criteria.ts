// Intent: rules that change with the law, and what published methods have, become data.
// - `award_issuer_rule`: which issuing level may issue which award during which period (dates
//   'YYYY-MM-DD', both days included, valid_to null = still in force). Filled by the reference-data
//   sync at every start, like award_type, so this migration leaves it empty.
// - `scheme_criterion`: a scheme field's criteria (tiêu chí) with maxima and the part, appraisal or
//   survey, each belongs to; deleted with their field.
// - `scheme_field.appraisal_max`, `survey_max`: a field with both parts (null: the whole field is
//   its `component`, as every existing field stays).
// - `scheme_grade_band.min_inclusive`: 1 = the band starts at its minimum (A ≥ 90), 0 = above it
//   (Xuất sắc > 95). Existing bands become 1, which is how they were graded.
// Nothing stored is changed on the way up. Down drops the new tables and columns: criteria,
// field parts and strict bounds are lost (strict bands grade inclusive again).
// Portable types only (ADR 001). Frozen: never import app code here.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('award_issuer_rule')
    .addColumn('award_code', 'text', (c) =>
      c.notNull().references('award_type.code').onDelete('cascade'),
    )
    .addColumn('issuer_level', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_to', 'date')
    .addPrimaryKeyConstraint('award_issuer_rule_pk', ['award_code', 'issuer_level', 'valid_from'])
    .execute()

  await db.schema
    .createTable('scheme_criterion')
    .addColumn('scheme_id', 'text', (c) => c.notNull())
    .addColumn('field_code', 'text', (c) => c.notNull())
    .addColumn('criterion_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('max_points', 'double precision', (c) => c.notNull())
    .addColumn('component', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('scheme_criterion_pk', ['scheme_id', 'criterion_code'])
    .addForeignKeyConstraint(
      'scheme_criterion_field_fk',
      ['scheme_id', 'field_code'],
      'scheme_field',
      ['scheme_id', 'field_code'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute()

  await db.schema
    .alterTable('scheme_field')
    .addColumn('appraisal_max', 'double precision')
    .execute()
  await db.schema.alterTable('scheme_field').addColumn('survey_max', 'double precision').execute()
  await db.schema
    .alterTable('scheme_grade_band')
    .addColumn('min_inclusive', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('scheme_grade_band').dropColumn('min_inclusive').execute()
  await db.schema.alterTable('scheme_field').dropColumn('survey_max').execute()
  await db.schema.alterTable('scheme_field').dropColumn('appraisal_max').execute()
  await db.schema.dropTable('scheme_criterion').ifExists().execute()
  await db.schema.dropTable('award_issuer_rule').ifExists().execute()
}
