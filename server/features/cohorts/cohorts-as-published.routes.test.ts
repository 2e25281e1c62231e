// Cohorts as published (ADR 014), end to end through the real imports and the API: a province's
// wards ranked apart from its communes (blocks), a province ranking all its communes across
// districts, a national table of percentages loaded partly with its published ranks and sizes,
// codes as organisations write them — on SQLite and PostgreSQL.
import type { Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { Database } from '../../db/schema.ts'
import { TEST_DIALECTS } from '../../test/create-test-db.ts'
import { useTestApp } from '../../test/use-test-app.ts'
import { insertUserSession } from '../../test/insert-fixtures.ts'
import { csv, importFile } from '../imports/__fixtures__/fixture-db.ts'
import { readJson } from '#server/test/read-json.ts'
import { ApiErrorBodySchema } from '#shared/errors.ts'
import { CohortListSchema } from '#shared/dto/cohort.ts'
import { RankingSchema } from '#shared/dto/ranking.ts'
import { UnitSummarySchema } from '#shared/dto/summary.ts'

async function loadPublishedTables(db: Kysely<Database>) {
  await importFile(
    db,
    'units',
    csv(
      'code,name,kind,parent_code,title,valid_from,valid_to',
      'VN,Việt Nam,COUNTRY,,,,',
      // Official numeric codes, a province with no parent (the country's).
      '80,Tỉnh Tây Ninh,PROVINCE,,TINH,,',
      '72,Tỉnh Tây Ninh (cũ),PROVINCE,,TINH,,2025-06-30',
      'tn-d1,Huyện Một,DISTRICT,80,HUYEN,2019,2025-06-30',
      'tn-d2,Huyện Hai,DISTRICT,80,HUYEN,2019,2025-06-30',
      'TN.C1,Xã Một,COMMUNE,tn-d1,XA,2019,2025-06-30',
      'TN.C2,Xã Hai,COMMUNE,TN-D1,XA,2019,2025-06-30',
      'TN.C3,Xã Ba,COMMUNE,tn-d2,XA,2019,2025-06-30',
      '27001,Phường 1,COMMUNE,80,PHUONG,2025-07-01,',
      '27002,Phường Tân Ninh,COMMUNE,80,PHUONG,2025-07-01,',
      '27100,Xã Mỹ Hạnh,COMMUNE,80,XA,2025-07-01,',
      '27101,Đặc khu Thử,COMMUNE,80,DAC_KHU,2025-07-01,',
      // Ministries belong to the country like provinces, and are ranked apart from them.
      'BTP,Bộ Tư pháp,MINISTRY,,BO,,',
      'BNV,Bộ Nội vụ,MINISTRY,,BO,,',
    ),
  )
  // 2023: the province ranked all its communes across districts in one table.
  await importFile(
    db,
    'assessments',
    csv(
      'unit_code,year,points,max_points',
      'TN.C1,2023,81,100',
      'tn.c2,2023,79,100',
      'TN.C3,2023,85,100',
    ),
    { parentCode: '80' },
  )
  // 2025: wards apart from communes with special zones, each block with its published size.
  await importFile(
    db,
    'assessments',
    csv(
      'Mã đơn vị;Năm;Khối;Chỉ số;Xếp hạng;Số đơn vị',
      '27001;2025;Phường;91,2%;3;14',
      '27002;2025;Phường;92,5%;1;14',
      '27100;2025;Xã, đặc khu;88%;27;82',
      '27101;2025;Xã, đặc khu;95%;2;82',
    ),
  )
  // The national index of 2025, four of the 34 provinces loaded.
  await importFile(
    db,
    'assessments',
    csv(
      'Mã đơn vị;Năm;Chỉ số;Xếp hạng;Số đơn vị',
      '80;2025;88,5%;10;34',
      'BTP;2025;90,1%;3;17',
      'BNV;2025;92,3%;1;17',
    ),
  )
}

for (const dialect of TEST_DIALECTS) {
  describe(`cohorts as published (${dialect})`, () => {
    const ctx = useTestApp(dialect, loadPublishedTables)
    const asEditor = async () => ({
      headers: { cookie: await insertUserSession(ctx.t.db, 'EDITOR') },
    })

    it('lists every block of a parent and year as a cohort of its own', async () => {
      const res = await ctx.app.request('/api/cohorts', await asEditor())
      const body = await readJson(res, CohortListSchema)
      const blocks = body.items
        .filter((c) => c.parent.code === '80' && c.kind === 'COMMUNE')
        .map((c) => [c.block, c.years, c.unitCount, c.publishedSize])
      expect(blocks).toEqual([
        [null, [2023], 3, null],
        ['Phường', [2025], 2, 14],
        ['Xã, đặc khu', [2025], 2, 82],
      ])
    })

    it('shows a block’s published ranks of its published size, the computed rank beside', async () => {
      const res = await ctx.app.request(
        `/api/rankings?parent=80&kind=COMMUNE&cohort=${encodeURIComponent('xa, dac khu')}&year=2025`,
        await asEditor(),
      )
      expect(res.status).toBe(200)
      const body = await readJson(res, RankingSchema)
      expect(body).toMatchObject({ block: 'Xã, đặc khu', total: 82, ranked: 2 })
      expect(body.items.map((i) => [i.unit.code, i.rank, i.computedRank, i.points])).toEqual([
        ['27101', 2, 1, null],
        ['27100', 27, 2, null],
      ])
      // A partial table's computed rank is no evidence against the published one.
      expect(body.items.flatMap((i) => i.flags)).toEqual([])
    })

    it('ranks a province’s communes across its districts when the table did', async () => {
      const res = await ctx.app.request(
        '/api/rankings?parent=80&kind=COMMUNE&year=2023',
        await asEditor(),
      )
      const body = await readJson(res, RankingSchema)
      expect(body.items.map((i) => [i.unit.code, i.rank])).toEqual([
        ['TN.C3', 1],
        ['TN.C1', 2],
        ['TN.C2', 3],
      ])
      const district = await ctx.app.request(
        '/api/rankings?parent=TN-D1&kind=COMMUNE&year=2023',
        await asEditor(),
      )
      expect((await readJson(district, RankingSchema)).items).toEqual([])
    })

    it('takes codes in any case and names the unknown block with the ones that exist', async () => {
      const res = await ctx.app.request(
        '/api/rankings?parent=80&kind=COMMUNE&cohort=Khối%20A&year=2025',
        await asEditor(),
      )
      expect(res.status).toBe(404)
      const body = await readJson(res, ApiErrorBodySchema)
      expect(body.error.code).toBe('NOT_FOUND')
      expect(body.error.message).toContain('"Phường"')
      const lower = await ctx.app.request('/api/units/tn.c1/profile', await asEditor())
      expect(lower.status).toBe(200)
    })

    it('keeps a block only a draft made unknown to readers, and never names it', async () => {
      // Nothing here is published: to a reader, 80's communes have no block yet.
      for (const path of [
        '/api/rankings?parent=80&kind=COMMUNE&cohort=Ph%C6%B0%E1%BB%9Dng&year=2025',
        '/api/tasks?parent=80&kind=COMMUNE&cohort=Ph%C6%B0%E1%BB%9Dng&year=2025',
        '/api/awards/summary?parent=80&kind=COMMUNE&cohort=Ph%C6%B0%E1%BB%9Dng&year=2025',
        '/api/rankings?parent=80&kind=COMMUNE&cohort=Kh%E1%BB%91i%20A&year=2025',
      ]) {
        const res = await ctx.app.request(path)
        expect(res.status, path).toBe(404)
        const body = await readJson(res, ApiErrorBodySchema)
        expect(body.error.message, path).not.toContain('Xã, đặc khu')
        expect(body.error.message, path).toContain('it has no blocks')
      }
      const editor = await ctx.app.request(
        '/api/tasks?parent=80&kind=COMMUNE&cohort=Ph%C6%B0%E1%BB%9Dng&year=2025',
        await asEditor(),
      )
      expect(editor.status).toBe(200)
    })

    it('ranks ministries beside the provinces, in a cohort of their own', async () => {
      const res = await ctx.app.request(
        '/api/rankings?parent=vn&kind=MINISTRY&year=2025',
        await asEditor(),
      )
      const body = await readJson(res, RankingSchema)
      expect(body).toMatchObject({ parent: { code: 'VN' }, total: 17, ranked: 2 })
      expect(body.items.map((i) => [i.unit.code, i.rank])).toEqual([
        ['BNV', 1],
        ['BTP', 3],
      ])
      const provinces = await ctx.app.request(
        '/api/rankings?parent=VN&kind=PROVINCE&year=2025',
        await asEditor(),
      )
      expect((await readJson(provinces, RankingSchema)).items.map((i) => i.unit.code)).toEqual([
        '80',
      ])
    })

    it('reads a national index-only table as published: 10th of 34 with one province loaded', async () => {
      const res = await ctx.app.request(
        '/api/units/80/summary?year=2025&lang=vi&pad=false',
        await asEditor(),
      )
      expect(res.status).toBe(200)
      const { text } = await readJson(res, UnitSummarySchema)
      expect(text).toContain('88,50%')
      expect(text).toContain('10/34 tỉnh, thành phố')
    })
  })
}
