import type { Kysely, Transaction } from 'kysely'
import type { AuditQuery } from '#shared/schemas/users.schema.ts'
import type { AuditLogRow, Database } from '../../db/schema.ts'
import { pastCursor } from '../../db/past-cursor.ts'

export type AuditActor = { id: string; email: string } | null

export type AuditRecord = {
  actor: AuditActor
  /** What happened, e.g. CREATE, UPDATE, DELETE, IMPORT, PUBLISH, UNDO. */
  action: string
  /** The table or concept changed, e.g. assessment, app_user, app_setting. */
  entity: string
  /** The changed row's key, e.g. `LONG_AN.THANH_HOA/2023`. */
  entityKey: string
  before?: unknown
  after?: unknown
  importBatchId?: string | null
}

/** Writes one audit entry; call it inside the transaction that makes the change. */
export async function recordAudit(
  db: Kysely<Database> | Transaction<Database>,
  record: AuditRecord,
  at = new Date(),
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: crypto.randomUUID(),
      at: at.toISOString(),
      actor_id: record.actor?.id ?? null,
      actor_email: record.actor?.email ?? null,
      action: record.action,
      entity: record.entity,
      entity_key: record.entityKey,
      before_json: record.before === undefined ? null : JSON.stringify(record.before),
      after_json: record.after === undefined ? null : JSON.stringify(record.after),
      import_batch_id: record.importBatchId ?? null,
    })
    .execute()
}

/** Newest first; `before` is `at~id` of the last entry of the previous page (ties on `at` are safe). */
export async function listAudit(db: Kysely<Database>, query: AuditQuery): Promise<AuditLogRow[]> {
  let q = db.selectFrom('audit_log').selectAll()
  if (query.entity) q = q.where('entity', '=', query.entity)
  if (query.batch) q = q.where('import_batch_id', '=', query.batch)
  if (query.before) {
    const [at, id] = query.before.split('~') as [string, string]
    q = q.where(pastCursor({ column: 'at', value: at }, { column: 'id', value: id }, 'desc'))
  }
  return q.orderBy('at', 'desc').orderBy('id', 'desc').limit(query.limit).execute()
}

export function auditCursor(row: Pick<AuditLogRow, 'at' | 'id'>): string {
  return `${row.at}~${row.id}`
}
