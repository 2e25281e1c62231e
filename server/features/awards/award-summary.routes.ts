import { Hono } from 'hono'
import type { UnitKind } from '#shared/domain/units.ts'
import type { AwardCohortSummary } from '#shared/dto/award.ts'
import { sumAwardTotals } from '#shared/kpi/award-totals.ts'
import { awardSummaryQuerySchema } from '#shared/schemas/awards.schema.ts'
import { DEFAULT_ENDS } from '#shared/schemas/cohorts.schema.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { validate } from '../../lib/validate.ts'
import { byNameThenCode, endsAndFocus, orderUnits } from '#server/cohorts/cohort-list.ts'
import { cutEnds } from '#server/cohorts/cut-ends.ts'
import { toUnitRef } from '#server/cohorts/cohorts.mapper.ts'
import { findAwardDecisions } from '../publications/award-decisions.ts'
import { cohortYearRows } from '#server/cohorts/cohort-year-rows.ts'
import { findAwardCounts } from './awards.repository.ts'
import { sumAwardBreakdowns, toAwardEntries } from './awards.mapper.ts'

/**
 * GET /api/awards/summary: a cohort-year's awards at any size — totals per award, recipient
 * type and issuing level, and the ends by recipients; focus codes without grants are listed in
 * `missingFocus`.
 */
export const awardSummaryRoutes = new Hono<AppEnv>().get(
  '/',
  validate('query', awardSummaryQuerySchema),
  async (c) => {
    const query = c.req.valid('query')
    const { parent, cohort, years, year, rows } = await cohortYearRows(
      c.var.db,
      query,
      'award_grant',
      findAwardCounts,
    )
    const all = toAwardEntries(rows, query.kind)
    const ends = query.ends ?? DEFAULT_ENDS
    // Most recipients first (ties: name, then code).
    const { top, bottom } = cutEnds(all, ends, (a, b) => b.total - a.total, byNameThenCode)
    const picked = endsAndFocus(all, 0, query.focus ?? [])
    const decisions = year === null ? [] : await findAwardDecisions(c.var.db, cohort, year)
    const body: AwardCohortSummary = {
      year,
      parent: toUnitRef(parent),
      kind: query.kind as UnitKind,
      block: cohort.block === '' ? null : cohort.block,
      years,
      unitsWithData: all.length,
      totals: sumAwardTotals(all),
      byAwardAndRecipient: sumAwardBreakdowns(all),
      ends,
      top,
      bottom,
      focus: orderUnits(picked.focus, { value: null, dir: 'asc' }),
      missingFocus: picked.missingFocus,
      decisions,
    }
    return c.json(body, 200)
  },
)
