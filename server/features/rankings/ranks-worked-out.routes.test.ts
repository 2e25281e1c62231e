// Ranks a published table did not give (the demo data): Tây Ninh's departments in 2023, Quyết định
// 2729/QĐ-UBND, whose table prints no rank column — the ranking says how many ranks are on record
// (`publishedRanks`, 0), and the unit's sentence says its rank is worked out from the index, so
// no one quotes it as the decision's; Long An's districts, whose decisions gave every rank, say
// neither. The count is stored on the cohort-year, filled by its migration for ranks stored before.
import type { Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import { createApp } from '#server/app.ts'
import { TEST_DIALECTS } from '#server/test/create-test-db.ts'
import { useTestApp } from '#server/test/use-test-app.ts'
import { testMigrator } from '#server/test/test-migrator.ts'
import { loadSeeds } from '#seeds/load-seeds.ts'
import { readJson } from '#server/test/read-json.ts'
import { RankingSchema } from '#shared/dto/ranking.ts'
import { UnitSummarySchema } from '#shared/dto/summary.ts'

const DEPARTMENTS_2023 = `parent=TAY_NINH&kind=DEPARTMENT&cohort=${encodeURIComponent('Sở, ban, ngành')}&year=2023`
const DISTRICTS_2024 = 'parent=LONG_AN&kind=DISTRICT&year=2024'

for (const dialect of TEST_DIALECTS) {
  describe(`ranks a published table did not give (${dialect})`, () => {
    const ctx = useTestApp(dialect, loadSeeds)

    const ranking = async (query: string, on = ctx.app) => {
      const res = await on.request(`/api/rankings?${query}&limit=5`)
      expect(res.status).toBe(200)
      const body = await readJson(res, RankingSchema)
      return [body.publishedRanks, body.ranked]
    }
    const sentence = async (code: string, year: number, lang: 'vi' | 'en') => {
      const res = await ctx.app.request(`/api/units/${code}/summary?year=${year}&lang=${lang}`)
      expect(res.status).toBe(200)
      return (await readJson(res, UnitSummarySchema)).text
    }

    it('counts the ranks on record of the whole cohort-year, whatever the page', async () => {
      expect(await ranking(DEPARTMENTS_2023)).toEqual([0, 19])
      expect(await ranking(DISTRICTS_2024)).toEqual([15, 15])
    })

    it('says a worked-out rank is one, in either language', async () => {
      expect(await sentence('TAY_NINH.SO_NOI_VU', 2023, 'vi')).toMatch(
        /; xếp hạng 06\/19 sở, ban, ngành \(hạng tính theo chỉ số, bảng công bố không ghi hạng\)/,
      )
      expect(await sentence('TAY_NINH.SO_NOI_VU', 2023, 'en')).toMatch(
        / of 19 .*\(ranked by the index; the published table gives no rank\)/,
      )
      expect(await sentence('LONG_AN.THANH_HOA', 2024, 'vi')).not.toMatch(/tính theo chỉ số/)
    })

    it('is filled by its migration for ranks stored before it', async () => {
      const m = await testMigrator(ctx.t.db as Kysely<unknown>, dialect)
      const down = await ctx.t.changeSchema(() =>
        m.migrateTo('2026_12_06_09_00_00_cohort_year_shared_max_points'),
      )
      expect(down.error).toBeUndefined()
      expect(down.results?.at(-1)?.migrationName).toBe(
        '2026_12_06_13_00_00_cohort_year_published_ranks',
      )
      const up = await ctx.t.changeSchema(() => m.migrateToLatest())
      expect(up.error).toBeUndefined()
      const fresh = createApp(ctx.t.db)
      expect(await ranking(DEPARTMENTS_2023, fresh)).toEqual([0, 19])
      expect(await ranking(DISTRICTS_2024, fresh)).toEqual([15, 15])
    })
  })
}
