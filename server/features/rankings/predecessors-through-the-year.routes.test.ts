// Predecessors followed back through the year (the demo's 2025 map): a unit merged twice within a
// year stands for every unit ranked the year before whose work ended up in it, not only the one
// it last took in — Long An's Sở Tài nguyên và Môi trường and Sở Nông nghiệp và Phát triển nông
// thôn merged into its Sở Nông nghiệp và Môi trường on 1 March 2025, which merged into Tây Ninh's
// on 1 July; Đông Xuyên into Mỹ Xuyên on 1 January 2025, Mỹ Xuyên into phường Long Xuyên on 1 July.
import { describe, expect, it } from 'vitest'
import { TEST_DIALECTS } from '#server/test/create-test-db.ts'
import { useTestApp } from '#server/test/use-test-app.ts'
import { loadSeeds } from '#seeds/load-seeds.ts'
import { readJson } from '#server/test/read-json.ts'
import { RankingSchema } from '#shared/dto/ranking.ts'
import { UnitProfileSchema } from '#shared/dto/profile.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`predecessors followed back through the year (${dialect})`, () => {
    const ctx = useTestApp(dialect, loadSeeds)

    const predecessors = async (query: string, code: string) => {
      const res = await ctx.app.request(`/api/rankings?${query}`)
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

    it('says which predecessor each earlier one went into, and when, in rankings and profiles', async () => {
      const query = `parent=AN_GIANG&kind=COMMUNE&cohort=${encodeURIComponent('Phường')}&year=2025`
      const body = await readJson(await ctx.app.request(`/api/rankings?${query}`), RankingSchema)
      const ranked = body.items.find((i) => i.unit.code === '30307')?.notComparable?.predecessors
      const profile = await readJson(
        await ctx.app.request('/api/units/30307/profile'),
        UnitProfileSchema,
      )
      const profiled = profile.years.find((y) => y.year === 2025)?.notComparable?.predecessors
      for (const list of [ranked, profiled]) {
        const via = new Map(list?.map((p) => [p.unit.code, p.via]))
        // Taken in by Mỹ Xuyên on 1 January, not by phường Long Xuyên itself.
        expect(via.get('AN_GIANG.LONG_XUYEN.DONG_XUYEN')).toEqual({
          unit: { code: 'AN_GIANG.LONG_XUYEN.MY_XUYEN', name: 'Phường Mỹ Xuyên' },
          date: '2025-01-01',
        })
        // The six phường Long Xuyên took in on 1 July.
        expect([...via].filter(([, v]) => v === null)).toHaveLength(6)
        expect(via.get('AN_GIANG.LONG_XUYEN.MY_XUYEN')).toBeNull()
      }
    })

    it('names them on the unit’s profile alike', async () => {
      const res = await ctx.app.request('/api/units/30307/profile')
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

    it('gives each predecessor the parent it was ranked under, in rankings, profiles and compare', async () => {
      const block = encodeURIComponent('Sở, ban, ngành')
      const ranking = await readJson(
        await ctx.app.request(
          `/api/rankings?parent=TAY_NINH&kind=DEPARTMENT&cohort=${block}&year=2025`,
        ),
        RankingSchema,
      )
      const noiVu = ranking.items.find((i) => i.unit.code === 'TAY_NINH.SO_NOI_VU')
      // Long An's Sở Nội vụ, 7th of Long An's 10 departments: not Tây Ninh's own.
      expect(noiVu?.notComparable?.predecessors).toEqual([
        expect.objectContaining({
          unit: { code: 'LONG_AN.SO_NOI_VU', name: 'Sở Nội vụ' },
          parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
          rank: 7,
          total: 10,
        }),
      ])
      const profile = (await (
        await ctx.app.request('/api/units/TAY_NINH.SO_NOI_VU/profile')
      ).json()) as {
        years: { year: number; notComparable: { predecessors: { parent: unknown }[] } | null }[]
      }
      expect(
        profile.years
          .find((y) => y.year === 2025)
          ?.notComparable?.predecessors.map((p) => p.parent),
      ).toEqual([{ code: 'LONG_AN', name: 'Tỉnh Long An' }])
      const compare = (await (
        await ctx.app.request('/api/compare?units=TAY_NINH.SO_NOI_VU,TAY_NINH.SO_Y_TE')
      ).json()) as {
        items: {
          unit: { code: string }
          years: { year: number; notComparable: { predecessors: { parent: unknown }[] } | null }[]
        }[]
      }
      const parents = compare.items.map((item) =>
        item.years.find((y) => y.year === 2025)?.notComparable?.predecessors.map((p) => p.parent),
      )
      expect(parents).toEqual([
        [{ code: 'LONG_AN', name: 'Tỉnh Long An' }],
        [{ code: 'LONG_AN', name: 'Tỉnh Long An' }],
      ])
      // The wards phường Long Xuyên took in were ranked among Thành phố Long Xuyên's.
      const wards = await readJson(
        await ctx.app.request(
          `/api/rankings?parent=AN_GIANG&kind=COMMUNE&cohort=${encodeURIComponent('Phường')}&year=2025`,
        ),
        RankingSchema,
      )
      const longXuyen = wards.items.find((i) => i.unit.code === '30307')
      expect(new Set(longXuyen?.notComparable?.predecessors.map((p) => p.parent?.name))).toEqual(
        new Set(['Thành phố Long Xuyên']),
      )
    })

    it('places both sides of a lineage event as they stood at it', async () => {
      const res = await ctx.app.request('/api/units/TAY_NINH.SO_NOI_VU')
      expect(res.status).toBe(200)
      const { lineage } = (await res.json()) as {
        lineage: { from: { code: string; parent: unknown }; to: { parent: unknown } | null }[]
      }
      const merger = lineage.find((e) => e.from.code === 'LONG_AN.SO_NOI_VU')
      expect(merger?.from.parent).toEqual({ code: 'LONG_AN', name: 'Tỉnh Long An' })
      expect(merger?.to?.parent).toEqual({ code: 'TAY_NINH', name: 'Tỉnh Tây Ninh' })
    })
  })
}
