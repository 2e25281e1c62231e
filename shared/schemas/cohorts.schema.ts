import { z } from 'zod'
import {
  formatSchema,
  optionalParam,
  unitCodeSchema,
  unitKindSchema,
  yearSchema,
} from './units.schema.ts'

/**
 * A published block's name as imported ("Phường", "Xã, đặc khu"); absent or empty: the default
 * cohort of the level under the parent.
 */
export const cohortBlockSchema = z
  .string()
  .trim()
  .max(120, 'Expected a block name of at most 120 characters')
  .optional()
  .transform((value) => (value ?? '').normalize('NFC'))

/**
 * A cohort (DESIGN.md, ADR 014): the units of one level a decision ranked together under one
 * parent — in one block when it ranked them apart — per year.
 */
export const cohortQuerySchema = z.object({
  parent: unitCodeSchema,
  kind: unitKindSchema,
  cohort: cohortBlockSchema,
  /** Omitted → the latest year with data in the cohort. */
  year: optionalParam(yearSchema),
  format: formatSchema,
})
export type CohortQuery = z.infer<typeof cohortQuerySchema>

/** GET /api/cohorts takes no parameters. */
export const cohortsQuerySchema = z.object({})
