import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'
import {
  type CohortKey,
  type RankingPage,
  type Visibility,
  findCohortYears,
  findYearRanking,
} from '#server/cohorts/cohorts.repository.ts'
import {
  findGradeBands,
  findSchemes,
  schemeChangedIn,
  schemeForYear,
} from '#server/cohorts/cohort-schemes.repository.ts'

/**
 * Everything a cohort's ranking needs for one year: the years available with the cohort's size,
 * the ranked rows (all, or one page) and the grade bands of the year's scheme.
 */
export async function findRanking(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number | undefined,
  visibility: Visibility,
  page?: RankingPage,
) {
  const [cohortYears, schemes] = await Promise.all([
    findCohortYears(db, cohort, visibility),
    findSchemes(db, { code: cohort.parentCode }, cohort.kind),
  ])
  const years = cohortYears.map((y) => y.year)
  const chosen = year ?? years.at(-1)
  const cohortYear = cohortYears.find((y) => y.year === chosen)
  const shape = {
    total: cohortYear?.total ?? 0,
    ranked: cohortYear?.units ?? 0,
    schemeChanged: chosen !== undefined && schemeChangedIn(schemes, chosen),
  }
  if (chosen === undefined)
    return { year: null, years, shape, rows: [], bands: [], schemeId: undefined }
  const schemeId = schemeForYear(schemes, chosen)?.id
  const [rows, bands] = await Promise.all([
    findYearRanking(db, cohort, visibility, chosen, page),
    findGradeBands(db, schemeId ? [schemeId] : []),
  ])
  return { year: chosen, years, shape, rows, bands, schemeId }
}
