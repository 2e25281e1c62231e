// The change an assessment record makes: the assessment row with its field points, audited as
// one entry (images carry the points as `fields`), compared against the stored rows.
import type { Kysely, Transaction } from 'kysely'
import type { AssessmentFieldRow, AssessmentRow, Database } from '#server/db/schema.ts'
import type { Change, Row } from './change-set.ts'
import { rowsForUnits } from './existing-rows.ts'

/** Stored field points by assessment key (a few per assessment): no key string per field. */
export async function storedFieldsByAssessment(
  db: Kysely<Database> | Transaction<Database>,
  units: Set<string>,
  years: Set<number>,
): Promise<Map<string, AssessmentFieldRow[]>> {
  const byAssessment = new Map<string, AssessmentFieldRow[]>()
  for (const f of await rowsForUnits(db, 'assessment_field', units, years)) {
    const key = `${f.unit_code}|${f.year}`
    const list = byAssessment.get(key)
    if (list) list.push(f)
    else byAssessment.set(key, [f])
  }
  return byAssessment
}

/**
 * One audited change per file record: the assessment with its field points as `fields`, so the
 * audit trail holds one row per unit-year (undo restores both tables from it). An insert needs
 * no images: its audit entry is the batch's (write-changes.ts).
 */
export function assessmentChange(
  key: string,
  before: AssessmentRow | undefined,
  after: AssessmentRow,
  rowChanged: boolean,
  fields: AssessmentFieldRow[],
  stored: Map<string, AssessmentFieldRow[]>,
): Change[] {
  const writes: NonNullable<Change['writes']> = [{ entity: 'assessment', row: after }]
  if (!before) {
    for (const f of fields) writes.push({ entity: 'assessment_field', row: f })
    return [{ entity: 'assessment', key, action: 'INSERT', before: null, after, writes }]
  }
  const beforeFields: Record<string, Row> = {}
  const afterFields: Record<string, Row> = {}
  const storedFields = stored.get(key) ?? []
  for (const f of fields) {
    const old = storedFields.find((s) => s.field_code === f.field_code)
    if (old && old.points === f.points && (old.max_points ?? null) === f.max_points) continue
    if (old) beforeFields[f.field_code] = old
    afterFields[f.field_code] = f
    writes.push({ entity: 'assessment_field', row: f })
  }
  if (!rowChanged && writes.length === 1) return []
  return [
    {
      entity: 'assessment',
      key,
      action: 'UPDATE',
      before: { ...before, fields: beforeFields },
      after: { ...after, fields: afterFields },
      writes,
    },
  ]
}
