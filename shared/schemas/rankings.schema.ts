import { cohortQuerySchema } from './cohorts.schema.ts'

/** GET /api/rankings?parent=&kind=&year= */
export const rankingsQuerySchema = cohortQuerySchema
export type { CohortQuery as RankingsQuery } from './cohorts.schema.ts'
