// Which units a cohort holds for the reads that are not ranks (tasks, awards): the units the
// decision ranked in it, and — for the default cohort of a level — every unit of that level
// placed under the parent (a unit with tasks or awards but no score still belongs).
import type { Kysely } from 'kysely'
import { yearReferenceDate } from '#shared/domain/units.ts'
import type { Database } from '#server/db/schema.ts'
import type { CohortKey } from './cohorts.repository.ts'
import { placementsAt } from './placements.repository.ts'

/**
 * The unit codes of a cohort as a subquery: in `year` (placements in force then), or in any year
 * when it is omitted (every placement the parent has had).
 */
export function cohortMembers(db: Kysely<Database>, cohort: CohortKey, year?: number) {
  let ranked = db
    .selectFrom('cohort_rank')
    .select('unit_code')
    .where('parent_code', '=', cohort.parentCode)
    .where('kind', '=', cohort.kind)
    .where('block', '=', cohort.block)
    .where('scope', '=', 'ALL')
  if (year !== undefined) ranked = ranked.where('year', '=', year)
  if (cohort.block !== '') return ranked
  const placements =
    year === undefined
      ? db.selectFrom('unit_placement as p').select(['p.unit_code', 'p.parent_code'])
      : db
          .selectFrom(placementsAt(db, yearReferenceDate(year)).as('p'))
          .select(['p.unit_code', 'p.parent_code'])
  const placed = db
    .selectFrom(placements.as('pl'))
    .innerJoin('unit as pu', 'pu.code', 'pl.unit_code')
    .select('pl.unit_code as unit_code')
    .where('pl.parent_code', '=', cohort.parentCode)
    .where('pu.kind', '=', cohort.kind)
  return ranked.union(placed)
}
