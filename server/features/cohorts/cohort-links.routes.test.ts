// The cohorts a cohort-year's units came from and went to (ADR 071), on the demo's 2025 map:
// Thành phố Long Xuyên's communes (2019–2024) went into An Giang's 2025 wards (phường Long
// Xuyên, Bình Đức, Mỹ Thới) and, Mỹ Hòa Hưng placed under the province, its communes' block.
import { describe, expect, it } from 'vitest'
import { TEST_DIALECTS } from '#server/test/create-test-db.ts'
import { useTestApp } from '#server/test/use-test-app.ts'
import { loadSeeds } from '#seeds/load-seeds.ts'
import { readJson } from '#server/test/read-json.ts'
import { CohortLinksSchema } from '#shared/dto/cohort.ts'

const WARDS = encodeURIComponent('Phường')
const COMMUNES = encodeURIComponent('Xã, đặc khu')

for (const dialect of TEST_DIALECTS) {
  describe(`cohort links across the map of 2025 (${dialect})`, () => {
    const ctx = useTestApp(dialect, loadSeeds)

    const links = async (query: string) => {
      const res = await ctx.app.request(`/api/cohorts/links?${query}`)
      expect(res.status).toBe(200)
      const body = await readJson(res, CohortLinksSchema)
      const brief = (l: (typeof body.before)[number]) =>
        [l.parent.code, l.kind, l.block, l.year, l.units] as const
      return { before: body.before.map(brief), after: body.after.map(brief) }
    }

    it('leads a 2025 ward block back to the city whose wards formed it', async () => {
      const found = await links(`parent=AN_GIANG&kind=COMMUNE&cohort=${WARDS}&year=2025`)
      // Phường Long Xuyên, Bình Đức and Mỹ Thới: three of the block's wards came from the city's.
      expect(found.before).toEqual([['AN_GIANG.LONG_XUYEN', 'COMMUNE', null, 2024, 3]])
      expect(found.after).toEqual([])
    })

    it('leads a unit placed under another parent back, without lineage', async () => {
      const found = await links(`parent=AN_GIANG&kind=COMMUNE&cohort=${COMMUNES}&year=2025`)
      // Xã Mỹ Hòa Hưng, the same code, ranked among Long Xuyên's communes in 2024.
      expect(found.before).toEqual([['AN_GIANG.LONG_XUYEN', 'COMMUNE', null, 2024, 1]])
    })

    it('leads the city’s last year forward to the blocks its communes went into', async () => {
      const found = await links('parent=AN_GIANG.LONG_XUYEN&kind=COMMUNE&year=2024')
      // All 13: Đông Xuyên through Mỹ Xuyên (1 January 2025) into phường Long Xuyên (1 July).
      expect(found.after).toEqual([
        ['AN_GIANG', 'COMMUNE', 'Phường', 2025, 12],
        ['AN_GIANG', 'COMMUNE', 'Xã, đặc khu', 2025, 1],
      ])
      expect(found.before).toEqual([])
    })

    it('says nothing for a year inside one map', async () => {
      expect(await links('parent=AN_GIANG.LONG_XUYEN&kind=COMMUNE&year=2022')).toEqual({
        before: [],
        after: [],
      })
    })

    it('leads a merged province’s departments to the block of the province it merged into', async () => {
      const found = await links('parent=LONG_AN&kind=DEPARTMENT&year=2024')
      // Long An's ten ranked departments, each merged into one of Tây Ninh's (some through the
      // mergers of 1 March 2025), all of them ranked in Tây Ninh's 2025 block.
      expect(found.after).toEqual([['TAY_NINH', 'DEPARTMENT', 'Sở, ban, ngành', 2025, 10]])
    })

    it('is a 404 for an unknown cohort and a 400 without a year', async () => {
      expect(
        (await ctx.app.request('/api/cohorts/links?parent=NOWHERE&kind=COMMUNE&year=2025')).status,
      ).toBe(404)
      expect(
        (await ctx.app.request('/api/cohorts/links?parent=AN_GIANG&kind=COMMUNE')).status,
      ).toBe(400)
    })
  })
}
