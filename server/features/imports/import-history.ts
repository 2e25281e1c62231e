// What keeps each applied import of the history from being undone, found by the rule undo itself
// refuses by (ADR 069), so the Data page offers no undo that would be refused and says why instead.
import type { Kysely } from 'kysely'
import type { Database, ImportBatchRow } from '#server/db/schema.ts'
import type { ImportUndoStatus, UndoBlockers } from '#shared/dto/import.ts'
import { undoBlockersOf } from '#server/write-path/undo-blockers.ts'
import { groupCauses, type RefusalCauses } from '#server/write-path/undo-refusal.ts'
import { listImportBatches } from './imports.repository.ts'

/** The applied ones of the newest `limit` batches, newest first, each with its blockers (or none). */
export async function importUndoStatus(
  db: Kysely<Database>,
  limit: number,
): Promise<ImportUndoStatus[]> {
  const rows = (await listImportBatches(db, limit)).filter((row) => row.status !== 'UNDONE')
  const causes = new Map<string, RefusalCauses>()
  for (const row of rows) {
    const changes = await undoBlockersOf(db, row)
    if (changes.length > 0) causes.set(row.id, groupCauses(changes))
  }
  const units = await unitsNamed(db, [...causes.values()])
  return rows.map((row: ImportBatchRow) => {
    const found = causes.get(row.id)
    return { id: row.id, undoBlockedBy: found ? toUndoBlockers(found, units) : null }
  })
}

type UnitNames = Map<string, { name: string; kind: string }>

/** The published cohorts' parents (by name) and a unit of each (by level). */
async function unitsNamed(db: Kysely<Database>, all: RefusalCauses[]): Promise<UnitNames> {
  const codes = new Set<string>()
  for (const c of all)
    for (const p of c.publications) {
      codes.add(p.unitCode)
      if (p.parentCode) codes.add(p.parentCode)
    }
  if (codes.size === 0) return new Map()
  const rows = await db
    .selectFrom('unit')
    .select(['code', 'name', 'kind'])
    .where('code', 'in', [...codes])
    .execute()
  return new Map(rows.map((r) => [r.code, { name: r.name, kind: r.kind }]))
}

function toUndoBlockers(causes: RefusalCauses, units: UnitNames): UndoBlockers {
  return {
    publications: causes.publications.map((p) => {
      const parent = p.parentCode ? units.get(p.parentCode) : undefined
      return {
        parent: p.parentCode ? { code: p.parentCode, name: parent?.name ?? p.parentCode } : null,
        kind: units.get(p.unitCode)?.kind ?? null,
        block: p.block,
        year: p.year,
        decisionNo: p.decisionNo,
        decisionDate: p.decisionDate,
        inForce: p.action === 'PUBLISH',
        rows: p.rows,
      }
    }),
    imports: causes.imports.map((i) => ({
      batchId: i.batchId,
      fileName: i.fileName,
      at: i.at,
      rows: i.rows,
      rests: i.rests === true,
    })),
    edits: causes.edits.map((e) => ({ actor: e.actor, at: e.at, rows: e.rows })),
    unnamed: causes.unnamed,
  }
}
