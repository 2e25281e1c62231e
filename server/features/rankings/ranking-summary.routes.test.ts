import type { z } from 'zod'
// GET /api/rankings/summary and the limited rank history, every figure checked against the full
// ranking computed independently here.
import { describe, expect, it } from 'vitest'
import type { RankingEntry } from '#shared/dto/ranking.ts'
import { round } from '#shared/kpi/round.ts'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import { COMMUNES, DISTRICT, communeCode, insertLargeCohort } from './large-cohort.fixture.ts'
import { readJson } from '#server/test/read-json.ts'
import { createApp } from '#server/app.ts'
import { storedEndsOf } from '#server/cohorts/summary-ends.ts'
import { RANK_SCOPES, refreshCohortRanks } from '#server/cohorts/refresh-cohort-ranks.ts'
import { insertAssessments, insertUnits } from '../../test/insert-fixtures.ts'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { RankHistorySchema, RankingSchema, RankingSummarySchema } from '#shared/dto/ranking.ts'

const COHORT = `parent=${DISTRICT}&kind=COMMUNE`
const codes = (items: readonly RankingEntry[]) => items.map((i) => i.unit.code)
const byCode = (a: RankingEntry, b: RankingEntry) => (a.unit.code < b.unit.code ? -1 : 1)

for (const dialect of TEST_DIALECTS) {
  describe(`GET /api/rankings/summary (${dialect})`, () => {
    const ctx = useTestApp(dialect, insertLargeCohort)
    const json = async <S extends z.ZodType>(path: string, schema: S) => {
      const res = await ctx.app.request(path)
      expect(res.status).toBe(200)
      return readJson(res, schema)
    }
    const full = () => json(`/api/rankings?${COHORT}&year=2023`, RankingSchema)

    it('holds the tiles, the ends and the grade counts of the whole ranking', async () => {
      const all = (await full()).items
      const s = await json(`/api/rankings/summary?${COHORT}&year=2023&ends=5`, RankingSummarySchema)
      expect(s).toMatchObject({ year: 2023, total: COMMUNES, ranked: COMMUNES, ends: 5 })
      expect(s.years).toEqual([2022, 2023, 2024])
      const indices = all.map((i) => i.indexPct).sort((a, b) => a - b)
      const mean = indices.reduce((a, b) => a + b, 0) / indices.length
      const median = (indices[COMMUNES / 2 - 1]! + indices[COMMUNES / 2]!) / 2
      expect(s.averageIndexPct).toBe(round(mean, 2))
      expect(s.medianIndexPct).toBe(round(median, 2))
      expect(codes(s.top)).toEqual(codes(all.slice(0, 5)))
      expect(s.top).toEqual(all.slice(0, 5))
      expect(s.bottom).toEqual(all.slice(-5))
      expect(s.best).toEqual(all[0])
      expect(s.worst).toEqual(all.at(-1))
      expect(s.gradeCounts).toEqual([
        { grade: 'GOOD', count: all.filter((i) => i.grade === 'GOOD').length },
        { grade: 'POOR', count: all.filter((i) => i.grade === 'POOR').length },
      ])
      expect(s.gradeCounts.reduce((a, g) => a + g.count, 0)).toBe(COMMUNES)
    })

    it('answers the same from the stored ends as from ends cut in SQL', async () => {
      const paths = [2022, 2023, 2024].flatMap((year) =>
        [1, 5, 50].map((ends) => `/api/rankings/summary?${COHORT}&year=${year}&ends=${ends}`),
      )
      const stored = await Promise.all(paths.map((p) => json(p, RankingSummarySchema)))
      const kept = await ctx.t.db.selectFrom('cohort_year').selectAll().execute()
      const setEnds = (summaryEnds: string | null) =>
        ctx.t.db.updateTable('cohort_year').set({ summary_ends: summaryEnds }).execute()
      // Each read by an app with an empty cache: the data changes here behind the API's back.
      const read = async (path: string) =>
        readJson(await createApp(ctx.t.db).request(path), RankingSummarySchema)
      try {
        // Cohort-years written before the ends were stored.
        await setEnds(null)
        expect(await Promise.all(paths.map(read))).toEqual(stored)
        // Stored ends are what the summary names.
        await setEnds(storedEndsOf([]))
        expect((await read(paths[1]!)).top).toEqual([])
      } finally {
        for (const row of kept)
          await ctx.t.db
            .updateTable('cohort_year')
            .set({ summary_ends: row.summary_ends })
            .where('parent_code', '=', row.parent_code)
            .where('kind', '=', row.kind)
            .where('block', '=', row.block)
            .where('scope', '=', row.scope)
            .where('year', '=', row.year)
            .execute()
      }
    })

    it('counts the changes and names the largest movers, as the full list has them', async () => {
      const all = (await full()).items
      const s = await json(`/api/rankings/summary?${COHORT}&year=2023&ends=4`, RankingSummarySchema)
      const c = s.changes!
      const withDelta = all.filter((i) => i.deltaPct !== null)
      expect(c.previousYear).toBe(2022)
      expect(c.improved).toBe(withDelta.filter((i) => i.deltaPct! > 0).length)
      expect(c.declined).toBe(withDelta.filter((i) => i.deltaPct! < 0).length)
      expect(c.unchanged).toBe(withDelta.filter((i) => i.deltaPct === 0).length)
      expect(c.notComparable).toBe(0)
      const fresh = all.filter((i) => i.deltaPct === null && i.notComparable === null)
      expect(c.noPrevious).toEqual({
        count: 8,
        units: fresh.slice(0, 4).map((i) => i.unit),
      })
      expect(c.improved + c.declined + c.unchanged + c.notComparable + c.noPrevious.count).toBe(
        COMMUNES,
      )
      const order = (value: (e: RankingEntry) => number, sign: number) =>
        [...all]
          .filter((e) => e.deltaPct !== null)
          .sort(
            (a, b) =>
              sign * (value(a) - value(b)) || a.computedRank - b.computedRank || byCode(a, b),
          )
          .slice(0, 4)
      expect(c.risers).toEqual(order((e) => e.deltaPct!, -1))
      expect(c.fallers).toEqual(order((e) => e.deltaPct!, 1))
      expect(c.risers[0]!.deltaPct).toBe(Math.max(...withDelta.map((i) => i.deltaPct!)))
      // 40 units in 2022, 48 in 2023: every rank move is withheld (COHORT_SIZE), none is drawn.
      expect(c.rankWithheld).toBe(40)
      expect(c.rankRisers).toEqual([])
      expect(c.rankFallers).toEqual([])
    })

    it('names the largest rank moves of a year of the same size', async () => {
      const all = (await json(`/api/rankings?${COHORT}&year=2024`, RankingSchema)).items
      const s = await json(`/api/rankings/summary?${COHORT}&year=2024&ends=4`, RankingSummarySchema)
      const c = s.changes!
      expect(c).toMatchObject({ previousYear: 2023, rankWithheld: 0, notComparable: 0 })
      expect(c.noPrevious.count).toBe(0)
      const order = (sign: number) =>
        [...all]
          .sort(
            (a, b) =>
              sign * (a.rankChange! - b.rankChange!) ||
              a.computedRank - b.computedRank ||
              byCode(a, b),
          )
          .slice(0, 4)
      expect(all.every((e) => e.rankChange !== null)).toBe(true)
      expect(c.rankRisers).toEqual(order(-1))
      expect(c.rankFallers).toEqual(order(1))
    })

    it('gives the focused units in rank order and lists the codes it does not hold', async () => {
      const all = (await full()).items
      const focus = [communeCode(40), communeCode(3).toLowerCase(), 'NOWHERE', communeCode(3)]
      const s = await json(
        `/api/rankings/summary?${COHORT}&year=2023&focus=${focus.join(',')}`,
        RankingSummarySchema,
      )
      const wanted = all.filter((i) => [communeCode(40), communeCode(3)].includes(i.unit.code))
      expect(s.focus).toEqual(wanted)
      expect(s.missingFocus).toEqual(['NOWHERE'])
      // A unit new in 2023 is not in 2022's cohort-year.
      const before = await json(
        `/api/rankings/summary?${COHORT}&year=2022&focus=${communeCode(40)}`,
        RankingSummarySchema,
      )
      expect(before).toMatchObject({ focus: [], missingFocus: [communeCode(40)], changes: null })
    })

    it('defaults to 10 at each end and the latest year', async () => {
      const s = await json(`/api/rankings/summary?${COHORT}`, RankingSummarySchema)
      expect(s.year).toBe(2024)
      expect(s.ends).toBe(10)
      expect(s.top).toHaveLength(10)
      expect(s.bottom).toHaveLength(10)
    })

    it('answers a year nothing ranked, named in the query, with no ranks and no ends', async () => {
      const s = await json(`/api/rankings/summary?${COHORT}&year=2019`, RankingSummarySchema)
      expect(s).toMatchObject({ year: 2019, ranked: 0, averageIndexPct: null, top: [], bottom: [] })
      expect(s.gradeCounts).toEqual([])
    })

    it('refuses ends and focus out of bounds, naming them', async () => {
      const many = Array.from({ length: 21 }, (_, i) => communeCode(i)).join(',')
      for (const [query, field] of [
        ['&ends=0', 'ends'],
        ['&ends=51', 'ends'],
        ['&ends=ten', 'ends'],
        [`&focus=${many}`, 'focus'],
        ['&focus=A;B', 'focus'],
      ] as const) {
        const res = await ctx.app.request(`/api/rankings/summary?${COHORT}${query}`)
        expect(res.status).toBe(400)
        expect((await readJson(res, ApiErrorBodySchema)).error.message).toContain(field)
      }
      const unknown = await ctx.app.request('/api/rankings/summary?parent=NOWHERE&kind=COMMUNE')
      expect(unknown.status).toBe(404)
    })
  })

  describe(`GET /api/rankings/history limited (${dialect})`, () => {
    const ctx = useTestApp(dialect, insertLargeCohort)
    const history = async (query: string) => {
      const res = await ctx.app.request(`/api/rankings/history?${COHORT}${query}`)
      expect(res.status).toBe(200)
      return await readJson(res, RankHistorySchema)
    }

    it('gives every unit without units or ends', async () => {
      const h = await history('')
      expect(h.years).toEqual([2022, 2023, 2024])
      expect(h.units).toHaveLength(COMMUNES)
      expect(h).toMatchObject({ unitCount: COMMUNES, missingUnits: [] })
    })

    it('gives the top and bottom N of the year and the units asked for, and names the unknown', async () => {
      const all = (await history('&year=2023')).units
      const ranking = (
        await readJson(await ctx.app.request(`/api/rankings?${COHORT}&year=2023`), RankingSchema)
      ).items
      const h = await history(`&year=2023&ends=3&units=${communeCode(20).toLowerCase()},NOWHERE`)
      const wanted = new Set([
        ...codes(ranking.slice(0, 3)),
        ...codes(ranking.slice(-3)),
        communeCode(20),
      ])
      expect(h.units.map((u) => u.unit.code).sort()).toEqual([...wanted].sort())
      expect(h.units).toEqual(all.filter((u) => wanted.has(u.unit.code)))
      expect(h).toMatchObject({ unitCount: COMMUNES, missingUnits: ['NOWHERE'] })
      const only = await history('&units=NOWHERE')
      expect(only).toMatchObject({ units: [], missingUnits: ['NOWHERE'] })
    })

    it('refuses too many units or ends out of bounds', async () => {
      const many = Array.from({ length: 201 }, (_, i) => `U${i}`).join(',')
      for (const query of [`&units=${many}`, '&ends=0', '&ends=99']) {
        const res = await ctx.app.request(`/api/rankings/history?${COHORT}${query}`)
        expect(res.status).toBe(400)
      }
    })
  })
}

