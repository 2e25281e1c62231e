// Undo's view of what a batch wrote: the rows it inserted are found by the import_batch_id they
// carry (their audit entry is one per table, write-changes.ts), the rows it updated by their
// own audit entries. A later change to any of them blocks the undo.
import type { Kysely } from 'kysely'
import type { AuditLogRow, Database } from '#server/db/schema.ts'
import { ENTITY_KEYS, entityKey, type Row } from './change-set.ts'
import { BATCH_KEY } from './write-changes.ts'
import { chunk } from '#server/lib/chunk.ts'
import { causeOf, type LaterChange } from './later-change.ts'

type BatchTable = 'unit' | 'unit_placement' | 'assessment' | 'task_result' | 'award_grant'
/** The columns of a batch's audit entries that say what it wrote (undo reads them all). */
export type BatchAudit = Pick<AuditLogRow, 'entity' | 'entity_key' | 'action' | 'after_json'>
export type InsertSummary<A extends BatchAudit = AuditLogRow> = {
  entity: BatchTable
  rows: number
  audit: A
}

/** Children before parents: a batch's own placements, then its units, go last. */
const DELETE_ORDER: BatchTable[] = [
  'assessment',
  'task_result',
  'award_grant',
  'unit_placement',
  'unit',
]

/** Splits a batch's audit rows into per-record entries and per-table insert summaries. */
export function splitAudit<A extends BatchAudit>(audit: A[]) {
  const perRow: A[] = []
  const summaries: InsertSummary<A>[] = []
  for (const a of audit) {
    if (a.entity_key !== BATCH_KEY || a.action !== 'INSERT') {
      perRow.push(a)
      continue
    }
    const after = JSON.parse(a.after_json ?? '{}') as { rows?: number }
    summaries.push({ entity: a.entity as BatchTable, rows: Number(after.rows ?? 0), audit: a })
  }
  return { perRow, summaries }
}

/** The later audit entry's columns a cause is read from (later-change.ts). */
const CAUSE_COLUMNS = [
  'l.entity_key',
  'l.action',
  'l.at',
  'l.actor_email',
  'l.import_batch_id',
  'l.before_json',
  'l.after_json',
  'b.file_name',
  'b.status',
] as const

/**
 * Every change made after `since` by others than this batch (undone ones aside), each with its
 * cause, oldest first.
 */
export async function laterChanges(
  trx: Kysely<Database>,
  batchId: string,
  since: string,
  entity: string,
  keys: Iterable<string>,
): Promise<LaterChange[]> {
  const out: LaterChange[] = []
  for (const part of chunk([...new Set(keys)], 1000)) {
    const later = await trx
      .selectFrom('audit_log as l')
      .leftJoin('import_batch as b', 'b.id', 'l.import_batch_id')
      .select(CAUSE_COLUMNS)
      .where('l.entity', '=', entity)
      .where('l.entity_key', 'in', part)
      .where('l.at', '>', since)
      .orderBy('l.at')
      .execute()
    for (const l of later) {
      // Rows of batches undone since then no longer count: their effect is gone.
      if (l.import_batch_id !== batchId && l.status !== 'UNDONE')
        out.push({ row: `${entity}:${l.entity_key}`, cause: causeOf(l) })
    }
  }
  return out
}

/**
 * Later changes to the rows this batch inserted: to rows still carrying the batch (e.g. a
 * publication), and to rows a later write took over (fewer rows carry the batch than it wrote;
 * the later audit entry's before image names the batch).
 */
export async function laterChangesToInserts(
  trx: Kysely<Database>,
  batchId: string,
  since: string,
  summaries: InsertSummary<BatchAudit>[],
  updatedKeys: Map<string, Set<string>>,
): Promise<LaterChange[]> {
  const out: LaterChange[] = []
  for (const s of summaries) {
    const carrying = (await trx
      .selectFrom(s.entity)
      .select(ENTITY_KEYS[s.entity] as never)
      .where('import_batch_id', '=', batchId)
      .execute()) as Row[]
    const keys = carrying.map((row) => entityKey(s.entity, row))
    out.push(...(await laterChanges(trx, batchId, since, s.entity, keys)))
    const missing = s.rows + (updatedKeys.get(s.entity)?.size ?? 0) - keys.length
    if (missing <= 0) continue
    const moved = await takenOver(trx, batchId, since, s.entity)
    // Rows gone without a later entry naming the batch: changed, by what the log does not say.
    const unnamed = { row: `${s.entity}:${missing} row(s) changed since`, cause: null }
    out.push(...(moved.length > 0 ? moved : [unnamed]))
  }
  return out
}

async function takenOver(
  trx: Kysely<Database>,
  batchId: string,
  since: string,
  entity: string,
): Promise<LaterChange[]> {
  // The batch id is a UUID (no LIKE wildcards); the JSON check below confirms each match.
  const rows = await trx
    .selectFrom('audit_log as l')
    .leftJoin('import_batch as b', 'b.id', 'l.import_batch_id')
    .select(CAUSE_COLUMNS)
    .where('l.entity', '=', entity)
    .where('l.at', '>', since)
    .where('l.before_json', 'like', `%"import_batch_id":"${batchId}"%`)
    .execute()
  return rows
    .filter(
      (l) =>
        l.import_batch_id !== batchId &&
        l.status !== 'UNDONE' &&
        (JSON.parse(l.before_json ?? '{}') as Row).import_batch_id === batchId,
    )
    .map((l) => ({ row: `${entity}:${l.entity_key}`, cause: causeOf(l) }))
}

/** Deletes the rows the batch inserted; returns how many. */
export async function deleteInserted(
  trx: Kysely<Database>,
  batchId: string,
  summaries: InsertSummary<BatchAudit>[],
): Promise<number> {
  let deleted = 0
  const tables = new Set(summaries.map((s) => s.entity))
  for (const entity of DELETE_ORDER.filter((e) => tables.has(e))) {
    const result = await trx
      .deleteFrom(entity as 'assessment')
      .where('import_batch_id', '=', batchId)
      .executeTakeFirst()
    deleted += Number(result.numDeletedRows)
  }
  return deleted
}
