import type { Kysely } from 'kysely'
import { fieldPointsOf } from '../../db/field-points.ts'
import type { Database, UnitRow } from '../../db/schema.ts'
import {
  type CohortKey,
  type Visibility,
  findCohortsOfUnits,
  findRankedWithPrevious,
  findUnitRow,
  rankScope,
} from '#server/cohorts/cohorts.repository.ts'
import {
  findGradeBands,
  findSchemeFields,
  findSchemes,
  schemeChangedIn,
  schemeForYear,
} from '#server/cohorts/cohort-schemes.repository.ts'
import { findPlacements } from '#server/cohorts/placements.repository.ts'
import { findLineage } from '../units/units.repository.ts'

/** The unit's field points, year by year (codes in order within a year). */
export async function findUnitFields(db: Kysely<Database>, code: string) {
  const rows = await db
    .selectFrom('assessment')
    .select(['unit_code', 'year', 'field_points'])
    .where('unit_code', '=', code)
    .where('field_points', 'is not', null)
    .orderBy('year')
    .execute()
  return fieldPointsOf(rows)
}

export type FieldStats = { year: number; field_code: string; best: number; average: number }

/**
 * Best and mean points per field and year over the cohort's visible assessments, as stored with
 * the cohort's ranks (ADR 023): a few rows per year, whatever the cohort's size.
 */
export async function findCohortFieldStats(
  db: Kysely<Database>,
  cohort: CohortKey,
  years: readonly number[],
  visibility: Visibility,
): Promise<FieldStats[]> {
  if (years.length === 0) return []
  const rows = await db
    .selectFrom('cohort_field_stat')
    .select(['year', 'field_code', 'best', 'total', 'count'])
    .where('parent_code', '=', cohort.parentCode)
    .where('kind', '=', cohort.kind)
    .where('block', '=', cohort.block)
    .where('scope', '=', rankScope(visibility))
    .where('year', 'in', [...years])
    .orderBy('year')
    .orderBy('field_code')
    .execute()
  return rows.map((r) => ({
    year: Number(r.year),
    field_code: r.field_code,
    best: Number(r.best),
    average: Number(r.total) / Number(r.count),
  }))
}

export function findUnitTaskRows(db: Kysely<Database>, code: string) {
  return db
    .selectFrom('task_result')
    .selectAll()
    .where('unit_code', '=', code)
    .orderBy('year')
    .execute()
}

export function findUnitAwardRows(db: Kysely<Database>, code: string) {
  return db
    .selectFrom('award_grant')
    .select([
      'year',
      'award_code',
      'recipient_type',
      'issuer_level',
      'count',
      'decision_no',
      'decision_date',
    ])
    .where('unit_code', '=', code)
    .execute()
}

/**
 * Everything a unit's profile shows. Each year is read in the cohort the unit was ranked in that
 * year (a unit moves between cohorts across the 2025 map change), in a fixed number of queries
 * per cohort whatever the number of years.
 */
export async function loadProfile(db: Kysely<Database>, unit: UnitRow, visibility: Visibility) {
  const cohorts = await findCohortsOfUnits(db, [unit.code], visibility)
  const [perCohort, fields, tasks, awards, lineage, placements] = await Promise.all([
    Promise.all(cohorts.map((c) => loadCohortYears(db, unit.code, c.cohort, c.years, visibility))),
    findUnitFields(db, unit.code),
    findUnitTaskRows(db, unit.code),
    findUnitAwardRows(db, unit.code),
    findLineage(db, unit.code),
    findPlacements(db, unit.code),
  ])
  const ranked = perCohort.flatMap((c) => c.ranked).sort((a, b) => Number(a.year) - Number(b.year))
  const yearSchemes = new Map<number, string | undefined>()
  const schemeChanged = new Map<number, boolean>()
  const cohortOfYear = new Map<number, { cohort: CohortKey; parentName: string }>()
  for (const c of perCohort) {
    for (const [year, id] of c.yearSchemes) yearSchemes.set(year, id)
    for (const [year, changed] of c.schemeChanged) schemeChanged.set(year, changed)
    for (const year of c.years)
      cohortOfYear.set(year, { cohort: c.cohort, parentName: c.parentName })
  }
  const schemeIds = [...new Set([...yearSchemes.values()].filter((id): id is string => !!id))]
  const [schemeFields, bands] = await Promise.all([
    findSchemeFields(db, schemeIds),
    findGradeBands(db, schemeIds),
  ])
  return {
    ranked,
    fields,
    tasks,
    awards,
    lineage,
    placements,
    yearSchemes,
    schemeChanged,
    cohortOfYear,
    fieldStats: perCohort.flatMap((c) => c.fieldStats),
    schemeFields,
    bands,
  }
}

async function loadCohortYears(
  db: Kysely<Database>,
  code: string,
  cohort: CohortKey,
  years: number[],
  visibility: Visibility,
) {
  const [parent, ranked, schemes, fieldStats] = await Promise.all([
    findUnitRow(db, cohort.parentCode),
    findRankedWithPrevious(db, cohort, visibility, { years, unitCodes: [code] }),
    findSchemes(db, { code: cohort.parentCode }, cohort.kind),
    findCohortFieldStats(db, cohort, years, visibility),
  ])
  return {
    cohort,
    years,
    parentName: parent?.name ?? cohort.parentCode,
    ranked,
    fieldStats,
    yearSchemes: new Map(years.map((y) => [y, schemeForYear(schemes, y)?.id])),
    schemeChanged: new Map(years.map((y) => [y, schemeChangedIn(schemes, y)])),
  }
}

export type ProfileParts = Awaited<ReturnType<typeof loadProfile>>
