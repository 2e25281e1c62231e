// The portable archive: one gzip-compressed JSON document. Values are JSON strings, numbers
// and nulls only (dates are already 'YYYY-MM-DD' text and timestamps ISO text in both dialects).
import { z } from 'zod'

export const ARCHIVE_FORMAT = 'par-dashboard-archive'
export const ARCHIVE_VERSION = 1

const cellSchema = z.union([z.string(), z.number(), z.null()])
export type Cell = z.infer<typeof cellSchema>

export const archiveTableSchema = z.object({
  name: z.string().min(1),
  columns: z.array(z.string().min(1)).min(1),
  primaryKey: z.array(z.string().min(1)),
  rowCount: z.number().int().min(0),
  /** SHA-256 (hex) of the canonical serialisation, see checksum.ts. */
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  rows: z.array(z.array(cellSchema)),
})
export type ArchiveTable = z.infer<typeof archiveTableSchema>

export const archiveSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  createdAt: z.string(),
  sourceDialect: z.enum(['sqlite', 'postgres']),
  /** Names of the applied migrations, in order: a restore target must have exactly these. */
  migrations: z.array(z.string()),
  tables: z.array(archiveTableSchema),
})
export type Archive = z.infer<typeof archiveSchema>
