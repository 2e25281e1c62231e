import { z } from 'zod'
import { MAX_YEAR, MIN_YEAR, RANKED_UNIT_KINDS } from '../domain/units.ts'
import { lineText, TEXT_MAX } from './text.schema.ts'

const year = z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR)
const code = lineText(TEXT_MAX.code).min(1)
/** The published block ('' or absent: the default cohort of the level under the parent). */
const block = z
  .string()
  .trim()
  .max(120)
  .optional()
  .transform((value) => (value ?? '').normalize('NFC'))

/**
 * The last day a decision can be dated: today wherever it was signed. A day ahead of UTC covers
 * Vietnam (UTC+7) before 07:00, when UTC's date is still yesterday's.
 */
export function latestDecisionDate(now = new Date()): string {
  return new Date(now.getTime() + 24 * 3600 * 1000).toISOString().slice(0, 10)
}

/** Body of POST /api/publications: the decision that publishes a cohort-year. */
export const publishBodySchema = z.object({
  parentCode: code,
  kind: z.enum(RANKED_UNIT_KINDS),
  cohort: block,
  year,
  decisionNo: lineText(TEXT_MAX.decisionNo).min(1),
  decisionDate: z.iso
    .date()
    .refine((date) => date <= latestDecisionDate(), 'A decision cannot be dated after today'),
})
export type PublishBody = z.infer<typeof publishBodySchema>

/** Query of DELETE /api/publications (back to draft). */
export const unpublishQuerySchema = z.object({
  parentCode: code,
  kind: z.enum(RANKED_UNIT_KINDS),
  cohort: block,
  year,
})

/** Query of GET /api/publications: the cohort's years with their status. */
export const publicationsQuerySchema = z.object({
  parent: code,
  kind: z.enum(RANKED_UNIT_KINDS),
  cohort: block,
})

/** Query of GET /api/publications/status: a cohort's publication, of one year or of every year. */
export const publicationStatusQuerySchema = z.object({
  parent: code,
  kind: z.enum(RANKED_UNIT_KINDS),
  cohort: block,
  year: year.optional(),
})
export type PublicationStatusQuery = z.infer<typeof publicationStatusQuerySchema>

/** Query of GET /api/data-quality. */
export const dataQualityQuerySchema = z.object({
  parent: code,
  kind: z.enum(RANKED_UNIT_KINDS),
  cohort: block,
  year: year.optional(),
})
export type DataQualityQuery = z.infer<typeof dataQualityQuerySchema>
