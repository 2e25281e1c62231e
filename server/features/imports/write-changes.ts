// Writes a change set in bulk: multi-row upserts in chunks under the bound-parameter limits
// (SQLite 32766, PostgreSQL 65535), and one audit_log row per change.
import { randomUUID } from 'node:crypto'
import { CompiledQuery, type Transaction } from 'kysely'
import { dialectOf } from '#server/db/create-db.ts'
import type { SessionUser } from '#server/lib/app-env.ts'
import type { Database } from '#server/db/schema.ts'
import { ENTITY_KEYS, type Change, type Row, type TableEntity } from './change-set.ts'

const MAX_PARAMS = 30_000

export type WriteMeta = { batchId: string | null; at: string; actor: SessionUser | null }

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

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

const quote = (name: string) => `"${name}"`

/**
 * Multi-row insert as one prepared statement per chunk. Written as SQL text rather than through
 * the query builder: for tens of thousands of rows, building and compiling the query tree costs
 * more than running it. Table and column names come from code, never from a file.
 */
async function bulkInsert(
  trx: Transaction<Database>,
  table: string,
  columns: string[],
  rows: Row[],
  suffix = '',
) {
  const postgres = dialectOf(trx) === 'postgres'
  const head = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values `
  for (const part of chunk(rows, Math.floor(MAX_PARAMS / columns.length))) {
    const params: unknown[] = []
    const tuples: string[] = []
    for (const row of part) {
      const marks: string[] = []
      for (const c of columns) {
        params.push(row[c] ?? null)
        marks.push(postgres ? `$${params.length}` : '?')
      }
      tuples.push(`(${marks.join(', ')})`)
    }
    await trx.executeQuery(CompiledQuery.raw(`${head}${tuples.join(', ')}${suffix}`, params))
  }
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

/** Writes the rows of every change (multi-row upserts per table), then the audit trail. */
export async function writeChanges(
  trx: Transaction<Database>,
  changes: Change[],
  meta: WriteMeta,
): Promise<void> {
  const upserts = new Map<TableEntity, Row[]>()
  const add = (entity: TableEntity, row: Row) => {
    if ('import_batch_id' in row) row.import_batch_id = meta.batchId
    if ('updated_at' in row) row.updated_at = meta.at
    const list = upserts.get(entity)
    if (list) list.push(row)
    else upserts.set(entity, [row])
  }
  for (const change of changes) {
    if (change.writes && change.after && 'import_batch_id' in change.after) {
      Object.assign(change.after, { import_batch_id: meta.batchId, updated_at: meta.at })
    }
    if (change.writes) for (const w of change.writes) add(w.entity, w.row)
    else if (change.entity !== 'scheme' && change.after) add(change.entity, change.after)
  }
  for (const [entity, rows] of upserts) { const t0 = performance.now(); await upsertRows(trx, entity, rows); console.log('   upsert', entity, rows.length, Math.round(performance.now() - t0)) }
  const t1 = performance.now()
  await writeAudit(trx, changes, meta)
  console.log('   audit', changes.length, Math.round(performance.now() - t1))
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
