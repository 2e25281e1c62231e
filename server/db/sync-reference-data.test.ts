// The award taxonomy of shared/domain is written into award_type at every start, over a table
// that grants already reference.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AWARD_ISSUER_RULES } from '#shared/domain/award-issuer-rules.ts'
import { AWARD_CODES, AWARD_KINDS } from '#shared/domain/award-kinds.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../test/create-test-db.ts'
import { COUNTRY_AND_PROVINCE, insertAwards, insertUnits } from '../test/insert-fixtures.ts'
import { syncReferenceData } from './sync-reference-data.ts'

const FIRST = AWARD_CODES[0] ?? ''

for (const dialect of TEST_DIALECTS) {
  describe(`syncReferenceData (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await insertUnits(t.db, COUNTRY_AND_PROVINCE)
      await insertAwards(t.db, [
        {
          unitCode: 'LONG_AN',
          year: 2023,
          awardCode: FIRST,
          recipientType: 'COLLECTIVE',
          count: 2,
          issuerLevel: 'PROVINCE',
        },
      ])
    })
    afterAll(() => t.destroy())

    const stored = () =>
      t.db
        .selectFrom('award_type')
        .select(['code', 'name_vi', 'name_en', 'sort_order'])
        .orderBy('sort_order')
        .execute()

    it('writes every award type of shared/domain, in its order, and puts back an edited label', async () => {
      await t.db
        .updateTable('award_type')
        .set({ name_vi: 'Sửa tay', sort_order: 99 })
        .where('code', '=', FIRST)
        .execute()
      await syncReferenceData(t.db)
      const rows = await stored()
      expect(rows.map((r) => ({ ...r, sort_order: Number(r.sort_order) }))).toEqual(
        AWARD_CODES.map((code, i) => ({
          code,
          name_vi: AWARD_KINDS[code].vi,
          name_en: AWARD_KINDS[code].en,
          sort_order: i,
        })),
      )
    })

    const rules = async () =>
      (
        await t.db
          .selectFrom('award_issuer_rule')
          .selectAll()
          .orderBy('award_code')
          .orderBy('valid_from')
          .orderBy('issuer_level')
          .execute()
      ).map((r) => `${r.award_code} ${r.issuer_level} ${r.valid_from}..${r.valid_to ?? ''}`)
    const expected = AWARD_ISSUER_RULES.map(
      (r) => `${r.award} ${r.issuer} ${r.validFrom}..${r.validTo ?? ''}`,
    ).sort()

    it('writes the dated issuer rules and puts back a rule edited, removed or added by hand', async () => {
      expect((await rules()).sort()).toEqual(expected)
      expect(expected).toContain('MERIT_CERTIFICATE DISTRICT 2000-01-01..2025-06-30')
      expect(expected).toContain('CULTURAL_VILLAGE COMMUNE 2025-07-01..')
      expect(expected.filter((r) => /DISTRICT 2025-07-01/.test(r))).toEqual([])
      await t.db
        .updateTable('award_issuer_rule')
        .set({ valid_to: null })
        .where('award_code', '=', 'MERIT_CERTIFICATE')
        .where('issuer_level', '=', 'DISTRICT')
        .execute()
      await t.db
        .deleteFrom('award_issuer_rule')
        .where('award_code', '=', 'CULTURAL_FAMILY')
        .execute()
      await t.db
        .insertInto('award_issuer_rule')
        .values({
          award_code: 'LABOUR_ORDER',
          issuer_level: 'PROVINCE',
          valid_from: '2025-07-01',
          valid_to: null,
        })
        .execute()
      await syncReferenceData(t.db)
      expect((await rules()).sort()).toEqual(expected)
    })

    it('runs again without changing anything and keeps the grants that reference a type', async () => {
      const before = await stored()
      await syncReferenceData(t.db)
      expect(await stored()).toEqual(before)
      const grants = await t.db.selectFrom('award_grant').select(['award_code', 'count']).execute()
      expect(grants.map((g) => ({ ...g, count: Number(g.count) }))).toEqual([
        { award_code: FIRST, count: 2 },
      ])
    })
  })
}
