import { describe, expect, it } from 'vitest'
import { NO_BREAKS, yearOverYear } from './comparability.ts'

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
