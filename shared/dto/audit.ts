/** One audit-log entry: who changed what, when, and from which import. */
export type AuditEntry = {
  id: string
  at: string
  actor: { id: string | null; email: string | null } | null
  action: string
  entity: string
  entityKey: string
  before: unknown
  after: unknown
  importBatchId: string | null
}

export type AuditPage = { items: AuditEntry[]; nextCursor: string | null }
