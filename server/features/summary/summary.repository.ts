import type { Kysely } from 'kysely'
import type { Database, UnitRow } from '../../db/schema.ts'
import { type Visibility, findRankedWithPrevious } from '../cohorts/cohorts.repository.ts'

/**
 * The unit's ranked result for `year` (default: its latest visible year) in its cohort, with the
 * previous year's: the same window-function query as the rankings, narrowed to one unit.
 */
export async function findSummaryRow(
  db: Kysely<Database>,
  unit: UnitRow,
  year: number | undefined,
  visibility: Visibility,
) {
  if (!unit.parent_code) return undefined
  const rows = await findRankedWithPrevious(
    db,
    { parentCode: unit.parent_code, kind: unit.kind },
    visibility,
    { years: year === undefined ? undefined : [year], unitCodes: [unit.code] },
  )
  return rows.at(-1)
}
