import { describe, expect, it } from 'vitest'
import { namesThatFit } from './names-that-fit.ts'

describe('namesThatFit', () => {
  const at = (y: number, mark: Partial<{ strong: boolean; focused: boolean }> = {}) => ({
    y,
    strong: false,
    focused: false,
    ...mark,
  })
  it('keeps the reader’s name, then the ends of the order, in the order given', () => {
    const points = [at(10), at(20), at(30, { focused: true }), at(40), at(50)]
    expect(namesThatFit(points, 3).map((p) => p.y)).toEqual([10, 30, 50])
    expect(namesThatFit(points, 9)).toHaveLength(5)
  })
})
