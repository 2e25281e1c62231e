import { describe, expect, it } from 'vitest'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import { insertCohortScenario } from '../../test/insert-fixtures.ts'
import { readJson } from '#server/test/read-json.ts'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { UnitDetailSchema, UnitListSchema } from '#shared/dto/unit.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/units (${dialect})`, () => {
    const ctx = useTestApp(dialect, insertCohortScenario)

    it('lists a parent’s units of a kind in Vietnamese order', async () => {
      const res = await ctx.app.request('/api/units?parent=LONG_AN&kind=DISTRICT')
      expect(res.status).toBe(200)
      const body = await readJson(res, UnitListSchema)
      // Vietnamese collation: "Huyện Châu Thành" < "Huyện Đức Hòa" (đ after d) < "Huyện Mới" …
      // Placed under the parent today: Huyện Cũ, merged into Huyện Mới in 2023, is not.
      expect(body.items.map((u: { name: string }) => u.name)).toEqual([
        'Huyện Châu Thành',
        'Huyện Đức Hòa',
        'Huyện Mới',
        'Huyện Thạnh Hóa',
        'Thành phố Tân An',
        'Thị xã Kiến Tường',
      ])
      expect(body.items[2]).toEqual({
        code: 'LONG_AN.MOI',
        name: 'Huyện Mới',
        kind: 'DISTRICT',
        parentCode: 'LONG_AN',
        title: null,
        validFrom: '2023-01-01',
        validTo: null,
      })
      // As placed in 2022: "Huyện Cũ" < "Huyện Đức Hòa" (C before Đ), and no Huyện Mới yet.
      const in2022 = await readJson(
        await ctx.app.request('/api/units?parent=LONG_AN&kind=DISTRICT&year=2022'),
        UnitListSchema,
      )
      expect(in2022.items.map((u: { name: string }) => u.name)).toEqual([
        'Huyện Châu Thành',
        'Huyện Cũ',
        'Huyện Đức Hòa',
        'Huyện Thạnh Hóa',
        'Thành phố Tân An',
        'Thị xã Kiến Tường',
      ])
      expect(in2022.items[1]).toMatchObject({ validFrom: null, validTo: '2022-12-31' })
    })

    it('treats empty filters as absent', async () => {
      const res = await ctx.app.request('/api/units?parent=&kind=')
      expect(res.status).toBe(200)
      expect((await readJson(res, UnitListSchema)).items).toHaveLength(11)
    })

    it('answers one unit with its parent, child kinds and lineage', async () => {
      const res = await ctx.app.request('/api/units/LONG_AN.MOI')
      expect(res.status).toBe(200)
      expect(await readJson(res, UnitDetailSchema)).toEqual({
        unit: {
          code: 'LONG_AN.MOI',
          name: 'Huyện Mới',
          kind: 'DISTRICT',
          parentCode: 'LONG_AN',
          title: null,
          validFrom: '2023-01-01',
          validTo: null,
        },
        parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
        childKinds: [],
        lineage: [
          {
            event: 'MERGE',
            from: {
              code: 'LONG_AN.CU',
              name: 'Huyện Cũ',
              parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
            },
            to: {
              code: 'LONG_AN.MOI',
              name: 'Huyện Mới',
              parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
            },
            effectiveDate: '2023-01-01',
            note: null,
          },
        ],
        placements: [
          {
            validFrom: '2023-01-01',
            validTo: null,
            parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
            title: null,
          },
        ],
      })
      const province = await readJson(await ctx.app.request('/api/units/LONG_AN'), UnitDetailSchema)
      expect(province.childKinds).toEqual(['DEPARTMENT', 'DISTRICT'])
      const country = await readJson(await ctx.app.request('/api/units/VN'), UnitDetailSchema)
      expect(country.parent).toBeNull()
      // Codes are matched without regard to case.
      const lower = await ctx.app.request('/api/units/long_an.moi')
      expect(lower.status).toBe(200)
      expect((await readJson(lower, UnitDetailSchema)).unit.code).toBe('LONG_AN.MOI')
    })

    it('answers CSV with a BOM and an ASCII file name', async () => {
      const res = await ctx.app.request('/api/units?parent=LONG_AN&kind=DEPARTMENT&format=csv')
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="units-long-an-department.csv"',
      )
      // res.text() would strip the BOM; decode the raw bytes.
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer())).toBe(
        '\uFEFFcode,name,kind,parentCode,title,validFrom,validTo\r\nLONG_AN.SO_NOI_VU,Sở Nội vụ,DEPARTMENT,LONG_AN,,,\r\n',
      )
    })

    it.each([
      ['/api/units?parent=NOWHERE', 404, 'NOT_FOUND'],
      ['/api/units/NOWHERE', 404, 'NOT_FOUND'],
      // Codes take letters of either case, digits, -, _ and .: this one is well formed, unknown.
      ['/api/units/long-an', 404, 'NOT_FOUND'],
      ['/api/units/long%20an', 400, 'VALIDATION_FAILED'],
      ['/api/units?kind=HAMLET', 400, 'VALIDATION_FAILED'],
    ])('%s → %d %s', async (url, status, code) => {
      const res = await ctx.app.request(url)
      expect(res.status).toBe(status)
      expect((await readJson(res, ApiErrorBodySchema)).error.code).toBe(code)
    })
  })
}
