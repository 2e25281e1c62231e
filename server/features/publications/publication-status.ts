// A cohort-year's publication as a reader sees it, with the body that issued the decision: what
// every source line (downloads, images, prints, the report) names. Public: no editor role needed.
import type { Kysely } from 'kysely'
import type { Database, UnitRow } from '#server/db/schema.ts'
import { findPlacementAt, standingDate } from '#server/cohorts/placements.repository.ts'
import type { CohortKey } from '#server/cohorts/cohorts.repository.ts'
import type { UnitKind, UnitTitle } from '#shared/domain/units.ts'
import type { SourceIssuer, SourcePublication } from '#shared/text/source-line.ts'
import { listCohortYears } from './publications.repository.ts'

/** The parent unit as the issuer of its cohorts' decisions, titled as it stands (or last stood). */
export async function issuerOf(db: Kysely<Database>, parent: UnitRow): Promise<SourceIssuer> {
  const placement = await findPlacementAt(db, parent.code, standingDate(parent.valid_to))
  return {
    name: parent.name,
    kind: parent.kind as UnitKind,
    title: (placement?.title ?? null) as UnitTitle | null,
  }
}

/**
 * The publications of a cohort's years, oldest first (only `years` when given). A reader who
 * cannot see drafts sees only the published results of a partly published year, so for them the
 * year reads as published under its decision; an editor sees MIXED.
 */
export async function findCohortPublications(
  db: Kysely<Database>,
  parent: UnitRow,
  cohort: CohortKey,
  options: { includeDrafts: boolean; years?: readonly number[] },
): Promise<SourcePublication[]> {
  const [statuses, issuer] = await Promise.all([
    listCohortYears(db, cohort.parentCode, cohort.kind, cohort.block),
    issuerOf(db, parent),
  ])
  const wanted = options.years ? new Set(options.years) : null
  return statuses
    .filter((s) => wanted === null || wanted.has(s.year))
    .sort((a, b) => a.year - b.year)
    .map((s) => ({
      year: s.year,
      status: s.status === 'MIXED' && !options.includeDrafts ? 'PUBLISHED' : s.status,
      decisionNo: s.status === 'DRAFT' ? null : s.decisionNo,
      decisionDate: s.status === 'DRAFT' ? null : s.decisionDate,
      issuer,
    }))
}
