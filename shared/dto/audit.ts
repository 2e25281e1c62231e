import { z } from 'zod'

/** One audit-log entry: who changed what, when, and from which import. */
export const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.object({ id: z.string().nullable(), email: z.string().nullable() }).nullable(),
  action: z.string(),
  entity: z.string(),
  entityKey: z.string(),
  /** The row before the change (any JSON), null for an insert. */
  before: z.unknown().describe('The row before the change (any JSON), null for an insert'),
  /** The row after the change (any JSON), null for a delete. */
  after: z.unknown().describe('The row after the change (any JSON), null for a delete'),
  importBatchId: z.string().nullable(),
})
export type AuditEntry = z.infer<typeof AuditEntrySchema>

export const AuditPageSchema = z.object({
  items: z.array(AuditEntrySchema),
  /** Pass as `before` for the next page. */
  nextCursor: z.string().nullable().describe('Pass as `before` for the next page'),
})
export type AuditPage = z.infer<typeof AuditPageSchema>
