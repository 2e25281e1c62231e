// A partial table whose row gives no rank: the rank shown is the one computed among the units
// loaded, of the units loaded, never of the size the decision published ("1/10" would claim the
// top of ten), and it is not compared with a published rank of another year.
import type { Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { Database } from '../../db/schema.ts'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import { insertUserSession } from '../../test/insert-fixtures.ts'
import { csv, importFile, loadBase } from '../imports/__fixtures__/fixture-db.ts'
import { readJson } from '#server/test/read-json.ts'
import { RankHistorySchema, RankingSchema, RankingSummarySchema } from '#shared/dto/ranking.ts'
import { UnitProfileSchema } from '#shared/dto/profile.ts'
import { ScorecardSchema } from '#shared/dto/scorecard.ts'
import { UnitSummarySchema } from '#shared/dto/summary.ts'

async function load(db: Kysely<Database>) {
  await loadBase(db, false)
  await importFile(
    db,
    'units',
    csv(
      'code,name,kind,parent_code,title',
      'PX,Tỉnh Thử,PROVINCE,,TINH',
      'PX.D1,Huyện Một,DISTRICT,PX,HUYEN',
      'PX.D2,Huyện Hai,DISTRICT,PX,HUYEN',
    ),
  )
  // Two of ten districts, each year: 2022 and 2024 with one rank each, 2023 with both.
  await importFile(
    db,
    'assessments',
    csv(
      'Mã đơn vị;Năm;Chỉ số;Xếp hạng;Số đơn vị',
      'PX.D1;2022;70%;8;10',
      'PX.D2;2022;75%;;10',
      'PX.D1;2023;84%;4;10',
      'PX.D2;2023;80%;6;10',
      'PX.D1;2024;85%;5;10',
      'PX.D2;2024;90%;;10',
    ),
  )
}

for (const dialect of TEST_DIALECTS) {
  describe(`a rank no decision gave, of a partial table (${dialect})`, () => {
    const ctx = useTestApp(dialect, load)
    const editor = async () => ({
      headers: { cookie: await insertUserSession(ctx.t.db, 'EDITOR') },
    })

    it('lists it as computed among the units loaded, with no move on the year before', async () => {
      const res = await ctx.app.request(
        '/api/rankings?parent=PX&kind=DISTRICT&year=2024',
        await editor(),
      )
      const body = await readJson(res, RankingSchema)
      expect(body).toMatchObject({ total: 10, ranked: 2 })
      expect(
        body.items.map((i) => [
          i.unit.code,
          i.rank,
          i.published?.rank ?? null,
          i.rankChange,
          i.notComparable?.reason ?? null,
        ]),
      ).toEqual([
        // Computed first of the two loaded: no standing of ten to compare with 6th of ten.
        ['PX.D2', 1, null, null, 'AMONG_LOADED'],
        ['PX.D1', 5, 5, -1, null],
      ])
      const download = await ctx.app.request(
        '/api/rankings?parent=PX&kind=DISTRICT&year=2024&format=csv&lang=en',
        await editor(),
      )
      const lines = (await download.text()).split(/\r?\n/)
      const header = lines.findIndex((l) => l.startsWith('Year,Rank,'))
      expect(lines.slice(header + 1, header + 3).map((l) => l.split(',').slice(1, 3))).toEqual([
        ['1 of 2', 'PX.D2'],
        ['5 of 10', 'PX.D1'],
      ])
    })

    it('claims no move from it either: a year after it compares the index alone', async () => {
      const res = await ctx.app.request(
        '/api/rankings?parent=PX&kind=DISTRICT&year=2023',
        await editor(),
      )
      const body = await readJson(res, RankingSchema)
      expect(
        body.items.map((i) => [
          i.unit.code,
          i.previous?.rank,
          i.previous?.total,
          i.rankChange,
          i.notComparable?.reason ?? null,
        ]),
      ).toEqual([
        // 8th of ten, then 4th of ten: a move of four places.
        ['PX.D1', 8, 10, 4, null],
        // First of the two loaded, then 6th of ten: the index moved, no rank did.
        ['PX.D2', 1, 2, null, 'AMONG_LOADED'],
      ])
    })

    it('says why on the summary and in the sentence of the year after', async () => {
      const summary = await readJson(
        await ctx.app.request(
          '/api/rankings/summary?parent=PX&kind=DISTRICT&year=2023',
          await editor(),
        ),
        RankingSummarySchema,
      )
      expect(summary.changes).toMatchObject({
        rankWithheld: 1,
        rankWithheldBy: [{ reason: 'AMONG_LOADED', count: 1 }],
      })
      const sentence = await readJson(
        await ctx.app.request('/api/units/PX.D2/summary?year=2023&lang=vi', await editor()),
        UnitSummarySchema,
      )
      expect(sentence.text).toMatch(
        /xếp hạng 06\/10 huyện, thị xã, thành phố \(hạng năm 2022 chỉ tính trong số đơn vị đã nhập, không so sánh thứ hạng\)\.$/,
      )
    })

    it('marks it on the field scorecard, and its download shows it of the units loaded', async () => {
      const path = '/api/scorecard?parent=PX&kind=DISTRICT&year=2024'
      const body = await readJson(await ctx.app.request(path, await editor()), ScorecardSchema)
      expect(body.items.map((i) => [i.unit.code, i.rank, i.amongLoaded])).toEqual([
        ['PX.D2', 1, true],
        ['PX.D1', 5, false],
      ])
      const download = await ctx.app.request(`${path}&format=csv&lang=en`, await editor())
      const text = await download.text()
      expect(text).toContain('1 of 2,PX.D2')
      expect(text).toContain('5 of 10,PX.D1')
    })

    it('draws no rank of the cohort for it in the rank history', async () => {
      const res = await ctx.app.request(
        '/api/rankings/history?parent=PX&kind=DISTRICT',
        await editor(),
      )
      const body = await readJson(res, RankHistorySchema)
      expect(body.years).toEqual([2022, 2023, 2024])
      expect(body.units.map((u) => [u.unit.code, u.ranks])).toEqual([
        ['PX.D1', [8, 4, 5]],
        ['PX.D2', [null, 6, null]],
      ])
      // Given apart, of the units loaded: the table beside the chart and the download show it.
      expect(body.loaded).toEqual([2, 2, 2])
      expect(body.totals).toEqual([10, 10, 10])
      expect(body.units.map((u) => u.ranksAmongLoaded ?? null)).toEqual([null, [1, null, 1]])
      const download = await ctx.app.request(
        '/api/rankings/history?parent=PX&kind=DISTRICT&format=csv',
        await editor(),
      )
      const rows = (await download.text()).trim().split(/\r?\n/).slice(1)
      expect(rows.filter((r) => r.includes('PX.D2')).map((r) => r.split(','))).toEqual([
        ['2022', 'PX.D2', 'Huyện Hai', '1', '2'],
        ['2023', 'PX.D2', 'Huyện Hai', '6', '10'],
        ['2024', 'PX.D2', 'Huyện Hai', '1', '2'],
      ])
    })

    it('shows it of the units loaded on the profile and in the summary sentence', async () => {
      const profile = await readJson(
        await ctx.app.request('/api/units/PX.D2/profile', await editor()),
        UnitProfileSchema,
      )
      expect(
        profile.years.map((y) => [y.year, y.rank, y.total, y.amongLoaded, y.rankChange]),
      ).toEqual([
        [2022, 1, 2, true, null],
        [2023, 6, 10, false, null],
        [2024, 1, 2, true, null],
      ])
      const summary = await readJson(
        await ctx.app.request('/api/units/PX.D2/summary?year=2024&lang=vi', await editor()),
        UnitSummarySchema,
      )
      expect(summary.text).toBe(
        'Năm 2024, Chỉ số CCHC của huyện Hai đạt 90,00%, tăng 10,00 điểm phần trăm so với năm 2023; xếp thứ 01 trong số 02 huyện, thị xã, thành phố đã nhập (chưa có hạng công bố, không so sánh thứ hạng).',
      )
      const english = await readJson(
        await ctx.app.request('/api/units/PX.D2/summary?year=2024&lang=en', await editor()),
        UnitSummarySchema,
      )
      expect(english.text).toContain('1st of the 2 loaded')
    })
  })
}
