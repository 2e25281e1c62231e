import { describe, expect, it } from 'vitest'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import { insertCohortScenario, insertUserSession } from '../../test/insert-fixtures.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/rankings (${dialect})`, () => {
    const ctx = useTestApp(dialect, insertCohortScenario)

    it('answers the DESIGN.md shape, sorted by rank, with ties, YoY, grades and flags', async () => {
      const res = await ctx.app.request('/api/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
      expect(res.status).toBe(200)
      const body = await res.json()
      expect(body).toMatchObject({
        year: 2023,
        parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
        kind: 'DISTRICT',
        total: 5,
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
        ['LONG_AN.THANH_HOA', 5],
      ])
      expect(body.items[4]).toEqual({
        unit: { code: 'LONG_AN.THANH_HOA', name: 'Huyện Thạnh Hóa' },
        rank: 5,
        indexPct: 80.1,
        points: 80.1,
        maxPoints: 100,
        grade: 'GOOD',
        previous: { year: 2022, indexPct: 74.75, rank: 4 },
        deltaPct: 5.35,
        rankChange: -1,
        published: { rank: 6, grade: 'Tốt', indexPct: 80.1 },
        flags: ['PUBLISHED_RANK_DIFFERS'],
        status: 'PUBLISHED',
      })
      // Created by a merge in 2023: nothing to compare with.
      expect(body.items[3]).toMatchObject({
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
      const body = await res.json()
      expect(body).toMatchObject({ total: 5, offset: 1 })
      // Ties keep their unit-code order across pages, so pages never overlap or skip a unit.
      expect(
        body.items.map((i: { unit: { code: string }; rank: number }) => [i.unit.code, i.rank]),
      ).toEqual([
        ['LONG_AN.KIEN_TUONG', 2],
        ['LONG_AN.TAN_AN', 2],
      ])
      expect(body.items[1].previous).not.toBeNull()
      const last = await (
        await ctx.app.request(
          '/api/rankings?parent=LONG_AN&kind=DISTRICT&year=2023&limit=10&offset=4',
        )
      ).json()
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
        const body = await res.json()
        expect(JSON.stringify(body), q).toContain(q.split('=')[0])
      }
    })

    it('falls back to the published grade and defaults to the latest year', async () => {
      const latest = await (
        await ctx.app.request('/api/rankings?parent=LONG_AN&kind=DISTRICT')
      ).json()
      expect(latest.year).toBe(2023)
      const empty = await (
        await ctx.app.request('/api/rankings?parent=LONG_AN&kind=DISTRICT&year=')
      ).json()
      expect(empty.year).toBe(2023)
      const y2022 = await (
        await ctx.app.request('/api/rankings?parent=LONG_AN&kind=DISTRICT&year=2022')
      ).json()
      expect(
        y2022.items.find((i: { unit: { code: string } }) => i.unit.code === 'LONG_AN.CU').grade,
      ).toBe('Khá')
    })

    it('hides drafts from anonymous readers and shows them to editors', async () => {
      const anonymous = await (
        await ctx.app.request('/api/rankings?parent=LONG_AN&kind=DISTRICT&year=2023')
      ).json()
      expect(
        anonymous.items.some(
          (i: { unit: { code: string } }) => i.unit.code === 'LONG_AN.CHAU_THANH',
        ),
      ).toBe(false)
      const cookie = await insertUserSession(ctx.t.db, 'EDITOR')
      const res = await ctx.app.request('/api/rankings?parent=LONG_AN&kind=DISTRICT&year=2023', {
        headers: { cookie },
      })
      const editor = await res.json()
      expect(editor.total).toBe(6)
      expect(editor.items[1]).toMatchObject({
        unit: { code: 'LONG_AN.CHAU_THANH' },
        rank: 2,
        status: 'DRAFT',
      })
      const viewer = await insertUserSession(ctx.t.db, 'VIEWER')
      const asViewer = await (
        await ctx.app.request('/api/rankings?parent=LONG_AN&kind=DISTRICT&year=2023', {
          headers: { cookie: viewer },
        })
      ).json()
      expect(asViewer.total).toBe(5)
    })

    it('answers an empty cohort with an empty list, not an error', async () => {
      const res = await ctx.app.request('/api/rankings?parent=AN_GIANG&kind=DISTRICT')
      expect(res.status).toBe(200)
      expect(await res.json()).toMatchObject({
        year: null,
        total: 0,
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
          /^year,unit_code,unit_name,rank,index_pct,points,max_points,grade,/,
        )
        expect(lines).toContain(
          '2023,LONG_AN.THANH_HOA,Huyện Thạnh Hóa,5,80.1,80.1,100,GOOD,2022,74.75,4,5.35,-1,6,Tốt,80.1,PUBLISHED_RANK_DIFFERS,PUBLISHED',
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
      const body = await res.json()
      expect(body.error.code).toBe(code)
      expect(body.error.message).toMatch(message)
    })
  })
}
