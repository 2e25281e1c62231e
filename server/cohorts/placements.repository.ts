// Where units stood (ADR 014): a unit's parent and title hold for a period; every read for year
// Y uses the placement in force for Y — the one containing 31 December of Y, else the last one
// that began in Y (a unit dissolved mid-year reads as it last stood).
import { sql, type Kysely, type Transaction } from 'kysely'
import { unitCodeKey, yearReferenceDate } from '#shared/domain/units.ts'
import type { Database } from '#server/db/schema.ts'

type Executor = Kysely<Database> | Transaction<Database>

/** The date a read "as of year Y" looks at, or today's date when no year is given. */
export function referenceDate(year: number | undefined): string {
  return year === undefined ? new Date().toISOString().slice(0, 10) : yearReferenceDate(year)
}

/** The date a unit is shown as standing: today, or its last day when it no longer exists. */
export function standingDate(validTo: string | null): string {
  const today = referenceDate(undefined)
  return validTo !== null && validTo < today ? validTo : today
}

/**
 * Placements in force on `date`'s year as a subquery (unit_code, parent_code, title): each unit's
 * latest placement that began on or before `date` and had not ended before the year began.
 */
export function placementsAt(db: Executor, date: string) {
  const yearStart = `${date.slice(0, 4)}-01-01`
  return db
    .selectFrom('unit_placement as p')
    .select(['p.unit_code', 'p.parent_code', 'p.title'])
    .where('p.valid_from', '<=', date)
    .where((eb) => eb.or([eb('p.valid_to', 'is', null), eb('p.valid_to', '>=', yearStart)]))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('unit_placement as q')
            .select(sql<number>`1`.as('one'))
            .whereRef('q.unit_code', '=', 'p.unit_code')
            .whereRef('q.valid_from', '>', 'p.valid_from')
            .where('q.valid_from', '<=', date),
        ),
      ),
    )
}

/** A unit by code, matched without regard to case (codes as organisations write them). */
export function findUnitByCode(db: Executor, code: string) {
  return db
    .selectFrom('unit')
    .selectAll()
    .where(sql<string>`upper(code)`, '=', unitCodeKey(code))
    .executeTakeFirst()
}

/** One unit's placement in force on `date` (see placementsAt). */
export function findPlacementAt(db: Executor, code: string, date: string) {
  return placementsAt(db, date).where('p.unit_code', '=', code).executeTakeFirst()
}

/** Every placement of a unit, oldest first, with the parent's name. */
export function findPlacements(db: Executor, code: string) {
  return db
    .selectFrom('unit_placement as p')
    .leftJoin('unit as parent', 'parent.code', 'p.parent_code')
    .select([
      'p.valid_from',
      'p.valid_to',
      'p.parent_code',
      'parent.name as parent_name',
      'p.title',
    ])
    .where('p.unit_code', '=', code)
    .orderBy('p.valid_from')
    .execute()
}

/** Every parent a unit has had, nearest in time last (for scheme look-ups across years). */
export async function findAllParentCodes(db: Executor, code: string): Promise<string[]> {
  const rows = await db
    .selectFrom('unit_placement')
    .select('parent_code')
    .where('unit_code', '=', code)
    .where('parent_code', 'is not', null)
    .orderBy('valid_from')
    .execute()
  return [...new Set(rows.map((r) => r.parent_code as string))]
}
