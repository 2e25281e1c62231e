import { describe, expect, it } from 'vitest'
import { cohortYearEnds, type EndsRow } from './cohort-year-ends.ts'

const row = (
  unit_code: string,
  rank: number,
  delta_pct: number | null,
  rank_change: number | null,
  not_comparable: EndsRow['not_comparable'] = null,
): EndsRow => ({ unit_code, rank, delta_pct, rank_change, not_comparable })

describe('cohortYearEnds', () => {
  const rows = [
    row('E', 3, -2, -1),
    row('A', 1, 5, 2),
    row('B', 1, 5, 0),
    row('D', 4, null, null),
    row('C', 3, 0, null, 'COHORT_SIZE'),
    row('F', 6, null, null, 'LINEAGE'),
    row('G', 5, null, null, 'LINEAGE'),
  ]

  it('cuts the top and bottom by rank, ties by code', () => {
    const { lists } = cohortYearEnds(rows, 2, ['LINEAGE', 'SCHEME', 'COHORT'])
    expect(lists.top).toEqual(['A', 'B'])
    expect(lists.bottom).toEqual(['G', 'F'])
  })

  it('orders movers by their value, ties by rank then code, and leaves out units without one', () => {
    const { lists } = cohortYearEnds(rows, 3, [])
    expect(lists.risers).toEqual(['A', 'B', 'C'])
    expect(lists.fallers).toEqual(['E', 'C', 'A'])
    expect(lists.rankRisers).toEqual(['A', 'B', 'E'])
    expect(lists.rankFallers).toEqual(['E', 'B', 'A'])
  })

  it('names the first units new to the cohort and of each withheld reason, in rank order', () => {
    const cut = cohortYearEnds(rows, 1, ['LINEAGE', 'SCHEME'])
    expect(cut.noPrevious).toEqual(['D'])
    expect(cut.withheld).toEqual([['G'], []])
  })
})