for (const dialect of TEST_DIALECTS) {
  describe(`focus codes in any case (${dialect})`, () => {
    const MIXED = `${DISTRICT}.Xa-Moi`
    const ctx = useTestApp(dialect, async (db) => {
      await insertLargeCohort(db)
      await insertUnits(db, [
        { code: MIXED, name: 'Xã Mới', kind: 'COMMUNE', parentCode: DISTRICT },
      ])
      await insertAssessments(db, [{ unitCode: MIXED, year: 2024, points: 61, grade: 'POOR' }])
      await refreshCohortRanks(db, { parents: 'all', scopes: RANK_SCOPES })
    })

    it('finds a code stored in mixed case, asked as the API gives it or in any other case', async () => {
      for (const asked of [MIXED, MIXED.toUpperCase(), MIXED.toLowerCase()]) {
        const res = await ctx.app.request(
          `/api/rankings/summary?${COHORT}&year=2024&focus=${encodeURIComponent(asked)},${communeCode(3).toLowerCase()}`,
        )
        const s = await readJson(res, RankingSummarySchema)
        expect(s.focus.map((f) => f.unit.code).sort(), asked).toEqual(
          [MIXED, communeCode(3)].sort(),
        )
        expect(s.missingFocus).toEqual([])
      }
    })
  })
}
