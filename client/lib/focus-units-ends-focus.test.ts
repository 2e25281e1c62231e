import { describe, expect, it } from 'vitest'
import { focusFromEnds, withFocusRow } from './focus-units-ends.ts'

type Row = { code: string; name: string; rank: number }
const row = (rank: number): Row => ({ code: `U${rank}`, name: `Unit ${rank}`, rank })
const order = {
  keyOf: (r: Row) => r.code,
  placeOf: (r: Row) => r.rank,
  compare: (a: Row, b: Row) => a.rank - b.rank,
}

describe('withFocusRow', () => {
  const ends = focusFromEnds<Row>({
    head: [1, 2, 3, 4, 5].map(row),
    tail: [96, 97, 98, 99, 100].map(row),
    found: [],
    total: 100,
    matches: 0,
    size: 5,
    ...order,
  })

  it('adds the reader’s unit where it falls in the order, unmarked as a search find', () => {
    const result = withFocusRow(ends, row(50), order)
    expect(result.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 50, 96, 97, 98, 99, 100])
    expect(result.rows.find((r) => r.rank === 50)).toMatchObject({
      position: 50,
      highlighted: false,
    })
  })

  it('leaves the rows as they are when the unit is drawn already or absent', () => {
    expect(withFocusRow(ends, row(3), order).rows).toHaveLength(10)
    expect(withFocusRow(ends, undefined, order)).toBe(ends)
  })
})
