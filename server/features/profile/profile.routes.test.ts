import { describe, expect, it } from 'vitest'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import { insertCohortScenario, insertUserSession } from '../../test/insert-fixtures.ts'
import { readJson } from '#server/test/read-json.ts'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { UnitProfileSchema } from '#shared/dto/profile.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/units/:code/profile (${dialect})`, () => {
    const ctx = useTestApp(dialect, insertCohortScenario)

    it('answers the unit, its cohort and every year with fields, tasks and awards', async () => {
      const res = await ctx.app.request('/api/units/LONG_AN.THANH_HOA/profile')
      expect(res.status).toBe(200)
      const body = await readJson(res, UnitProfileSchema)
      expect(body.unit).toMatchObject({
        code: 'LONG_AN.THANH_HOA',
        name: 'Huyện Thạnh Hóa',
        kind: 'DISTRICT',
      })
      expect(body.parent).toEqual({ code: 'LONG_AN', name: 'Tỉnh Long An' })
      const cohort = {
        parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
        kind: 'DISTRICT',
        block: null,
      }
      expect(body.cohort).toEqual(cohort)
      expect(body.lineage).toEqual([])
      expect(body.gradeBands).toHaveLength(4)
      expect(body.years[0]).toEqual({
        year: 2022,
        cohort,
        indexPct: 74.75,
        // The scheme that scored the year (fixtures give it a generated id).
        schemeId: expect.any(String),
        points: 74.75,
        maxPoints: 100,
        rank: 4,
        computedRank: 4,
        total: 5,
        ranked: 5,
        amongLoaded: false,
        grade: 'FAIR',
        status: 'PUBLISHED',
        published: { rank: 4, grade: null, indexPct: null },
        flags: [],
        previous: null,
        deltaPct: null,
        rankChange: null,
        notComparable: null,
        fields: [],
        tasks: null,
        awards: null,
        awardDecisions: [],
      })
      const y2023 = body.years[1]!
      expect(y2023).toMatchObject({
        year: 2023,
        cohort,
        // Published 4th (computed 5th): the published rank is shown, and kept from 4th.
        rank: 4,
        computedRank: 5,
        total: 5,
        ranked: 5,
        previous: { year: 2022, indexPct: 74.75, rank: 4, total: 5 },
        deltaPct: 5.35,
        rankChange: 0,
        notComparable: null,
        grade: 'GOOD',
        flags: ['PUBLISHED_RANK_DIFFERS'],
      })
      expect(y2023.fields).toEqual([
        // No per-unit maximum: the scheme's field maximum stands in.
        { code: 'LEADERSHIP', points: 8, maxPoints: 10, cohortBest: 10, cohortAverage: 9 },
        { code: 'IMPACT', points: 25, maxPoints: 28, cohortBest: 29, cohortAverage: 27 },
      ])
      expect(y2023.tasks).toEqual({
        counts: {
          DONE_ON_TIME: 10,
          DONE_LATE: 2,
          IN_PROGRESS: 1,
          OVERDUE: 1,
          NOT_STARTED: 1,
          CANCELLED: 1,
        },
        planned: 16,
        completionPct: 80,
        onTimePct: 66.67,
        byField: [
          {
            field: 'INSTITUTIONS',
            counts: {
              DONE_ON_TIME: 6,
              DONE_LATE: 2,
              IN_PROGRESS: 0,
              OVERDUE: 1,
              NOT_STARTED: 0,
              CANCELLED: 1,
            },
            planned: 10,
            completionPct: 88.89,
            onTimePct: 66.67,
          },
          {
            field: 'PROCEDURES',
            counts: {
              DONE_ON_TIME: 4,
              DONE_LATE: 0,
              IN_PROGRESS: 1,
              OVERDUE: 0,
              NOT_STARTED: 1,
              CANCELLED: 0,
            },
            planned: 6,
            completionPct: 66.67,
            onTimePct: 66.67,
          },
        ],
      })
      expect(y2023.awards).toMatchObject({ total: 19, collective: 11, individual: 8 })
      // The fixture's grants name no decision: one entry says so (the image then says the same).
      expect(y2023.awardDecisions).toEqual([{ decisionNo: null, decisionDate: null }])
    })

    it('shows a merged unit’s lineage and no previous year', async () => {
      const body = await readJson(
        await ctx.app.request('/api/units/LONG_AN.MOI/profile'),
        UnitProfileSchema,
      )
      expect(body.lineage).toMatchObject([
        { event: 'MERGE', from: { code: 'LONG_AN.CU' }, to: { code: 'LONG_AN.MOI' } },
      ])
      expect(body.years).toMatchObject([
        {
          year: 2023,
          rank: 4,
          previous: null,
          deltaPct: null,
          rankChange: null,
          // Its predecessor's 2022 standing is given as such, never as its own.
          notComparable: {
            reason: 'LINEAGE',
            previousYear: 2022,
            predecessors: [
              { unit: { code: 'LONG_AN.CU' }, year: 2022, indexPct: 70, rank: 5, total: 5 },
            ],
          },
        },
      ])
    })

    it('hides draft years from anonymous readers and shows them to editors', async () => {
      const body = await readJson(
        await ctx.app.request('/api/units/LONG_AN.CHAU_THANH/profile'),
        UnitProfileSchema,
      )
      expect(body.years).toEqual([])
      const cookie = await insertUserSession(ctx.t.db, 'EDITOR')
      const res = await ctx.app.request('/api/units/LONG_AN.CHAU_THANH/profile', {
        headers: { cookie },
      })
      expect((await readJson(res, UnitProfileSchema)).years).toMatchObject([
        { year: 2023, rank: 2, total: 6, status: 'DRAFT' },
      ])
    })

    it.each([
      ['/api/units/NOWHERE/profile', 404, 'NOT_FOUND'],
      ['/api/units/not%20a%20code/profile', 400, 'VALIDATION_FAILED'],
    ])('%s → %d %s', async (url, status, code) => {
      const res = await ctx.app.request(url)
      expect(res.status).toBe(status)
      expect((await readJson(res, ApiErrorBodySchema)).error.code).toBe(code)
    })
  })
}
