import { z } from 'zod'
import {
  formatSchema,
  optionalParam,
  unitCodeSchema,
  unitKindSchema,
  yearSchema,
} from './units.schema.ts'

/** A cohort (DESIGN.md): the units of one kind under one parent, ranked together per year. */
export const cohortQuerySchema = z.object({
  parent: unitCodeSchema,
  kind: unitKindSchema,
  /** Omitted → the latest year with data in the cohort. */
  year: optionalParam(yearSchema),
  format: formatSchema,
})
export type CohortQuery = z.infer<typeof cohortQuerySchema>

/** GET /api/cohorts takes no parameters. */
export const cohortsQuerySchema = z.object({})
