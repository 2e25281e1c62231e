import { z } from 'zod'
import { GradeBandSchema } from './calculated.ts'
import { BlockSchema } from './cohort.ts'
import { NotComparableReasonSchema, SortDirectionSchema } from './ranking.ts'
import { UnitKindSchema, UnitRefSchema } from './unit.ts'

/** One unit's result in one field. */
export const ScorecardCellSchema = z.object({
  points: z.number(),
  /** The unit's own maximum for the field where recorded, else the scheme's; null: unknown. */
  maxPoints: z.number().nullable(),
  /** points ÷ maxPoints × 100 (2 decimals); null when the maximum is unknown or zero. */
  sharePct: z.number().nullable(),
  /** The scheme's grade band the share falls in (the index bands applied to the field). */
  band: z.string().nullable(),
  /**
   * The share's change on the previous year in percentage points; null where the unit's index
   * change is withheld (another cohort, scheme or a lineage event) or the field had no points.
   */
  deltaPct: z.number().nullable(),
})
export type ScorecardCell = z.infer<typeof ScorecardCellSchema>

/** A unit's line of the scorecard: its standing and one cell per field (null: no points). */
export const ScorecardRowSchema = z.object({
  unit: UnitRefSchema,
  /** The published rank where given, else the computed one. */
  rank: z.number().int(),
  /**
   * The rank is one computed among the units loaded of a partial table, the decision having given
   * none: of `ranked`, not of `total` (shared/kpi/rank-denominator.ts).
   */
  amongLoaded: z.boolean(),
  indexPct: z.number(),
  grade: z.string().nullable(),
  /** Why the change on the previous year is withheld; null when it is claimed or there is none. */
  notComparable: NotComparableReasonSchema.nullable(),
  /** One cell per field code. */
  cells: z.record(z.string(), ScorecardCellSchema.nullable()),
})
export type ScorecardRow = z.infer<typeof ScorecardRowSchema>

/** A field of the year's scheme (or, without a scheme, a field some unit has points in). */
export const ScorecardFieldSchema = z.object({ code: z.string(), maxPoints: z.number().nullable() })
export type ScorecardField = z.infer<typeof ScorecardFieldSchema>

/** The cohort's best or median share per field and index, over every unit (not only the page). */
export const ScorecardReferenceSchema = z.object({
  indexPct: z.number().nullable(),
  cells: z.record(z.string(), z.number().nullable()),
})
export type ScorecardReference = z.infer<typeof ScorecardReferenceSchema>

/** rank, name or field:CODE (shared/schemas/scorecard.schema.ts). */
export const ScorecardSortSchema = z.union([
  z.literal('rank'),
  z.literal('name'),
  z.templateLiteral(['field:', z.string()]),
])

/** GET /api/scorecard */
export const ScorecardSchema = z.object({
  /** null only when the cohort has no data at all. */
  year: z.number().int().nullable(),
  parent: UnitRefSchema,
  kind: UnitKindSchema,
  block: BlockSchema,
  /** Cohort size as shown (the published size where given, else `ranked`). */
  total: z.number().int(),
  ranked: z.number().int(),
  /** Rows matching `q` before paging. */
  matched: z.number().int(),
  sort: ScorecardSortSchema,
  dir: SortDirectionSchema,
  offset: z.number().int(),
  fields: z.array(ScorecardFieldSchema),
  gradeBands: z.array(GradeBandSchema),
  years: z.array(z.number().int()),
  best: ScorecardReferenceSchema,
  median: ScorecardReferenceSchema,
  items: z.array(ScorecardRowSchema),
})
export type Scorecard = z.infer<typeof ScorecardSchema>
