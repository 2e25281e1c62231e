// What is stored beside the ranks but not by the rank refresh itself (ADR 030): the cohorts'
// tasks and awards per unit, whose membership follows the ranks of scope ALL, and the units each
// cohort has ranked up to a year. Called by refreshCohortRanks() once its ranks are rebuilt.
import type { Kysely, Transaction } from 'kysely'
import type { Database, RankScope } from '#server/db/schema.ts'
import { storeActivityAfterRanks } from './store-cohort-activity.ts'
import { storeUnitsToDate } from './store-units-to-date.ts'

type Executor = Kysely<Database> | Transaction<Database>

export async function storeAfterRankRefresh(
  db: Executor,
  target: {
    parents: ReadonlySet<string> | 'all'
    scopes: readonly RankScope[]
    years?: ReadonlySet<number>
  },
): Promise<void> {
  const parents = target.parents === 'all' ? 'all' : [...target.parents]
  if (parents !== 'all' && parents.length === 0) return
  await storeUnitsToDate(db, parents, target.scopes)
  if (target.scopes.includes('ALL'))
    await storeActivityAfterRanks(db, parents, target.years ? [...target.years] : null)
}
