import type { Kysely } from 'kysely'
import { fieldPointsOf } from '../../db/field-points.ts'
import type { Database, UnitRow } from '../../db/schema.ts'
import {
  type RankedRow,
  type Visibility,
  findRankedWithPrevious,
  findUnitRow,
} from '../cohorts/cohorts.repository.ts'
import {
  findSchemeFields,
  findSchemes,
  schemeForYear,
} from '../cohorts/cohort-schemes.repository.ts'

export function findUnitsByCode(db: Kysely<Database>, codes: readonly string[]) {
  return db
    .selectFrom('unit')
    .selectAll()
    .where('code', 'in', [...codes])
    .execute()
}

/** The units' field points, every year. */
export async function findFieldsOf(db: Kysely<Database>, codes: readonly string[]) {
  const rows = await db
    .selectFrom('assessment')
    .select(['unit_code', 'year', 'field_points'])
    .where('unit_code', 'in', [...codes])
    .where('field_points', 'is not', null)
    .execute()
  return fieldPointsOf(rows)
}

/**
 * Ranked yearly results of the units, each within its own cohort (one ranking query per distinct
 * cohort, at most six), plus field points and the schemes' field maxima as a fallback.
 */
export async function loadComparison(
  db: Kysely<Database>,
  units: readonly UnitRow[],
  visibility: Visibility,
) {
  const cohorts = new Map<string, { parentCode: string; kind: string; codes: string[] }>()
  for (const unit of units) {
    if (!unit.parent_code) continue
    const key = `${unit.parent_code}\u0000${unit.kind}`
    const cohort = cohorts.get(key) ?? { parentCode: unit.parent_code, kind: unit.kind, codes: [] }
    cohort.codes.push(unit.code)
    cohorts.set(key, cohort)
  }
  const ranked: RankedRow[] = []
  const schemeMax = new Map<string, number>() // `${unit}|${year}|${field}` → max points
  await Promise.all(
    [...cohorts.values()].map(async (cohort) => {
      const parent = await findUnitRow(db, cohort.parentCode)
      const [rows, schemes] = await Promise.all([
        findRankedWithPrevious(db, cohort, visibility, { unitCodes: cohort.codes }),
        parent ? findSchemes(db, parent, cohort.kind) : [],
      ])
      ranked.push(...rows)
      const fields = await findSchemeFields(
        db,
        schemes.map((s) => s.id),
      )
      for (const row of rows) {
        const schemeId = schemeForYear(schemes, Number(row.year))?.id
        for (const f of fields.filter((f) => f.scheme_id === schemeId)) {
          schemeMax.set(`${row.unit_code}|${row.year}|${f.field_code}`, Number(f.max_points))
        }
      }
    }),
  )
  const fields = await findFieldsOf(
    db,
    units.map((u) => u.code),
  )
  return { ranked, fields, schemeMax }
}

export type ComparisonParts = Awaited<ReturnType<typeof loadComparison>>
