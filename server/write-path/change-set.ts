// What an import would do, row by row, before anything is written: the same plan serves the
// dry-run preview and the write, so a preview never lies about the real run.
import type { ImportPreviewRow } from '#shared/dto/import.ts'

export type Row = Record<string, unknown>

export const ENTITY_KEYS = {
  unit: ['code'],
  unit_placement: ['unit_code', 'valid_from'],
  unit_lineage: ['id'],
  assessment: ['unit_code', 'year'],
  task_result: ['unit_code', 'year', 'field_code', 'content_area'],
  award_grant: ['id'],
} as const
export type TableEntity = keyof typeof ENTITY_KEYS
/** `scheme` is one composite entity: the scheme row with its fields and grade bands. */
export type Entity = TableEntity | 'scheme'

export type Change = {
  entity: Entity
  key: string
  action: 'INSERT' | 'UPDATE' | 'DELETE'
  /** Audited images; for a composite (an assessment with `fields`) more than one table row. */
  before: Row | null
  after: Row | null
  /** Table rows to upsert; defaults to `after` for a plain table entity. */
  writes?: { entity: TableEntity; row: Row }[]
}

/** Columns never compared: bookkeeping that changes on every write. */
const META = new Set(['import_batch_id', 'updated_at'])

export function entityKey(entity: TableEntity, row: Row): string {
  const keys: readonly string[] = ENTITY_KEYS[entity]
  let key = String(row[keys[0] as string])
  for (let i = 1; i < keys.length; i++) key += `|${String(row[keys[i] as string])}`
  return key
}

/** The differing columns of two rows, or null when equal (numbers compared exactly). */
export function diffRows(
  before: Row,
  after: Row,
): Record<string, { before: unknown; after: unknown }> | null {
  let changes: Record<string, { before: unknown; after: unknown }> | null = null
  for (const [col, value] of Object.entries(after)) {
    if (META.has(col)) continue
    const old = before[col] ?? null
    if (!sameValue(old, value ?? null))
      (changes ??= {})[col] = { before: old, after: value ?? null }
  }
  return changes
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b
  if (a === null || b === null) return a === b
  return String(a) === String(b)
}

/** What a preview line says of the record besides its action: see ImportPreviewRow. */
export type PreviewShown = Pick<ImportPreviewRow, 'unit' | 'year' | 'values'>

/** Accumulates the changes and preview of one import. */
export class ChangeSet {
  readonly changes: Change[] = []
  readonly preview: ImportPreviewRow[] = []
  inserted = 0
  updated = 0
  unchanged = 0
  private readonly previewLimit: number

  constructor(previewLimit = 1000) {
    this.previewLimit = previewLimit
  }

  /**
   * Records one file record; `changes` are the writes it needs (none when unchanged); `shown`
   * what its preview line says of it (its unit, year and main values), worked out only for the
   * lines the preview keeps, not for each of a large file's rows.
   */
  record(
    row: number,
    key: string,
    isNew: boolean,
    changes: Change[],
    diff?: ImportPreviewRow['changes'],
    shown?: () => PreviewShown,
  ): void {
    const action = isNew ? 'insert' : changes.length > 0 ? 'update' : 'unchanged'
    if (action === 'insert') this.inserted++
    else if (action === 'update') this.updated++
    else this.unchanged++
    this.changes.push(...changes)
    if (this.preview.length < this.previewLimit) {
      const line: ImportPreviewRow = { row, action, key, ...shown?.() }
      if (diff && action === 'update') line.changes = diff
      this.preview.push(line)
    }
  }

  /** A write that follows from the file but is not a record of it (e.g. a recomputed grade). */
  secondary(change: Change): void {
    this.changes.push(change)
  }
}

/** Upsert change for one table row: INSERT when absent, UPDATE when any column differs. */
export function rowChange(entity: TableEntity, before: Row | undefined, after: Row): Change | null {
  if (!before)
    return { entity, key: entityKey(entity, after), action: 'INSERT', before: null, after }
  if (!diffRows(before, after)) return null
  return { entity, key: entityKey(entity, after), action: 'UPDATE', before, after }
}
