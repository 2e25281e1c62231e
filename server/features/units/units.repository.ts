import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'
import { findUnitByCode, placementsAt } from '#server/cohorts/placements.repository.ts'

/**
 * Units with the placement in force on `date` (ADR 014); under a parent, only those placed under
 * it then; with a kind, only that level.
 */
export function findUnits(
  db: Kysely<Database>,
  filter: { parentCode?: string; kind?: string },
  date: string,
) {
  let query = db
    .selectFrom('unit as u')
    .leftJoin(placementsAt(db, date).as('p'), 'p.unit_code', 'u.code')
    .selectAll('u')
    .select(['p.parent_code', 'p.title'])
  if (filter.parentCode) query = query.where('p.parent_code', '=', filter.parentCode)
  if (filter.kind) query = query.where('u.kind', '=', filter.kind)
  return query.execute()
}

export function findUnit(db: Kysely<Database>, code: string) {
  return findUnitByCode(db, code)
}

/** Levels of the units ever placed under the unit, e.g. ['DEPARTMENT', 'DISTRICT']. */
export async function findChildKinds(db: Kysely<Database>, code: string): Promise<string[]> {
  const rows = await db
    .selectFrom('unit_placement as p')
    .innerJoin('unit as u', 'u.code', 'p.unit_code')
    .select('u.kind')
    .distinct()
    .where('p.parent_code', '=', code)
    .orderBy('u.kind')
    .execute()
  return rows.map((r) => r.kind)
}

/**
 * Lineage events from or to the unit, oldest first, with both names and both parents as placed
 * at the event: the source's in force the day before it, the successor's on the day (Long An's
 * Sở Nội vụ under Tỉnh Long An, Tây Ninh's under Tỉnh Tây Ninh).
 */
export function findLineage(db: Kysely<Database>, code: string) {
  return db
    .selectFrom('unit_lineage as l')
    .innerJoin('unit as f', 'f.code', 'l.from_code')
    .leftJoin('unit as t', 't.code', 'l.to_code')
    .select([
      'l.event',
      'l.from_code',
      'f.name as from_name',
      'l.to_code',
      't.name as to_name',
      'l.effective_date',
      'l.note',
    ])
    .select((eb) => {
      // The parent of the placement begun last before the event (the source), or on it (the
      // successor).
      const parentAt = (unit: 'l.from_code' | 'l.to_code', on: '<' | '<=') =>
        eb
          .selectFrom('unit_placement as p')
          .whereRef('p.unit_code', '=', unit)
          .whereRef('p.valid_from', on, 'l.effective_date')
          .orderBy('p.valid_from', 'desc')
          .limit(1)
      return [
        parentAt('l.from_code', '<').select('p.parent_code').as('from_parent_code'),
        parentAt('l.from_code', '<')
          .innerJoin('unit as pu', 'pu.code', 'p.parent_code')
          .select('pu.name')
          .as('from_parent_name'),
        parentAt('l.to_code', '<=').select('p.parent_code').as('to_parent_code'),
        parentAt('l.to_code', '<=')
          .innerJoin('unit as pu', 'pu.code', 'p.parent_code')
          .select('pu.name')
          .as('to_parent_name'),
      ]
    })
    .where((eb) => eb.or([eb('l.from_code', '=', code), eb('l.to_code', '=', code)]))
    .orderBy('l.effective_date')
    .orderBy('l.from_code')
    .execute()
}

export type LineageRow = Awaited<ReturnType<typeof findLineage>>[number]
