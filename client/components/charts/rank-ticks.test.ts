import { describe, expect, it } from 'vitest'
import { rankTicks, rankTicksEvery } from './rank-ticks.ts'

/** Whether the marks between the first and the last are every multiple of one step. */
function evenBetween(ticks: readonly number[]): boolean {
  const inner = ticks.slice(1, -1)
  if (inner.length < 2) return true
  const step = (inner[1] ?? 0) - (inner[0] ?? 0)
  return inner.every((t, i) => t === (inner[0] ?? 0) + i * step && t % step === 0)
}

describe('rankTicks', () => {
  it('marks 1st, the last place and round steps between', () => {
    expect(rankTicks(15)).toEqual([1, 5, 10, 15])
    expect(rankTicks(16)).toEqual([1, 5, 10, 16])
    expect(rankTicks(34)).toEqual([1, 10, 20, 34])
    expect(rankTicks(63)).toEqual([1, 20, 40, 63])
    expect(rankTicks(5)).toEqual([1, 2, 3, 4, 5])
    expect(rankTicks(2)).toEqual([1, 2])
    expect(rankTicks(1)).toEqual([1])
  })

  it('takes a longer step where the labels of a shorter one do not fit', () => {
    expect(rankTicks(100, (marks) => marks.length <= 4)).toEqual([1, 50, 100])
    // 15 places over 60 px; labels a 14 px line, 5 px apart: 1 and 5 are 17 px apart, 10 and
    // 15 21 px.
    const clear = (marks: readonly number[]) =>
      marks.every((m, i) => i === 0 || ((m - (marks[i - 1] ?? 0)) * 60) / 14 >= 19)
    expect(rankTicks(15, clear)).toEqual([1, 10, 15])
    expect(rankTicks(34, () => true)).toEqual([1, 10, 20, 30, 34])
    expect(rankTicks(15, () => false)).toEqual([1, 15])
  })

  it('keeps every cohort size to six marks, from 1 to the last place, evenly between', () => {
    for (let total = 2; total <= 12_000; total += total < 200 ? 1 : 37) {
      const ticks = rankTicks(total)
      expect(ticks[0]).toBe(1)
      expect(ticks.at(-1)).toBe(total)
      expect(ticks.length).toBeLessThanOrEqual(6)
      expect(evenBetween(ticks)).toBe(true)
      expect([...ticks].sort((a, b) => a - b)).toEqual(ticks)
      expect(new Set(ticks).size).toBe(ticks.length)
    }
  })
})

describe('rankTicksEvery', () => {
  it("gives the ranking's bump chart every rank, or every 5 or 10 with the last place", () => {
    expect(rankTicksEvery(6, 1)).toEqual([1, 2, 3, 4, 5, 6])
    expect(rankTicksEvery(34, 5)).toEqual([1, 5, 10, 15, 20, 25, 30, 34])
    expect(rankTicksEvery(63, 10)).toEqual([1, 10, 20, 30, 40, 50, 63])
  })
})
