// What keeps an import from being undone: every change made since to the rows it wrote, by
// others than itself (ADR 006), and the rows others wrote since on the units it added. Undo refuses on it (undo-import.ts) and the import history says
// it before anyone asks (ADR 069): one rule, read by both.
import type { Kysely } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import type { LaterChange } from './later-change.ts'
import { BATCH_KEY } from './write-changes.ts'
import { rowsRestingOnUnits } from './undo-resting-rows.ts'
import {
  laterChanges,
  laterChangesToInserts,
  splitAudit,
  type BatchAudit,
  type InsertSummary,
} from './undo-inserts.ts'

/** The audit actions that wrote data (a batch's own entries; an undo's are UNDO). */
export const DATA_ACTIONS = ['INSERT', 'UPDATE', 'DELETE']

/** A batch's per-row audit entries and per-table insert summaries, as undo reads them. */
export type BatchWrites<A extends BatchAudit> = {
  perRow: A[]
  summaries: InsertSummary<A>[]
}

/** Every later change to what the batch wrote (`since`: the batch's time), each with its cause. */
export async function undoBlockers(
  db: Kysely<Database>,
  batchId: string,
  since: string,
  { perRow, summaries }: BatchWrites<BatchAudit>,
): Promise<LaterChange[]> {
  const byEntity = new Map<string, Set<string>>()
  for (const a of perRow) {
    const keys = byEntity.get(a.entity)
    if (keys) keys.add(a.entity_key)
    else byEntity.set(a.entity, new Set([a.entity_key]))
  }
  const conflicts: LaterChange[] = []
  for (const [entity, keys] of byEntity) {
    conflicts.push(...(await laterChanges(db, batchId, since, entity, keys)))
  }
  conflicts.push(...(await laterChangesToInserts(db, batchId, since, summaries, byEntity)))
  conflicts.push(...(await rowsRestingOnUnits(db, batchId, byEntity.get('unit'))))
  return conflicts
}

/**
 * The same, for a batch not being undone (the import history): its audit read without the
 * before images, and nothing looked up when nobody has written anything since it.
 */
export async function undoBlockersOf(
  db: Kysely<Database>,
  batch: { id: string; created_at: string },
): Promise<LaterChange[]> {
  // Every cause is a later audit entry of another batch or of no batch: none, nothing blocks.
  const anyLater = await db
    .selectFrom('audit_log')
    .select('id')
    .where('at', '>', batch.created_at)
    .where((eb) =>
      eb.or([eb('import_batch_id', 'is', null), eb('import_batch_id', '!=', batch.id)]),
    )
    .limit(1)
    .executeTakeFirst()
  if (!anyLater) return []
  const audit = await db
    .selectFrom('audit_log')
    .select(['entity', 'entity_key', 'action'])
    // Only an insert summary's after image is read (its row count): an update's stays unread.
    .select((eb) =>
      eb
        .case()
        .when('entity_key', '=', BATCH_KEY)
        .then(eb.ref('after_json'))
        .else(null)
        .end()
        .as('after_json'),
    )
    .where('import_batch_id', '=', batch.id)
    .where('action', 'in', DATA_ACTIONS)
    .execute()
  return undoBlockers(db, batch.id, batch.created_at, splitAudit(audit))
}
