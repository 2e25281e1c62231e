import { describe, expect, it } from 'vitest'
import { focusFromEnds, labelEnds } from './focus-units-ends.ts'
import { filterByName, focusUnits, MAX_HIGHLIGHTS } from './focus-units.ts'

type Row = { code: string; name: string; rank: number }
const cohort = (n: number): Row[] =>
  Array.from({ length: n }, (_, i) => ({ code: `C${i + 1}`, name: `Xã Số ${i + 1}`, rank: i + 1 }))
const base = {
  keyOf: (r: Row) => r.code,
  placeOf: (r: Row) => r.rank,
  compare: (a: Row, b: Row) => a.rank - b.rank,
}

/** What a summary of `ends` would send for a cohort, and what a search for `query` would find. */
function fromServer(rows: Row[], ends: number, size: number, found: Row[] = []) {
  return focusFromEnds({
    ...base,
    head: rows.slice(0, ends),
    tail: rows.slice(-ends),
    found,
    total: rows.length,
    matches: found.length,
    size,
  })
}

describe('focusFromEnds', () => {
  it('draws a small cohort whole, in order, when its ends cover it', () => {
    const rows = cohort(15)
    const result = fromServer(rows, 20, 10)
    expect(result.focused).toBe(false)
    expect(result.rows.map((r) => r.code)).toEqual(rows.map((r) => r.code))
    expect(result.rows.map((r) => r.position)).toEqual(rows.map((r) => r.rank))
  })
  it('agrees with focusUnits over the whole order for a cohort of 40 (ends of 20 each)', () => {
    const rows = cohort(40)
    const local = focusUnits(rows, { nameOf: (r) => r.name, size: 10 })
    expect(fromServer(rows, 20, 10)).toEqual(local)
  })
  it('agrees with focusUnits for 10,600 units, with the units a search found', () => {
    const rows = cohort(10_600)
    const query = 'số 530'
    const local = focusUnits(rows, { nameOf: (r) => r.name, size: 20, query })
    // The server's search (each word at the start of a word, accents optional): every match in
    // the order, the first MAX_HIGHLIGHTS sent.
    const matching = filterByName(rows, query, (r) => r.name)
    const remote = focusFromEnds({
      ...base,
      head: rows.slice(0, 20),
      tail: rows.slice(-20),
      found: matching.slice(0, MAX_HIGHLIGHTS),
      total: rows.length,
      matches: matching.length,
      size: 20,
    })
    expect(remote).toEqual(local)
    expect(remote.focused).toBe(true)
    expect(remote.rows).toHaveLength(40 + MAX_HIGHLIGHTS)
    expect(remote.rows.filter((r) => r.highlighted).map((r) => r.position)).toEqual([
      530, 5300, 5301, 5302, 5303,
    ])
  })
  it('cuts larger ends to the size shown, and marks a found unit at an end without drawing it twice', () => {
    const rows = cohort(300)
    const result = fromServer(rows, 50, 5, [rows[2] as Row])
    expect(result.rows.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 296, 297, 298, 299, 300])
    expect(result.rows.filter((r) => r.highlighted).map((r) => r.code)).toEqual(['C3'])
  })
  it('labels a focused chart’s bars with their places, a found unit without a known place with its star only', () => {
    const rows = cohort(100)
    const result = focusFromEnds({
      ...base,
      placeOf: () => Number.NaN,
      compare: () => 0,
      head: rows.slice(0, 5),
      tail: rows.slice(-5),
      found: [rows[50] as Row],
      total: 100,
      matches: 1,
      size: 5,
    })
    const names = labelEnds(result).map((r) => r.name)
    expect(names[0]).toBe('1. Xã Số 1')
    expect(names).toContain('★ Xã Số 51')
    expect(names).toContain('100. Xã Số 100')
    expect(labelEnds(fromServer(cohort(10), 20, 10)).map((r) => r.name)[0]).toBe('Xã Số 1')
  })
})
