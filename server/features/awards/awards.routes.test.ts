import { describe, expect, it } from 'vitest'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import { insertCohortScenario } from '../../test/insert-fixtures.ts'
import { readJson } from '#server/test/read-json.ts'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { AwardCohortSummarySchema, AwardReportSchema } from '#shared/dto/award.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/awards (${dialect})`, () => {
    const ctx = useTestApp(dialect, insertCohortScenario)

    it('answers per-unit totals and cohort totals', async () => {
      const res = await ctx.app.request('/api/awards?parent=LONG_AN&kind=DISTRICT&year=2023')
      expect(res.status).toBe(200)
      const body = await readJson(res, AwardReportSchema)
      expect(body).toMatchObject({
        year: 2023,
        parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
        kind: 'DISTRICT',
      })
      expect(
        body.items.map((i: { unit: { code: string }; total: number }) => [i.unit.code, i.total]),
      ).toEqual([
        ['LONG_AN.DUC_HOA', 2],
        ['LONG_AN.THANH_HOA', 19],
      ])
      expect(body.totals).toEqual({
        total: 21,
        collective: 11,
        individual: 10,
        household: 0,
        byCode: {
          PROVINCE_MERIT_CERTIFICATE: 2,
          PROVINCE_EMULATION_FLAG: 1,
          MERIT_CERTIFICATE: 18,
        },
        byIssuer: { PROVINCE: 3, DISTRICT: 18 },
      })
    })

    it('breaks the cohort’s awards down by award, recipient type and direction', async () => {
      const paths = [
        ['/api/awards?parent=LONG_AN&kind=DISTRICT&year=2023', AwardReportSchema],
        ['/api/awards/summary?parent=LONG_AN&kind=DISTRICT&year=2023', AwardCohortSummarySchema],
      ] as const
      for (const [path, schema] of paths) {
        const body = await readJson(await ctx.app.request(path), schema)
        expect(body.byAwardAndRecipient, path).toEqual([
          {
            awardCode: 'MERIT_CERTIFICATE',
            recipientType: 'COLLECTIVE',
            direction: 'GIVEN',
            count: 10,
          },
          {
            awardCode: 'MERIT_CERTIFICATE',
            recipientType: 'INDIVIDUAL',
            direction: 'GIVEN',
            count: 8,
          },
          {
            awardCode: 'PROVINCE_EMULATION_FLAG',
            recipientType: 'COLLECTIVE',
            direction: 'RECEIVED',
            count: 1,
          },
          {
            awardCode: 'PROVINCE_MERIT_CERTIFICATE',
            recipientType: 'INDIVIDUAL',
            direction: 'RECEIVED',
            count: 2,
          },
        ])
      }
      const page = await readJson(
        await ctx.app.request('/api/awards?parent=LONG_AN&kind=DISTRICT&year=2023&q=thanh hoa'),
        AwardReportSchema,
      )
      expect(page.items[0]).toMatchObject({ total: 19, given: 18, received: 1 })
    })

    it('defaults to the latest year and answers an empty cohort with nothing', async () => {
      expect(
        (
          await readJson(
            await ctx.app.request('/api/awards?parent=LONG_AN&kind=DISTRICT'),
            AwardReportSchema,
          )
        ).year,
      ).toBe(2023)
      const empty = await readJson(
        await ctx.app.request('/api/awards?parent=LONG_AN&kind=DEPARTMENT'),
        AwardReportSchema,
      )
      expect(empty).toMatchObject({ year: null, items: [], totals: { total: 0 }, years: [] })
    })

    it('answers CSV with one column per award code', async () => {
      const res = await ctx.app.request(
        '/api/awards?parent=LONG_AN&kind=DISTRICT&year=2023&format=csv',
      )
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="awards-long-an-district-2023.csv"',
      )
      const [header, , thanhHoa] = (await res.text()).split('\r\n')
      const columns = header?.split(',') ?? []
      expect(columns.slice(0, 7)).toEqual([
        'year',
        'unit_code',
        'unit_name',
        'total',
        'collective',
        'individual',
        'household',
      ])
      expect(columns).toHaveLength(7 + 14)
      const values = Object.fromEntries(columns.map((c, i) => [c, thanhHoa?.split(',')[i]]))
      expect(values).toMatchObject({
        unit_code: 'LONG_AN.THANH_HOA',
        total: '19',
        MERIT_CERTIFICATE: '18',
        LABOUR_ORDER: '0',
      })
    })

    it.each([
      ['/api/awards?parent=NOWHERE&kind=DISTRICT', 404, 'NOT_FOUND'],
      ['/api/awards?parent=LONG_AN', 400, 'VALIDATION_FAILED'],
      ['/api/awards?parent=LONG_AN&kind=DISTRICT&year=2023.5', 400, 'VALIDATION_FAILED'],
    ])('%s → %d %s', async (url, status, code) => {
      const res = await ctx.app.request(url)
      expect(res.status).toBe(status)
      expect((await readJson(res, ApiErrorBodySchema)).error.code).toBe(code)
    })
  })
}
