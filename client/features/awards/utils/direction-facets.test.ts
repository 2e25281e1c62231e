import { describe, expect, it } from 'vitest'
import { directionFacets, MIN_FACET_SHARE } from './direction-facets.ts'

const width = (f: { from: number; to: number }) => f.to - f.from
const perRecipient = (f: { from: number; to: number; ticks: number[] }) =>
  width(f) / (f.ticks.at(-1) ?? 1)

describe('directionFacets', () => {
  it('draws a recipient as many pixels in both parts', () => {
    const [received, given] = directionFacets({
      left: 100,
      right: 1000,
      gap: 40,
      maxima: [30, 60],
      minWidth: [0, 0],
    })
    expect(received.from).toBe(100)
    expect(given.to).toBe(1000)
    expect(given.from - received.to).toBe(40)
    expect(perRecipient(received)).toBeCloseTo(perRecipient(given), 9)
    expect(received.ticks.at(-1)).toBe(30)
    expect(given.ticks.at(-1)).toBe(60)
  })

  it('gives a part with few awards room by running its axis on, not by stretching its bars', () => {
    // An Giang's districts, 2022: 2 awards at most from above, 67 given by one district.
    const [received, given] = directionFacets({
      left: 0,
      right: 1000,
      gap: 40,
      maxima: [2, 67],
      minWidth: [80, 80],
    })
    expect(width(received)).toBeGreaterThanOrEqual(MIN_FACET_SHARE * 960 - 1e-9)
    expect(received.ticks.at(-1)).toBeGreaterThan(2)
    expect(perRecipient(received)).toBeCloseTo(perRecipient(given), 9)
  })

  it('keeps room for a heading wider than its share', () => {
    const [received] = directionFacets({
      left: 0,
      right: 250,
      gap: 20,
      maxima: [1, 50],
      minWidth: [90, 90],
    })
    expect(width(received)).toBeGreaterThanOrEqual(90)
  })

  it('draws a part no unit has awards in with an axis of its own', () => {
    const [received, given] = directionFacets({
      left: 0,
      right: 500,
      gap: 20,
      maxima: [0, 40],
      minWidth: [0, 0],
    })
    expect(received.ticks[0]).toBe(0)
    expect(width(received)).toBeGreaterThan(0)
    expect(width(given)).toBeGreaterThan(width(received))
  })
})

describe("directionFacets' marks", () => {
  it('steps each part evenly where its labels run into each other, both ends kept', () => {
    // Long An's districts, 2024, on A4: 0–20 from above in a narrow part, 0–80 given.
    const digits = (mark: number) => String(mark).length * 11
    const [received, given] = directionFacets({
      left: 0,
      right: 420,
      gap: 40,
      maxima: [2, 72],
      minWidth: [0, 0],
      tickExtent: digits,
    })
    expect(received.ticks).toEqual([0, 10, 20])
    expect(given.ticks).toEqual([0, 20, 40, 60, 80])
  })
})
