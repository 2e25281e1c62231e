import { describe, expect, it } from 'vitest'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema.ts'
import {
  insertAssessments,
  insertCohortScenario,
  insertLineage,
  insertUnits,
  insertUserSession,
} from '../../test/insert-fixtures.ts'
import { readJson } from '#server/test/read-json.ts'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { RankingSchema } from '#shared/dto/ranking.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/rankings (${dialect})`, () => {
    const ctx = useTestApp(dialect, insertCohortScenario)

    it('answers the DESIGN.md shape, sorted by rank, with ties, YoY, grades and flags', async () => {
      const res = await ctx.app.request('/api/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
      expect(res.status).toBe(200)
      const body = await readJson(res, RankingSchema)
      expect(body).toMatchObject({
        year: 2023,
        parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
        kind: 'DISTRICT',
        block: null,
        total: 5,
        ranked: 5,
      })
      expect(body.years).toEqual([2022, 2023])
      expect(body.gradeBands.map((b: { code: string }) => b.code)).toEqual([
        'GOOD',
        'FAIR',
        'AVERAGE',
        'POOR',
      ])
      expect(
        body.items.map((i: { unit: { code: string }; rank: number }) => [i.unit.code, i.rank]),
      ).toEqual([
        ['LONG_AN.DUC_HOA', 1],
        ['LONG_AN.KIEN_TUONG', 2],
        ['LONG_AN.TAN_AN', 2],
        ['LONG_AN.MOI', 4],
        // The decision published 4th: that is the rank shown, the computed 5th beside it.
        ['LONG_AN.THANH_HOA', 4],
      ])
      expect(body.items[4]).toEqual({
        unit: { code: 'LONG_AN.THANH_HOA', name: 'Huyện Thạnh Hóa' },
        rank: 4,
        computedRank: 5,
        indexPct: 80.1,
        points: 80.1,
        maxPoints: 100,
        grade: 'GOOD',
        previous: { year: 2022, indexPct: 74.75, rank: 4, total: 5 },
        deltaPct: 5.35,
        // Published rank on published rank: 4th in 2022, 4th in 2023.
        rankChange: 0,
        notComparable: null,
        published: { rank: 4, grade: 'Tốt', indexPct: 80.1 },
        flags: ['PUBLISHED_RANK_DIFFERS'],
        status: 'PUBLISHED',
      })
      // Created by a merge in 2023: nothing to compare with.
      expect(body.items[3]).toMatchObject({
        rank: 4,
        computedRank: 4,
        previous: null,
        deltaPct: null,
        rankChange: null,
        published: null,
        flags: [],
      })
    })

    it('answers one page in rank order when asked, still counting the whole cohort', async () => {
      const res = await ctx.app.request(
        '/api/rankings?parent=LONG_AN&kind=DISTRICT&year=2023&limit=2&offset=1',
      )
      expect(res.status).toBe(200)
      const body = await readJson(res, RankingSchema)
      expect(body).toMatchObject({ total: 5, ranked: 5, offset: 1 })
      // Ties keep their unit-code order across pages, so pages never overlap or skip a unit.
      expect(
        body.items.map((i: { unit: { code: string }; rank: number }) => [i.unit.code, i.rank]),
      ).toEqual([
        ['LONG_AN.KIEN_TUONG', 2],
        ['LONG_AN.TAN_AN', 2],
      ])
      expect(body.items[1]?.previous).not.toBeNull()
      const last = await readJson(
        await ctx.app.request(
          '/api/rankings?parent=LONG_AN&kind=DISTRICT&year=2023&limit=10&offset=4',
        ),
        RankingSchema,
      )
      expect(last.items.map((i: { unit: { code: string } }) => i.unit.code)).toEqual([
        'LONG_AN.THANH_HOA',
      ])
      const csvPage = await ctx.app.request(
        '/api/rankings?parent=LONG_AN&kind=DISTRICT&year=2023&limit=1&format=csv',
      )
      expect((await csvPage.text()).trim().split('\n')).toHaveLength(2)
    })

    it('refuses a page size or offset that is not a whole number in range', async () => {
      for (const q of ['limit=0', 'limit=abc', 'offset=-1', 'limit=1.5']) {
        const res = await ctx.app.request(`/api/rankings?parent=LONG_AN&kind=DISTRICT&${q}`)
        expect(res.status, q).toBe(400)
        const body = await readJson(res, ApiErrorBodySchema)
        expect(JSON.stringify(body), q).toContain(q.split('=')[0])
      }
    })

    it('falls back to the published grade and defaults to the latest year', async () => {
      const latest = await readJson(
        await ctx.app.request('/api/rankings?parent=LONG_AN&kind=DISTRICT'),
        RankingSchema,
      )
      expect(latest.year).toBe(2023)
      const empty = await readJson(
        await ctx.app.request('/api/rankings?parent=LONG_AN&kind=DISTRICT&year='),
        RankingSchema,
      )
      expect(empty.year).toBe(2023)
      const y2022 = await readJson(
        await ctx.app.request('/api/rankings?parent=LONG_AN&kind=DISTRICT&year=2022'),
        RankingSchema,
      )
      expect(
        y2022.items.find((i: { unit: { code: string } }) => i.unit.code === 'LONG_AN.CU')?.grade,
      ).toBe('Khá')
    })

    it('hides drafts from anonymous readers and shows them to editors', async () => {
      const anonymous = await readJson(
        await ctx.app.request('/api/rankings?parent=LONG_AN&kind=DISTRICT&year=2023'),
        RankingSchema,
      )
      expect(
        anonymous.items.some(
          (i: { unit: { code: string } }) => i.unit.code === 'LONG_AN.CHAU_THANH',
        ),
      ).toBe(false)
      const cookie = await insertUserSession(ctx.t.db, 'EDITOR')
      const res = await ctx.app.request('/api/rankings?parent=LONG_AN&kind=DISTRICT&year=2023', {
        headers: { cookie },
      })
      const editor = await readJson(res, RankingSchema)
      expect(editor.total).toBe(6)
      expect(editor.items[1]).toMatchObject({
        unit: { code: 'LONG_AN.CHAU_THANH' },
        rank: 2,
        status: 'DRAFT',
      })
      const viewer = await insertUserSession(ctx.t.db, 'VIEWER')
      const asViewer = await readJson(
        await ctx.app.request('/api/rankings?parent=LONG_AN&kind=DISTRICT&year=2023', {
          headers: { cookie: viewer },
        }),
        RankingSchema,
      )
      expect(asViewer.total).toBe(5)
    })

    it('answers an empty cohort with an empty list, not an error', async () => {
      const res = await ctx.app.request('/api/rankings?parent=AN_GIANG&kind=DISTRICT')
      expect(res.status).toBe(200)
      expect(await readJson(res, RankingSchema)).toMatchObject({
        year: null,
        block: null,
        total: 0,
        ranked: 0,
        items: [],
        years: [],
        gradeBands: [],
      })
    })

    it('answers CSV for Accept: text/csv and ?format=csv', async () => {
      for (const init of [{ headers: { accept: 'text/csv' } }, undefined]) {
        const url = `/api/rankings?parent=LONG_AN&kind=DISTRICT&year=2023${init ? '' : '&format=csv'}`
        const res = await ctx.app.request(url, init)
        expect(res.status).toBe(200)
        expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
        expect(res.headers.get('content-disposition')).toBe(
          'attachment; filename="rankings-long-an-district-2023.csv"',
        )
        const bytes = new Uint8Array(await res.arrayBuffer())
        expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
        const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n')
        expect(lines[0]).toMatch(
          /^year,unit_code,unit_name,rank,computed_rank,index_pct,points,max_points,grade,.*,rank_change,not_comparable,published_rank,/,
        )
        expect(lines).toContain(
          '2023,LONG_AN.THANH_HOA,Huyện Thạnh Hóa,4,5,80.1,80.1,100,GOOD,2022,74.75,4,5.35,0,,4,Tốt,80.1,PUBLISHED_RANK_DIFFERS,PUBLISHED',
        )
        expect(lines).toHaveLength(7)
      }
    })

    it.each([
      ['/api/rankings?parent=NOWHERE&kind=DISTRICT', 404, 'NOT_FOUND', /NOWHERE/],
      ['/api/rankings?parent=LONG_AN&kind=VILLAGE', 400, 'VALIDATION_FAILED', /kind/],
      ['/api/rankings?parent=LONG_AN&kind=DISTRICT&year=abc', 400, 'VALIDATION_FAILED', /year/],
      ['/api/rankings?parent=LONG_AN&kind=DISTRICT&year=1800', 400, 'VALIDATION_FAILED', /year/],
      ['/api/rankings?kind=DISTRICT', 400, 'VALIDATION_FAILED', /parent/],
      ['/api/rankings?parent=LONG_AN&kind=DISTRICT&format=xml', 400, 'VALIDATION_FAILED', /format/],
    ])('%s → %d %s', async (url, status, code, message) => {
      const res = await ctx.app.request(url)
      expect(res.status).toBe(status)
      const body = await readJson(res, ApiErrorBodySchema)
      expect(body.error.code).toBe(code)
      expect(body.error.message).toMatch(message)
    })
  })
}

