// Writes a change set in bulk: multi-row inserts and upserts (SQLite: chunks under its 32,766
// bound parameters; PostgreSQL: one array parameter per column through unnest), then the audit
// trail: one audit_log row per updated record (before and after images) and, for rows an import
// inserts, one row per batch and table (the rows themselves carry import_batch_id).
import { randomUUID } from 'node:crypto'
import type { Transaction } from 'kysely'
import { bulkInsert, quote } from '#server/db/bulk-insert.ts'
import type { SessionUser } from '#server/lib/app-env.ts'
import type { Database } from '#server/db/schema.ts'
import { ENTITY_KEYS, type Change, type Row, type TableEntity } from './change-set.ts'
import { bumpUnitsVersion } from '#server/lib/data-version.ts'

export type WriteMeta = { batchId: string | null; at: string; actor: SessionUser | null }

/** Multi-row `insert … on conflict (key) do update set every column = excluded.column`. */
export async function upsertRows(
  trx: Transaction<Database>,
  entity: TableEntity,
  rows: Row[],
): Promise<void> {
  const first = rows[0]
  if (!first) return
  const columns = Object.keys(first)
  const keys: readonly string[] = ENTITY_KEYS[entity]
  const updates = columns.filter((c) => !keys.includes(c))
  const conflict = ` on conflict (${keys.map(quote).join(', ')}) do update set ${updates
    .map((c) => `${quote(c)} = excluded.${quote(c)}`)
    .join(', ')}`
  await bulkInsert(trx, entity, columns, rows, conflict)
}

/** Multi-row plain insert (the rows are known to be absent). */
export async function insertRows(trx: Transaction<Database>, entity: TableEntity, rows: Row[]) {
  if (rows[0]) await bulkInsert(trx, entity, Object.keys(rows[0]), rows)
}

export async function deleteRows(
  trx: Transaction<Database>,
  entity: TableEntity,
  rows: Row[],
): Promise<void> {
  const keys = ENTITY_KEYS[entity]
  for (const row of rows) {
    let query = trx.deleteFrom(entity)
    for (const k of keys) query = query.where(k as never, '=', row[k] as never)
    await query.execute()
  }
}

/**
 * Writes the rows of every change, then the audit trail. Rows the plan found absent are plain
 * inserts (an upsert's conflict handling roughly doubles PostgreSQL's insert cost); changed rows
 * are upserts.
 */
export async function writeChanges(
  trx: Transaction<Database>,
  changes: Change[],
  meta: WriteMeta,
): Promise<void> {
  const inserts = new Map<TableEntity, Row[]>()
  const upserts = new Map<TableEntity, Row[]>()
  const add = (target: Map<TableEntity, Row[]>, entity: TableEntity, row: Row) => {
    if ('import_batch_id' in row) row.import_batch_id = meta.batchId
    if ('updated_at' in row) row.updated_at = meta.at
    const list = target.get(entity)
    if (list) list.push(row)
    else target.set(entity, [row])
  }
  for (const change of changes) {
    const target = change.action === 'INSERT' ? inserts : upserts
    if (change.writes && change.after && 'import_batch_id' in change.after) {
      Object.assign(change.after, { import_batch_id: meta.batchId, updated_at: meta.at })
    }
    if (change.writes) for (const w of change.writes) add(target, w.entity, w.row)
    else if (change.entity !== 'scheme' && change.after) add(target, change.entity, change.after)
  }
  // Tables in ENTITY_KEYS order (units before the placements and rows that refer to them).
  for (const entity of Object.keys(ENTITY_KEYS) as TableEntity[]) {
    const rows = inserts.get(entity)
    if (rows) await insertRows(trx, entity, rows)
  }
  for (const entity of Object.keys(ENTITY_KEYS) as TableEntity[]) {
    const rows = upserts.get(entity)
    if (rows) await upsertRows(trx, entity, rows)
  }
  const touchesUnits = (m: Map<TableEntity, Row[]>) => UNIT_TABLES.some((t) => m.has(t))
  if (touchesUnits(inserts) || touchesUnits(upserts)) await bumpUnitsVersion(trx, new Date())
  await writeAudit(trx, meta.batchId ? summarizeInserts(changes) : changes, meta)
}

/** The tables the unit directory is read from: a write to one makes every cached copy stale. */
const UNIT_TABLES: readonly TableEntity[] = ['unit', 'unit_placement', 'unit_lineage']

/** Tables whose rows carry import_batch_id: an import's inserts there are audited per batch. */
export const BATCH_AUDITED: ReadonlySet<string> = new Set<TableEntity>([
  'unit',
  'unit_placement',
  'assessment',
  'task_result',
  'award_grant',
])
/** entity_key of the one audit row that stands for every row a batch inserted into a table. */
export const BATCH_KEY = '*'
/** Up to this many inserted keys are listed in that row (beyond, the rows themselves say). */
const LISTED_KEYS = 200

/**
 * The audit trail of an import: every update and delete as its own entry (the replaced values
 * stay in history), but the inserts into a table that records the batch on each row as one
 * entry `{ rows, keys? }`: the rows say which batch wrote them, and undo deletes them by it.
 */
function summarizeInserts(changes: Change[]): Change[] {
  const out: Change[] = []
  const inserted = new Map<string, string[]>()
  for (const c of changes) {
    if (c.action !== 'INSERT' || !BATCH_AUDITED.has(c.entity)) {
      out.push(c)
      continue
    }
    const keys = inserted.get(c.entity)
    if (keys) keys.push(c.key)
    else inserted.set(c.entity, [c.key])
  }
  for (const [entity, keys] of inserted) {
    const after = keys.length <= LISTED_KEYS ? { rows: keys.length, keys } : { rows: keys.length }
    out.push({
      entity: entity as TableEntity,
      key: BATCH_KEY,
      action: 'INSERT',
      before: null,
      after,
    })
  }
  return out
}

export async function writeAudit(
  trx: Transaction<Database>,
  changes: Change[],
  meta: WriteMeta,
  action?: string,
) {
  const rows = changes.map((c) => ({
    id: randomUUID(),
    at: meta.at,
    actor_id: meta.actor?.id ?? null,
    actor_email: meta.actor?.email ?? null,
    action: action ?? c.action,
    entity: c.entity,
    entity_key: c.key,
    before_json: c.before ? JSON.stringify(c.before) : null,
    after_json: c.after ? JSON.stringify(c.after) : null,
    import_batch_id: meta.batchId,
  }))
  if (rows[0]) await bulkInsert(trx, 'audit_log', Object.keys(rows[0]), rows)
}

let last = 0
/** ISO timestamp, strictly increasing within the process, so "later" is never a tie. */
export function nowIso(): string {
  last = Math.max(Date.now(), last + 1)
  return new Date(last).toISOString()
}
