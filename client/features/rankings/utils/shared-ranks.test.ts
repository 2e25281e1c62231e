import { describe, expect, it } from 'vitest'
import { sharedRanks } from './shared-ranks.ts'
import type { BumpSeries } from './to-bump-series.ts'

const series: BumpSeries = {
  rows: [
    { year: 2019, A: 1, B: 2, C: 3, D: 4 },
    // As Long An's 2020 decision published: two units 2nd, none 1st.
    { year: 2020, A: 2, B: 2, C: 3, D: null },
    { year: 2021, A: 1, B: 3, C: 3, D: 3 },
    { year: 2022, A: 2, B: 2, C: 1, D: 4 },
  ],
  units: [],
  maxRank: 4,
}

describe('sharedRanks', () => {
  it('names each rank held by more than one drawn line, in the lines’ order', () => {
    expect(sharedRanks(series, ['A', 'B', 'C', 'D'])).toEqual([
      { years: [2020, 2022], rank: 2, codes: ['A', 'B'] },
      { years: [2021], rank: 3, codes: ['B', 'C', 'D'] },
    ])
  })

  it('counts only the lines drawn, and never a year without a rank', () => {
    expect(sharedRanks(series, ['A', 'C'])).toEqual([])
    expect(sharedRanks(series, ['C', 'D'])).toEqual([{ years: [2021], rank: 3, codes: ['C', 'D'] }])
  })
})
