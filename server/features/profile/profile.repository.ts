import type { Kysely } from 'kysely'
import type { Database, UnitRow } from '../../db/schema.ts'
import {
  type Visibility,
  findRankedWithPrevious,
  findUnitRow,
} from '../cohorts/cohorts.repository.ts'
import {
  findGradeBands,
  findSchemeFields,
  findSchemes,
  schemeForYear,
} from '../cohorts/cohort-schemes.repository.ts'
import { findLineage } from '../units/units.repository.ts'

export function findUnitFields(db: Kysely<Database>, code: string) {
  return db
    .selectFrom('assessment_field')
    .selectAll()
    .where('unit_code', '=', code)
    .orderBy('year')
    .orderBy('field_code')
    .execute()
}

/** Best and mean points per field and year over the cohort's visible assessments. */
export function findCohortFieldStats(
  db: Kysely<Database>,
  parentCode: string,
  kind: string,
  years: readonly number[],
  visibility: Visibility,
) {
  if (years.length === 0) return Promise.resolve([])
  let query = db
    .selectFrom('assessment_field as f')
    .innerJoin('assessment as a', (join) =>
      join.onRef('a.unit_code', '=', 'f.unit_code').onRef('a.year', '=', 'f.year'),
    )
    .innerJoin('unit as u', 'u.code', 'f.unit_code')
    .where('u.parent_code', '=', parentCode)
    .where('u.kind', '=', kind)
    .where('f.year', 'in', [...years])
  if (!visibility.includeDrafts) query = query.where('a.status', '=', 'PUBLISHED')
  return query
    .select(({ fn }) => [
      'f.year',
      'f.field_code',
      fn.max<number>('f.points').as('best'),
      fn.avg<number>('f.points').as('average'),
    ])
    .groupBy(['f.year', 'f.field_code'])
    .execute()
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
    .select(['year', 'award_code', 'recipient_type', 'issuer_level', 'count'])
    .where('unit_code', '=', code)
    .execute()
}

/**
 * Everything a unit's profile shows, in a fixed number of queries whatever the number of years:
 * ranks come from the cohort's window-function query narrowed to the unit.
 */
export async function loadProfile(db: Kysely<Database>, unit: UnitRow, visibility: Visibility) {
  const parent = unit.parent_code ? await findUnitRow(db, unit.parent_code) : undefined
  const cohort = parent ? { parentCode: parent.code, kind: unit.kind } : undefined
  const [ranked, fields, tasks, awards, lineage, schemes] = await Promise.all([
    cohort ? findRankedWithPrevious(db, cohort, visibility, { unitCodes: [unit.code] }) : [],
    findUnitFields(db, unit.code),
    findUnitTaskRows(db, unit.code),
    findUnitAwardRows(db, unit.code),
    findLineage(db, unit.code),
    parent ? findSchemes(db, parent, unit.kind) : [],
  ])
  const years = ranked.map((r) => Number(r.year))
  const yearSchemes = new Map(years.map((y) => [y, schemeForYear(schemes, y)?.id]))
  const schemeIds = [...new Set([...yearSchemes.values()].filter((id): id is string => !!id))]
  const [fieldStats, schemeFields, bands] = await Promise.all([
    parent ? findCohortFieldStats(db, parent.code, unit.kind, years, visibility) : [],
    findSchemeFields(db, schemeIds),
    findGradeBands(db, schemeIds),
  ])
  return {
    parent,
    ranked,
    fields,
    tasks,
    awards,
    lineage,
    yearSchemes,
    fieldStats,
    schemeFields,
    bands,
  }
}

export type ProfileParts = Awaited<ReturnType<typeof loadProfile>>
