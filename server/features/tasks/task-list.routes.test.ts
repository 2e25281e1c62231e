import type { z } from 'zod'
// GET /api/tasks and /api/awards sorted, searched and paged, and their summaries, over the
// 48-unit cohort: orders and ends checked against the full list sorted here, totals against sums.
import { describe, expect, it } from 'vitest'
import type { AwardEntry } from '#shared/dto/award.ts'
import type { TaskEntry } from '#shared/dto/task.ts'
import { compareVietnamese } from '#shared/text/compare-vietnamese.ts'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import { DISTRICT, communeCode, insertLargeCohort } from '../rankings/large-cohort.fixture.ts'
import { readJson } from '#server/test/read-json.ts'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { AwardCohortSummarySchema, AwardReportSchema } from '#shared/dto/award.ts'
import { TaskCohortSummarySchema, TaskReportSchema } from '#shared/dto/task.ts'

const COHORT = `parent=${DISTRICT}&kind=COMMUNE&year=2023`
type Named = { unit: { code: string; name: string } }
const byName = (a: Named, b: Named) =>
  compareVietnamese(a.unit.name, b.unit.name) || (a.unit.code < b.unit.code ? -1 : 1)
const codes = (items: readonly Named[]) => items.map((i) => i.unit.code)

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/tasks and /api/awards lists and summaries (${dialect})`, () => {
    const ctx = useTestApp(dialect, insertLargeCohort)
    const json = async <S extends z.ZodType>(path: string, schema: S) => {
      const res = await ctx.app.request(path)
      expect(res.status).toBe(200)
      return readJson(res, schema)
    }

    it('orders tasks by name by default and by a rate with units without a plan last', async () => {
      const all = await json(`/api/tasks?${COHORT}`, TaskReportSchema)
      expect(all).toMatchObject({ total: 44, matched: 44, sort: 'name', dir: 'asc', offset: 0 })
      expect(codes(all.items)).toEqual(codes([...all.items].sort(byName)))
      const rate = await json(`/api/tasks?${COHORT}&sort=completionPct&dir=asc`, TaskReportSchema)
      const expected = [...all.items].sort((a, b) => {
        if (a.completionPct === null || b.completionPct === null)
          return a.completionPct === b.completionPct
            ? byName(a, b)
            : a.completionPct === null
              ? 1
              : -1
        return a.completionPct - b.completionPct || byName(a, b)
      })
      expect(codes(rate.items)).toEqual(codes(expected))
      expect(rate.items.at(-1)!.completionPct).toBeNull()
      // The totals are the cohort's whatever the page.
      const page = await json(
        `/api/tasks?${COHORT}&sort=overdue&limit=5&offset=5`,
        TaskReportSchema,
      )
      expect(page).toMatchObject({ matched: 44, offset: 5, totals: all.totals })
      const overdue = [...all.items].sort(
        (a, b) => b.counts.OVERDUE - a.counts.OVERDUE || byName(a, b),
      )
      expect(codes(page.items)).toEqual(codes(overdue.slice(5, 10)))
    })

    it('searches tasks and awards by name, accents optional', async () => {
      const tasks = await json(`/api/tasks?${COHORT}&q=duc%20hoa`, TaskReportSchema)
      expect(tasks.items.every((i) => i.unit.name.startsWith('Xã Đức Hòa'))).toBe(true)
      expect(tasks.matched).toBe(tasks.items.length)
      expect(tasks.matched).toBe(9)
      const awards = await json(`/api/awards?${COHORT}&q=PHUONG%20tan`, AwardReportSchema)
      expect(awards.items.every((i) => i.unit.name.startsWith('Phường Tân An'))).toBe(true)
      expect(awards.matched).toBe(6)
      // Each word begins a word of the name: "an" is not the "an" inside "Tân" or "Thạnh".
      const an = await json(`/api/tasks?${COHORT}&q=an`, TaskReportSchema)
      expect(an.items.every((i) => i.unit.name.startsWith('Phường Tân An'))).toBe(true)
      expect(an.matched).toBeGreaterThan(0)
      expect((await json(`/api/awards?${COHORT}&q=uong`, AwardReportSchema)).matched).toBe(0)
    })

    it('summarises tasks: totals per status, units with data and a plan, ends by completion', async () => {
      const all = (await json(`/api/tasks?${COHORT}`, TaskReportSchema)).items
      const s = await json(
        `/api/tasks/summary?${COHORT}&ends=3&focus=${communeCode(0)},${communeCode(47)}`,
        TaskCohortSummarySchema,
      )
      const sum = (key: keyof TaskEntry['counts']) => all.reduce((a, i) => a + i.counts[key], 0)
      expect(s.totals.counts.DONE_ON_TIME).toBe(sum('DONE_ON_TIME'))
      expect(s.totals.counts.OVERDUE).toBe(sum('OVERDUE'))
      expect(s).toMatchObject({ unitsWithData: 44, unitsWithPlan: 42, ends: 3 })
      const ranked = all
        .filter((i) => i.completionPct !== null)
        .sort(
          (a, b) => b.completionPct! - a.completionPct! || b.planned - a.planned || byName(a, b),
        )
      expect(s.top).toEqual(ranked.slice(0, 3))
      expect(s.bottom).toEqual(ranked.slice(-3))
      expect(codes(s.focus)).toEqual([communeCode(0)])
      expect(s.missingFocus).toEqual([communeCode(47)])
    })

    it('summarises awards: totals per award, recipient type and level, ends by recipients', async () => {
      const all = (await json(`/api/awards?${COHORT}`, AwardReportSchema)).items
      const s = await json(`/api/awards/summary?${COHORT}&ends=4`, AwardCohortSummarySchema)
      expect(s.unitsWithData).toBe(30)
      expect(s.totals.total).toBe(all.reduce((a, i) => a + i.total, 0))
      expect(s.totals.collective + s.totals.individual + s.totals.household).toBe(s.totals.total)
      expect(Object.values(s.totals.byIssuer).reduce((a, n) => a + n, 0)).toBe(s.totals.total)
      const byTotal = [...all].sort(
        (a: AwardEntry, b: AwardEntry) => b.total - a.total || byName(a, b),
      )
      expect(s.top).toEqual(byTotal.slice(0, 4))
      expect(s.bottom).toEqual(byTotal.slice(-4))
    })

    it('refuses an unknown sort, naming the ones it takes', async () => {
      for (const path of [`/api/tasks?${COHORT}&sort=rank`, `/api/awards?${COHORT}&sort=rank`]) {
        const res = await ctx.app.request(path)
        expect(res.status).toBe(400)
        expect((await readJson(res, ApiErrorBodySchema)).error.message).toContain('sort')
      }
      const ends = await ctx.app.request(`/api/awards/summary?${COHORT}&ends=100`)
      expect(ends.status).toBe(400)
    })
  })
}
