import { describe, expect, it } from 'vitest'
import { isRankAmongLoaded, rankDenominator } from './rank-denominator.ts'

describe('rankDenominator', () => {
  it('shows a published rank of the published size, however few units are loaded', () => {
    expect(rankDenominator(27, { total: 30, ranked: 5 })).toBe(30)
  })

  it('shows a rank computed among the units loaded of a partial table of the units loaded', () => {
    expect(rankDenominator(null, { total: 34, ranked: 10 })).toBe(10)
    expect(rankDenominator(undefined, { total: 34, ranked: 10 })).toBe(10)
    expect(isRankAmongLoaded(null, { total: 34, ranked: 10 })).toBe(true)
    expect(isRankAmongLoaded(4, { total: 34, ranked: 10 })).toBe(false)
    expect(isRankAmongLoaded(null, { total: 15, ranked: 15 })).toBe(false)
  })

  it('shows any rank of a wholly loaded cohort of its size', () => {
    expect(rankDenominator(null, { total: 15, ranked: 15 })).toBe(15)
    expect(rankDenominator(3, { total: 15, ranked: 15 })).toBe(15)
  })
})
