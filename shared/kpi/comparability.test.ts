import { describe, expect, it } from 'vitest'
import { isRankOnly, NO_BREAKS, withoutRankMove, yearOverYear } from './comparability.ts'

const now = { indexPct: 80.1, rank: 5, total: 15 }
const before = { indexPct: 74.75, rank: 12, total: 15 }

describe('yearOverYear', () => {
  it.each([
    ['same unit, same cohort (the seed article)', before, NO_BREAKS, 5.35, 7, null],
    ['no previous year', null, NO_BREAKS, null, null, null],
    ['a lineage event', before, { ...NO_BREAKS, lineage: true }, null, null, 'LINEAGE'],
    [
      'a lineage event, no previous year',
      null,
      { ...NO_BREAKS, lineage: true },
      null,
      null,
      'LINEAGE',
    ],
    ['another scheme', before, { ...NO_BREAKS, schemeChanged: true }, null, null, 'SCHEME'],
    ['ranked elsewhere last year', null, { ...NO_BREAKS, otherCohort: true }, null, null, 'COHORT'],
    ['a cohort of another size', { ...before, total: 63 }, NO_BREAKS, 5.35, null, 'COHORT_SIZE'],
  ] as const)('%s', (_, previous, breaks, delta, move, reason) => {
    const change = yearOverYear(now, previous, breaks)
    expect(change.deltaPct).toBe(delta)
    expect(change.rankChange).toBe(move)
    expect(change.notComparable?.reason ?? null).toBe(reason)
    expect(change.notComparable?.rankOnly ?? false).toBe(reason === 'COHORT_SIZE')
  })
})

describe('withoutRankMove', () => {
  it.each([
    ['the same size', before, NO_BREAKS, 5.35, 'AMONG_LOADED'],
    // 1st of the two loaded against 12th of fifteen: the size differs too, the loaded rank is why.
    ['another size', { ...before, total: 2, rank: 1 }, NO_BREAKS, 5.35, 'AMONG_LOADED'],
    [
      'a lineage event (the whole change withheld)',
      before,
      { ...NO_BREAKS, lineage: true },
      null,
      'LINEAGE',
    ],
    ['no previous year', null, NO_BREAKS, null, null],
  ] as const)('a rank among the units loaded, %s', (_, previous, breaks, delta, reason) => {
    const change = withoutRankMove(yearOverYear(now, previous, breaks), true)
    expect(change.deltaPct).toBe(delta)
    expect(change.rankChange).toBeNull()
    expect(change.notComparable?.reason ?? null).toBe(reason)
    expect(change.notComparable?.rankOnly ?? false).toBe(isRankOnly(reason))
  })

  it('leaves a change between two cohort ranks as it is', () => {
    const change = yearOverYear(now, before, NO_BREAKS)
    expect(withoutRankMove(change, false)).toBe(change)
  })
})
