import { sql, type SqlBool } from 'kysely'
import { describe, expect, it } from 'vitest'
import { compareInOrder } from '#server/cohorts/summary-ends.ts'
import { type CutOrder, type CutRow, firstInOrder } from './cohort-year-cut.ts'

const every = sql<SqlBool>`1 = 1`
const byDeltaDesc: CutOrder = {
  keys: [
    { column: 'delta_pct', dir: 'desc' },
    { column: 'rank', dir: 'asc' },
  ],
  code: 'asc',
  where: every,
}
const byRankDesc: CutOrder = { keys: [{ column: 'rank', dir: 'desc' }], code: 'desc', where: every }

/** Rows with few distinct values, so that most cuts fall inside a run of tied units. */
const rows: CutRow[] = Array.from({ length: 40 }, (_, i) => ({
  unit_code: `U${String((i * 17) % 40).padStart(2, '0')}`,
  rank: 1 + 4 * Math.floor(i / 4),
  delta_pct: [1.5, -2, 0, 1.5, 3][i % 5]!,
  rank_change: null,
}))

/**
 * What a database whose collation orders codes unlike JavaScript reads: the numeric keys in
 * order, the codes of tied units backwards; the first `n + 1`, and every row tied with the n-th.
 */
function readAsDatabase(order: CutOrder, n: number) {
  const keysOnly: CutOrder = { ...order, code: order.code === 'asc' ? 'desc' : 'asc' }
  const ordered = [...rows].sort((a, b) => compareInOrder(keysOnly, a, b))
  const read = ordered.slice(0, n + 1)
  const last = read[n - 1]
  const tied = last
    ? rows.filter((r) => order.keys.every(({ column }) => r[column] === last[column]))
    : []
  return { read, tied }
}

describe('firstInOrder', () => {
  for (const [name, order] of [
    ['a mover order', byDeltaDesc],
    ['the rank order backwards', byRankDesc],
  ] as const) {
    it(`cuts ${name} as a full sort does, whatever order the database gave tied codes`, () => {
      const full = [...rows].sort((a, b) => compareInOrder(order, a, b)).map((r) => r.unit_code)
      for (let n = 1; n <= rows.length + 2; n += 1) {
        const { read, tied } = readAsDatabase(order, n)
        expect(firstInOrder(order, n, read, tied)).toEqual(full.slice(0, n))
      }
    })
  }
})
