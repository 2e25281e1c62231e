// GET /api/rankings with sort, dir, q, limit and offset over a 48-unit cohort with ties, index-only
// results and units new in the year: every order checked against the full list sorted here by
// the documented rule, pages against slices of it, the search with accents optional.
import { describe, expect, it } from 'vitest'
import type { RankingEntry } from '#shared/dto/ranking.ts'
import { RANKING_SORTS, type RankingSort } from '#shared/schemas/rankings.schema.ts'
import { compareVietnamese } from '#shared/text/compare-vietnamese.ts'
import { searchWords, unitNameMatches } from '#shared/text/search-words.ts'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import { COMMUNES, DISTRICT, insertLargeCohort } from './large-cohort.fixture.ts'
import { readJson } from '#server/test/read-json.ts'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { RankingSchema } from '#shared/dto/ranking.ts'

const BASE = `/api/rankings?parent=${DISTRICT}&kind=COMMUNE&year=2023`

const VALUE: Record<Exclude<RankingSort, 'name'>, (e: RankingEntry) => number | null> = {
  rank: (e) => e.computedRank,
  indexPct: (e) => e.indexPct,
  points: (e) => e.points,
  deltaPct: (e) => e.deltaPct,
  rankChange: (e) => e.rankChange,
}

const byCode = (a: RankingEntry, b: RankingEntry) =>
  a.unit.code < b.unit.code ? -1 : a.unit.code > b.unit.code ? 1 : 0

/** The documented order, computed here: missing last, the value, then rank and code ascending. */
function expectedOrder(items: readonly RankingEntry[], sort: RankingSort, dir: 'asc' | 'desc') {
  const sign = dir === 'asc' ? 1 : -1
  if (sort === 'name')
    return [...items].sort(
      (a, b) => sign * (compareVietnamese(a.unit.name, b.unit.name) || byCode(a, b)),
    )
  const value = VALUE[sort]
  return [...items].sort((a, b) => {
    const x = value(a)
    const y = value(b)
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1
    } else if (x !== y) return sign * (x - y)
    return a.computedRank - b.computedRank || byCode(a, b)
  })
}

