import { z } from 'zod'
import {
  cohortQuerySchema,
  cohortSummaryQuerySchema,
  nameSearchSchema,
  pageParams,
  sortDirectionSchema,
  type SortDirection,
} from './cohorts.schema.ts'
import { optionalParam } from './units.schema.ts'

/** The orders of a cohort's award list: unit name, recipients in all, or by recipient type. */
export const AWARD_SORTS = ['name', 'total', 'collective', 'individual', 'household'] as const
export type AwardSort = (typeof AWARD_SORTS)[number]

/** Names ascending, counts highest first. */
export const AWARD_SORT_NATURAL_DIR: Record<AwardSort, SortDirection> = {
  name: 'asc',
  total: 'desc',
  collective: 'desc',
  individual: 'desc',
  household: 'desc',
}

/**
 * GET /api/awards?parent=&kind=[&cohort=&year=&sort=&dir=&q=&limit=&offset=] (default order:
 * name). Ties: then name, then code. `matched` counts the rows matching `q` before paging.
 */
export const awardsQuerySchema = cohortQuerySchema.extend({
  sort: optionalParam(
    z.enum(AWARD_SORTS, { message: `Expected sort to be one of ${AWARD_SORTS.join(', ')}` }),
  ),
  dir: sortDirectionSchema,
  q: nameSearchSchema,
  ...pageParams,
})
export type AwardsQuery = z.infer<typeof awardsQuerySchema>

/**
 * GET /api/awards/summary?parent=&kind=[&cohort=&year=&ends=&focus=]: cohort totals per award,
 * recipient type and issuing level, units with grants, and the top and bottom `ends` units by
 * recipients in all.
 */
export const awardSummaryQuerySchema = cohortSummaryQuerySchema
export type AwardSummaryQuery = z.infer<typeof awardSummaryQuerySchema>
