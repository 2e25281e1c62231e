import type { AwardSort } from '#shared/schemas/awards.schema.ts'
import type { TableSortSpec } from '#client/lib/cohort-params-table.ts'

/** The orders the awards table asks the server for (the API's names, kept in the URL). */
export const AWARD_SORT_KEYS = [
  'name',
  'total',
  'collective',
  'individual',
  'household',
] as const satisfies readonly AwardSort[]
export type AwardSortKey = (typeof AWARD_SORT_KEYS)[number]

/** The awards table opens with the most recipients first, as the chart reads. */
export const AWARD_TABLE_SORT: TableSortSpec<AwardSortKey> = {
  keys: AWARD_SORT_KEYS,
  initial: { sort: 'total', dir: 'desc' },
}
