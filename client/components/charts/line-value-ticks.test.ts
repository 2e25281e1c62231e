import { describe, expect, it } from 'vitest'
import { lineValueTicks } from './line-value-ticks.ts'

describe('lineValueTicks', () => {
  it('marks the values in round steps, as every bar chart does (not 88.2, 89.1, 90 …)', () => {
    expect(lineValueTicks([91.8, 88.2, 90.4, null])).toEqual([88, 89, 90, 91, 92])
  })

  it('steps by a tenth at the least, which two decimals write exactly', () => {
    expect(lineValueTicks([88.22, 88.25])).toEqual([88, 88.1, 88.2, 88.3, 88.4, 88.5])
    expect(lineValueTicks([75, 75])).toEqual([74.8, 74.9, 75, 75.1, 75.2])
  })

  it('follows a domain given, and gives none without a value', () => {
    expect(lineValueTicks([50], [0, 100])).toEqual([0, 20, 40, 60, 80, 100])
    expect(lineValueTicks([null, null])).toBeUndefined()
  })
})
