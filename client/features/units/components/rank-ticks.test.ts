import { describe, expect, it } from 'vitest'
import { rankTicks } from './rank-ticks.ts'

describe('rankTicks', () => {
  it('steps evenly from 1st, a round number of places at a time', () => {
    expect(rankTicks(15)).toEqual([1, 4, 7, 10, 13])
    expect(rankTicks(16)).toEqual([1, 4, 7, 10, 13, 16])
    expect(rankTicks(34)).toEqual([1, 11, 21, 31])
    expect(rankTicks(63)).toEqual([1, 21, 41, 61])
    expect(rankTicks(5)).toEqual([1, 2, 3, 4, 5])
    expect(rankTicks(1)).toEqual([1])
  })

  it('keeps every cohort size to six marks at most, from 1 to within a step of the last place', () => {
    for (let total = 1; total <= 12_000; total += total < 200 ? 1 : 37) {
      const ticks = rankTicks(total)
      expect(ticks[0]).toBe(1)
      expect(ticks.length).toBeLessThanOrEqual(6)
      const step = (ticks[1] ?? 2) - 1
      expect(ticks.every((t, i) => t === 1 + i * step)).toBe(true)
      expect(String(step)).toMatch(/^[1235]0*$/)
      const last = ticks.at(-1) ?? 1
      expect(last).toBeLessThanOrEqual(total)
      expect(total - last).toBeLessThan(step)
    }
  })
})
