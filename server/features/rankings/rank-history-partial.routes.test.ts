// The rank history's published-against-computed note (the demo data): a cohort loaded in part
// (Tây Ninh's communes in 2025, 18 of 82, each with its published rank) computes its ranks among
// the units loaded, which differ from the published ones as a matter of course — no discrepancy to
// name; a whole cohort's published rank the indices do not give (Đức Huệ, 2020) still is one.
import { describe, expect, it } from 'vitest'
import { TEST_DIALECTS } from '#server/test/create-test-db.ts'
import { useTestApp } from '#server/test/use-test-app.ts'
import { loadSeeds } from '#seeds/load-seeds.ts'
import { readJson } from '#server/test/read-json.ts'
import { RankHistorySchema } from '#shared/dto/ranking.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`rank history: computed ranks named only of whole cohorts (${dialect})`, () => {
    const ctx = useTestApp(dialect, loadSeeds)

    const differing = async (query: string) => {
      const res = await ctx.app.request(`/api/rankings/history?${query}`)
      expect(res.status).toBe(200)
      const body = await readJson(res, RankHistorySchema)
      return { body, codes: body.units.filter((u) => u.computedRanks).map((u) => u.unit.code) }
    }

    it('names none in a cohort loaded in part', async () => {
      const block = encodeURIComponent('Xã')
      const { body, codes } = await differing(
        `parent=TAY_NINH&kind=COMMUNE&cohort=${block}&year=2025&ends=20`,
      )
      expect(body.units.length).toBeGreaterThan(0)
      expect(codes).toEqual([])
    })

    it('names a whole cohort’s published rank the indices do not give', async () => {
      const { codes } = await differing('parent=LONG_AN&kind=DISTRICT&year=2024')
      expect(codes).toEqual(['LONG_AN.DUC_HUE'])
    })
  })
}
