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
      expect(summary['units.csv']).toBeGreaterThan(40)
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

    it('is idempotent: a second load writes nothing', async () => {
      const again = await loadSeeds(t.db)
      expect(Object.values(again).every((n) => n === 0)).toBe(true)
    })
  })
}
