import { Hono } from 'hono'
import type { UnitKind } from '#shared/domain/units.ts'
import type { RankingEntry, RankingSummary } from '#shared/dto/ranking.ts'
import { round } from '#shared/kpi/round.ts'
import { DEFAULT_ENDS } from '#shared/schemas/cohorts.schema.ts'
import { rankingSummaryQuerySchema } from '#shared/schemas/rankings.schema.ts'
import { type AppEnv, visibilityOf } from '../../lib/app-env.ts'
import { validate } from '../../lib/validate.ts'
import { toGradeBands, toUnitRef } from '#server/cohorts/cohorts.mapper.ts'
import { requireCohort } from '#server/cohorts/require-parent-unit.ts'
import { WITHHELD_REASONS } from '#server/cohorts/summary-ends.ts'
import { findRankingSummary } from './ranking-summary.repository.ts'
import { toStoredRankingEntry } from './rankings.mapper.ts'
import type { StoredRankRow } from './stored-ranks.repository.ts'

/**
 * GET /api/rankings/summary: one cohort-year in a few kilobytes at any size (ADR 015). Focus
 * codes the cohort-year does not hold are listed in `missingFocus`, not refused: a unit searched
 * for in one year may be absent from another.
 */
export const rankingSummaryRoutes = new Hono<AppEnv>().get(
  '/',
  validate('query', rankingSummaryQuerySchema),
  async (c) => {
    const query = c.req.valid('query')
    const visibility = visibilityOf(c.var.user)
    const { parent, cohort } = await requireCohort(c.var.db, query, visibility, c.var.memo)
    const ends = query.ends ?? DEFAULT_ENDS
    const ask = { ends, focus: query.focus ?? [] }
    const { context, facts } = await findRankingSummary(
      c.var.db,
      cohort,
      query.year,
      visibility,
      ask,
      c.var.memo,
    )
    const gradeBands = toGradeBands(context.bands, context.schemeId)
    const year = context.year
    const head = {
      year,
      parent: toUnitRef(parent),
      kind: query.kind as UnitKind,
      block: cohort.block === '' ? null : cohort.block,
      total: context.shape.total,
      publishedSize: context.publishedSize,
      ranked: context.shape.ranked,
      years: context.years,
      gradeBands,
      ends,
    }
    if (year === null || facts === null || facts.counts.ranked === 0) {
      const empty: RankingSummary = {
        ...head,
        averageIndexPct: null,
        medianIndexPct: null,
        best: null,
        worst: null,
        gradeCounts: [],
        top: [],
        bottom: [],
        focus: [],
        missingFocus: [...ask.focus],
        changes: null,
      }
      return c.json(empty, 200)
    }
    const entry = (row: StoredRankRow): RankingEntry =>
      toStoredRankingEntry(row, year, gradeBands, context.shape)
    const entries = (codes: readonly string[]) =>
      codes.map((code) => entry(facts.byCode.get(code)!))
    const { counts, groups, lists, named } = facts
    const top = entries(lists.top)
    const bottom = entries(lists.bottom)
    // Grades of the year's scheme, best band first; grades outside it (published ones of a year
    // no scheme covers) after them, and units without a grade last.
    const gradeOrder = [
      ...gradeBands.map((b) => b.code),
      ...[...groups.grades.keys()]
        .filter((g): g is string => g !== null && !gradeBands.some((b) => b.code === g))
        .sort(),
    ]
    const gradeCounts = [
      ...gradeOrder.map((grade) => ({ grade, count: groups.grades.get(grade) ?? 0 })),
      ...(groups.grades.has(null) ? [{ grade: null, count: groups.grades.get(null)! }] : []),
    ]
    const hasPreviousYear = context.years.some((y) => y < year)
    const body: RankingSummary = {
      ...head,
      averageIndexPct: counts.average === null ? null : round(counts.average, 2),
      medianIndexPct: facts.median === null ? null : round(facts.median, 2),
      best: top[0] ?? null,
      worst: bottom.at(-1) ?? null,
      gradeCounts,
      top,
      bottom,
      focus: facts.focusRows.map(entry),
      missingFocus: facts.missingFocus,
      changes: hasPreviousYear
        ? {
            previousYear: year - 1,
            improved: counts.improved,
            declined: counts.declined,
            unchanged: counts.unchanged,
            notComparable: WITHHELD_REASONS.reduce(
              (sum, r) => sum + (groups.reasons.get(r) ?? 0),
              0,
            ),
            noPrevious: { count: counts.noPrevious, units: named.noPrevious },
            withheld: WITHHELD_REASONS.map((reason, i) => ({
              reason,
              count: groups.reasons.get(reason) ?? 0,
              units: named.withheld[i] ?? [],
            })).filter((w) => w.count > 0),
            rankWithheld: counts.rankWithheld,
            rankWithheldBy: counts.rankWithheldBy,
            risers: entries(lists.risers),
            fallers: entries(lists.fallers),
            rankRisers: entries(lists.rankRisers),
            rankFallers: entries(lists.rankFallers),
          }
        : null,
    }
    return c.json(body, 200)
  },
)
