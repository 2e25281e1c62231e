import { describe, expect, it } from 'vitest'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import {
  insertCohortScenario,
  insertScheme,
  insertUserSession,
} from '../../test/insert-fixtures.ts'
import { readJson } from '#server/test/read-json.ts'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { RankHistorySchema } from '#shared/dto/ranking.ts'

type History = {
  years: number[]
  totals: number[]
  units: {
    unit: { code: string; name: string }
    ranks: (number | null)[]
    computedRanks?: (number | null)[]
  }[]
}

const ranksOf = (body: History) =>
  body.units.map((u) => [u.unit.code.replace('LONG_AN.', ''), ...u.ranks])

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/rankings/history (${dialect})`, () => {
    const ctx = useTestApp(dialect, insertCohortScenario)

    it('gives every unit its rank per year, sorted by the last rank, then by name', async () => {
      const res = await ctx.app.request('/api/rankings/history?parent=LONG_AN&kind=DISTRICT')
      expect(res.status).toBe(200)
      const body = await readJson(res, RankHistorySchema)
      expect(body).toMatchObject({
        parent: { code: 'LONG_AN', name: 'Tỉnh Long An' },
        kind: 'DISTRICT',
        years: [2022, 2023],
        totals: [5, 5],
      })
      // Ties share a rank; "Thành phố Tân An" sorts before "Thị xã Kiến Tường" (a before i);
      // a unit created in 2023 has a gap in 2022, one dissolved after 2022 comes last.
      expect(ranksOf(body)).toEqual([
        ['DUC_HOA', 3, 1],
        ['TAN_AN', 1, 2],
        ['KIEN_TUONG', 1, 2],
        ['MOI', null, 4],
        // The published rank where the decision gave one (4th in 2023; computed 5th).
        ['THANH_HOA', 4, 4],
        ['CU', 5, null],
      ])
      expect(body.units[0]?.unit.name).toBe('Huyện Đức Hòa')
      // Beside a published rank the indices do not give, the computed one; none elsewhere.
      expect(
        body.units.flatMap((u) => (u.computedRanks ? [[u.unit.code, u.computedRanks]] : [])),
      ).toEqual([['LONG_AN.THANH_HOA', [null, 5]]])
    })

    it('stops at the requested year and counts drafts only for editors', async () => {
      const upTo2022 = await readJson(
        await ctx.app.request('/api/rankings/history?parent=LONG_AN&kind=DISTRICT&year=2022'),
        RankHistorySchema,
      )
      expect(upTo2022.years).toEqual([2022])
      expect(ranksOf(upTo2022).map((r) => r[0])).toEqual([
        'TAN_AN',
        'KIEN_TUONG',
        'DUC_HOA',
        'THANH_HOA',
        'CU',
      ])
      const cookie = await insertUserSession(ctx.t.db, 'EDITOR')
      const editor = await readJson(
        await ctx.app.request('/api/rankings/history?parent=LONG_AN&kind=DISTRICT', {
          headers: { cookie },
        }),
        RankHistorySchema,
      )
      expect(editor.totals).toEqual([5, 6])
      expect(ranksOf(editor)[1]).toEqual(['CHAU_THANH', null, 2])
    })

    it('answers CSV with one row per unit and year', async () => {
      const res = await ctx.app.request(
        '/api/rankings/history?parent=LONG_AN&kind=DISTRICT&format=csv',
      )
      expect(res.headers.get('content-type')).toMatch(/text\/csv/)
      const lines = (await res.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/)
      expect(lines[0]).toBe('year,unit_code,unit_name,rank,total')
      expect(lines).toHaveLength(1 + 5 + 5)
      expect(lines).toContain('2023,LONG_AN.THANH_HOA,Huyện Thạnh Hóa,4,5')
    })

    it('names an unknown parent and a bad kind', async () => {
      const unknown = await ctx.app.request('/api/rankings/history?parent=NOPE&kind=DISTRICT')
      expect(unknown.status).toBe(404)
      expect(JSON.stringify(await readJson(unknown, ApiErrorBodySchema))).toContain('NOPE')
      const bad = await ctx.app.request('/api/rankings/history?parent=LONG_AN&kind=TOWN')
      expect(bad.status).toBe(400)
      expect(JSON.stringify(await readJson(bad, ApiErrorBodySchema))).toContain('kind')
    })

    it('is empty, not an error, for a cohort without results', async () => {
      const body = await readJson(
        await ctx.app.request('/api/rankings/history?parent=AN_GIANG&kind=DISTRICT'),
        RankHistorySchema,
      )
      expect(body).toMatchObject({ years: [], totals: [], units: [] })
    })
  })

  describe(`GET /api/rankings/history with a change of method (${dialect})`, () => {
    let from2023 = ''
    const ctx = useTestApp(dialect, async (db) => {
      // The scenario's district scheme covers 2022; another starts in 2023.
      await insertCohortScenario(db)
      from2023 = await insertScheme(db, {
        provinceCode: 'LONG_AN',
        unitKind: 'DISTRICT',
        yearFrom: 2023,
      })
    })

    it('names the scheme that scored each year, so a chart does not join ranks across it', async () => {
      const body = await readJson(
        await ctx.app.request('/api/rankings/history?parent=LONG_AN&kind=DISTRICT'),
        RankHistorySchema,
      )
      expect(body.years).toEqual([2022, 2023])
      const [of2022, of2023] = body.schemes
      expect(of2023).toBe(from2023)
      expect(of2022).toEqual(expect.any(String))
      expect(of2022).not.toBe(of2023)
    })
  })
}
