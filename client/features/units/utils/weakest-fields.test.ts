import { describe, expect, it } from 'vitest'
import { weakestFields } from './weakest-fields.ts'

const field = (code: string, points: number, maxPoints: number | null) => ({
  code,
  points,
  maxPoints,
  cohortBest: null,
  cohortAverage: null,
})

describe('weakestFields', () => {
  it('orders fields by the share of their maximum, not by points lost', () => {
    const fields = [
      field('TC', 6, 8), // 75 %: 2 points lost
      field('TD', 23.64, 30), // 78.8 %: 6.36 points lost
      field('CQS', 10.61, 14), // 75.8 %
      field('CT', 9.5, 10), // 95 %
    ]
    expect(weakestFields(fields).map((f) => [f.code, Math.round(f.share * 1000) / 10])).toEqual([
      ['TC', 75],
      ['CQS', 75.8],
      ['TD', 78.8],
    ])
  })

  it('leaves out fields that do not apply', () => {
    expect(weakestFields([field('A', 0, 0), field('B', 1, null), field('C', 1, 2)])).toEqual([
      { code: 'C', points: 1, maxPoints: 2, share: 0.5 },
    ])
  })
})
