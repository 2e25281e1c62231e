import { z } from 'zod'
import { NOT_COMPARABLE_REASONS } from '../kpi/comparability.ts'
import { RANKING_SORTS } from '../schemas/rankings.schema.ts'
import { SORT_DIRECTIONS } from '../schemas/cohorts.schema.ts'
import { GradeBandSchema, PublishedFlagSchema } from './calculated.ts'
import { BlockSchema } from './cohort.ts'
import { UnitKindSchema, UnitRefSchema } from './unit.ts'

export const NotComparableReasonSchema = z.enum(NOT_COMPARABLE_REASONS)
export const SortDirectionSchema = z.enum(SORT_DIRECTIONS)

export const PublishedResultSchema = z.object({
  rank: z.number().int().nullable(),
  grade: z.string().nullable(),
  indexPct: z.number().nullable(),
})
export type PublishedResult = z.infer<typeof PublishedResultSchema>

/** A unit's standing in a year as published: its rank of its cohort's size. */
export const StandingSchema = z.object({
  year: z.number().int(),
  indexPct: z.number(),
  rank: z.number().int(),
  total: z.number().int(),
})
export type Standing = z.infer<typeof StandingSchema>

/**
 * Why the change on the previous year is not claimed (ADR 014). `rankOnly`: the index change is
 * still given, the rank move is not (the cohort's size changed). `predecessors`: the standings
 * of the units this one succeeded, shown as such, never as its own.
 */
export const NotComparableSchema = z.object({
  reason: NotComparableReasonSchema,
  rankOnly: z.boolean().describe('Only the rank move is withheld'),
  previousYear: z.number().int(),
  predecessors: z.array(
    StandingSchema.extend({
      unit: UnitRefSchema,
      /**
       * The parent it was ranked under that year: a predecessor from another province (Long An's
       * Sở Nội vụ, succeeded by Tây Ninh's) is ranked, and named, under it.
       */
      parent: UnitRefSchema.nullable().describe('The parent it was ranked under that year'),
      /**
       * The unit it went into within the year, itself a predecessor, and the day: Đông Xuyên into
       * Mỹ Xuyên on 1 January 2025, Mỹ Xuyên into phường Long Xuyên on 1 July. Null for a unit the
       * successor took in itself (a direct predecessor).
       */
      via: z
        .object({ unit: UnitRefSchema, date: z.string() })
        .nullable()
        .describe('The predecessor it went into within the year (null: a direct predecessor)'),
    }),
  ),
})
export type NotComparable = z.infer<typeof NotComparableSchema>

/** One unit's line in a cohort's ranking. */
export const RankingEntrySchema = z.object({
  unit: UnitRefSchema,
  /** The rank the decision published, where it gave one; else the computed rank. */
  rank: z.number().int().describe('The published rank where given, else computedRank'),
  /** The rank recomputed from the indices loaded (a check on the published one). */
  computedRank: z
    .number()
    .int()
    .describe('Standard competition rank over the units loaded: ties share, the next skips'),
  indexPct: z.number(),
  /** null for index-only results. */
  points: z.number().nullable(),
  maxPoints: z.number().nullable(),
  /** Computed grade, or the published one when no scheme covers the year. */
  grade: z.string().nullable(),
  /** The same unit in the same cohort the previous year; null when it had no result there. */
  previous: StandingSchema.nullable(),
  deltaPct: z.number().nullable(),
  /** previous rank − rank: positive is a rise. */
  rankChange: z.number().int().nullable().describe('previous rank − rank (12th → 5th is +7)'),
  /** Set when a change on the previous year is withheld, with the reason. */
  notComparable: NotComparableSchema.nullable(),
  published: PublishedResultSchema.nullable(),
  flags: z.array(PublishedFlagSchema),
  status: z.string(),
})
export type RankingEntry = z.infer<typeof RankingEntrySchema>

