import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'
import {
  type CohortKey,
  type Visibility,
  findCohortYears,
  findYearRanking,
} from '../cohorts/cohorts.repository.ts'
import { findGradeBands, findSchemes, schemeForYear } from '../cohorts/cohort-schemes.repository.ts'

/**
 * Everything a cohort's ranking needs for one year: the ranked rows with the previous year
 * (one window-function query), the years available and the grade bands of the year's scheme.
 */
export async function findRanking(
  db: Kysely<Database>,
  parent: { code: string; parent_code: string | null },
  kind: string,
  year: number | undefined,
  visibility: Visibility,
) {
  const cohort: CohortKey = { parentCode: parent.code, kind }
  const [years, schemes] = await Promise.all([
    findCohortYears(db, cohort, visibility),
    findSchemes(db, parent, kind),
  ])
  const chosen = year ?? years.at(-1)
  if (chosen === undefined) return { year: null, years, rows: [], bands: [], schemeId: undefined }
  const schemeId = schemeForYear(schemes, chosen)?.id
  const [rows, bands] = await Promise.all([
    findYearRanking(db, cohort, visibility, chosen),
    findGradeBands(db, schemeId ? [schemeId] : []),
  ])
  // Rank order, then code: a stable order for ties. TimSort is linear on the nearly sorted rows.
  rows.sort((a, b) => Number(a.rank) - Number(b.rank) || (a.unit_code < b.unit_code ? -1 : 1))
  return { year: chosen, years, rows, bands, schemeId }
}
