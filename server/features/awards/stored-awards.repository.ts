// Reads of a cohort-year's stored awards (ADR 032): its lines and decisions' digest, its units'
// recipient sums with their names.
import type { Kysely } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import { cohortActivity } from '#server/cohorts/cohort-members.repository.ts'
import type { CohortKey } from '#server/cohorts/cohorts.repository.ts'
import {
  digestAwardDecisions,
  type AwardDecision,
  type AwardDecisionDigest,
} from '#shared/text/source-line.ts'

/** The cohort-year's units with grants and the digest of the decisions (none: no grants). */
export async function findCohortAwardYear(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number,
): Promise<{ units: number; decisions: AwardDecisionDigest }> {
  const row = await db
    .selectFrom('cohort_award_year')
    .select(['units', 'decision_count', 'first_decision_date', 'last_decision_date', 'decisions'])
    .where('parent_code', '=', cohort.parentCode)
    .where('kind', '=', cohort.kind)
    .where('block', '=', cohort.block)
    .where('year', '=', year)
    .executeTakeFirst()
  if (!row) return { units: 0, decisions: digestAwardDecisions([]) }
  return {
    units: Number(row.units),
    decisions: {
      count: Number(row.decision_count),
      firstDate: row.first_decision_date,
      lastDate: row.last_decision_date,
      listed: JSON.parse(row.decisions) as AwardDecision[],
    },
  }
}

/** The cohort-year's recipients by award, recipient type and issuing level. */
export function findCohortAwardLines(db: Kysely<Database>, cohort: CohortKey, year: number) {
  return db
    .selectFrom('cohort_award_line')
    .select(['award_code', 'recipient_type', 'issuer_level', 'count'])
    .where('parent_code', '=', cohort.parentCode)
    .where('kind', '=', cohort.kind)
    .where('block', '=', cohort.block)
    .where('year', '=', year)
    .orderBy('award_code')
    .orderBy('recipient_type')
    .orderBy('issuer_level')
    .execute()
}

/** Each unit's recipient sums with its name (a list by name, a search). */
export async function findNamedAwardSums(db: Kysely<Database>, cohort: CohortKey, year: number) {
  const rows = await cohortActivity(db, cohort, year, 'grants')
    .select([
      'c.unit_code',
      'c.unit_name as name',
      'c.award_total',
      'c.award_collective',
      'c.award_individual',
      'c.award_household',
    ])
    .execute()
  return rows.map((row) => ({ ...toSums(row), unit: { code: row.unit_code, name: row.name } }))
}

/** A unit's recipients in all and by recipient type, as stored. */
export type AwardSums = {
  code: string
  total: number
  collective: number
  individual: number
  household: number
}

function toSums(row: {
  unit_code: string
  award_total: number
  award_collective: number
  award_individual: number
  award_household: number
}): AwardSums {
  return {
    code: row.unit_code,
    total: Number(row.award_total),
    collective: Number(row.award_collective),
    individual: Number(row.award_individual),
    household: Number(row.award_household),
  }
}