/** GET /api/rankings */
export const RankingSchema = z.object({
  /** null only when the cohort has no data at all. */
  year: z.number().int().nullable(),
  parent: UnitRefSchema,
  kind: UnitKindSchema,
  /** The published block's name; null for the default cohort of the level under the parent. */
  block: BlockSchema,
  /** Cohort size, the rank's denominator: the published size where given, else `ranked`. */
  total: z.number().int(),
  /** Units of the cohort loaded and ranked here (fewer than `total` for a partial table). */
  ranked: z.number().int(),
  /** Rows matching the search `q` before paging (`ranked` without a search). */
  matched: z.number().int(),
  /**
   * The maximum points every ranked unit of the cohort-year shares; null where they differ or a
   * unit has none (each item then carries its own `maxPoints`).
   */
  maxPoints: z.number().nullable(),
  /**
   * Ranked units whose decision's rank is on record: 0 when the published table gave no ranks
   * (every rank shown is worked out from the index); null where not stored.
   */
  publishedRanks: z.number().int().nullable(),
  /** The order the items are in, and its direction (the natural one when none was asked). */
  sort: z.enum(RANKING_SORTS),
  dir: SortDirectionSchema,
  /** Place of the first item among the matched rows in this order (0 unless a page was asked for). */
  offset: z.number().int(),
  items: z.array(RankingEntrySchema),
  gradeBands: z.array(GradeBandSchema),
  /** Years with data for the cohort, ascending. */
  years: z.array(z.number().int()),
})
export type Ranking = z.infer<typeof RankingSchema>

/**
 * One unit's ranks over a cohort's years (null: not ranked that year, or ranked only among the
 * units loaded of a partial table, which is no rank in the cohort to draw).
 */
export const RankHistoryUnitSchema = z.object({
  unit: UnitRefSchema,
  ranks: z.array(z.number().int().nullable()),
  /**
   * Aligned with `ranks`, given only for a unit with one: a year's rank computed among the units
   * loaded of a partial table (null in `ranks`), of that year's `loaded`.
   */
  ranksAmongLoaded: z.array(z.number().int().nullable()).optional(),
  /**
   * Aligned with `ranks`, given only for a unit with one: the rank computed from the indices in
   * a year whose decision published another (the rank in `ranks`, drawn as published).
   */
  computedRanks: z.array(z.number().int().nullable()).optional(),
})
export type RankHistoryUnit = z.infer<typeof RankHistoryUnitSchema>

/** Units with each grade (codes of the year's scheme, best band first; `null`: no grade). */
export const GradeCountSchema = z.object({ grade: z.string().nullable(), count: z.number().int() })
export type GradeCount = z.infer<typeof GradeCountSchema>

/** A share of a cohort's units, counted, with the first few of them named. */
export const UnitGroupSchema = z.object({ count: z.number().int(), units: z.array(UnitRefSchema) })
export type UnitGroup = z.infer<typeof UnitGroupSchema>

/**
 * The year-over-year changes of a cohort-year (ADR 014, stored per ADR 015). Every ranked unit
 * is counted once: `improved` + `declined` + `unchanged` (an index change is claimed) +
 * `notComparable` (withheld, with a reason) + `noPrevious` (new to the cohort) = `ranked`.
 * A unit whose rank move alone is withheld (COHORT_SIZE, AMONG_LOADED) counts by its index change
 * and again in `rankWithheld`.
 */
