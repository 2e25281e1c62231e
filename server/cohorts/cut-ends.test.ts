import { describe, expect, it } from 'vitest'
import { cutEnds } from './cut-ends.ts'

type Item = { value: number; name: string }

/** Deterministic items with many ties (few values, names in any order). */
function items(count: number, values: number, seed: number): Item[] {
  let state = seed
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648)
  return Array.from({ length: count }, (_, i) => ({
    value: next() % values,
    name: `Xã ${next() % 1000} ${i}`,
  }))
}

const rank = (a: Item, b: Item) => b.value - a.value
const byName = (a: Item, b: Item) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

describe('cutEnds', () => {
  it('cuts the same ends as a full sort, whatever the ties and sizes', () => {
    for (const [count, values, ends] of [
      [0, 3, 5],
      [3, 1, 5],
      [10, 1, 3],
      [50, 4, 10],
      [200, 7, 20],
      [1000, 150, 50],
      [20, 20, 20],
    ] as const) {
      const list = items(count, values, count + values)
      const sorted = [...list].sort((a, b) => rank(a, b) || byName(a, b))
      expect(cutEnds(list, ends, rank, byName)).toEqual({
        top: sorted.slice(0, ends),
        bottom: sorted.slice(Math.max(0, sorted.length - ends)),
      })
    }
  })

  it('cuts nothing for no ends', () => {
    expect(cutEnds(items(10, 2, 1), 0, rank, byName)).toEqual({ top: [], bottom: [] })
  })
})
