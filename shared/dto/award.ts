import { z } from 'zod'
import { AWARD_DIRECTIONS } from '../domain/award-direction.ts'
import { AWARD_SORTS } from '../schemas/awards.schema.ts'
import { AwardDecisionDigestSchema, AwardTotalsSchema } from './calculated.ts'
import { BlockSchema } from './cohort.ts'
import { SortDirectionSchema } from './ranking.ts'
import { UnitKindSchema, UnitRefSchema } from './unit.ts'

/**
 * Recipients of one award and recipient type, given by the unit (at its own level) or received
 * from a level above (shared/domain/award-direction.ts): "Giấy khen, 10 tập thể, given".
 */
export const AwardBreakdownLineSchema = z.object({
  awardCode: z.string(),
  recipientType: z.string(),
  direction: z
    .enum(AWARD_DIRECTIONS)
    .describe('GIVEN: issued at the unit’s own level; RECEIVED: from a level above'),
  count: z.number().int(),
})
export type AwardBreakdownLine = z.infer<typeof AwardBreakdownLineSchema>

export const AwardEntrySchema = AwardTotalsSchema.extend({
  unit: UnitRefSchema,
  /** Recipients of the awards the unit gave (its own level issued them) … */
  given: z.number().int(),
  /** … and of those it received from a level above; given + received = total. */
  received: z.number().int(),
  /** By award, recipient type and direction: direction, then the taxonomy's order. */
  byAwardAndRecipient: z.array(AwardBreakdownLineSchema),
})
export type AwardEntry = z.infer<typeof AwardEntrySchema>

/** GET /api/awards */
export const AwardReportSchema = z.object({
  year: z.number().int().nullable(),
  parent: UnitRefSchema,
  kind: UnitKindSchema,
  /** The published block; null for the default cohort. */
  block: BlockSchema,
  /** Units with grants this year (the list's size before search and paging). */
  total: z.number().int(),
  /** Rows matching the search `q` before paging. */
  matched: z.number().int(),
  sort: z.enum(AWARD_SORTS),
  dir: SortDirectionSchema,
  /** Place of the first item among the matched rows (0 unless a page was asked for). */
  offset: z.number().int(),
  items: z.array(AwardEntrySchema),
  /** The cohort's totals over every unit (not only the page). */
  totals: AwardTotalsSchema,
  /** The cohort's recipients by award, recipient type and direction (every unit). */
  byAwardAndRecipient: z.array(AwardBreakdownLineSchema),
  years: z.array(z.number().int()),
})
export type AwardReport = z.infer<typeof AwardReportSchema>

/**
 * GET /api/awards/summary: a cohort-year's awards at any size — totals per award, recipient type
 * and issuing level, the units with grants, the top and bottom units by recipients, the focused.
 */
export const AwardCohortSummarySchema = z.object({
  year: z.number().int().nullable(),
  parent: UnitRefSchema,
  kind: UnitKindSchema,
  block: BlockSchema,
  years: z.array(z.number().int()),
  /** Units with grants this year. */
  unitsWithData: z.number().int(),
  /** total, by recipient type (collective, individual, household), byCode, byIssuer. */
  totals: AwardTotalsSchema,
  /** The cohort's recipients by award, recipient type and direction (every unit). */
  byAwardAndRecipient: z.array(AwardBreakdownLineSchema),
  ends: z.number().int(),
  /** Most recipients first (ties: name, then code). */
  top: z.array(AwardEntrySchema),
  /** Fewest recipients among units with grants, fewest last. */
  bottom: z.array(AwardEntrySchema),
  focus: z.array(AwardEntrySchema),
  /** `focus` codes with no grants in this cohort-year. */
  missingFocus: z.array(z.string()),
  /**
   * The decisions that granted the cohort-year's awards, as the awards chart image's source line
   * names them (awardsSourceLine): their count and dates' range, and each one when few.
   */
  decisions: AwardDecisionDigestSchema,
})
export type AwardCohortSummary = z.infer<typeof AwardCohortSummarySchema>
