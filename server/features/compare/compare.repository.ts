import type { Kysely } from 'kysely'
import { fieldPointsOf } from '../../db/field-points.ts'
import type { Database, UnitRow } from '../../db/schema.ts'
import { sql } from 'kysely'
import { unitCodeKey } from '#shared/domain/units.ts'
import {
  type RankedRow,
  type Visibility,
  findCohortsOfUnits,
  findRankedWithPrevious,
} from '#server/cohorts/cohorts.repository.ts'
import {
  findPlacementAt,
  findUnitByCode,
  standingDate,
} from '#server/cohorts/placements.repository.ts'
import {
  findGradeBands,
  findSchemeFields,
  findSchemes,
  schemeChangedIn,
  schemeForYear,
} from '#server/cohorts/cohort-schemes.repository.ts'
import { toGradeBands } from '#server/cohorts/cohorts.mapper.ts'
import type { GradeBand } from '#shared/kpi/grade.ts'

/** Units by code, matched without regard to case. */
export function findUnitsByCode(db: Kysely<Database>, codes: readonly string[]) {
  return db
    .selectFrom('unit')
    .selectAll()
    .where(sql<string>`upper(code)`, 'in', codes.map(unitCodeKey))
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

/** Scheme names by id. */
async function findSchemeNames(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>()
  const rows = await db
    .selectFrom('scheme')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute()
  return new Map(rows.map((r) => [String(r.id), r.name]))
}

/** Where a unit-year was ranked and under which scheme: `${unit}|${year}` → both. */
export type RankedUnder = {
  parent: { code: string; name: string }
  kind: string
  block: string
  schemeId: string | null
}

/**
 * Ranked yearly results of the units, each within its own cohort (one ranking query per distinct
 * cohort, at most six), plus field points, the schemes' field maxima as a fallback, and the
 * cohort and scheme of each unit-year (units of different schemes compare by shares).
 */
export async function loadComparison(
  db: Kysely<Database>,
  units: readonly UnitRow[],
  visibility: Visibility,
) {
  const cohorts = await findCohortsOfUnits(
    db,
    units.map((u) => u.code),
    visibility,
  )
  const ranked: RankedRow[] = []
  const schemeChanged = new Set<string>() // `${unit}|${year}` whose scheme changed on year − 1
  const schemeMax = new Map<string, number>() // `${unit}|${year}|${field}` → max points
  const rankedUnder = new Map<string, RankedUnder>() // `${unit}|${year}`
  await Promise.all(
    cohorts.map(async ({ cohort, codes, years }) => {
      const [rows, schemes, parent] = await Promise.all([
        findRankedWithPrevious(db, cohort, visibility, { years, unitCodes: codes }),
        findSchemes(db, { code: cohort.parentCode }, cohort.kind),
        findUnitByCode(db, cohort.parentCode),
      ])
      ranked.push(...rows)
      for (const row of rows) {
        const year = Number(row.year)
        if (schemeChangedIn(schemes, year)) schemeChanged.add(`${row.unit_code}|${row.year}`)
        const scheme = schemeForYear(schemes, year)
        rankedUnder.set(`${row.unit_code}|${year}`, {
          parent: { code: cohort.parentCode, name: parent?.name ?? cohort.parentCode },
          kind: cohort.kind,
          block: cohort.block,
          schemeId: scheme ? String(scheme.id) : null,
        })
      }
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
  const schemeNames = await findSchemeNames(db, [
    ...new Set([...rankedUnder.values()].flatMap((r) => (r.schemeId ? [r.schemeId] : []))),
  ])
  ranked.sort((a, b) => Number(a.year) - Number(b.year))
  // Each unit as it stands today, or as it last stood if it no longer exists.
  const placements = new Map<string, { parent_code: string | null; title: string | null }>()
  for (const unit of units) {
    const placement = await findPlacementAt(db, unit.code, standingDate(unit.valid_to))
    if (placement) placements.set(unit.code, placement)
  }
  return { ranked, fields, schemeMax, schemeChanged, rankedUnder, schemeNames, placements }
}

export type ComparisonParts = Awaited<ReturnType<typeof loadComparison>>

/** The grade bands each unit-year was graded under (`${unit}|${year}`), for a file's grade names. */
export async function unitYearBands(
  db: Kysely<Database>,
  rankedUnder: ReadonlyMap<string, RankedUnder>,
): Promise<Map<string, GradeBand[]>> {
  const ids = [
    ...new Set([...rankedUnder.values()].flatMap((r) => (r.schemeId ? [r.schemeId] : []))),
  ]
  const rows = await findGradeBands(db, ids)
  const out = new Map<string, GradeBand[]>()
  for (const [key, under] of rankedUnder)
    if (under.schemeId) out.set(key, toGradeBands(rows, under.schemeId))
  return out
}
