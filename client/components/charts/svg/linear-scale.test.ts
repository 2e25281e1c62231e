import { describe, expect, it } from 'vitest'
import { bands, linearScale } from './linear-scale.ts'

describe('linearScale', () => {
  it('maps the domain onto the range, ends to ends and in proportion between', () => {
    const x = linearScale([0, 100], [140, 292])
    expect(x(0)).toBe(140)
    expect(x(100)).toBe(292)
    expect(x(25)).toBe(178)
  })

  it('runs backwards for a reversed axis (rank 1 at the top)', () => {
    const y = linearScale([1, 120], [58, 346])
    expect(y(1)).toBe(58)
    expect(y(37)).toBeCloseTo(145.126, 3)
    const index = linearScale([0, 100], [346, 58])
    expect(index(100)).toBe(58)
    expect(index(75)).toBe(130)
  })

  it('puts every value in the middle of an empty domain', () => {
    expect(linearScale([5, 5], [0, 10])(5)).toBe(5)
  })
})

describe('bands', () => {
  it('splits the range into equal bands with the tick at each centre', () => {
    const b = bands(15, 4, 461)
    expect(b.size).toBeCloseTo(30.4667, 4)
    expect(b.start(1)).toBeCloseTo(34.4667, 4)
    expect(b.centre(0)).toBeCloseTo(19.2333, 4)
    expect(b.centre(14)).toBeCloseTo(445.7667, 4)
  })

  it('has no size without categories', () => {
    expect(bands(0, 0, 100).size).toBe(0)
  })
})
