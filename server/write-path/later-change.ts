// What a later change to an import's rows was, as the audit log tells it: the publication of
// their cohort-year (with its decision), another import (with its file), or a write outside both
// (a scheme edit's regrading, say). Undo names it when it refuses, so the editor knows whether
// there is anything to undo first.
import type { Row } from './change-set.ts'

export type LaterCause =
  | {
      kind: 'publication'
      /** UNPUBLISH when the last such change returned the year to draft. */
      action: 'PUBLISH' | 'UNPUBLISH'
      decisionNo: string | null
      decisionDate: string | null
      /** The cohort-year published: its parent and block as ranked, its year. */
      parentCode: string | null
      block: string
      year: number
      /** One unit of it, whose level tells the cohort's. */
      unitCode: string
      at: string
    }
  | {
      kind: 'import'
      batchId: string
      fileName: string | null
      at: string
      /** Its rows rest on units the undone batch added (they were not changed by it). */
      rests?: boolean
    }
  | { kind: 'edit'; actor: string | null; at: string }

/**
 * One row of the import touched later (`entity:key`), and by what (null: the log does not say);
 * `count` when the entry stands for that many rows of one kind (rows resting on its units).
 */
export type LaterChange = { row: string; cause: LaterCause | null; count?: number }

/** The audit columns a cause is read from (the later entry joined with its batch). */
export type LaterAudit = {
  action: string
  at: string
  actor_email: string | null
  import_batch_id: string | null
  before_json: string | null
  after_json: string | null
  file_name: string | null
}

export function causeOf(entry: LaterAudit): LaterCause {
  if (entry.action === 'PUBLISH' || entry.action === 'UNPUBLISH') {
    // A publication's after image carries the decision; a return to draft keeps it in both.
    const image = JSON.parse(entry.after_json ?? entry.before_json ?? '{}') as Row
    return {
      kind: 'publication',
      action: entry.action,
      decisionNo: (image.decision_no as string | null | undefined) ?? null,
      decisionDate: (image.decision_date as string | null | undefined) ?? null,
      parentCode: (image.cohort_parent_code as string | null | undefined) ?? null,
      block: (image.cohort_block as string | null | undefined) ?? '',
      year: Number(image.year),
      unitCode: String(image.unit_code),
      at: entry.at,
    }
  }
  if (entry.import_batch_id)
    return {
      kind: 'import',
      batchId: entry.import_batch_id,
      fileName: entry.file_name,
      at: entry.at,
    }
  return { kind: 'edit', actor: entry.actor_email, at: entry.at }
}