export const RankingChangesSchema = z.object({
  previousYear: z.number().int(),
  improved: z.number().int(),
  declined: z.number().int(),
  unchanged: z.number().int(),
  notComparable: z.number().int(),
  noPrevious: UnitGroupSchema,
  /** Withheld changes by reason (LINEAGE, SCHEME, COHORT), each named up to `ends` units. */
  withheld: z.array(
    z.object({
      reason: NotComparableReasonSchema,
      count: z.number().int(),
      units: z.array(UnitRefSchema),
    }),
  ),
  /** Index change given, rank move withheld (the cohort's size changed, or a rank is among the loaded). */
  rankWithheld: z.number().int(),
  /** `rankWithheld` by reason (COHORT_SIZE, AMONG_LOADED), those with units only. */
  rankWithheldBy: z.array(z.object({ reason: NotComparableReasonSchema, count: z.number().int() })),
  /** Largest index gains (deltaPct descending) and falls (ascending), `ends` each. */
  risers: z.array(RankingEntrySchema),
  fallers: z.array(RankingEntrySchema),
  /** Largest rank rises (rankChange descending) and falls (ascending), `ends` each. */
  rankRisers: z.array(RankingEntrySchema),
  rankFallers: z.array(RankingEntrySchema),
})
export type RankingChanges = z.infer<typeof RankingChangesSchema>

/**
 * GET /api/rankings/summary: one cohort-year in a few kilobytes at any size — what the
 * overview's tiles and charts show without the whole ranking.
 */
export const RankingSummarySchema = z.object({
  /** null only when the cohort has no data at all. */
  year: z.number().int().nullable(),
  parent: UnitRefSchema,
  kind: UnitKindSchema,
  block: BlockSchema,
  /** Cohort size as shown (the published size where given, else `ranked`). */
  total: z.number().int(),
  /** The size the decision published; null when not given. */
  publishedSize: z.number().int().nullable(),
  /** Units ranked here. */
  ranked: z.number().int(),
  years: z.array(z.number().int()),
  gradeBands: z.array(GradeBandSchema),
  /** Mean and median index of the ranked units (2 decimals); null for an empty year. */
  averageIndexPct: z.number().nullable(),
  medianIndexPct: z.number().nullable(),
  /** First and last in rank order (ties: the lower code first). */
  best: RankingEntrySchema.nullable(),
  worst: RankingEntrySchema.nullable(),
  gradeCounts: z.array(GradeCountSchema),
  /** How many units each end holds (the `ends` asked for). */
  ends: z.number().int(),
  /** The first `ends` in rank order, and the last `ends` (also in rank order, last is worst). */
  top: z.array(RankingEntrySchema),
  bottom: z.array(RankingEntrySchema),
  /** The `focus` units ranked this year, in rank order. */
  focus: z.array(RankingEntrySchema),
  /** `focus` codes with no rank in this cohort-year, as asked. */
  missingFocus: z.array(z.string()),
  /** null when there is no year before this one in the data. */
  changes: RankingChangesSchema.nullable(),
})
export type RankingSummary = z.infer<typeof RankingSummarySchema>

/**
 * GET /api/rankings/history: ranks of every unit of a cohort over its years, compact enough for
 * a bump chart of 10,000 units (one small array a unit instead of a full ranking a year).
 */
export const RankHistorySchema = z.object({
  parent: UnitRefSchema,
  kind: UnitKindSchema,
  block: BlockSchema,
  /** The cohort's years with data, ascending, up to the requested year. */
  years: z.array(z.number().int()),
  /** Cohort size per year, aligned with `years`. */
  totals: z.array(z.number().int()),
  /** Units loaded and ranked per year, aligned with `years` (fewer than `totals`: a partial table). */
  loaded: z.array(z.number().int()),
  /**
   * The id of the scheme that scored each year, aligned with `years` (null where none covers
   * it): ranks under two schemes do not compare, and a bump chart does not join them.
   */
  schemes: z.array(z.string().nullable()),
  /** Sorted by the last year's rank (units absent that year last), then by name. */
  units: z.array(RankHistoryUnitSchema),
  /**
   * Units of the cohort over these years; `units` holds all of them unless `units=` or `ends=`
   * limited the request.
   */
  unitCount: z.number().int(),
  /** `units=` codes never ranked in the cohort up to the year, as asked. */
  missingUnits: z.array(z.string()),
})
export type RankHistory = z.infer<typeof RankHistorySchema>
