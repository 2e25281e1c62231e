// Award grants are checked against the issuer rules in force on their decision date (or on
// 31 December of their year): from 1 July 2025 no district issues anything, and the commune
// chair gives what the 2022 law gives communes plus the cultural-village title.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { syncReferenceData } from '#server/db/sync-reference-data.ts'
import { createTestDb, TEST_DIALECTS, type TestDb } from '#server/test/create-test-db.ts'
import { count, csv, importFile, loadBase, rejected } from './__fixtures__/fixture-db.ts'

const HEADER =
  'unit_code,year,award_code,recipient_type,count,issuer_level,decision_no,decision_date,reason'

for (const dialect of TEST_DIALECTS) {
  describe(`award issuer rules by date (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await loadBase(t.db, false)
    })
    afterAll(() => t.destroy())

    it('accepts a district Giấy khen decided before 1 July 2025 and commune titles after it', async () => {
      const result = await importFile(
        t.db,
        'awards',
        csv(
          HEADER,
          'LA.THANH_HOA,2024,MERIT_CERTIFICATE,COLLECTIVE,5,DISTRICT,1/QĐ-UBND,01/03/2025,PAR',
          'LA.THANH_HOA.TT,2024,CULTURAL_FAMILY,HOUSEHOLD,120,COMMUNE,2/QĐ-UBND,2025-08-15,OTHER',
          'LA.THANH_HOA.TT,2024,CULTURAL_VILLAGE,COLLECTIVE,3,COMMUNE,3/QĐ-UBND,2025-08-15,OTHER',
          // No date: checked on 31 December 2024, under the district's rules.
          'LA.THANH_HOA,2024,ADVANCED_COLLECTIVE,COLLECTIVE,2,DISTRICT,4/QĐ-UBND,,EMULATION',
        ),
      )
      expect(result).toMatchObject({ rows: 4, inserted: 4 })
    })

    it('refuses a district Giấy khen decided after 1 July 2025, naming the rule and its period', async () => {
      const before = await count(t.db, 'award_grant')
      const body = await rejected(
        importFile(
          t.db,
          'awards',
          csv(
            HEADER,
            'LA.THANH_HOA,2024,MERIT_CERTIFICATE,COLLECTIVE,5,DISTRICT,9/QĐ-UBND,01/09/2025,PAR',
            'LA.THANH_HOA.TT,2024,CULTURAL_VILLAGE,COLLECTIVE,3,COMMUNE,8/QĐ-UBND,2025-03-15,OTHER',
            // No date in 2025: checked on 31 December 2025.
            'LA,2025,MERIT_CERTIFICATE,COLLECTIVE,1,DISTRICT,,,PAR',
          ),
        ),
      )
      expect(body.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [2, 'issuer_level', 'ISSUER_NOT_ALLOWED'],
        [3, 'issuer_level', 'ISSUER_NOT_ALLOWED'],
        [4, 'issuer_level', 'ISSUER_NOT_ALLOWED'],
      ])
      expect(body.errors[0]?.message).toBe(
        'Giấy khen không do UBND cấp huyện ban hành vào ngày 01/09/2025: ' +
          'quy định áp dụng từ 01/07/2025 chỉ cho UBND cấp xã hoặc Thủ trưởng cơ quan, đơn vị',
      )
      expect(body.errors[1]?.message).toContain(
        'quy định áp dụng 01/01/2000–30/06/2025 chỉ cho UBND cấp huyện',
      )
      expect(body.errors[2]?.message).toContain('vào ngày 31/12/2025')
      expect(await count(t.db, 'award_grant')).toBe(before)
    })

    it('says the same in English', async () => {
      const body = await rejected(
        importFile(
          t.db,
          'awards',
          csv(
            HEADER,
            'LA.THANH_HOA,2024,MERIT_CERTIFICATE,COLLECTIVE,5,DISTRICT,9/QĐ,2025-09-01,PAR',
          ),
          { lang: 'en' },
        ),
      )
      expect(body.errors[0]?.message).toBe(
        'Certificate of commendation cannot be issued by a district on 1 September 2025: ' +
          'the rule in force from 1 July 2025 allows only a commune or an agency head',
      )
    })

    it('checks the rules the database holds; the sync puts the code list back', async () => {
      const late = csv(
        HEADER,
        'LA.THANH_HOA,2024,MERIT_CERTIFICATE,INDIVIDUAL,2,DISTRICT,10/QĐ-UBND,2025-09-01,PAR',
      )
      await t.db
        .updateTable('award_issuer_rule')
        .set({ valid_to: null })
        .where('award_code', '=', 'MERIT_CERTIFICATE')
        .where('issuer_level', '=', 'DISTRICT')
        .execute()
      expect(await importFile(t.db, 'awards', late, { dryRun: true })).toMatchObject({
        inserted: 1,
      })
      await syncReferenceData(t.db)
      await rejected(importFile(t.db, 'awards', late, { dryRun: true }))
    })
  })
}
