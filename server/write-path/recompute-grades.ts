// Grades follow the scheme: when a scheme changes, every assessment it covers is re-graded,
// and each changed grade is an audited UPDATE like any other (so undo restores it).
import type { Kysely, Transaction } from 'kysely'
import { withoutFieldPoints } from '#server/db/field-points.ts'
import type { Database } from '#server/db/schema.ts'
import {
  assessmentsCovered,
  gradeFor,
  schemeForUnit,
  type FullScheme,
  type SchemeIndex,
} from './schemes.repository.ts'
import { entityKey, type Change } from './change-set.ts'
import { ancestors, unitByCode, type UnitDirectory } from './unit-directory.ts'

export async function planGradeChanges(
  db: Kysely<Database> | Transaction<Database>,
  units: UnitDirectory,
  index: SchemeIndex,
  changed: FullScheme[],
  now: string,
): Promise<Change[]> {
  const scopes = changed.map((s) => ({
    unitKind: s.scheme.unit_kind,
    yearFrom: s.scheme.year_from,
    yearTo: s.scheme.year_to,
  }))
  const rows = await assessmentsCovered(db, scopes)
  const changes: Change[] = []
  const seen = new Set<string>()
  for (const row of rows) {
    const key = entityKey('assessment', row)
    const unit = unitByCode(units, row.unit_code)
    if (seen.has(key) || !unit) continue
    seen.add(key)
    const chain = ancestors(units, unit, row.year).map((u) => u.code)
    const grade = gradeFor(schemeForUnit(index, chain, unit.kind, row.year), row.index_pct)
    if (grade !== row.grade) {
      const after = { ...row, grade, updated_at: now }
      changes.push({
        entity: 'assessment',
        key,
        action: 'UPDATE',
        before: withoutFieldPoints(row),
        after: withoutFieldPoints(after),
        writes: [{ entity: 'assessment', row: after }],
      })
    }
  }
  return changes
}
