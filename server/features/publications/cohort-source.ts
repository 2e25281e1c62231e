// The source line of a cohort's table: the decisions that published the years it shows, or the
// draft, in both languages (downloads print the one the reader asked for).
import type { Kysely } from 'kysely'
import type { Database, UnitRow } from '#server/db/schema.ts'
import type { CohortKey } from '#server/cohorts/cohorts.repository.ts'
import type { Localized } from '#server/lib/table-download/table-columns.ts'
import { sourceLine } from '#shared/text/source-line.ts'
import { findCohortPublications } from './publication-status.ts'

export async function cohortSource(
  db: Kysely<Database>,
  parent: UnitRow,
  cohort: CohortKey,
  years: readonly number[],
  includeDrafts: boolean,
): Promise<Localized> {
  const publications = await findCohortPublications(db, parent, cohort, { includeDrafts, years })
  return { vi: sourceLine(publications, 'vi', years), en: sourceLine(publications, 'en', years) }
}