/**
 * Cohorts as published (ADR 014), under one province:
 * - districts of a table loaded in part: the decision ranked 30, two are loaded (27th and 3rd);
 * - communes ranked in two blocks, wards ("Phường") apart from the default cohort;
 * - departments where Sở Nội vụ absorbed Sở Cũ on 2023-07-01 (a lineage MERGE between the years).
 */
async function insertPublishedCohorts(db: Kysely<Database>): Promise<void> {
  await insertUnits(db, [
    { code: 'VN', name: 'Việt Nam', kind: 'COUNTRY' },
    { code: 'TN', name: 'Tỉnh Tây Ninh', kind: 'PROVINCE', parentCode: 'VN' },
    { code: 'TN.D1', name: 'Huyện Một', kind: 'DISTRICT', parentCode: 'TN' },
    { code: 'TN.D2', name: 'Huyện Hai', kind: 'DISTRICT', parentCode: 'TN' },
    { code: 'TN.X1', name: 'Xã Một', kind: 'COMMUNE', parentCode: 'TN' },
    { code: 'TN.X2', name: 'Xã Hai', kind: 'COMMUNE', parentCode: 'TN' },
    { code: 'TN.P1', name: 'Phường Một', kind: 'COMMUNE', parentCode: 'TN' },
    { code: 'TN.P2', name: 'Phường Hai', kind: 'COMMUNE', parentCode: 'TN' },
    { code: 'TN.SNV', name: 'Sở Nội vụ', kind: 'DEPARTMENT', parentCode: 'TN' },
    { code: 'TN.SCU', name: 'Sở Cũ', kind: 'DEPARTMENT', parentCode: 'TN', validTo: '2023-06-30' },
    { code: 'TN.STP', name: 'Sở Tư pháp', kind: 'DEPARTMENT', parentCode: 'TN' },
  ])
  await insertLineage(db, [
    { event: 'MERGE', fromCode: 'TN.SCU', toCode: 'TN.SNV', effectiveDate: '2023-07-01' },
  ])
  await insertAssessments(db, [
    { unitCode: 'TN.D1', year: 2023, points: 60, publishedRank: 27, cohortSize: 30 },
    { unitCode: 'TN.D2', year: 2023, points: 90, publishedRank: 3, cohortSize: 30 },
    { unitCode: 'TN.X1', year: 2023, points: 70 },
    { unitCode: 'TN.X2', year: 2023, points: 75 },
    { unitCode: 'TN.P1', year: 2023, points: 95, block: 'Phường' },
    { unitCode: 'TN.P2', year: 2023, points: 65, block: 'Phường' },
    { unitCode: 'TN.SNV', year: 2022, points: 80 },
    { unitCode: 'TN.SCU', year: 2022, points: 85 },
    { unitCode: 'TN.STP', year: 2022, points: 70 },
    { unitCode: 'TN.SNV', year: 2023, points: 90 },
    { unitCode: 'TN.STP', year: 2023, points: 75 },
  ])
}

