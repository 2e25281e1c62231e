// The change an assessment record makes: the assessment row, its field points in the row's
// field_points text (ADR 013), compared against the stored row. Audited as one entry whose images
// carry the changed field points as `fields` (the undo restores them from there).
import type { AssessmentRow } from '#server/db/schema.ts'
import {
  type FieldPoint,
  formatFieldPoints,
  parseFieldPoints,
  withoutFieldPoints,
} from '#server/db/field-points.ts'
import type { ImportPreviewRow } from '#shared/dto/import.ts'
import type { Change, Row } from '#server/write-path/change-set.ts'

type Diff = NonNullable<ImportPreviewRow['changes']>

/**
 * One audited change per file record. A field the file leaves out keeps its stored points. An
 * insert needs no images: its audit entry is the batch's (write-changes.ts). `diff` (the row's
 * differing columns, or undefined) gains one `field:CODE` entry per changed field.
 */
export function assessmentChange(
  key: string,
  before: AssessmentRow | undefined,
  after: AssessmentRow,
  diff: Diff | undefined,
  fields: FieldPoint[],
): { changes: Change[]; diff: Diff | undefined } {
  if (!before) {
    after.field_points = formatFieldPoints(fields)
    const change: Change = { entity: 'assessment', key, action: 'INSERT', before: null, after }
    return { changes: [change], diff }
  }
  const stored = parseFieldPoints(before.unit_code, before.year, before.field_points)
  const beforeFields: Record<string, Row> = {}
  const afterFields: Record<string, Row> = {}
  let fieldDiff: Diff | undefined
  for (const f of fields) {
    const old = stored.find((s) => s.field_code === f.field_code)
    if (old && old.points === f.points && old.max_points === f.max_points) continue
    if (old) beforeFields[f.field_code] = old
    afterFields[f.field_code] = f
    ;(fieldDiff ??= {})[`field:${f.field_code}`] = { before: old?.points ?? null, after: f.points }
  }
  if (fieldDiff) {
    const merged = new Map(stored.map((s) => [s.field_code, s]))
    for (const f of fields) merged.set(f.field_code, f)
    after.field_points = formatFieldPoints(merged.values())
  } else {
    after.field_points = before.field_points
    if (!diff) return { changes: [], diff }
  }
  const change: Change = {
    entity: 'assessment',
    key,
    action: 'UPDATE',
    before: { ...withoutFieldPoints(before), fields: beforeFields },
    after: { ...withoutFieldPoints(after), fields: afterFields },
    writes: [{ entity: 'assessment', row: after }],
  }
  return { changes: [change], diff: fieldDiff ? { ...diff, ...fieldDiff } : diff }
}
