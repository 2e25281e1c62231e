import type { Kysely } from 'kysely'
import type { Database, ImportBatchRow } from '#server/db/schema.ts'
import type { ImportBatch } from '#shared/dto/import.ts'

export async function listImportBatches(
  db: Kysely<Database>,
  limit: number,
): Promise<ImportBatchRow[]> {
  return db
    .selectFrom('import_batch')
    .selectAll()
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute()
}

/** Row → DTO; counts wrapped in Number() because pg may hand integers back as strings. */
export function toImportBatch(row: ImportBatchRow): ImportBatch {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.file_name,
    status: row.status === 'UNDONE' ? 'UNDONE' : 'APPLIED',
    rows: Number(row.row_count),
    inserted: Number(row.inserted),
    updated: Number(row.updated),
    unchanged: Number(row.unchanged),
    createdBy: row.created_by,
    createdAt: row.created_at,
    undoneBy: row.undone_by,
    undoneAt: row.undone_at,
  }
}
