import { describe, expect, it } from 'vitest'
import { cohortCountSums, withoutEmptyCounts } from './award-columns.ts'

const columns = ['name', 'total', 'collective', 'individual', 'household', 'given', 'received'].map(
  (key) => ({ key }),
)

describe('the awards tables’ count columns', () => {
  it('leave out a count that is 0 for every unit of the cohort (households among districts)', () => {
    const sums = cohortCountSums({
      totals: { collective: 218, individual: 351, household: 0 },
      byAwardAndRecipient: [
        { direction: 'GIVEN', count: 569 },
        { direction: 'RECEIVED', count: 3 },
      ],
    })
    expect(sums).toEqual({
      collective: 218,
      individual: 351,
      household: 0,
      given: 569,
      received: 3,
    })
    expect(withoutEmptyCounts(columns, sums).map((c) => c.key)).toEqual([
      'name',
      'total',
      'collective',
      'individual',
      'given',
      'received',
    ])
  })

  it('keep every count some unit has, and never the unit or the total', () => {
    const sums = cohortCountSums({
      totals: { collective: 58, individual: 0, household: 3030 },
      byAwardAndRecipient: [{ direction: 'GIVEN', count: 3088 }],
    })
    expect(withoutEmptyCounts(columns, sums).map((c) => c.key)).toEqual([
      'name',
      'total',
      'collective',
      'household',
      'given',
    ])
  })
})
