// The source line of an awards table download: the decisions that granted the cohort-year's
// awards, from their stored digest (ADR 032).
import type { Kysely } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import type { CohortKey } from '#server/cohorts/cohorts.repository.ts'
import type { Localized } from '#server/lib/table-download/table-columns.ts'
import { awardsSourceLine, digestAwardDecisions } from '#shared/text/source-line.ts'
import { findCohortAwardYear } from './stored-awards.repository.ts'

export async function awardsSource(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number | null,
): Promise<Localized> {
  const decisions =
    year === null
      ? digestAwardDecisions([])
      : (await findCohortAwardYear(db, cohort, year)).decisions
  const years = year === null ? [] : [year]
  return {
    vi: awardsSourceLine(decisions, 'vi', years),
    en: awardsSourceLine(decisions, 'en', years),
  }
}
