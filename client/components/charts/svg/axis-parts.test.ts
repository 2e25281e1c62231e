import { describe, expect, it } from 'vitest'
import { spacedMarks } from './axis-parts.tsx'

const at = (mark: number) => mark * 10
const wide = () => 18

describe('spacedMarks', () => {
  it('keeps every mark whose label has room', () => {
    expect(spacedMarks([0, 25, 50, 75, 100], at, wide)).toEqual([0, 25, 50, 75, 100])
  })

  it('walks back from the last mark, leaving out the labels that would run into the one after', () => {
    // 20 px apart, labels 18 px wide with 5 px between: every other one.
    expect(spacedMarks([-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10], (m) => m * 10, wide)).toEqual([
      -10, -6, -2, 2, 6, 10,
    ])
    expect(spacedMarks([1, 2, 3, 4, 5], (m) => m * 20, wide)).toEqual([1, 3, 5])
  })

  it('keeps the first mark when asked, leaving out its neighbours instead', () => {
    // Rank 1 at 0 px, 2 at 24 px: the labels need 23 px; 4 is far enough.
    const rank = new Map([
      [1, 0],
      [2, 22],
      [4, 66],
      [6, 110],
    ])
    const position = (m: number) => rank.get(m) ?? 0
    expect(spacedMarks([1, 2, 4, 6], position, wide)).toEqual([2, 4, 6])
    expect(spacedMarks([1, 2, 4, 6], position, wide, true)).toEqual([1, 4, 6])
  })

  it('has nothing to space out in one mark or none', () => {
    expect(spacedMarks([7], at, wide, true)).toEqual([7])
    expect(spacedMarks([], at, wide, true)).toEqual([])
  })
})
