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
  it('orders fields by the points they lost, not by the share of their maximum', () => {
    // Huyện Thạnh Hóa 2023 (the demo data): the field out of 30 lost the most.
    const fields = [
      field('TC', 6, 8), // 75 %: 2 points lost
      field('TD', 23.64, 30), // 78.8 %: 6.36 points lost
      field('CQS', 10.61, 14), // 75.8 %: 3.39 points lost
      field('CT', 9.5, 10), // 95 %: 0.5 lost
    ]
    expect(weakestFields(fields).map((f) => [f.code, f.lost])).toEqual([
      ['TD', 6.36],
      ['CQS', 3.39],
      ['TC', 2],
    ])
  })

  it('breaks a tie of points lost by the lower share', () => {
    expect(weakestFields([field('A', 8, 10), field('B', 3, 5)]).map((f) => f.code)).toEqual([
      'B',
      'A',
    ])
  })

  it('leaves out fields that do not apply and fields at their maximum', () => {
    expect(
      weakestFields([field('A', 0, 0), field('B', 1, null), field('C', 1, 2), field('D', 5, 5)]),
    ).toEqual([{ code: 'C', points: 1, maxPoints: 2, lost: 1, share: 0.5 }])
  })
})
