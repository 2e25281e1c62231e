// GET /api/awards pages and /api/awards/summary, read from the stored awards (ADR 032), against
// the whole cohort-year computed from its grants as the full list is: every order, direction and
// window (ties of recipients at the cut), searches, the summary's ends, focus, totals and breakdown.
import type { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { AwardCohortSummarySchema, AwardReportSchema } from '#shared/dto/award.ts'
import { sumAwardTotals } from '#shared/kpi/award-totals.ts'
import { AWARD_SORTS } from '#shared/schemas/awards.schema.ts'
import { MAX_ENDS } from '#shared/schemas/cohorts.schema.ts'
import { byNameThenCode, listUnits } from '#server/cohorts/cohort-list.ts'
import { cutEnds } from '#server/cohorts/cut-ends.ts'
import { readJson } from '#server/test/read-json.ts'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { insertAwards } from '../../test/insert-fixtures.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import {
  COMMUNES,
  DISTRICT,
  communeCode,
  insertLargeCohort,
} from '../rankings/large-cohort.fixture.ts'
import { AWARD_SORT_VALUE } from './award-sorts.ts'
import { findAwardCounts } from './awards.repository.ts'
import type { AwardEntry } from '#shared/dto/award.ts'
import { awardBreakdown, toAwardEntries } from './awards.mapper.ts'

const COHORT = `parent=${DISTRICT}&kind=COMMUNE&year=2024`
const KEY = { parentCode: DISTRICT, kind: 'COMMUNE', block: '' }

/** The cohort's breakdown as the sum of its units' (what the stored lines must add up to). */
const sumAwardBreakdowns = (entries: readonly AwardEntry[]) =>
  awardBreakdown(
    entries.flatMap((e) => e.byAwardAndRecipient.map((line) => ({ ...line, issuerLevel: '' }))),
  )

for (const dialect of TEST_DIALECTS) {
  describe(`award pages and ends against the whole cohort-year (${dialect})`, () => {
    const ctx = useTestApp(dialect, async (db) => {
      await insertLargeCohort(db)
      // More grants in 2024, so that totals tie in runs (a unit's count is i mod 4).
      await insertAwards(
        db,
        Array.from({ length: COMMUNES }, (_, i) => ({
          unitCode: communeCode(i),
          year: 2024,
          awardCode: 'MERIT_CERTIFICATE',
          recipientType: i % 2 === 0 ? ('INDIVIDUAL' as const) : ('HOUSEHOLD' as const),
          count: i % 4,
          issuerLevel: 'COMMUNE',
        })),
      )
    })
    const json = async <S extends z.ZodType>(path: string, schema: S) => {
      const res = await ctx.app.request(path)
      expect(res.status).toBe(200)
      return readJson(res, schema)
    }
    const whole = async () => toAwardEntries(await findAwardCounts(ctx.t.db, KEY, 2024), 'COMMUNE')

    it('pages every order and direction as the whole list orders it', async () => {
      const all = await whole()
      expect(all.length).toBeGreaterThan(30)
      const windows = [
        [0, 5],
        [3, 7],
        [10, 20],
        [40, 10],
        [0, 100],
        [47, 1],
        [60, 5],
      ] as const
      for (const sort of AWARD_SORTS)
        for (const dir of ['asc', 'desc'] as const)
          for (const [offset, limit] of windows) {
            const page = await json(
              `/api/awards?${COHORT}&sort=${sort}&dir=${dir}&offset=${offset}&limit=${limit}`,
              AwardReportSchema,
            )
            const expected = listUnits(
              all,
              { value: AWARD_SORT_VALUE[sort], dir },
              { offset, limit },
            )
            expect(page.items, `${sort} ${dir} ${offset}+${limit}`).toEqual(expected.page)
            expect(page.total).toBe(all.length)
            expect(page.matched).toBe(all.length)
            expect(page.totals).toEqual(sumAwardTotals(all))
            expect(page.byAwardAndRecipient).toEqual(sumAwardBreakdowns(all))
          }
    })

    it('searches without accents, in every order', async () => {
      const all = await whole()
      for (const sort of ['name', 'total'] as const)
        for (const q of ['duc hoa', 'Tân', 'zzz']) {
          const page = await json(
            `/api/awards?${COHORT}&sort=${sort}&q=${encodeURIComponent(q)}&limit=4&offset=1`,
            AwardReportSchema,
          )
          const dir = sort === 'name' ? 'asc' : 'desc'
          const expected = listUnits(
            all,
            { value: AWARD_SORT_VALUE[sort], dir },
            { q, offset: 1, limit: 4 },
          )
          expect(page.items, `${sort} ${q}`).toEqual(expected.page)
          expect(page.matched).toBe(expected.matched)
          expect(page.total).toBe(all.length)
        }
    })

    it('cuts the summary’s ends and finds the focused units as the whole list does', async () => {
      const all = await whole()
      const focus = [communeCode(3).toLowerCase(), communeCode(7), 'NO.SUCH.UNIT']
      for (const ends of [1, 3, 10, COMMUNES, MAX_ENDS]) {
        const body = await json(
          `/api/awards/summary?${COHORT}&ends=${ends}&focus=${focus.join(',')}`,
          AwardCohortSummarySchema,
        )
        const expected = cutEnds(all, ends, (a, b) => b.total - a.total, byNameThenCode)
        expect(body.top, `top ${ends}`).toEqual(expected.top)
        expect(body.bottom, `bottom ${ends}`).toEqual(expected.bottom)
        expect(body.unitsWithData).toBe(all.length)
        expect(body.totals).toEqual(sumAwardTotals(all))
        expect(body.byAwardAndRecipient).toEqual(sumAwardBreakdowns(all))
        expect(body.focus.map((e) => e.unit.code)).toEqual(
          [communeCode(3), communeCode(7)].sort((a, b) =>
            byNameThenCode(
              all.find((e) => e.unit.code === a)!,
              all.find((e) => e.unit.code === b)!,
            ),
          ),
        )
        expect(body.missingFocus).toEqual(['NO.SUCH.UNIT'])
      }
    })
  })
}
