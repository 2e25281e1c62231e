import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'
import {
  type CohortKey,
  type RankingPage,
  type Visibility,
  findCohortYears,
  findYearRanking,
} from '../cohorts/cohorts.repository.ts'
import { findGradeBands, findSchemes, schemeForYear } from '../cohorts/cohort-schemes.repository.ts'

/**
 * Everything a cohort's ranking needs for one year: the years available with the cohort's size,
 * the ranked rows (all, or one page) and the grade bands of the year's scheme.
 */
export async function findRanking(
  db: Kysely<Database>,
  parent: { code: string; parent_code: string | null },
  kind: string,
  year: number | undefined,
  visibility: Visibility,
  page?: RankingPage,
) {
  const cohort: CohortKey = { parentCode: parent.code, kind }
  const [cohortYears, schemes] = await Promise.all([
    findCohortYears(db, cohort, visibility),
    findSchemes(db, parent, kind),
  ])
  const years = cohortYears.map((y) => y.year)
  const chosen = year ?? years.at(-1)
  const total = cohortYears.find((y) => y.year === chosen)?.units ?? 0
  if (chosen === undefined)
    return { year: null, years, total, rows: [], bands: [], schemeId: undefined }
  const schemeId = schemeForYear(schemes, chosen)?.id
  const [rows, bands] = await Promise.all([
    findYearRanking(db, cohort, visibility, chosen, page),
    findGradeBands(db, schemeId ? [schemeId] : []),
  ])
  return { year: chosen, years, total, rows, bands, schemeId }
}
