// Tests read stored field points the way the readers do: expanded from the assessment rows.
import type { Kysely } from 'kysely'
import { type FieldPoint, fieldPointsOf } from '../db/field-points.ts'
import type { Database } from '../db/schema.ts'

/** Every stored field point of a unit (or of every unit), by year, then code. */
export async function readFieldPoints(
  db: Kysely<Database>,
  unitCode?: string,
): Promise<FieldPoint[]> {
  let query = db.selectFrom('assessment').select(['unit_code', 'year', 'field_points'])
  if (unitCode) query = query.where('unit_code', '=', unitCode)
  return fieldPointsOf(await query.orderBy('unit_code').orderBy('year').execute())
}
