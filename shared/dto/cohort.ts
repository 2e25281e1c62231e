import { z } from 'zod'
import { UnitKindSchema, UnitRefSchema } from './unit.ts'

/** The published block's name as imported; null for the default cohort. */
export const BlockSchema = z
  .string()
  .nullable()
  .describe('The published block; null: the default cohort')

/**
 * A cohort with assessments — the units of one level ranked under one parent, in one published
 * block — what the cohort picker offers.
 */
export const CohortSummarySchema = z.object({
  parent: UnitRefSchema,
  kind: UnitKindSchema,
  block: BlockSchema,
  /** Ascending. */
  years: z.array(z.number().int()),
  latestYear: z.number().int(),
  /** Units loaded in the latest year. */
  unitCount: z.number().int(),
  /** The latest year's published size (null: not given). */
  publishedSize: z.number().int().nullable(),
  /** The parent still exists today (present-day map). */
  current: z.boolean().describe('The parent exists today (present-day map)'),
})
export type CohortSummary = z.infer<typeof CohortSummarySchema>

export const CohortListSchema = z.object({ items: z.array(CohortSummarySchema) })
export type CohortList = z.infer<typeof CohortListSchema>

/** The cohort header repeated by cohort-level payloads. */
export const CohortRefSchema = z.object({
  parent: UnitRefSchema,
  kind: UnitKindSchema,
  block: BlockSchema,
})
export type CohortRef = z.infer<typeof CohortRefSchema>

/**
 * A cohort of the year before or after a cohort-year that some of its units, or the units they
 * were formed from or went into, were ranked in (ADR 071): a step across a change of the map.
 */
export const CohortLinkSchema = z.object({
  parent: UnitRefSchema,
  kind: UnitKindSchema,
  block: BlockSchema,
  year: z.number().int(),
  /** Units of the cohort-year asked for that lead to it. */
  units: z.number().int(),
})
export type CohortLinkEntry = z.infer<typeof CohortLinkSchema>

export const CohortLinksSchema = z.object({
  year: z.number().int(),
  /** Cohorts of year − 1 its units, or their predecessors, were ranked in; largest first. */
  before: z.array(CohortLinkSchema),
  /** Cohorts of year + 1 its units, or their successors, were ranked in; largest first. */
  after: z.array(CohortLinkSchema),
})
export type CohortLinks = z.infer<typeof CohortLinksSchema>
