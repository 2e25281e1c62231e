import { z } from 'zod'
import { SourceIssuerSchema, SourcePublicationSchema } from './calculated.ts'
import { BlockSchema } from './cohort.ts'
import { UnitKindSchema, UnitRefSchema } from './unit.ts'

/** Answer of POST and DELETE /api/publications. */
export const PublicationResultSchema = z.object({
  parentCode: z.string(),
  kind: z.string(),
  year: z.number().int(),
  status: z.enum(['PUBLISHED', 'DRAFT']),
  /** Assessments in the cohort-year. */
  units: z.number().int(),
  /** Assessments whose status or decision changed. */
  changed: z.number().int(),
})
export type PublicationResult = z.infer<typeof PublicationResultSchema>

/** One year of a cohort with its publication state. */
export const CohortYearStatusSchema = z.object({
  year: z.number().int(),
  /** MIXED when some units are published and some are not (e.g. a late import). */
  status: z.enum(['PUBLISHED', 'DRAFT', 'MIXED']),
  decisionNo: z.string().nullable(),
  decisionDate: z.string().nullable(),
  units: z.number().int(),
})
export type CohortYearStatus = z.infer<typeof CohortYearStatusSchema>

export const CohortYearStatusListSchema = z.object({ items: z.array(CohortYearStatusSchema) })
export type CohortYearStatusList = z.infer<typeof CohortYearStatusListSchema>

/**
 * GET /api/publications/status: whether a cohort's years are published, under which decision and
 * by whom, as the caller sees the results; `sourceLine` is sourceLine() over `years`.
 */
export const PublicationStatusReportSchema = z.object({
  parent: UnitRefSchema,
  kind: UnitKindSchema,
  block: BlockSchema,
  issuer: SourceIssuerSchema,
  /** Oldest first; empty when the cohort has no results (in the year asked for). */
  years: z.array(SourcePublicationSchema),
  /** The source line of the years returned, as exports print it. */
  sourceLine: z.object({ vi: z.string(), en: z.string() }),
})
export type PublicationStatusReport = z.infer<typeof PublicationStatusReportSchema>
