import { describe, expect, it } from 'vitest'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'
import { formatFieldPoints } from '../../db/field-points.ts'
import { insertCohortScenario, insertScheme } from '../../test/insert-fixtures.ts'
import { readJson } from '#server/test/read-json.ts'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { ComparisonSchema } from '#shared/dto/compare.ts'

/** The scenario, plus a department scheme (impact out of 22) and the department's impact points. */
async function withDepartmentFields(db: Kysely<Database>) {
  await insertCohortScenario(db)
  await insertScheme(db, {
    provinceCode: 'LONG_AN',
    unitKind: 'DEPARTMENT',
    yearFrom: 2019,
    fields: [{ code: 'IMPACT', maxPoints: 22 }],
  })
  await db
    .updateTable('assessment')
    .set({
      field_points: formatFieldPoints([{ field_code: 'IMPACT', points: 18.09, max_points: null }]),
    })
    .where('unit_code', '=', 'LONG_AN.SO_NOI_VU')
    .where('year', '=', 2023)
    .execute()
}

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/compare (${dialect})`, () => {
    const ctx = useTestApp(dialect, withDepartmentFields)

    it('answers each unit with its yearly index, rank and fields', async () => {
      const res = await ctx.app.request('/api/compare?units=LONG_AN.THANH_HOA,LONG_AN.DUC_HOA')
      expect(res.status).toBe(200)
      const body = await readJson(res, ComparisonSchema)
      expect(body.items.map((i: { unit: { code: string } }) => i.unit.code)).toEqual([
        'LONG_AN.THANH_HOA',
        'LONG_AN.DUC_HOA',
      ])
      expect(body.items[1]?.years[1]).toEqual({
        year: 2023,
        indexPct: 99,
        points: 99,
        maxPoints: 100,
        rank: 1,
        total: 5,
        rankChange: 2,
        notComparable: null,
        grade: 'GOOD',
        cohort: {
          parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
          kind: 'DISTRICT',
          block: null,
        },
        scheme: { id: expect.any(String), name: 'LONG_AN DISTRICT 2019' },
        fields: [
          { code: 'IMPACT', points: 29, maxPoints: 30, sharePct: 96.67 },
          { code: 'LEADERSHIP', points: 10, maxPoints: 10, sharePct: 100 },
        ],
      })
      expect(body.years).toEqual([2022, 2023])
    })

    it('matches codes without regard to case, each unit once', async () => {
      const res = await ctx.app.request(
        '/api/compare?units=long_an.thanh_hoa,LONG_AN.DUC_HOA,Long_An.Thanh_Hoa',
      )
      expect(res.status).toBe(200)
      const body = await readJson(res, ComparisonSchema)
      expect(body.items.map((i: { unit: { code: string } }) => i.unit.code)).toEqual([
        'LONG_AN.THANH_HOA',
        'LONG_AN.DUC_HOA',
      ])
    })

    it("names each unit-year's cohort and scheme, and compares fields by share of each maximum", async () => {
      const res = await ctx.app.request('/api/compare?units=LONG_AN.SO_NOI_VU,LONG_AN.THANH_HOA')
      expect(res.status).toBe(200)
      const body = await readJson(res, ComparisonSchema)
      const [department, district] = body.items.map((i) => i.years.find((y) => y.year === 2023))
      expect(department?.cohort).toEqual({
        parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
        kind: 'DEPARTMENT',
        block: null,
      })
      expect(department?.scheme?.name).toBe('LONG_AN DEPARTMENT 2019')
      expect(district?.scheme?.name).toBe('LONG_AN DISTRICT 2019')
      // Fewer points than the district's 25 (of 28), yet the higher share of its own maximum.
      expect(department?.fields).toEqual([
        { code: 'IMPACT', points: 18.09, maxPoints: 22, sharePct: 82.23 },
      ])
      expect(district?.fields.find((f) => f.code === 'IMPACT')).toEqual({
        code: 'IMPACT',
        points: 25,
        maxPoints: 28,
        sharePct: 89.29,
      })
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
        'LONG_AN.THANH_HOA,Huyện Thạnh Hóa,2023,80.1,80.1,100,4,5,GOOD',
        'LONG_AN.DUC_HOA,Huyện Đức Hòa,2022,80,80,100,3,5,GOOD',
        'LONG_AN.DUC_HOA,Huyện Đức Hòa,2023,99,99,100,1,5,GOOD',
      ])
      // In a language, each unit-year's grade by its scheme's name, and the rank of its size.
      const vi = await ctx.app.request(
        '/api/compare?units=LONG_AN.THANH_HOA,LONG_AN.DUC_HOA&format=csv&lang=vi',
      )
      const rows = (await vi.text()).split('\r\n').map((line) => line.split(';'))
      const header = rows[0] ?? []
      expect(rows[1]?.[header.indexOf('Xếp loại')]).toBe('Khá')
      expect(rows[2]?.[header.indexOf('Xếp loại')]).toBe('Tốt')
      expect(rows[2]?.[header.indexOf('Xếp hạng')]).toBe('4 trên 5')
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
      const body = await readJson(res, ApiErrorBodySchema)
      expect(body.error.code).toBe(code)
      expect(body.error.message).toMatch(message)
    })
  })
}
