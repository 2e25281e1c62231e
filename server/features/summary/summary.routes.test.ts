import { describe, expect, it } from 'vitest'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import { insertCohortScenario, insertUserSession } from '../../test/insert-fixtures.ts'
import { readJson } from '#server/test/read-json.ts'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { UnitSummarySchema } from '#shared/dto/summary.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/units/:code/summary (${dialect})`, () => {
    const ctx = useTestApp(dialect, insertCohortScenario)

    it('writes the Vietnamese sentence by default, for the latest year', async () => {
      // The rank is the one the decision published (6th; the fixture's 5 public units rank it 5th).
      const res = await ctx.app.request('/api/units/LONG_AN.THANH_HOA/summary')
      expect(res.status).toBe(200)
      expect(await readJson(res, UnitSummarySchema)).toEqual({
        text: 'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 80,10/100 điểm, tăng 5,35 điểm so với năm 2022; xếp hạng 04/05 huyện, thị xã, thành phố, giữ nguyên hạng.',
        year: 2023,
        lang: 'vi',
      })
    })

    it('writes English, ties and first years', async () => {
      const en = await readJson(
        await ctx.app.request('/api/units/LONG_AN.TAN_AN/summary?year=2023&lang=en'),
        UnitSummarySchema,
      )
      expect(en.text).toBe(
        "In 2023, Tân An city's PAR Index reached 95.70/100 points, unchanged on 2022; ranked joint 2nd of 5 districts (ranked by the index; the published table gives no rank), down 1 place.",
      )
      const first = await readJson(
        await ctx.app.request('/api/units/LONG_AN.THANH_HOA/summary?year=2022'),
        UnitSummarySchema,
      )
      expect(first.text).toBe(
        'Năm 2022, Chỉ số CCHC của huyện Thạnh Hóa đạt 74,75/100 điểm; xếp hạng 04/05 huyện, thị xã, thành phố.',
      )
      const dept = await readJson(
        await ctx.app.request('/api/units/LONG_AN.SO_NOI_VU/summary'),
        UnitSummarySchema,
      )
      expect(dept.text).toBe(
        'Năm 2023, Chỉ số CCHC của Sở Nội vụ đạt 68,50/71,5 điểm (chỉ số 95,80%); xếp hạng 01/01 sở, ban, ngành (hạng tính theo chỉ số, bảng công bố không ghi hạng).',
      )
    })

    it('counts a draft in the rank for an editor', async () => {
      const cookie = await insertUserSession(ctx.t.db, 'ADMIN')
      const res = await ctx.app.request('/api/units/LONG_AN.CHAU_THANH/summary', {
        headers: { cookie },
      })
      expect((await readJson(res, UnitSummarySchema)).text).toBe(
        'Năm 2023, Chỉ số CCHC của huyện Châu Thành đạt 97,00/100 điểm; xếp hạng 02/06 huyện, thị xã, thành phố.',
      )
    })

    it.each([
      ['/api/units/NOWHERE/summary', 404, 'NOT_FOUND', /NOWHERE/],
      ['/api/units/LONG_AN.THANH_HOA/summary?year=2019', 404, 'NOT_FOUND', /2019/],
      // A draft is not there for anonymous readers.
      ['/api/units/LONG_AN.CHAU_THANH/summary', 404, 'NOT_FOUND', /CHAU_THANH/],
      ['/api/units/LONG_AN.THANH_HOA/summary?lang=fr', 400, 'VALIDATION_FAILED', /lang/],
      ['/api/units/LONG_AN.THANH_HOA/summary?year=twenty', 400, 'VALIDATION_FAILED', /year/],
    ])('%s → %d %s', async (url, status, code, message) => {
      const res = await ctx.app.request(url)
      expect(res.status).toBe(status)
      const body = await readJson(res, ApiErrorBodySchema)
      expect(body.error.code).toBe(code)
      expect(body.error.message).toMatch(message)
    })
  })
}