type Item = {
  unit: { code: string }
  rank: number
  computedRank: number
  deltaPct: number | null
  rankChange: number | null
}

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/rankings, cohorts as published (${dialect})`, () => {
    const ctx = useTestApp(dialect, insertPublishedCohorts)

    it('shows the published rank and cohort size of a table loaded in part', async () => {
      const res = await ctx.app.request('/api/rankings?parent=TN&kind=DISTRICT&year=2023')
      expect(res.status).toBe(200)
      const body = await readJson(res, RankingSchema)
      expect(body).toMatchObject({ year: 2023, block: null, total: 30, ranked: 2 })
      expect(body.items.map((i: Item) => [i.unit.code, i.rank, i.computedRank])).toEqual([
        ['TN.D2', 3, 1],
        ['TN.D1', 27, 2],
      ])
      expect(body.items[1]).toMatchObject({
        unit: { code: 'TN.D1', name: 'Huyện Một' },
        rank: 27,
        computedRank: 2,
        published: { rank: 27 },
        // The computed rank is a rank among the units loaded: no disagreement to flag.
        flags: [],
      })
    })

    it('ranks a block apart from the default cohort of the level', async () => {
      const wards = await readJson(
        await ctx.app.request('/api/rankings?parent=TN&kind=COMMUNE&cohort=Phường'),
        RankingSchema,
      )
      expect(wards).toMatchObject({ year: 2023, block: 'Phường', total: 2, ranked: 2 })
      expect(wards.items.map((i: Item) => [i.unit.code, i.rank])).toEqual([
        ['TN.P1', 1],
        ['TN.P2', 2],
      ])
      const communes = await readJson(
        await ctx.app.request('/api/rankings?parent=TN&kind=COMMUNE'),
        RankingSchema,
      )
      expect(communes).toMatchObject({ year: 2023, block: null, total: 2, ranked: 2 })
      expect(communes.items.map((i: Item) => [i.unit.code, i.rank])).toEqual([
        ['TN.X2', 1],
        ['TN.X1', 2],
      ])
      // The block's name is matched without accents or case.
      const folded = await readJson(
        await ctx.app.request('/api/rankings?parent=TN&kind=COMMUNE&cohort=phuong'),
        RankingSchema,
      )
      expect(folded.block).toBe('Phường')
      expect(folded.items).toHaveLength(2)
    })

    it('withholds the change on a year when a lineage MERGE falls between the two', async () => {
      const res = await ctx.app.request('/api/rankings?parent=TN&kind=DEPARTMENT&year=2023')
      const body = await readJson(res, RankingSchema)
      expect(body).toMatchObject({ year: 2023, total: 2, ranked: 2 })
      const merged = body.items.find((i: Item) => i.unit.code === 'TN.SNV')
      expect(merged).toMatchObject({
        rank: 1,
        previous: { year: 2022, indexPct: 80, rank: 2, total: 3 },
        deltaPct: null,
        rankChange: null,
        notComparable: {
          reason: 'LINEAGE',
          rankOnly: false,
          previousYear: 2022,
          predecessors: [
            {
              unit: { code: 'TN.SCU', name: 'Sở Cũ' },
              year: 2022,
              indexPct: 85,
              rank: 1,
              total: 3,
            },
          ],
        },
      })
      // A unit no event touched still compares, the rank move aside (3 units then, 2 now).
      const untouched = body.items.find((i: Item) => i.unit.code === 'TN.STP')
      expect(untouched).toMatchObject({
        deltaPct: 5,
        rankChange: null,
        notComparable: { reason: 'COHORT_SIZE', rankOnly: true, predecessors: [] },
      })
      const csv = await (
        await ctx.app.request('/api/rankings?parent=TN&kind=DEPARTMENT&year=2023&format=csv')
      ).text()
      expect(csv).toContain('2023,TN.SNV,Sở Nội vụ,1,1,90,90,100,,2022,80,2,,,LINEAGE,')
      // A report-grade file says why each blank change is blank.
      const vi = await (
        await ctx.app.request(
          '/api/rankings?parent=TN&kind=DEPARTMENT&year=2023&format=csv&lang=vi',
        )
      ).text()
      const lines = vi.replace(/^\uFEFF/, '').split('\r\n')
      const notes = lines.map((line) => line.split(';').at(-1))
      expect(notes[0]).toBe('Ghi chú')
      // The index's change in points, as the page's column and the press sentence say it.
      expect(lines[0]?.split(';')).toContain('Tăng, giảm (điểm)')
      expect(notes).toContain('Không so sánh được với năm trước (đơn vị được sắp xếp lại)')
      expect(notes).toContain('Thay đổi hạng không so sánh được (số đơn vị xếp hạng thay đổi)')
    })
  })
}
