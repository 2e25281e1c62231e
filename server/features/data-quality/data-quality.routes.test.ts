import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '#server/app.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { signIn } from '#server/test/sign-in.ts'
import { loadSeeds } from '#seeds/load-seeds.ts'
import { readJson } from '#server/test/read-json.ts'
import { DataQualityReportSchema } from '#shared/dto/data-quality.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/data-quality (${dialect})`, () => {
    let t: TestDb
    let app: App
    let editor: string
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadSeeds(t.db)
      app = createApp(t.db)
      editor = await signIn(app, t.db, 'EDITOR')
    })
    afterAll(() => t.destroy())

    const get = async (query: string) => {
      const res = await app.request(`/api/data-quality?${query}`, { headers: { Cookie: editor } })
      expect(res.status).toBe(200)
      return await readJson(res, DataQualityReportSchema)
    }

    it('needs an editor', async () => {
      expect((await app.request('/api/data-quality?parent=LONG_AN&kind=DISTRICT')).status).toBe(401)
    })

    it("flags the demo data's wrong published rank (Đức Huệ 2020)", async () => {
      const report = await get('parent=LONG_AN&kind=DISTRICT&year=2020')
      expect(report.checked).toBe(15)
      expect(report.items).toHaveLength(1)
      expect(report.items[0]).toMatchObject({
        unit: { code: 'LONG_AN.DUC_HUE' },
        year: 2020,
        flags: ['PUBLISHED_RANK_DIFFERS'],
      })
      expect(report.items[0]?.published.rank).not.toBe(report.items[0]?.computed.rank)
    })

    it("flags the demo data's wrong published index (Chợ Mới 2021) across all years", async () => {
      const report = await get('parent=AN_GIANG&kind=DISTRICT')
      expect(report.year).toBeNull()
      expect(report.items.map((i) => [i.unit.code, i.year, i.flags])).toEqual([
        ['AN_GIANG.CHO_MOI', 2021, ['PUBLISHED_INDEX_DIFFERS']],
      ])
    })

    it("names both grades in the reader's language, as the year's scheme does", async () => {
      const download = async (query: string) => {
        const res = await app.request(
          `/api/data-quality?parent=LONG_AN&kind=DISTRICT&year=2020&${query}`,
          { headers: { Cookie: editor } },
        )
        expect(res.status).toBe(200)
        return await res.text()
      }
      const line = async (query: string) =>
        (await download(query)).split(/\r?\n/).find((l) => l.includes('LONG_AN.DUC_HUE'))
      // The CSV for scripts keeps the codes; a file in a language names the grade and the flag.
      expect(await line('format=csv')).toBe(
        '2020,LONG_AN.DUC_HUE,Huyện Đức Huệ,PUBLISHED,2,1,87.21,87.21,GOOD,GOOD,PUBLISHED_RANK_DIFFERS',
      )
      expect(await line('format=csv&lang=vi')).toBe(
        '2020;LONG_AN.DUC_HUE;Huyện Đức Huệ;Đã công bố;2;1;87,21;87,21;Tốt;Tốt;Thứ hạng',
      )
      expect(await line('format=csv&lang=en')).toBe(
        '2020,LONG_AN.DUC_HUE,Huyện Đức Huệ,Published,2,1,87.21,87.21,Good,Good,Rank',
      )
    })

    it('finds nothing to flag in a clean year', async () => {
      expect((await get('parent=LONG_AN&kind=DISTRICT&year=2023')).items).toEqual([])
    })
  })
}
