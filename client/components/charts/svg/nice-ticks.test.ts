import { describe, expect, it } from 'vitest'
import { niceTicks } from './nice-ticks.ts'

/** A deterministic spread of extents: small counts, points, percentages, large sums, decimals. */
function* extents(): Generator<[number, number]> {
  let seed = 7
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647
  for (const max of [1, 2, 3, 4, 5, 7, 9, 10, 11, 12.5, 19, 20, 33, 99.5, 100, 101, 250, 1234])
    yield [0, max]
  for (let i = 0; i < 400; i += 1) {
    const scale = 10 ** Math.floor(next() * 6 - 2)
    yield [0, Math.max(0.01, Math.round(next() * 1000 * scale) / 100)]
  }
  for (let i = 0; i < 100; i += 1) yield [Math.round(next() * 50), Math.round(51 + next() * 90)]
  // Across zero: an adjustment's negative points beside positive ones.
  for (let i = 0; i < 300; i += 1) {
    const scale = 10 ** Math.floor(next() * 4 - 2)
    yield [-Math.round(1 + next() * 1000) * scale, Math.round(1 + next() * 1000) * scale]
  }
  yield [-0.42, 0.16]
  yield [88.2, 91.8]
}

/** 1, 2, 2.5 or 5 times a power of ten. */
function isRoundStep(step: number): boolean {
  const power = 10 ** Math.floor(Math.log10(step) + 1e-9)
  return [1, 2, 2.5, 5, 10].some((f) => Math.abs(step / power - f) < 1e-9)
}

describe('niceTicks', () => {
  it('steps by 1, 2, 2.5 or 5 times a power of ten, from a mark at or below the data to one at or above it', () => {
    for (const [min, max] of extents())
      for (const allowDecimals of [true, false]) {
        const ticks = niceTicks(min, max, allowDecimals)
        const step = ticks[1]! - ticks[0]!
        const what = JSON.stringify({ min, max, allowDecimals, ticks })
        expect(isRoundStep(step), what).toBe(true)
        expect(ticks[0]! <= min && ticks.at(-1)! >= max, what).toBe(true)
        // Evenly spaced, at most six marks, and never a whole step of room past the data.
        ticks.forEach((t, i) => expect(t - (ticks[0]! + i * step)).toBeCloseTo(0, 9))
        expect(ticks.length, what).toBeLessThanOrEqual(6)
        expect(ticks[0]! > min - step && ticks.at(-1)! < max + step, what).toBe(true)
        if (min <= 0 && max >= 0) expect(ticks, what).toContain(0)
        if (!allowDecimals) expect(ticks.every(Number.isInteger), what).toBe(true)
      }
  })

  it('reads as a reader counts, where adaptive steps gave 0, 9, 18, 27, 36', () => {
    expect(niceTicks(0, 36, false)).toEqual([0, 10, 20, 30, 40])
    expect(niceTicks(0, 23)).toEqual([0, 5, 10, 15, 20, 25])
    expect(niceTicks(0, 101)).toEqual([0, 25, 50, 75, 100, 125])
    expect(niceTicks(88.2, 91.8)).toEqual([88, 89, 90, 91, 92])
    expect(niceTicks(-0.42, 0.16)).toEqual([-0.6, -0.4, -0.2, 0, 0.2])
    expect(niceTicks(0, 7, false)).toEqual([0, 2, 4, 6, 8])
  })

  it('gives marks a step of 1 apart around a single value, and runs backwards when asked', () => {
    expect(niceTicks(0, 0, false)).toEqual([0, 1, 2, 3, 4])
    expect(niceTicks(7.25, 7.25)).toEqual([5, 6, 7, 8, 9])
    expect(niceTicks(0.3, 0.3)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5])
    expect(niceTicks(40, 0, false)).toEqual([40, 30, 20, 10, 0])
  })

  it('gives no marks for an extent that is not a number', () => {
    expect(niceTicks(0, Number.NaN)).toEqual([])
    expect(niceTicks(0, Number.POSITIVE_INFINITY)).toEqual([])
  })
})
