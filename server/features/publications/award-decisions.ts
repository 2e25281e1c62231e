// The decisions that granted a cohort-year's awards: what the awards table's source line names.
import type { Kysely } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import { cohortMembers } from '#server/cohorts/cohort-members.repository.ts'
import type { CohortKey } from '#server/cohorts/cohorts.repository.ts'
import type { Localized } from '#server/lib/table-download/table-columns.ts'
import { awardsSourceLine, type AwardDecision } from '#shared/text/source-line.ts'

export async function findAwardDecisions(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number,
): Promise<AwardDecision[]> {
  const rows = await db
    .selectFrom('award_grant as g')
    .select(['g.decision_no', 'g.decision_date'])
    .distinct()
    .where('g.year', '=', year)
    .where('g.unit_code', 'in', cohortMembers(db, cohort, year))
    .orderBy('g.decision_date')
    .orderBy('g.decision_no')
    .execute()
  return rows.map((r) => ({ decisionNo: r.decision_no, decisionDate: r.decision_date }))
}

export async function awardsSource(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number | null,
): Promise<Localized> {
  const decisions = year === null ? [] : await findAwardDecisions(db, cohort, year)
  const years = year === null ? [] : [year]
  return {
    vi: awardsSourceLine(decisions, 'vi', years),
    en: awardsSourceLine(decisions, 'en', years),
  }
}
