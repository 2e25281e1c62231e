import { describe, expect, it } from 'vitest'
import { median, sharePct } from './scorecard.mapper.ts'

describe('scorecard arithmetic', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([70, 50, 90])).toBe(70)
    expect(median([90, 50, 70, 60])).toBe(65)
    expect(median([])).toBeNull()
  })

  it('gives a share of the maximum with two decimals, none without a maximum', () => {
    expect(sharePct(18.09, 22)).toBe(82.23)
    expect(sharePct(23.64, 30)).toBe(78.8)
    expect(sharePct(5, null)).toBeNull()
    expect(sharePct(5, 0)).toBeNull()
  })
})
