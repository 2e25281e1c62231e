import { describe, expect, it } from 'vitest'
import { yearPlaces } from './bump-gaps.ts'

// Five years, Long An's 2019–2023, broken at 2022 (index 3) by a change of method.
const BREAK = 3

describe('yearPlaces', () => {
  it('keeps a laptop’s even steps where the gap already holds the names, the line right of them', () => {
    const { xs, breakXs, named } = yearPlaces(5, [{ index: BREAK, names: 130 }], 980, 16, 16, 12)
    const steps = xs.slice(1).map((x, i) => x - xs[i]!)
    for (const step of steps) expect(step).toBeCloseTo(237)
    expect(named).toEqual(new Set([BREAK]))
    // The names from 2021's points, then the line, then 2022's points, each a clearance apart.
    expect(breakXs[0]).toBeGreaterThanOrEqual(xs[2]! + 130 + 12)
    expect(breakXs[0]).toBeLessThanOrEqual(xs[3]! - 12)
  })

  it('widens an image’s gap for its names, the other years keeping at least half a step', () => {
    // An A4 portrait image's plot: the names (22 px type) are wider than a year's step.
    const width = 620
    const even = (width - 36 - 16) / 4
    const { xs, breakXs, named } = yearPlaces(5, [{ index: BREAK, names: 229 }], width, 36, 16, 22)
    expect(named).toEqual(new Set([BREAK]))
    expect(xs[0]).toBe(36)
    expect(xs.at(-1)).toBeCloseTo(width - 16)
    expect(xs[BREAK]! - xs[BREAK - 1]!).toBeCloseTo(229 + 2 * 22)
    for (const i of [1, 2, 4]) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(even / 2)
    expect(breakXs[0]).toBeCloseTo(xs[BREAK - 1]! + 229 + 22)
  })

  it('names nothing in a phone’s gap, its years evenly stepped and its line midway', () => {
    const { xs, breakXs, named } = yearPlaces(5, [{ index: BREAK, names: 150 }], 220, 16, 16, 12)
    expect(named.size).toBe(0)
    const steps = xs.slice(1).map((x, i) => x - xs[i]!)
    for (const step of steps) expect(step).toBeCloseTo(47)
    expect(breakXs[0]).toBeCloseTo((xs[2]! + xs[3]!) / 2)
  })

  it('settles where every step is a break: two years, or three broken twice, on a phone', () => {
    // A province's 2024 (of 63) and 2025 (of 34): the one step is the break.
    const two = yearPlaces(2, [{ index: 1, names: 180 }], 220, 16, 16, 12)
    expect(two.named.size).toBe(0)
    expect(two.xs).toEqual([16, 204])
    const three = yearPlaces(
      3,
      [
        { index: 1, names: 180 },
        { index: 2, names: 180 },
      ],
      220,
      16,
      16,
      12,
    )
    expect(three.named.size).toBe(0)
    // Where the names have room, a lone step that is a break is widened to hold them.
    const wide = yearPlaces(2, [{ index: 1, names: 100 }], 600, 16, 16, 12)
    expect(wide.named).toEqual(new Set([1]))
  })

  it('leaves a break without names where it was, midway', () => {
    const { xs, breakXs, named } = yearPlaces(3, [{ index: 2, names: 0 }], 300, 0, 0, 12)
    expect(xs).toEqual([0, 150, 300])
    expect(breakXs).toEqual([225])
    expect(named.size).toBe(0)
  })
})
