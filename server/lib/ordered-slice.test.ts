// Every window of an order, cut by selection, against the full sort cut: inputs in random order,
// already in order, in reverse, and with long runs tied on the first key (as a band of units at
// 100 % completion is), with the comparisons counted.
import { describe, expect, it } from 'vitest'
import { orderedSlice } from './ordered-slice.ts'

type Item = { value: number; code: string }

/** A deterministic shuffle (a linear congruential generator: the same input every run). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items]
  let state = seed
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    const j = state % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

const byValueThenCode = (a: Item, b: Item) =>
  b.value - a.value || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)

function items(size: number, distinctValues: number): Item[] {
  return Array.from({ length: size }, (_, i) => ({
    value: i % distinctValues,
    code: `U${String((i * 7_919) % 100_003).padStart(6, '0')}`,
  }))
}

/**
 * Values on which every median-of-three pivot is the second smallest of its range (Musser's
 * sequence, for the first, middle and last items as this selection takes them).
 */
function medianOfThreeKiller(size: number): number[] {
  const half = size / 2
  const out = new Array<number>(size)
  for (let i = 1; i <= half; i += 1) {
    if (i % 2 === 1) {
      out[i - 1] = i
      out[i] = half + i
    }
    out[half + i - 1] = 2 * i
  }
  return out
}

describe('orderedSlice', () => {
  it('cuts every window as the full sort does', () => {
    for (const size of [0, 1, 2, 3, 5, 17, 64]) {
      for (const distinct of [1, 3, size || 1]) {
        const base = items(size, distinct)
        const sorted = [...base].sort(byValueThenCode)
        for (const input of [shuffled(base, size + distinct), sorted, [...sorted].reverse()])
          for (let from = -1; from <= size + 1; from += 1)
            for (let to = from; to <= size + 2; to += 1)
              expect(
                orderedSlice(input, byValueThenCode, from, to),
                `${size} ${from}–${to}`,
              ).toEqual(sorted.slice(Math.max(0, from), Math.max(0, to)))
      }
    }
  })

  it('leaves its input as it was', () => {
    const input = shuffled(items(40, 4), 7)
    const copy = [...input]
    orderedSlice(input, byValueThenCode, 10, 20)
    expect(input).toEqual(copy)
  })

  it('costs no more than a few comparisons per item and level on inputs that defeat its pivots', () => {
    // Rising then falling ("organ pipe"), and a median-of-three killer: inputs on which a
    // median-of-three pivot can set aside only a few items per partition.
    const size = 20_000
    const organPipe = Array.from({ length: size }, (_, i) => (i < size / 2 ? i : size - i - 0.5))
    const killer = medianOfThreeKiller(size)
    for (const values of [organPipe, killer]) {
      const input = values.map((value, i) => ({ value, code: `U${i}` }))
      let comparisons = 0
      const counted = (a: Item, b: Item) => {
        comparisons += 1
        return byValueThenCode(a, b)
      }
      const page = orderedSlice(input, counted, size / 2, size / 2 + 50)
      expect(page).toEqual([...input].sort(byValueThenCode).slice(size / 2, size / 2 + 50))
      // Without giving up, the organ pipe cost 75 million comparisons here (0.66 million with).
      expect(comparisons).toBeLessThan(3 * size * Math.log2(size))
    }
  })

  it('compares far fewer times than a full sort for a page of a large tied band', () => {
    // A national first page: 1,147 units tied on the rate, the first 50 by name asked.
    const band = shuffled(items(1_147, 1), 2025)
    let comparisons = 0
    const counted = (a: Item, b: Item) => {
      comparisons += 1
      return byValueThenCode(a, b)
    }
    const page = orderedSlice(band, counted, 0, 50)
    const bySelection = comparisons
    comparisons = 0
    expect(page).toEqual([...band].sort(counted).slice(0, 50))
    expect(bySelection).toBeLessThan(comparisons / 2)
  })
})
