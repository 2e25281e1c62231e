import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { loadSeeds } from './load-seeds.ts'

for (const dialect of TEST_DIALECTS) {
  describe(`loadSeeds (${dialect})`, () => {
    let t: TestDb
    let summary: Record<string, number>
    let elapsed: number
    beforeAll(async () => {
      t = await createTestDb(dialect)
      const started = performance.now()
      summary = await loadSeeds(t.db)
      elapsed = performance.now() - started
    })
    afterAll(() => t.destroy())

    it('loads every demo file', () => {
      expect(summary['units.csv']).toBeGreaterThan(100)
      expect(summary['units-2025.csv']).toBe(53)
      expect(summary['unit-lineage.csv']).toBeGreaterThan(70)
      for (const file of [
        'assessments-tay-ninh.csv',
        'assessments-an-giang-2025.csv',
        'assessments-national.csv',
        'tasks-tay-ninh.csv',
        'awards-tay-ninh.csv',
      ])
        expect(summary[file], file).toBeGreaterThan(0)
      expect(summary['publications.csv']).toBeGreaterThan(0)
      // Standalone the demo loads in ~0.3 s (SQLite) and ~0.5 s (PostgreSQL); the bound leaves room
      // for a busy test machine while still catching a per-row regression.
      expect(elapsed).toBeLessThan(15_000)
    })

    it('holds the seed article facts for Thạnh Hóa', async () => {
      const rows = await t.db
        .selectFrom('assessment')
        .select(['year', 'index_pct', 'published_rank', 'status'])
        .where('unit_code', '=', 'LONG_AN.THANH_HOA')
        .where('year', 'in', [2022, 2023])
        .orderBy('year')
        .execute()
      expect(rows).toEqual([
        { year: 2022, index_pct: 74.75, published_rank: 12, status: 'PUBLISHED' },
        { year: 2023, index_pct: 80.1, published_rank: 5, status: 'PUBLISHED' },
      ])
    })

    it('holds Long Xuyên 2022: 59 tasks, all done, and 10 + 8 Giấy khen', async () => {
      const tasks = await t.db
        .selectFrom('task_result')
        .select((eb) => [
          eb.fn.sum<number>('done_on_time').as('onTime'),
          eb.fn
            .sum<number>(
              eb(
                'done_on_time',
                '+',
                eb(
                  'done_late',
                  '+',
                  eb(
                    'in_progress',
                    '+',
                    eb('overdue', '+', eb('not_started', '+', eb.ref('cancelled'))),
                  ),
                ),
              ),
            )
            .as('planned'),
          eb.fn.count<number>('field_code').distinct().as('fields'),
        ])
        .where('unit_code', '=', 'AN_GIANG.LONG_XUYEN')
        .where('year', '=', 2022)
        .executeTakeFirstOrThrow()
      expect([Number(tasks.planned), Number(tasks.onTime), Number(tasks.fields)]).toEqual([
        59, 59, 6,
      ])
      const awards = await t.db
        .selectFrom('award_grant')
        .select(['recipient_type', 'count', 'issuer_level', 'reason'])
        .where('unit_code', '=', 'AN_GIANG.LONG_XUYEN')
        .where('year', '=', 2022)
        .where('award_code', '=', 'MERIT_CERTIFICATE')
        .orderBy('recipient_type')
        .execute()
      expect(awards).toEqual([
        { recipient_type: 'COLLECTIVE', count: 10, issuer_level: 'DISTRICT', reason: 'PAR' },
        { recipient_type: 'INDIVIDUAL', count: 8, issuer_level: 'DISTRICT', reason: 'PAR' },
      ])
    })

    it('holds the old map and the new one: a commune that moves keeps its code and its past', async () => {
      const placements = await t.db
        .selectFrom('unit_placement')
        .select(['valid_from', 'valid_to', 'parent_code', 'title'])
        .where('unit_code', '=', 'AN_GIANG.LONG_XUYEN.MY_HOA_HUNG')
        .orderBy('valid_from')
        .execute()
      expect(placements.map((p) => [p.parent_code, p.valid_to, p.title])).toEqual([
        ['AN_GIANG.LONG_XUYEN', '2025-06-30', 'XA'],
        ['AN_GIANG', null, 'XA'],
      ])
      expect(placements[1]?.valid_from).toBe('2025-07-01')
      const units = await t.db
        .selectFrom('unit')
        .select(['code', 'valid_from', 'valid_to'])
        .where('code', 'in', ['LONG_AN', 'LONG_AN.THANH_HOA', '27865', 'TAY_NINH'])
        .orderBy('code')
        .execute()
      expect(units).toEqual([
        { code: '27865', valid_from: '2025-07-01', valid_to: null },
        { code: 'LONG_AN', valid_from: null, valid_to: '2025-06-30' },
        { code: 'LONG_AN.THANH_HOA', valid_from: null, valid_to: '2025-06-30' },
        { code: 'TAY_NINH', valid_from: null, valid_to: null },
      ])
      const lineage = await t.db
        .selectFrom('unit_lineage')
        .select(['event', 'from_code', 'to_code', 'effective_date'])
        .where('to_code', 'in', ['TAY_NINH', '27865'])
        .orderBy('from_code')
        .execute()
      expect(lineage).toEqual([
        { event: 'MERGE', from_code: 'LONG_AN', to_code: 'TAY_NINH', effective_date: '2025-07-01' },
        ...['THANH_AN', 'THANH_HOA', 'THUY_TAY'].map((s) => ({
          event: 'MERGE',
          from_code: `LONG_AN.THANH_HOA.${s}`,
          to_code: '27865',
          effective_date: '2025-07-01',
        })),
      ])
    })

    it('ranks 2025 in published blocks with their published sizes', async () => {
      const blocks = await t.db
        .selectFrom('assessment')
        .select((eb) => [
          'cohort_parent_code',
          'cohort_block',
          'published_cohort_size',
          'status',
          eb.fn.countAll<number>().as('loaded'),
        ])
        .where('year', '=', 2025)
        .groupBy(['cohort_parent_code', 'cohort_block', 'published_cohort_size', 'status'])
        .orderBy('cohort_parent_code')
        .orderBy('cohort_block')
        .execute()
      expect(
        blocks.map((b) => [
          b.cohort_parent_code,
          b.cohort_block,
          b.published_cohort_size,
          Number(b.loaded),
          b.status,
        ]),
      ).toEqual([
        ['AN_GIANG', 'Phường', 14, 8, 'PUBLISHED'],
        ['AN_GIANG', 'Sở, ban, ngành', 17, 6, 'PUBLISHED'],
        ['AN_GIANG', 'Xã, đặc khu', 88, 13, 'PUBLISHED'],
        ['TAY_NINH', 'Phường', 14, 14, 'PUBLISHED'],
        ['TAY_NINH', 'Sở, ban, ngành', 15, 13, 'PUBLISHED'],
        ['TAY_NINH', 'Xã', 82, 18, 'PUBLISHED'],
        ['VN', '', 34, 6, 'PUBLISHED'],
      ])
    })

    it('holds the published facts: Tây Ninh 2023 as decided, the national index as announced', async () => {
      const vp = await t.db
        .selectFrom('assessment')
        .select(['max_points', 'points', 'index_pct', 'decision_no'])
        .where('unit_code', '=', 'TAY_NINH.VP_UBND')
        .where('year', '=', 2023)
        .executeTakeFirstOrThrow()
      expect(vp).toEqual({
        max_points: 71.5,
        points: 69.25,
        index_pct: 96.85,
        decision_no: '2729/QĐ-UBND',
      })
      const haiPhong = await t.db
        .selectFrom('assessment')
        .select([
          'year',
          'max_points',
          'points',
          'index_pct',
          'published_rank',
          'published_cohort_size',
          'cohort_parent_code',
        ])
        .where('unit_code', '=', 'HAI_PHONG')
        .where('year', 'in', [2023, 2024])
        .orderBy('year')
        .execute()
      expect(haiPhong).toEqual([
        {
          year: 2023,
          max_points: null,
          points: null,
          index_pct: 91.81,
          published_rank: 2,
          published_cohort_size: 63,
          cohort_parent_code: 'VN',
        },
        {
          year: 2024,
          max_points: null,
          points: null,
          index_pct: 96.17,
          published_rank: 1,
          published_cohort_size: 63,
          cohort_parent_code: 'VN',
        },
      ])
    })

    it('has no district issuing anything after the district level ended', async () => {
      const late = await t.db
        .selectFrom('award_grant')
        .select(['unit_code', 'decision_date'])
        .where('issuer_level', '=', 'DISTRICT')
        .where('decision_date', '>=', '2025-07-01')
        .execute()
      expect(late).toEqual([])
      const present = await t.db
        .selectFrom('award_grant')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('year', '=', 2025)
        .executeTakeFirstOrThrow()
      expect(Number(present.n)).toBeGreaterThan(0)
    })

    it('is idempotent: a second load writes nothing', async () => {
      const again = await loadSeeds(t.db)
      expect(Object.values(again).every((n) => n === 0)).toBe(true)
    })
  })
}
