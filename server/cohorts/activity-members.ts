// Which cohorts hold a unit in a year, for its stored activity (ADR 030): the cohorts ranking it
// that year, and its placement's parent with its level in the default block (the placement in
// force that year, as every read of the year uses; ADR 014).
import { sql, type Kysely, type Transaction } from 'kysely'
import { yearReferenceDate } from '#shared/domain/units.ts'
import type { Database } from '#server/db/schema.ts'
import type { ActivityMember } from './activity-row.ts'
import { placementsAt } from './placements.repository.ts'

type Executor = Kysely<Database> | Transaction<Database>

/** The memberships of `year` (of these units, or of all), as a query to select from. */
export function yearMemberships(db: Executor, year: number, units: readonly string[] | null) {
  let ranked = db
    .selectFrom('cohort_rank')
    .select(['parent_code', 'kind', 'block', 'unit_code'])
    .where('scope', '=', 'ALL')
    .where('year', '=', year)
  let placed = db
    .selectFrom(placementsAt(db, yearReferenceDate(year)).as('p'))
    .innerJoin('unit as u', 'u.code', 'p.unit_code')
    .select([
      sql<string>`p.parent_code`.as('parent_code'),
      'u.kind',
      sql<string>`''`.as('block'),
      'p.unit_code',
    ])
    .where('p.parent_code', 'is not', null)
  if (units) {
    ranked = ranked.where('unit_code', 'in', units)
    placed = placed.where('p.unit_code', 'in', units)
  }
  return ranked.union(placed)
}

/** These units' memberships in `year`, each with the unit's name. */
export async function findYearMembers(
  db: Executor,
  year: number,
  units: readonly string[],
): Promise<ActivityMember[]> {
  if (units.length === 0) return []
  return db
    .selectFrom(yearMemberships(db, year, units).as('m'))
    .innerJoin('unit as n', 'n.code', 'm.unit_code')
    .select(['m.parent_code', 'm.kind', 'm.block', 'm.unit_code', 'n.name as unit_name'])
    .execute()
}
