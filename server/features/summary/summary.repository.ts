import type { Kysely } from 'kysely'
import type { Database, UnitRow } from '../../db/schema.ts'
import {
  type Visibility,
  findRankedWithPrevious,
  rankScope,
} from '#server/cohorts/cohorts.repository.ts'
import { findSchemes, schemeChangedIn } from '#server/cohorts/cohort-schemes.repository.ts'
import { findPlacementAt } from '#server/cohorts/placements.repository.ts'
import { yearReferenceDate } from '#shared/domain/units.ts'

/**
 * The unit's ranked result for `year` (default: its latest visible year) in the cohort it was
 * ranked in that year, with the previous year's, whether the scheme changed, and the title the
 * unit held that year.
 */
export async function findSummaryRow(
  db: Kysely<Database>,
  unit: UnitRow,
  year: number | undefined,
  visibility: Visibility,
) {
  let query = db
    .selectFrom('cohort_rank')
    .select(['parent_code', 'kind', 'block', 'year'])
    .where('unit_code', '=', unit.code)
    .where('scope', '=', rankScope(visibility))
  if (year !== undefined) query = query.where('year', '=', year)
  const found = await query.orderBy('year', 'desc').limit(1).executeTakeFirst()
  if (!found) return undefined
  const cohort = { parentCode: found.parent_code, kind: found.kind, block: found.block }
  const chosen = Number(found.year)
  const [rows, schemes, placement] = await Promise.all([
    findRankedWithPrevious(db, cohort, visibility, { years: [chosen], unitCodes: [unit.code] }),
    findSchemes(db, { code: cohort.parentCode }, cohort.kind),
    findPlacementAt(db, unit.code, yearReferenceDate(chosen)),
  ])
  const row = rows.at(-1)
  if (!row) return undefined
  return {
    row,
    block: cohort.block,
    title: placement?.title ?? null,
    schemeChanged: schemeChangedIn(schemes, chosen),
  }
}

export type SummaryParts = NonNullable<Awaited<ReturnType<typeof findSummaryRow>>>
