import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, TEST_DIALECTS, type TestDb } from '../../test/create-test-db.ts'
import { insertCohortScenario } from '../../test/insert-fixtures.ts'
import { findResultYears } from '#server/cohorts/cohort-year-rows.ts'
import { findAwardCounts } from './awards.repository.ts'
import { toAwardEntries } from './awards.mapper.ts'

const cohort = { parentCode: 'LONG_AN', kind: 'DISTRICT', block: '' }

for (const dialect of TEST_DIALECTS) {
  describe(`awards repository (${dialect})`, () => {
    let t: TestDb
    beforeAll(async () => {
      t = await createTestDb(dialect)
      await insertCohortScenario(t.db)
    })
    afterAll(() => t.destroy())

    it('lists the years with grants', async () => {
      expect(await findResultYears(t.db, 'award_grant', cohort)).toEqual([2023])
    })

    it('sums grant counts per unit by recipient, code and issuer', async () => {
      const entries = toAwardEntries(await findAwardCounts(t.db, cohort, 2023), 'DISTRICT').sort(
        (a, b) => a.unit.code.localeCompare(b.unit.code),
      )
      expect(entries).toEqual([
        {
          unit: { code: 'LONG_AN.DUC_HOA', name: 'Huyện Đức Hòa' },
          total: 2,
          collective: 0,
          individual: 2,
          household: 0,
          byCode: { PROVINCE_MERIT_CERTIFICATE: 2 },
          byIssuer: { PROVINCE: 2 },
          given: 0,
          received: 2,
          byAwardAndRecipient: [
            {
              awardCode: 'PROVINCE_MERIT_CERTIFICATE',
              recipientType: 'INDIVIDUAL',
              direction: 'RECEIVED',
              count: 2,
            },
          ],
        },
        {
          unit: { code: 'LONG_AN.THANH_HOA', name: 'Huyện Thạnh Hóa' },
          total: 19,
          collective: 11,
          individual: 8,
          household: 0,
          byCode: { PROVINCE_EMULATION_FLAG: 1, MERIT_CERTIFICATE: 18 },
          byIssuer: { PROVINCE: 1, DISTRICT: 18 },
          // The district's own Giấy khen (10 collectives, 8 individuals) apart from the flag
          // the province gave it.
          given: 18,
          received: 1,
          byAwardAndRecipient: [
            {
              awardCode: 'MERIT_CERTIFICATE',
              recipientType: 'COLLECTIVE',
              direction: 'GIVEN',
              count: 10,
            },
            {
              awardCode: 'MERIT_CERTIFICATE',
              recipientType: 'INDIVIDUAL',
              direction: 'GIVEN',
              count: 8,
            },
            {
              awardCode: 'PROVINCE_EMULATION_FLAG',
              recipientType: 'COLLECTIVE',
              direction: 'RECEIVED',
              count: 1,
            },
          ],
        },
      ])
      expect(await findAwardCounts(t.db, cohort, 2022)).toEqual([])
    })
  })
}
