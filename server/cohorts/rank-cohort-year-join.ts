// A stored rank (`r`) belongs to one cohort-year (`y`): the same parent, kind, block, scope and
// year. Every read that needs a rank's cohort size or published size joins them on that key.
import type { JoinBuilder } from 'kysely'
import type { CohortRankTable, CohortYearTable } from '../db/schema.ts'

type RankAndCohortYear = { r: CohortRankTable; y: CohortYearTable }

/** The join condition of a rank row `r` and its cohort-year `y`, for `.innerJoin`/`.leftJoin`. */
export function onRankCohortYear<DB extends RankAndCohortYear, TB extends keyof DB>(
  join: JoinBuilder<DB, TB | 'r' | 'y'>,
): JoinBuilder<DB, TB | 'r' | 'y'> {
  // A join builder is typed by every table of its query, so one written for the two aliases
  // alone does not accept a caller's; the columns are checked against those two, then cast back.
  const on = join as unknown as JoinBuilder<RankAndCohortYear, 'r' | 'y'>
  return on
    .onRef('y.parent_code', '=', 'r.parent_code')
    .onRef('y.kind', '=', 'r.kind')
    .onRef('y.block', '=', 'r.block')
    .onRef('y.scope', '=', 'r.scope')
    .onRef('y.year', '=', 'r.year') as unknown as JoinBuilder<DB, TB | 'r' | 'y'>
}
