import { KPI_FIELDS } from '#shared/domain/kpi-fields.ts'
import type { ScorecardSort } from '#shared/schemas/scorecard.schema.ts'
import type { TableSortSpec } from '#client/lib/cohort-params-table.ts'

/** The orders the scorecard asks the server for: rank, name, or any field of the taxonomy. */
export const SCORECARD_SORT_KEYS = [
  'rank',
  'name',
  ...KPI_FIELDS.map((code) => `field:${code}` as const),
] as const satisfies readonly ScorecardSort[]
export type ScorecardSortKey = (typeof SCORECARD_SORT_KEYS)[number]

export const SCORECARD_TABLE_SORT: TableSortSpec<ScorecardSortKey> = {
  keys: SCORECARD_SORT_KEYS,
  initial: { sort: 'rank', dir: 'asc' },
}

/** A field's column key, which is its sort key. */
export const fieldSortKey = (code: string) => `field:${code}`
