// Predecessors followed back through the year (the demo's 2025 map): a unit merged twice within a
// year stands for every unit ranked the year before whose work ended up in it, not only the one
// it last took in — Long An's Sở Tài nguyên và Môi trường and Sở Nông nghiệp và Phát triển nông
// thôn merged into its Sở Nông nghiệp và Môi trường on 1 March 2025, which merged into Tây Ninh's
// on 1 July; Đông Xuyên into Mỹ Xuyên on 1 January 2025, Mỹ Xuyên into phường Long Xuyên on 1 July.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '#server/app.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { loadSeeds } from '#seeds/load-seeds.ts'
import { readJson } from '#server/test/read-json.ts'
import { RankingSchema } from '#shared/dto/ranking.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`predecessors followed back through the year (${dialect})`, () => {
    let t: TestDb
    let app: App
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadSeeds(t.db)
      app = createApp(t.db)
    })
    afterAll(() => t.destroy())

    const predecessors = async (query: string, code: string) => {
      const res = await app.request(`/api/rankings?${query}`)
      expect(res.status).toBe(200)
      const body = await readJson(res, RankingSchema)
      const item = body.items.find((i) => i.unit.code === code)
      return item?.notComparable?.predecessors.map((p) => [p.unit.code, p.rank, p.total])
    }

    it('names the departments merged into the one that merged into Tây Ninh’s', async () => {
      const block = encodeURIComponent('Sở, ban, ngành')
      const query = `parent=TAY_NINH&kind=DEPARTMENT&cohort=${block}&year=2025`
      expect(await predecessors(query, 'TAY_NINH.SO_NN_MT')).toEqual(
        expect.arrayContaining([
          ['LONG_AN.SO_TAI_NGUYEN', 2, 10],
          ['LONG_AN.SO_NONG_NGHIEP', 9, 10],
        ]),
      )
      expect(await predecessors(query, 'TAY_NINH.SO_TAI_CHINH')).toEqual(
        expect.arrayContaining([['LONG_AN.SO_KE_HOACH_DAU_TU', 4, 10]]),
      )
    })

    it('names a ward merged into one of the wards phường Long Xuyên took in', async () => {
      const query = `parent=AN_GIANG&kind=COMMUNE&cohort=${encodeURIComponent('Phường')}&year=2025`
      const list = await predecessors(query, '30307')
      expect(list?.map(([code]) => code)).toEqual(
        expect.arrayContaining(['AN_GIANG.LONG_XUYEN.DONG_XUYEN', 'AN_GIANG.LONG_XUYEN.MY_XUYEN']),
      )
      expect(list).toHaveLength(7)
    })

    it('names them on the unit’s profile alike', async () => {
      const res = await app.request('/api/units/30307/profile')
      expect(res.status).toBe(200)
      const profile = (await res.json()) as {
        years: {
          year: number
          notComparable: { predecessors: { unit: { code: string } }[] } | null
        }[]
      }
      const year = profile.years.find((y) => y.year === 2025)
      expect(year?.notComparable?.predecessors.map((p) => p.unit.code)).toEqual(
        expect.arrayContaining(['AN_GIANG.LONG_XUYEN.DONG_XUYEN', 'AN_GIANG.LONG_XUYEN.MY_XUYEN']),
      )
      expect(year?.notComparable?.predecessors).toHaveLength(7)
    })
  })
}
