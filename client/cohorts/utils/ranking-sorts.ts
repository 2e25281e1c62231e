import type { RankingSort } from '#shared/schemas/rankings.schema.ts'
import type { TableSortSpec } from '#client/lib/cohort-params-table.ts'

/** The orders the rankings table asks the server for (the API's names, kept in the URL). */
export const RANKING_SORT_KEYS = [
  'rank',
  'name',
  'indexPct',
  'points',
  'deltaPct',
  'rankChange',
] as const satisfies readonly RankingSort[]
export type RankingSortKey = (typeof RANKING_SORT_KEYS)[number]

/** The rankings table opens in rank order; links from before server-side sorting keep theirs. */
export const RANKING_TABLE_SORT: TableSortSpec<RankingSortKey> = {
  keys: RANKING_SORT_KEYS,
  initial: { sort: 'rank', dir: 'asc' },
  aliases: { unit: 'name', delta: 'deltaPct' },
}
