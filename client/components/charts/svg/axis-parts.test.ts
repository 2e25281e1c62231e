import { describe, expect, it } from 'vitest'
import { evenlySpacedMarks } from './axis-parts.tsx'

const at = (mark: number) => mark * 10
const wide = () => 18

describe('evenlySpacedMarks', () => {
  it('keeps every mark whose label has room', () => {
    expect(evenlySpacedMarks([0, 25, 50, 75, 100], at, wide)).toEqual([0, 25, 50, 75, 100])
  })

  it('leaves out every other (third …) mark from the first, never one here and there', () => {
    // 20 px apart, labels 18 px wide with 5 px between: every other one.
    expect(
      evenlySpacedMarks([-10, -8, -6, -4, -2, 0, 2, 4, 6, 8, 10], (m) => m * 10, wide),
    ).toEqual([-10, -6, -2, 2, 6, 10])
    expect(evenlySpacedMarks([1, 2, 3, 4, 5], (m) => m * 20, wide)).toEqual([1, 3, 5])
    // The panel that dropped 15 alone (0, 5, 10, 20): 15 and 20 close, 0…10 with room.
    const squeezed = new Map([
      [0, 0],
      [5, 24],
      [10, 48],
      [15, 72],
      [20, 90],
    ])
    expect(evenlySpacedMarks([0, 5, 10, 15, 20], (m) => squeezed.get(m) ?? 0, wide)).toEqual([
      0, 10, 20,
    ])
  })

  it('has nothing to space out in one mark or none', () => {
    expect(evenlySpacedMarks([7], at, wide)).toEqual([7])
    expect(evenlySpacedMarks([], at, wide)).toEqual([])
  })
})