const codes = (items: readonly RankingEntry[]) => items.map((i) => i.unit.code)

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/rankings sorted, searched and paged (${dialect})`, () => {
    const ctx = useTestApp(dialect, insertLargeCohort)
    const get = async (query: string) => {
      const res = await ctx.app.request(`${BASE}${query}`)
      return { status: res.status, body: await readJson(res, RankingSchema) }
    }

    it('keeps rank order by default and counts the cohort, the matched rows and the order', async () => {
      const { status, body } = await get('')
      expect(status).toBe(200)
      expect(body).toMatchObject({ total: COMMUNES, ranked: COMMUNES, matched: COMMUNES })
      expect(body).toMatchObject({ sort: 'rank', dir: 'asc', offset: 0 })
      expect(codes(body.items)).toEqual(codes(expectedOrder(body.items, 'rank', 'asc')))
      // The fixture has ties, index-only rows and new units: the orders below are not trivial.
      expect(new Set(body.items.map((i) => i.computedRank)).size).toBeLessThan(COMMUNES)
      expect(body.items.filter((i) => i.points === null).length).toBe(8)
      expect(body.items.filter((i) => i.deltaPct === null).length).toBe(8)
    })

    it.each(
      RANKING_SORTS.flatMap((sort) =>
        (['asc', 'desc'] as const).map((dir): [RankingSort, 'asc' | 'desc'] => [sort, dir]),
      ),
    )('sorts by %s %s: missing values last, ties by rank then code', async (sort, dir) => {
      const all = (await get('')).body.items
      const { body } = await get(`&sort=${sort}&dir=${dir}`)
      expect(body).toMatchObject({ sort, dir, matched: COMMUNES })
      expect(codes(body.items)).toEqual(codes(expectedOrder(all, sort, dir)))
    })

    it('takes the natural direction of each sort when none is asked', async () => {
      expect((await get('&sort=deltaPct')).body.dir).toBe('desc')
      expect((await get('&sort=name')).body.dir).toBe('asc')
      const { body } = await get('&sort=points')
      expect(body.items[0]!.points).toBe(Math.max(...body.items.map((i) => i.points ?? -1)))
      expect(body.items.at(-1)!.points).toBeNull()
    })

    it('cuts pages that put together make the whole order, past the end an empty page', async () => {
      const all = (await get('&sort=deltaPct')).body.items
      const pages: RankingEntry[] = []
      for (let offset = 0; offset < COMMUNES; offset += 7) {
        const { body } = await get(`&sort=deltaPct&limit=7&offset=${offset}`)
        expect(body).toMatchObject({ offset, matched: COMMUNES, total: COMMUNES })
        expect(body.items.length).toBe(Math.min(7, COMMUNES - offset))
        pages.push(...body.items)
      }
      expect(pages).toEqual(all)
      const past = await get('&limit=10&offset=500')
      expect(past.status).toBe(200)
      expect(past.body).toMatchObject({ items: [], matched: COMMUNES, offset: 500 })
    })

    it('finds names with accents and case optional, every word, and counts the matches', async () => {
      const all = (await get('')).body.items
      const thanhHoa = all.filter((i) => i.unit.name.startsWith('Xã Thạnh Hóa'))
      for (const q of ['thanh hoa', 'THẠNH HÓA', 'hoa thanh', '  thạnh   hoa ']) {
        const { body } = await get(`&q=${encodeURIComponent(q)}`)
        expect(body.matched).toBe(thanhHoa.length)
        expect(codes(body.items)).toEqual(codes(thanhHoa))
      }
      const ducHoa = await get(`&q=${encodeURIComponent('duc hoa 1')}&sort=name&limit=2`)
      // "Xã Đức Hòa 1" and "Xã Đức Hòa 10": both hold the words.
      expect(ducHoa.body.matched).toBe(2)
      expect(ducHoa.body.items.map((i) => i.unit.name)).toEqual(['Xã Đức Hòa 1', 'Xã Đức Hòa 10'])
      // Punctuation is folded away as in the stored keys: never a LIKE wildcard.
      expect((await get('&q=%25')).body.matched).toBe(COMMUNES)
      expect((await get(`&q=${encodeURIComponent('thanh_hoa')}`)).body.matched).toBe(
        thanhHoa.length,
      )
      expect((await get('&q=zzz')).body).toMatchObject({ matched: 0, items: [] })
      expect((await get('&q=')).body.matched).toBe(COMMUNES)
    })

    it('matches each word at the start of a word of the name, as the client and the lists do', async () => {
      const all = (await get('')).body.items
      const tanAn = all.filter((i) => i.unit.name.startsWith('Phường Tân An'))
      // "an" begins "An", not the "an" inside "Tân" or "Thạnh"; "uong" begins no word.
      for (const q of ['an', 'tan an', 'phuong a', 'P. Tân An']) {
        const { body } = await get(`&q=${encodeURIComponent(q)}`)
        expect(codes(body.items)).toEqual(codes(tanAn))
      }
      expect((await get('&q=uong')).body.matched).toBe(0)
      expect((await get('&q=oa')).body.matched).toBe(0)
      // The stored keys' search (SQL) agrees with the shared matcher the client and lists use.
      for (const q of ['an', 'th', 'hoa 1', 'xa duc', 'tt ben', 'tan ninh', '1']) {
        const words = searchWords(q)
        const { body } = await get(`&q=${encodeURIComponent(q)}`)
        expect(codes(body.items)).toEqual(
          codes(all.filter((i) => unitNameMatches(i.unit.name, words))),
        )
      }
    })

    it('answers a long page, a searched page from an offset and a page as a download as the short pages do', async () => {
      // Past a read's page (1,000) or as a file, a list is written a page at a time.
      const whole = (await get('&sort=name')).body
      const long = (await get('&sort=name&limit=5000')).body
      expect(long).toEqual(whole)
      const searched = (await get('&sort=indexPct&q=xa&offset=2&limit=1500')).body
      const short = (await get('&sort=indexPct&q=xa&offset=2&limit=50')).body
      expect(codes(searched.items)).toEqual(codes(short.items))
      expect(searched.matched).toBe(short.matched)
      const file = await ctx.app.request(`${BASE}&sort=name&limit=3&offset=1&format=csv`)
      const lines = (await file.text()).trim().split(/\r?\n/)
      expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(codes(whole.items.slice(1, 4)))
    })

    it('refuses an unknown sort or direction and a page out of bounds, naming the parameter', async () => {
      const cases: [string, string][] = [
        ['&sort=grade', 'sort'],
        ['&dir=up', 'dir'],
        ['&limit=0', 'limit'],
        ['&limit=abc', 'limit'],
        ['&offset=-1', 'offset'],
        ['&limit=100001', 'limit'],
      ]
      for (const [query, field] of cases) {
        const res = await ctx.app.request(`${BASE}${query}`)
        expect(res.status).toBe(400)
        const body = await readJson(res, ApiErrorBodySchema)
        expect(body.error.code).toBe('VALIDATION_FAILED')
        expect(body.error.message).toContain(field)
      }
      const sort = await ctx.app.request(`${BASE}&sort=grade`)
      expect(JSON.stringify(await readJson(sort, ApiErrorBodySchema))).toContain(
        'rank, name, indexPct, points, deltaPct, rankChange',
      )
    })
  })
}
