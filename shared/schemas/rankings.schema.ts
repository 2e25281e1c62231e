import { z } from 'zod'
import { cohortQuerySchema } from './cohorts.schema.ts'
import { optionalParam } from './units.schema.ts'

/**
 * GET /api/rankings?parent=&kind=&year=[&limit=&offset=]. Without `limit` the whole cohort comes
 * back; with it, one page in rank order (`total` still counts the whole cohort).
 */
export const rankingsQuerySchema = cohortQuerySchema.extend({
  limit: optionalParam(z.coerce.number().int('Expected a whole number').min(1).max(100_000)),
  offset: optionalParam(z.coerce.number().int('Expected a whole number').min(0)),
})
export type RankingsQuery = z.infer<typeof rankingsQuerySchema>

/**
 * GET /api/rankings/history?parent=&kind=[&year=]: every year of the cohort up to `year`
 * (default: all years). CSV gives one row per unit and year.
 */
export const rankHistoryQuerySchema = cohortQuerySchema
export type RankHistoryQuery = z.infer<typeof rankHistoryQuerySchema>
