// A cohort-year's units × fields (the scorecard): every ranked unit's field points of the year and
// of the year before, with the scheme's field maxima for both years. Field points live as JSON on
// the assessment (ADR 013), so shares are computed and sorted in process: the 10,600-unit stress
// cohort is 10,600 rows, parsed in milliseconds.
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'
import { rankScope, type CohortKey, type Visibility } from '#server/cohorts/cohorts.repository.ts'
import {
  findSchemeFields,
  findSchemes,
  schemeForYear,
} from '#server/cohorts/cohort-schemes.repository.ts'
import { findCohortYearContext } from '../rankings/ranking-list.repository.ts'

/** Every ranked unit of a cohort-year with its field points and the previous year's. */
export function findScorecardRows(
  db: Kysely<Database>,
  cohort: CohortKey,
  visibility: Visibility,
  year: number,
) {
  return db
    .selectFrom('cohort_rank as r')
    .innerJoin('assessment as a', (join) =>
      join.onRef('a.unit_code', '=', 'r.unit_code').onRef('a.year', '=', 'r.year'),
    )
    .innerJoin('unit as u', 'u.code', 'r.unit_code')
    .leftJoin('assessment as p', (join) =>
      join.onRef('p.unit_code', '=', 'r.unit_code').on('p.year', '=', year - 1),
    )
    .where('r.parent_code', '=', cohort.parentCode)
    .where('r.kind', '=', cohort.kind)
    .where('r.block', '=', cohort.block)
    .where('r.scope', '=', rankScope(visibility))
    .where('r.year', '=', year)
    .select([
      'r.unit_code',
      'u.name as unit_name',
      'r.rank',
      'r.index_pct',
      'r.grade',
      'r.delta_pct',
      'r.not_comparable',
      'a.published_rank',
      'a.field_points',
      'p.field_points as previous_field_points',
    ])
    .orderBy('r.rank')
    .orderBy('r.unit_code')
    .execute()
}

export type ScorecardDbRow = Awaited<ReturnType<typeof findScorecardRows>>[number]

/** A scheme's field maxima by code, in the scheme's order (empty without a scheme). */
async function fieldMaxima(db: Kysely<Database>, schemeId: string | undefined) {
  const rows = await findSchemeFields(db, schemeId ? [schemeId] : [])
  return new Map(rows.map((r) => [r.field_code, Number(r.max_points)]))
}

/**
 * The scorecard's inputs: the cohort-year's context (years, size, grade bands), the fields and
 * maxima of the year's scheme and of the previous year's, and every ranked unit's row.
 */
export async function findScorecard(
  db: Kysely<Database>,
  cohort: CohortKey,
  year: number | undefined,
  visibility: Visibility,
) {
  const [context, schemes] = await Promise.all([
    findCohortYearContext(db, cohort, year, visibility),
    findSchemes(db, { code: cohort.parentCode }, cohort.kind),
  ])
  const chosen = context.year
  if (chosen === null)
    return { context, maxima: new Map<string, number>(), previousMaxima: new Map(), rows: [] }
  const [maxima, previousMaxima, rows] = await Promise.all([
    fieldMaxima(db, context.schemeId),
    fieldMaxima(db, schemeForYear(schemes, chosen - 1)?.id),
    findScorecardRows(db, cohort, visibility, chosen),
  ])
  return { context, maxima, previousMaxima, rows }
}
