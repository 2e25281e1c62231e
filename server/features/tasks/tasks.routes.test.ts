import { describe, expect, it } from 'vitest'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import { insertCohortScenario } from '../../test/insert-fixtures.ts'
import { readJson } from '#server/test/read-json.ts'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { TaskReportSchema } from '#shared/dto/task.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/tasks (${dialect})`, () => {
    const ctx = useTestApp(dialect, insertCohortScenario)

    it('answers per-unit counts and rates with cohort totals (latest year by default)', async () => {
      const res = await ctx.app.request('/api/tasks?parent=LONG_AN&kind=DISTRICT')
      expect(res.status).toBe(200)
      const body = await readJson(res, TaskReportSchema)
      expect(body).toMatchObject({
        year: 2023,
        parent: { code: 'LONG_AN' },
        kind: 'DISTRICT',
        years: [2022, 2023],
      })
      expect(body.items.map((i: { unit: { name: string } }) => i.unit.name)).toEqual([
        'Huyện Đức Hòa',
        'Huyện Thạnh Hóa',
      ])
      expect(body.totals).toEqual({
        counts: {
          DONE_ON_TIME: 20,
          DONE_LATE: 2,
          IN_PROGRESS: 1,
          OVERDUE: 1,
          NOT_STARTED: 1,
          CANCELLED: 1,
        },
        planned: 26,
        completionPct: 88,
        onTimePct: 80,
      })
      const y2022 = await readJson(
        await ctx.app.request('/api/tasks?parent=LONG_AN&kind=DISTRICT&year=2022'),
        TaskReportSchema,
      )
      expect(y2022.items).toEqual([
        {
          unit: { code: 'LONG_AN.DUC_HOA', name: 'Huyện Đức Hòa' },
          counts: {
            DONE_ON_TIME: 3,
            DONE_LATE: 1,
            IN_PROGRESS: 0,
            OVERDUE: 0,
            NOT_STARTED: 0,
            CANCELLED: 0,
          },
          planned: 4,
          completionPct: 100,
          onTimePct: 75,
        },
      ])
    })

    it('answers an empty year with empty items and null rates', async () => {
      const body = await readJson(
        await ctx.app.request('/api/tasks?parent=LONG_AN&kind=DISTRICT&year=2019'),
        TaskReportSchema,
      )
      expect(body).toMatchObject({
        year: 2019,
        items: [],
        totals: { planned: 0, completionPct: null, onTimePct: null },
      })
    })

    it('answers CSV', async () => {
      const res = await ctx.app.request('/api/tasks?parent=LONG_AN&kind=DISTRICT&year=2023', {
        headers: { accept: 'text/csv' },
      })
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="tasks-long-an-district-2023.csv"',
      )
      const lines = (await res.text()).split('\r\n')
      expect(lines[0]).toBe(
        'year,unit_code,unit_name,DONE_ON_TIME,DONE_LATE,IN_PROGRESS,OVERDUE,NOT_STARTED,CANCELLED,planned,completion_pct,on_time_pct',
      )
      expect(lines[2]).toBe('2023,LONG_AN.THANH_HOA,Huyện Thạnh Hóa,10,2,1,1,1,1,16,80,66.67')
    })

    it.each([
      ['/api/tasks?parent=NOWHERE&kind=DISTRICT', 404, 'NOT_FOUND', /NOWHERE/],
      ['/api/tasks?parent=LONG_AN&kind=district', 400, 'VALIDATION_FAILED', /kind/],
      ['/api/tasks?parent=LONG_AN&kind=DISTRICT&year=20x3', 400, 'VALIDATION_FAILED', /year/],
    ])('%s → %d %s', async (url, status, code, message) => {
      const res = await ctx.app.request(url)
      expect(res.status).toBe(status)
      const body = await readJson(res, ApiErrorBodySchema)
      expect(body.error.code).toBe(code)
      expect(body.error.message).toMatch(message)
    })
  })
}
