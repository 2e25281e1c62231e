import { z } from 'zod'
import {
  AwardDecisionSchema,
  AwardTotalsSchema,
  GradeBandSchema,
  PublishedFlagSchema,
} from './calculated.ts'
import { CohortRefSchema } from './cohort.ts'
import { NotComparableSchema, PublishedResultSchema, StandingSchema } from './ranking.ts'
import { TaskSummarySchema } from './task.ts'
import { LineageEntrySchema, PlacementSchema, UnitRefSchema, UnitSchema } from './unit.ts'

export const FieldResultSchema = z.object({
  code: z.string(),
  points: z.number(),
  /** The unit's maximum in the field; 0 when the criterion does not apply to the unit. */
  maxPoints: z.number().nullable(),
  /** Best and mean points of the cohort in this field and year. */
  cohortBest: z.number().nullable(),
  cohortAverage: z.number().nullable(),
})
export type FieldResult = z.infer<typeof FieldResultSchema>

export const ProfileTasksSchema = TaskSummarySchema.extend({
  byField: z.array(TaskSummarySchema.extend({ field: z.string() })),
})
export type ProfileTasks = z.infer<typeof ProfileTasksSchema>

/** One year of a unit's profile. */
export const ProfileYearSchema = z.object({
  year: z.number().int(),
  /** The cohort the unit was ranked in that year. */
  cohort: CohortRefSchema,
  indexPct: z.number(),
  /**
   * The id of the scheme (assessment method) that scored the year (an import names it
   * PROVINCE:KIND:YEAR_FROM); null where none covers it. Two years of different schemes do not
   * compare, whatever else happened between them.
   */
  schemeId: z.string().nullable(),
  /** null for index-only results. */
  points: z.number().nullable(),
  maxPoints: z.number().nullable(),
  /** The published rank where the decision gave one, of the published size. */
  rank: z.number().int(),
  computedRank: z.number().int(),
  /** The rank's denominator: the cohort's size shown, or the units loaded (`amongLoaded`). */
  total: z.number().int(),
  /** Units of the cohort loaded. */
  ranked: z.number().int(),
  /**
   * The rank is one computed among the units loaded of a partial table, the decision having given
   * none: shown of the units loaded, "of those loaded" (shared/kpi/rank-denominator.ts).
   */
  amongLoaded: z.boolean(),
  grade: z.string().nullable(),
  status: z.string(),
  published: PublishedResultSchema.nullable(),
  /** Where the published rank, grade or index differs from the computed one. */
  flags: z.array(PublishedFlagSchema),
  previous: StandingSchema.nullable(),
  deltaPct: z.number().nullable(),
  rankChange: z.number().int().nullable(),
  notComparable: NotComparableSchema.nullable(),
  fields: z.array(FieldResultSchema),
  tasks: ProfileTasksSchema.nullable(),
  awards: AwardTotalsSchema.nullable(),
  /** The decisions that granted the year's awards (by date, then number): the awards image's source. */
  awardDecisions: z.array(AwardDecisionSchema),
})
export type ProfileYear = z.infer<typeof ProfileYearSchema>

/** GET /api/units/:code/profile */
export const UnitProfileSchema = z.object({
  unit: UnitSchema,
  /** The parent in force in the latest year shown (or today). */
  parent: UnitRefSchema.nullable(),
  /** The cohort of the latest year with a result. */
  cohort: CohortRefSchema.nullable(),
  lineage: z.array(LineageEntrySchema),
  /** Where the unit stood over time, oldest first (the timeline). */
  placements: z.array(PlacementSchema),
  /** Ascending by year. */
  years: z.array(ProfileYearSchema),
  /** Bands of the scheme of the latest year ([] without a scheme). */
  gradeBands: z.array(GradeBandSchema),
})
export type UnitProfile = z.infer<typeof UnitProfileSchema>
