// The DESIGN.md / DOMAIN.md seed facts, read back through the API from the demo dataset.
import { describe, expect, it } from 'vitest'
import { loadSeeds } from '#seeds/load-seeds.ts'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import { readJson } from '#server/test/read-json.ts'
import { AwardReportSchema } from '#shared/dto/award.ts'
import { UnitProfileSchema } from '#shared/dto/profile.ts'
import { RankingSchema } from '#shared/dto/ranking.ts'
import { UnitSummarySchema } from '#shared/dto/summary.ts'
import { TaskReportSchema } from '#shared/dto/task.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`seed facts through the API (${dialect})`, () => {
    const ctx = useTestApp(dialect, loadSeeds)

    it('ranks Thạnh Hóa 5th of 15 in 2023, +5.35 points and up 7 places', async () => {
      const res = await ctx.app.request('/api/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
      expect(res.status).toBe(200)
      const body = await readJson(res, RankingSchema)
      expect(body.total).toBe(15)
      const thanhHoa = body.items.find(
        (i: { unit: { code: string } }) => i.unit.code === 'LONG_AN.THANH_HOA',
      )
      expect(thanhHoa).toMatchObject({
        rank: 5,
        indexPct: 80.1,
        previous: { year: 2022, indexPct: 74.75, rank: 12 },
        deltaPct: 5.35,
        rankChange: 7,
      })
    })

    it('writes the seed article’s sentence word for word', async () => {
      const res = await ctx.app.request('/api/units/LONG_AN.THANH_HOA/summary?year=2023&lang=vi')
      expect(await readJson(res, UnitSummarySchema)).toEqual({
        text: 'Năm 2023, Chỉ số CCHC của huyện Thạnh Hóa đạt 80,10/100 điểm, tăng 5,35 điểm so với năm 2022; xếp hạng 05/15 huyện, thị xã, thành phố, tăng 07 hạng.',
        year: 2023,
        lang: 'vi',
      })
    })

    it('shows Long Xuyên 2022: 59 planned tasks, all done, and Giấy khen to 10 collectives and 8 individuals', async () => {
      const tasks = await readJson(
        await ctx.app.request('/api/tasks?parent=AN_GIANG&kind=DISTRICT&year=2022'),
        TaskReportSchema,
      )
      const longXuyen = tasks.items.find(
        (i: { unit: { code: string } }) => i.unit.code === 'AN_GIANG.LONG_XUYEN',
      )
      expect(longXuyen).toMatchObject({ planned: 59, completionPct: 100 })
      const profile = await readJson(
        await ctx.app.request('/api/units/AN_GIANG.LONG_XUYEN/profile'),
        UnitProfileSchema,
      )
      const y2022 = profile.years.find((y: { year: number }) => y.year === 2022)
      expect(y2022?.tasks?.byField).toHaveLength(6)
      const grants = await ctx.t.db
        .selectFrom('award_grant')
        .select(['recipient_type', 'count'])
        .where('unit_code', '=', 'AN_GIANG.LONG_XUYEN')
        .where('year', '=', 2022)
        .where('award_code', '=', 'MERIT_CERTIFICATE')
        .where('issuer_level', '=', 'DISTRICT')
        .where('reason', '=', 'PAR')
        .execute()
      const byType = Object.fromEntries(grants.map((g) => [g.recipient_type, Number(g.count)]))
      expect(byType).toEqual({ COLLECTIVE: 10, INDIVIDUAL: 8 })
      const awards = await readJson(
        await ctx.app.request('/api/awards?parent=AN_GIANG&kind=DISTRICT&year=2022'),
        AwardReportSchema,
      )
      const lxAwards = awards.items.find(
        (i: { unit: { code: string } }) => i.unit.code === 'AN_GIANG.LONG_XUYEN',
      )
      expect(lxAwards?.byCode.MERIT_CERTIFICATE).toBeGreaterThanOrEqual(18)
    })
  })
}
