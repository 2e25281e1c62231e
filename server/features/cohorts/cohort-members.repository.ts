// Which units a cohort-year holds for the reads that are not ranks (tasks, awards): the units the
// decision ranked in it, and — for the default cohort of a level — every unit of that level
// placed under the parent that year (a unit with tasks or awards but no score still belongs).
import type { Kysely } from 'kysely'
import { yearReferenceDate } from '#shared/domain/units.ts'
import type { Database } from '../../db/schema.ts'
import type { CohortKey } from './cohorts.repository.ts'
import { placementsAt } from './placements.repository.ts'

/** The unit codes of a cohort in `year`, as a subquery. */
export function cohortMembers(db: Kysely<Database>, cohort: CohortKey, year: number) {
  const ranked = db
    .selectFrom('cohort_rank')
    .select('unit_code')
    .where('parent_code', '=', cohort.parentCode)
    .where('kind', '=', cohort.kind)
    .where('block', '=', cohort.block)
    .where('scope', '=', 'ALL')
    .where('year', '=', year)
  if (cohort.block !== '') return ranked
  const placed = db
    .selectFrom(placementsAt(db, yearReferenceDate(year)).as('p'))
    .innerJoin('unit as pu', 'pu.code', 'p.unit_code')
    .select('p.unit_code as unit_code')
    .where('p.parent_code', '=', cohort.parentCode)
    .where('pu.kind', '=', cohort.kind)
  return ranked.union(placed)
}

/** Every unit the cohort has held in any year (ranked in it, or of its level placed under it). */
export function everCohortMembers(db: Kysely<Database>, cohort: CohortKey) {
  const ranked = db
    .selectFrom('cohort_rank')
    .select('unit_code')
    .where('parent_code', '=', cohort.parentCode)
    .where('kind', '=', cohort.kind)
    .where('block', '=', cohort.block)
    .where('scope', '=', 'ALL')
  if (cohort.block !== '') return ranked
  const placed = db
    .selectFrom('unit_placement as p')
    .innerJoin('unit as pu', 'pu.code', 'p.unit_code')
    .select('p.unit_code as unit_code')
    .where('p.parent_code', '=', cohort.parentCode)
    .where('pu.kind', '=', cohort.kind)
  return ranked.union(placed)
}
