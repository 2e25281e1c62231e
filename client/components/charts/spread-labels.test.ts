import { describe, expect, it } from 'vitest'
import { spreadLabels } from './spread-labels.ts'

const sortedGaps = (ys: number[]) =>
  [...ys]
    .sort((a, b) => a - b)
    .slice(1)
    .map((y, i) => y - ([...ys].sort((a, b) => a - b)[i] ?? 0))

describe('spreadLabels', () => {
  it('leaves labels that clear each other level with their points', () => {
    expect(spreadLabels([40, 200, 120], 20, 0, 400)).toEqual([40, 200, 120])
  })

  it('sets crowded labels a line apart, centred on their points, in their order', () => {
    // Ranks 1 to 4 of 63 at the last year: points 7 px apart, names 25 px tall.
    const points = [12, 19, 26, 33, 110, 150]
    const ys = spreadLabels(points, 25, 0, 500)
    for (const gap of sortedGaps(ys)) expect(gap).toBeGreaterThanOrEqual(25 - 1e-9)
    // Order down the chart is kept.
    expect([...ys].sort((a, b) => a - b)).toEqual(ys)
    // The block of four is centred on its points' middle, clamped at the top.
    expect(ys.slice(0, 4)).toEqual([0, 25, 50, 75])
    // The labels below clear the block and stay level with their points.
    expect(ys[4]).toBe(110)
    expect(ys[5]).toBe(150)
  })

  it('keeps every label within the bounds, pushing a block up from the bottom', () => {
    const ys = spreadLabels([390, 395, 398, 399], 20, 0, 400)
    expect(Math.max(...ys)).toBeLessThanOrEqual(400)
    for (const gap of sortedGaps(ys)) expect(gap).toBeGreaterThanOrEqual(20 - 1e-9)
  })

  it('keeps the input order for labels at the same point', () => {
    expect(spreadLabels([100, 100], 20, 0, 400)).toEqual([90, 110])
  })
})
