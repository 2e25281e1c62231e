import { describe, expect, it } from 'vitest'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import { insertCohortScenario } from '../../test/insert-fixtures.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/compare (${dialect})`, () => {
    const ctx = useTestApp(dialect, insertCohortScenario)

    it('answers each unit with its yearly index, rank and fields', async () => {
      const res = await ctx.app.request('/api/compare?units=LONG_AN.THANH_HOA,LONG_AN.DUC_HOA')
      expect(res.status).toBe(200)
      const body = await res.json()
      expect(body.items.map((i: { unit: { code: string } }) => i.unit.code)).toEqual([
        'LONG_AN.THANH_HOA',
        'LONG_AN.DUC_HOA',
      ])
      expect(body.items[1].years[1]).toEqual({
        year: 2023,
        indexPct: 99,
        points: 99,
        maxPoints: 100,
        rank: 1,
        total: 5,
        rankChange: 2,
        notComparable: null,
        grade: 'GOOD',
        fields: [
          { code: 'IMPACT', points: 29, maxPoints: 30 },
          { code: 'LEADERSHIP', points: 10, maxPoints: 10 },
        ],
      })
      expect(body.years).toEqual([2022, 2023])
    })

    it('answers CSV, one line per unit and year', async () => {
      const res = await ctx.app.request(
        '/api/compare?units=LONG_AN.THANH_HOA,LONG_AN.DUC_HOA&format=csv',
      )
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="compare-long-an-thanh-hoa-long-an-duc-hoa.csv"',
      )
      const lines = (await res.text()).trimEnd().split('\r\n')
      expect(lines).toEqual([
        'unit_code,unit_name,year,index_pct,points,max_points,rank,total,grade',
        'LONG_AN.THANH_HOA,Huyện Thạnh Hóa,2022,74.75,74.75,100,4,5,FAIR',
        'LONG_AN.THANH_HOA,Huyện Thạnh Hóa,2023,80.1,80.1,100,6,5,GOOD',
        'LONG_AN.DUC_HOA,Huyện Đức Hòa,2022,80,80,100,3,5,GOOD',
        'LONG_AN.DUC_HOA,Huyện Đức Hòa,2023,99,99,100,1,5,GOOD',
      ])
    })

    it.each([
      ['/api/compare?units=LONG_AN.THANH_HOA', 400, 'VALIDATION_FAILED', /units/],
      ['/api/compare?units=LONG_AN.THANH_HOA,LONG_AN.THANH_HOA', 400, 'VALIDATION_FAILED', /units/],
      ['/api/compare?units=A,B,C,D,E,F,G', 400, 'VALIDATION_FAILED', /units/],
      ['/api/compare', 400, 'VALIDATION_FAILED', /units/],
      ['/api/compare?units=LONG_AN.THANH_HOA,NOWHERE', 404, 'NOT_FOUND', /NOWHERE/],
    ])('%s → %d %s', async (url, status, code, message) => {
      const res = await ctx.app.request(url)
      expect(res.status).toBe(status)
      const body = await res.json()
      expect(body.error.code).toBe(code)
      expect(body.error.message).toMatch(message)
    })
  })
}
