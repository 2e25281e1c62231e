import type { AuditEntry } from '#shared/dto/audit.ts'
import type { AuditLogRow } from '../../db/schema.ts'

function parseJson(value: string | null): unknown {
  if (value === null) return null
  try {
    return JSON.parse(value) as unknown
  } catch {
    // Written by the app as JSON; if a row was edited by hand, show the text rather than fail.
    return value
  }
}

export function toAuditEntry(row: AuditLogRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor:
      row.actor_id === null && row.actor_email === null
        ? null
        : { id: row.actor_id, email: row.actor_email },
    action: row.action,
    entity: row.entity,
    entityKey: row.entity_key,
    before: parseJson(row.before_json),
    after: parseJson(row.after_json),
    importBatchId: row.import_batch_id,
  }
}
