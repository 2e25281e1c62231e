import { describe, expect, it } from 'vitest'
// recharts' own function, the reference these marks must equal (recharts stays a dependency for
// the charts it still draws).
import { getNiceTickValues } from 'recharts/lib/util/scale/getNiceTickValues'
import { niceTicks } from './nice-ticks.ts'

/** A deterministic spread of extents: small counts, points, percentages, large sums, decimals. */
function* extents(): Generator<[number, number]> {
  let seed = 7
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647
  for (const max of [0, 1, 2, 3, 4, 5, 7, 9, 10, 11, 12.5, 19, 20, 33, 99.5, 100, 101, 250, 1234])
    yield [0, max]
  for (let i = 0; i < 400; i += 1) {
    const scale = 10 ** Math.floor(next() * 6 - 2)
    yield [0, Math.round(next() * 1000 * scale) / 100]
  }
  for (let i = 0; i < 100; i += 1) yield [Math.round(next() * 50), Math.round(50 + next() * 90)]
  // Across zero: an adjustment's negative points beside positive ones.
  for (let i = 0; i < 300; i += 1) {
    const scale = 10 ** Math.floor(next() * 4 - 2)
    yield [-Math.round(next() * 1000) * scale, Math.round(next() * 1000) * scale]
  }
  yield [-0.42, 0.16]
  yield [0.3, 0.3]
  yield [7.25, 7.25]
}

describe('niceTicks', () => {
  it('gives the marks recharts gives for the same extent, with and without decimals', () => {
    for (const [min, max] of extents())
      for (const allowDecimals of [true, false])
        expect([min, max, allowDecimals, niceTicks(min, max, allowDecimals)]).toEqual([
          min,
          max,
          allowDecimals,
          getNiceTickValues([min, max], 5, allowDecimals),
        ])
  })

  it('rounds the last mark up past the data and keeps 0 a mark', () => {
    expect(niceTicks(0, 23)).toEqual([0, 6, 12, 18, 24])
    expect(niceTicks(0, 7, false)).toEqual([0, 2, 4, 6, 8])
    expect(niceTicks(0, 0, false)).toEqual([0, 1, 2, 3, 4])
  })
})
