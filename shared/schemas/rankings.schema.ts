import { z } from 'zod'
import {
  cohortQuerySchema,
  cohortSummaryQuerySchema,
  endsSchema,
  nameSearchSchema,
  pageParams,
  sortDirectionSchema,
  unitCodeListSchema,
  type SortDirection,
} from './cohorts.schema.ts'
import { optionalParam } from './units.schema.ts'

/** The orders a ranking can be read in. */
export const RANKING_SORTS = [
  'rank',
  'name',
  'indexPct',
  'points',
  'deltaPct',
  'rankChange',
] as const
export type RankingSort = (typeof RANKING_SORTS)[number]

/** The natural direction of each order: ranks and names ascending, measures highest first. */
export const RANKING_SORT_NATURAL_DIR: Record<RankingSort, SortDirection> = {
  rank: 'asc',
  name: 'asc',
  indexPct: 'desc',
  points: 'desc',
  deltaPct: 'desc',
  rankChange: 'desc',
}

/**
 * GET /api/rankings?parent=&kind=[&cohort=&year=&sort=&dir=&q=&limit=&offset=]. Sorted on the
 * server (default: rank), searched by unit name (`q`, accents optional), one page when `limit`
 * is given. Ties and missing values sort deterministically: missing last, then rank, then code.
 * `total` counts the cohort, `matched` the rows matching `q` before paging.
 */
export const rankingsQuerySchema = cohortQuerySchema.extend({
  sort: optionalParam(
    z.enum(RANKING_SORTS, { message: `Expected sort to be one of ${RANKING_SORTS.join(', ')}` }),
  ),
  dir: sortDirectionSchema,
  q: nameSearchSchema,
  ...pageParams,
})
export type RankingsQuery = z.infer<typeof rankingsQuerySchema>

/**
 * GET /api/rankings/summary?parent=&kind=[&cohort=&year=&ends=&focus=]: one cohort-year in a
 * few kilobytes at any size — averages, grade counts, the top and bottom `ends` (default 10,
 * at most 50), the focused units, the year-over-year counts and largest movers.
 */
export const rankingSummaryQuerySchema = cohortSummaryQuerySchema
export type RankingSummaryQuery = z.infer<typeof rankingSummaryQuerySchema>

/** How many units a rank history may be asked for by code. */
export const MAX_HISTORY_UNITS = 200

/**
 * GET /api/rankings/history?parent=&kind=[&year=&units=&ends=]: the cohort's years up to `year`
 * (default: all). With `units` and/or `ends`, only those units (the listed ones, the top and
 * bottom `ends` of `year`); without either, every unit (the CSV download of all).
 */
export const rankHistoryQuerySchema = cohortQuerySchema.extend({
  units: unitCodeListSchema(MAX_HISTORY_UNITS),
  ends: endsSchema,
})
export type RankHistoryQuery = z.infer<typeof rankHistoryQuerySchema>
