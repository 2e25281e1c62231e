import { cohortQuerySchema } from './cohorts.schema.ts'

/** GET /api/tasks?parent=&kind=&year= */
export const tasksQuerySchema = cohortQuerySchema
export type { CohortQuery as TasksQuery } from './cohorts.schema.ts'
