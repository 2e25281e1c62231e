import { Hono } from 'hono'
import type { UnitKind } from '#shared/domain/units.ts'
import type { AwardCohortSummary } from '#shared/dto/award.ts'
import { emptyAwardTotals } from '#shared/kpi/award-totals.ts'
import { digestAwardDecisions } from '#shared/text/source-line.ts'
import { awardSummaryQuerySchema } from '#shared/schemas/awards.schema.ts'
import { DEFAULT_ENDS } from '#shared/schemas/cohorts.schema.ts'
import { type AppEnv, visibilityOf } from '../../lib/app-env.ts'
import { validate } from '../../lib/validate.ts'
import { orderUnits } from '#server/cohorts/cohort-list.ts'
import { toUnitRef } from '#server/cohorts/cohorts.mapper.ts'
import { cohortYear } from '#server/cohorts/cohort-year-rows.ts'
import { awardEntriesOf, focusedAwardEntries } from './award-entries.ts'
import { awardWindow } from './award-window.ts'
import { cohortAwardFigures } from './awards.mapper.ts'
import { findCohortAwardLines, findCohortAwardYear } from './stored-awards.repository.ts'

/**
 * GET /api/awards/summary: a cohort-year's awards at any size — totals per award, recipient
 * type and issuing level, and the ends by recipients; focus codes without grants are listed in
 * `missingFocus`. Read from the cohort-year's stored awards (ADR 032): its lines, its units'
 * sums, and the grants of only the units shown.
 */
export const awardSummaryRoutes = new Hono<AppEnv>().get(
  '/',
  validate('query', awardSummaryQuerySchema),
  async (c) => {
    const query = c.req.valid('query')
    const db = c.var.db
    const visibility = visibilityOf(c.var.user)
    const { parent, cohort, years, year } = await cohortYear(
      db,
      query,
      'award_grant',
      visibility,
      c.var.memo,
    )
    const ends = query.ends ?? DEFAULT_ENDS
    const head = {
      year,
      parent: toUnitRef(parent),
      kind: query.kind as UnitKind,
      block: cohort.block === '' ? null : cohort.block,
      years,
      ends,
    }
    const picked = await focusedAwardEntries(db, cohort, year, query.kind, query.focus ?? [])
    const focus = orderUnits(picked.focus, { value: null, dir: 'asc' })
    if (year === null) {
      const empty: AwardCohortSummary = {
        ...head,
        unitsWithData: 0,
        totals: emptyAwardTotals(),
        byAwardAndRecipient: [],
        top: [],
        bottom: [],
        focus,
        missingFocus: picked.missingFocus,
        decisions: digestAwardDecisions([]),
      }
      return c.json(empty, 200)
    }
    const stored = await findCohortAwardYear(db, cohort, year)
    const figures = cohortAwardFigures(await findCohortAwardLines(db, cohort, year), query.kind)
    // Most recipients first (ties: name, then code); the bottom is that order's last units.
    const cut = { cohort, year, count: 'total', dir: 'desc' } as const
    const topUnits = await awardWindow(db, cut, stored.units, 0, ends)
    const bottomUnits = await awardWindow(db, cut, stored.units, stored.units - ends, stored.units)
    const shown = await awardEntriesOf(db, cohort, year, query.kind, [...topUnits, ...bottomUnits])
    const body: AwardCohortSummary = {
      ...head,
      unitsWithData: stored.units,
      totals: figures.totals,
      byAwardAndRecipient: figures.byAwardAndRecipient,
      top: shown.slice(0, topUnits.length),
      bottom: shown.slice(topUnits.length),
      focus,
      missingFocus: picked.missingFocus,
      decisions: stored.decisions,
    }
    return c.json(body, 200)
  },
)
