// Which units a cohort holds for the reads that are not ranks (tasks, awards): the units the
// decision ranked in it and — for the default cohort of a level — every unit of that level
// placed under the parent (a unit with tasks or awards but no score still belongs). Stored per
// cohort-year for the units with task results or grants (ADR 030, store-cohort-activity.ts):
// those are the only members these reads find rows for.
import { sql, type Kysely } from 'kysely'
import type { Database } from '#server/db/schema.ts'
import type { CohortKey } from './cohorts.repository.ts'

/** What a cohort-year's member has that a read lists: task results or award grants. */
export type CohortActivity = 'tasks' | 'grants'

/**
 * A stored row's unit as the lists name it: its code and the name stored beside it (ADR 041),
 * not looked up in `unit` row by row.
 */
export const NAMED_COLUMNS = ['c.unit_code as code', 'c.unit_name as name'] as const

/** A cohort-year's stored rows, of the units with `activity` (any of both when omitted). */
export function cohortActivity(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number,
  activity?: CohortActivity,
) {
  const rows = db
    .selectFrom('cohort_activity as c')
    .where('c.parent_code', '=', cohort.parentCode)
    .where('c.kind', '=', cohort.kind)
    .where('c.block', '=', cohort.block)
    .where('c.year', '=', year)
  if (activity === 'tasks') return rows.where('c.task_rows', '>', 0)
  if (activity === 'grants') return rows.where('c.grant_rows', '>', 0)
  return rows
}

/**
 * The unit codes of a cohort in `year` that have task results or award grants then, as a
 * subquery (the members every tasks or awards read of the year can find rows for).
 */
export function cohortMembers(db: Kysely<Database>, cohort: CohortKey, year: number) {
  return cohortActivity(db, cohort, year).select('c.unit_code')
}

/**
 * The stored codes of the cohort-year's units with `activity` among `codes`, matched without
 * regard to case (a summary's focused units).
 */
export async function findFocusedMembers(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number,
  activity: CohortActivity,
  codes: readonly string[],
): Promise<string[]> {
  if (codes.length === 0) return []
  const asked = [...new Set(codes.map((code) => code.toUpperCase()))]
  const rows = await cohortActivity(db, cohort, year, activity)
    .where(sql<string>`upper(c.unit_code)`, 'in', asked)
    .select('c.unit_code')
    .execute()
  return rows.map((r) => r.unit_code)
}
