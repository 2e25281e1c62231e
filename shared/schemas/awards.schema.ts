import { cohortQuerySchema } from './cohorts.schema.ts'

/** GET /api/awards?parent=&kind=&year= */
export const awardsQuerySchema = cohortQuerySchema
export type { CohortQuery as AwardsQuery } from './cohorts.schema.ts'
