// Intent: the whole data model of the first release — units and their lineage, scoring schemes
// (fields with maxima, grade bands), assessments with per-field points and published values,
// task results by status, the award taxonomy and grants, import batches, the audit log, users,
// sessions and settings. Portable types only (text, integer, double precision, date) so the
// same migration runs on SQLite and PostgreSQL (ADR 001). Frozen: never import app code here.
import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('unit')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parent_code', 'text', (c) => c.references('unit.code'))
    .addColumn('valid_from', 'integer')
    .addColumn('valid_to', 'integer')
    .addColumn('import_batch_id', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('unit_parent_kind_idx')
    .on('unit')
    .columns(['parent_code', 'kind'])
    .execute()
  await db.schema
    .createIndex('unit_name_key_idx')
    .on('unit')
    .columns(['parent_code', 'name_key'])
    .execute()

  await db.schema
    .createTable('unit_lineage')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('from_code', 'text', (c) => c.notNull().references('unit.code'))
    .addColumn('to_code', 'text', (c) => c.notNull().references('unit.code'))
    .addColumn('effective_date', 'date', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute()
  await db.schema.createIndex('unit_lineage_to_idx').on('unit_lineage').column('to_code').execute()
  await db.schema
    .createIndex('unit_lineage_from_idx')
    .on('unit_lineage')
    .column('from_code')
    .execute()

  await db.schema
    .createTable('scheme')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('province_code', 'text', (c) => c.notNull().references('unit.code'))
    .addColumn('unit_kind', 'text', (c) => c.notNull())
    .addColumn('year_from', 'integer', (c) => c.notNull())
    .addColumn('year_to', 'integer')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('decision_no', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('scheme_scope_idx')
    .on('scheme')
    .columns(['province_code', 'unit_kind', 'year_from'])
    .execute()

  await db.schema
    .createTable('scheme_field')
    .addColumn('scheme_id', 'text', (c) => c.notNull().references('scheme.id').onDelete('cascade'))
    .addColumn('field_code', 'text', (c) => c.notNull())
    .addColumn('max_points', 'double precision', (c) => c.notNull())
    .addColumn('component', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('scheme_field_pk', ['scheme_id', 'field_code'])
    .execute()

  await db.schema
    .createTable('scheme_grade_band')
    .addColumn('scheme_id', 'text', (c) => c.notNull().references('scheme.id').onDelete('cascade'))
    .addColumn('grade_code', 'text', (c) => c.notNull())
    .addColumn('label_vi', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('min_pct', 'double precision', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('scheme_grade_band_pk', ['scheme_id', 'grade_code'])
    .execute()

  await db.schema
    .createTable('assessment')
    .addColumn('unit_code', 'text', (c) => c.notNull().references('unit.code'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('max_points', 'double precision', (c) => c.notNull())
    .addColumn('points', 'double precision', (c) => c.notNull())
    .addColumn('index_pct', 'double precision', (c) => c.notNull())
    .addColumn('grade', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decision_no', 'text')
    .addColumn('decision_date', 'date')
    .addColumn('published_rank', 'integer')
    .addColumn('published_grade', 'text')
    .addColumn('published_index_pct', 'double precision')
    .addColumn('import_batch_id', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_pk', ['unit_code', 'year'])
    .execute()
  await db.schema
    .createIndex('assessment_year_idx')
    .on('assessment')
    .columns(['year', 'unit_code'])
    .execute()

  await db.schema
    .createTable('assessment_field')
    .addColumn('unit_code', 'text', (c) => c.notNull().references('unit.code'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('field_code', 'text', (c) => c.notNull())
    .addColumn('points', 'double precision', (c) => c.notNull())
    .addColumn('max_points', 'double precision')
    .addPrimaryKeyConstraint('assessment_field_pk', ['unit_code', 'year', 'field_code'])
    .execute()

  await db.schema
    .createTable('task_result')
    .addColumn('unit_code', 'text', (c) => c.notNull().references('unit.code'))
    .addColumn('year', 'integer', (c) => c.notNull())
    // '' = the whole plan, not broken down by field or content area (keeps the key NOT NULL).
    .addColumn('field_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('content_area', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('done_on_time', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done_late', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('in_progress', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('overdue', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('not_started', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('cancelled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('import_batch_id', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('task_result_pk', ['unit_code', 'year', 'field_code', 'content_area'])
    .execute()
  await db.schema
    .createIndex('task_result_year_idx')
    .on('task_result')
    .columns(['year', 'unit_code'])
    .execute()

  await db.schema
    .createTable('award_type')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('family', 'text', (c) => c.notNull())
    .addColumn('recipients', 'text', (c) => c.notNull())
    .addColumn('issuers', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('award_grant')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Natural key of a grant line, so re-importing the same decision updates instead of duplicating.
    .addColumn('grant_key', 'text', (c) => c.notNull().unique())
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
  await db.schema
    .createIndex('award_grant_unit_year_idx')
    .on('award_grant')
    .columns(['unit_code', 'year'])
    .execute()
  await db.schema
    .createIndex('award_grant_year_idx')
    .on('award_grant')
    .columns(['year', 'unit_code'])
    .execute()

  await db.schema
    .createTable('import_batch')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('inserted', 'integer', (c) => c.notNull())
    .addColumn('updated', 'integer', (c) => c.notNull())
    .addColumn('unchanged', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('undone_by', 'text')
    .addColumn('undone_at', 'text')
    .execute()

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_email', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_key', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('import_batch_id', 'text')
    .execute()
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute()
  await db.schema
    .createIndex('audit_log_batch_idx')
    .on('audit_log')
    .column('import_batch_id')
    .execute()
  await db.schema
    .createIndex('audit_log_entity_idx')
    .on('audit_log')
    .columns(['entity', 'entity_key'])
    .execute()

  await db.schema
    .createTable('app_user')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'text')
    .execute()

  await db.schema
    .createTable('user_session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('user_session_user_idx')
    .on('user_session')
    .column('user_id')
    .execute()

  await db.schema
    .createTable('login_attempt')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('attempt_key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('login_attempt_key_idx')
    .on('login_attempt')
    .columns(['attempt_key', 'at'])
    .execute()

  await db.schema
    .createTable('app_setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'app_setting',
    'login_attempt',
    'user_session',
    'app_user',
    'audit_log',
    'import_batch',
    'award_grant',
    'award_type',
    'task_result',
    'assessment_field',
    'assessment',
    'scheme_grade_band',
    'scheme_field',
    'scheme',
    'unit_lineage',
    'unit',
  ]) {
    await db.schema.dropTable(table).ifExists().execute()
  }
}
