// Rows other writes made that rest on the units a batch added: a later file's results, tasks,
// awards, placements or lineage naming them. Undoing the batch would delete units those rows
// stand on, which the database refuses (a foreign key); the undo's rule names them beforehand,
// by the import that wrote them, so the editor knows which to undo first (ADR 069).
import type { Kysely } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import { chunk } from '#server/lib/chunk.ts'
import type { LaterChange } from './later-change.ts'

/** The tables whose rows name a unit and carry the batch that wrote them. */
const CARRYING = [
  { table: 'assessment', column: 'unit_code' },
  { table: 'task_result', column: 'unit_code' },
  { table: 'award_grant', column: 'unit_code' },
  { table: 'unit_placement', column: 'unit_code' },
  { table: 'unit_placement', column: 'parent_code' },
] as const

type Writer = { batchId: string | null; rows: number; from: string }

/**
 * Later rows of other writes that name a unit the batch inserted, by the batch that wrote them.
 * A unit the batch updated carries its id too, but its audit entry (`updated`) says so: undo
 * restores that one rather than deleting it.
 */
export async function rowsRestingOnUnits(
  db: Kysely<Database>,
  batchId: string,
  updated: ReadonlySet<string> = new Set(),
): Promise<LaterChange[]> {
  const units = await db
    .selectFrom('unit')
    .select('code')
    .where('import_batch_id', '=', batchId)
    .execute()
  const inserted = units.map((u) => u.code).filter((code) => !updated.has(code))
  if (inserted.length === 0) return []
  const writers: Writer[] = []
  for (const part of chunk(inserted, 1000)) {
    for (const { table, column } of CARRYING) {
      const rows = await db
        .selectFrom(table)
        .select(['import_batch_id'])
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where(column, 'in', part)
        .where((eb) =>
          eb.or([eb('import_batch_id', 'is', null), eb('import_batch_id', '!=', batchId)]),
        )
        .groupBy('import_batch_id')
        .execute()
      for (const r of rows)
        writers.push({ batchId: r.import_batch_id, rows: Number(r.n), from: `${table}.${column}` })
    }
    writers.push(...(await lineageWriters(db, part)))
  }
  return namedWriters(db, batchId, writers)
}

/** Lineage rows carry no batch: the audit entry that inserted each names it. */
async function lineageWriters(db: Kysely<Database>, codes: string[]): Promise<Writer[]> {
  const events = await db
    .selectFrom('unit_lineage')
    .select('id')
    .where((eb) => eb.or([eb('from_code', 'in', codes), eb('to_code', 'in', codes)]))
    .execute()
  if (events.length === 0) return []
  const writers: Writer[] = []
  for (const part of chunk(
    events.map((e) => String(e.id)),
    1000,
  )) {
    const rows = await db
      .selectFrom('audit_log')
      .select(['import_batch_id'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('entity', '=', 'unit_lineage')
      .where('action', '=', 'INSERT')
      .where('entity_key', 'in', part)
      .groupBy('import_batch_id')
      .execute()
    for (const r of rows)
      writers.push({ batchId: r.import_batch_id, rows: Number(r.n), from: 'unit_lineage' })
  }
  return writers
}

/** One change per resting row's writer: the import by its file and time, else unnamed. */
async function namedWriters(
  db: Kysely<Database>,
  batchId: string,
  writers: Writer[],
): Promise<LaterChange[]> {
  const ids = [...new Set(writers.flatMap((w) => (w.batchId ? [w.batchId] : [])))]
  const batches = ids.length
    ? await db
        .selectFrom('import_batch')
        .select(['id', 'file_name', 'created_at', 'status'])
        .where('id', 'in', ids)
        .execute()
    : []
  const byId = new Map(batches.map((b) => [b.id, b]))
  const out: LaterChange[] = []
  for (const w of writers) {
    // The batch's own lineage rows, and rows of undone batches (gone with their undo): none.
    if (w.batchId === batchId) continue
    const batch = w.batchId ? byId.get(w.batchId) : undefined
    if (batch?.status === 'UNDONE') continue
    // One entry per writer and table: the count says how many rows it stands for.
    out.push({
      row: `${w.from}:${w.batchId ?? '-'}:${out.length}`,
      count: w.rows,
      cause: batch
        ? {
            kind: 'import',
            batchId: batch.id,
            fileName: batch.file_name,
            at: batch.created_at,
            rests: true,
          }
        : null,
    })
  }
  return out
}
