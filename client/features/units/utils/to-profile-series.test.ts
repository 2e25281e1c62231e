import { describe, expect, it } from 'vitest'
import type { ProfileYear } from '#shared/dto/profile.ts'
import type { LineageEntry, Placement } from '#shared/dto/unit.ts'
import { breakLabel } from './break-label.ts'
import { groupLineage } from './timeline.ts'
import { toIndexSeries, yearBreaks } from './to-profile-series.ts'

const VN = { parent: { code: 'VN', name: 'Việt Nam' }, kind: 'PROVINCE' as const, block: null }

function year(
  y: number,
  rank: number,
  total: number,
  more: Partial<ProfileYear> = {},
): ProfileYear {
  return {
    year: y,
    cohort: VN,
    indexPct: 80,
    schemeId: null,
    points: null,
    maxPoints: null,
    rank,
    computedRank: rank,
    total,
    ranked: 6,
    amongLoaded: false,
    grade: null,
    status: 'PUBLISHED',
    published: null,
    flags: [],
    previous: null,
    deltaPct: null,
    rankChange: null,
    notComparable: null,
    fields: [],
    tasks: null,
    awards: null,
    awardDecisions: [],
    ...more,
  }
}

const merge = (from: string, to: string, date: string): LineageEntry => ({
  event: 'MERGE',
  from: { code: from, name: from, parent: null },
  to: { code: to, name: to, parent: null },
  effectiveDate: date,
  note: null,
})

const t = (key: string) =>
  (
    ({
      'profile.cohortChanged': 'Đổi nhóm xếp hạng',
      'profile.reorganised': 'Sắp xếp lại',
      'profile.schemeChanged': 'Đổi phương pháp đánh giá',
    }) as Record<string, string>
  )[key] ?? key

describe('yearBreaks and toIndexSeries', () => {
  it('breaks Tây Ninh between 2024 and 2025 at the merger, and starts a new stretch of the rank line', () => {
    const years = [year(2023, 37, 63), year(2024, 30, 63), year(2025, 15, 34)]
    const breaks = yearBreaks(years, [merge('LONG_AN', 'TAY_NINH', '2025-07-01')], [])
    expect(breaks).toEqual([
      { year: 2025, previousYear: 2024, events: [{ event: 'MERGE', date: '2025-07-01' }] },
    ])
    expect(breakLabel(breaks[0]!, 'vi', t)).toBe('Sáp nhập 01/07/2025')
    expect(breakLabel(breaks[0]!, 'en', t)).toBe('Merger 1 July 2025')
    expect(toIndexSeries(years, breaks).map((r) => [r.year, r.segment])).toEqual([
      [2023, 0],
      [2024, 0],
      [2025, 1],
    ])
  })

  it('does not join the rank line across a rank move withheld (Hà Nội: 3/63, then 1/34)', () => {
    const sizeChanged = {
      reason: 'COHORT_SIZE' as const,
      rankOnly: true,
      previousYear: 2024,
      predecessors: [],
    }
    const years = [
      year(2023, 2, 63),
      year(2024, 3, 63),
      year(2025, 1, 34, { notComparable: sizeChanged }),
      year(2026, 1, 34),
    ]
    // No break to draw: the index compares; only the ranks do not.
    expect(yearBreaks(years, [], [])).toEqual([])
    expect(toIndexSeries(years, []).map((r) => [r.year, r.segment])).toEqual([
      [2023, 0],
      [2024, 0],
      [2025, 1],
      [2026, 1],
    ])
  })

  it('breaks at a change of method, its index and rank not compared (Thạnh Hóa 2021 → 2022)', () => {
    const schemeChanged = {
      reason: 'SCHEME' as const,
      rankOnly: false,
      previousYear: 2021,
      predecessors: [],
    }
    const years = [
      year(2021, 13, 15),
      year(2022, 12, 15, { notComparable: schemeChanged }),
      year(2023, 5, 15),
    ]
    const breaks = yearBreaks(years, [], [])
    expect(breaks).toEqual([
      { year: 2022, previousYear: 2021, events: [{ event: 'SCHEME', date: null }] },
    ])
    expect(breakLabel(breaks[0]!, 'vi', t)).toBe('Đổi phương pháp đánh giá')
    expect(toIndexSeries(years, breaks).map((r) => [r.year, r.segment])).toEqual([
      [2021, 0],
      [2022, 1],
      [2023, 1],
    ])
  })

  it('names a change of method beside a merger in the same gap, from the schemes of the two years', () => {
    const merged = {
      reason: 'LINEAGE' as const,
      rankOnly: false,
      previousYear: 2024,
      predecessors: [],
    }
    const years = [
      year(2024, 30, 63, { schemeId: 'VN:PROVINCE:2019' }),
      year(2025, 15, 34, { schemeId: 'VN:PROVINCE:2025', notComparable: merged }),
    ]
    const breaks = yearBreaks(years, [merge('LONG_AN', 'TAY_NINH', '2025-07-01')], [])
    expect(breaks[0]?.events).toEqual([
      { event: 'MERGE', date: '2025-07-01' },
      { event: 'SCHEME', date: null },
    ])
    expect(breakLabel(breaks[0]!, 'vi', t)).toBe('Sáp nhập 01/07/2025; Đổi phương pháp đánh giá')
    // One scheme across the gap: the merger alone.
    const same = years.map((y) => ({ ...y, schemeId: 'VN:PROVINCE:2019' }))
    expect(yearBreaks(same, [merge('LONG_AN', 'TAY_NINH', '2025-07-01')], [])[0]?.events).toEqual([
      { event: 'MERGE', date: '2025-07-01' },
    ])
  })

  it('counts an event on 31 December in the year it ends, and one on 1 January in the next', () => {
    const years = [year(2023, 1, 5), year(2024, 1, 5), year(2025, 1, 5)]
    expect(yearBreaks(years, [merge('A', 'B', '2023-12-31')], []).map((b) => b.year)).toEqual([])
    expect(yearBreaks(years, [merge('A', 'B', '2024-01-01')], []).map((b) => b.year)).toEqual([
      2024,
    ])
  })

  it('joins several events between two years into one label', () => {
    const years = [year(2023, 4, 19), year(2025, 11, 15)]
    const breaks = yearBreaks(
      years,
      [merge('LA.TC', 'TN.TC', '2025-07-01'), merge('TN.KHDT', 'TN.TC', '2025-03-01')],
      [],
    )
    expect(breakLabel(breaks[0]!, 'vi', t)).toBe('Sáp nhập 01/03/2025, 01/07/2025')
  })

  it('breaks at a change of cohort, dated by the placement that began in between', () => {
    const longXuyen = {
      parent: { code: 'AN_GIANG.LONG_XUYEN', name: 'Thành phố Long Xuyên' },
      kind: 'COMMUNE' as const,
      block: null,
    }
    const anGiang = {
      parent: { code: 'AN_GIANG', name: 'Tỉnh An Giang' },
      kind: 'COMMUNE' as const,
      block: 'Xã, đặc khu',
    }
    const placements: Placement[] = [
      { validFrom: '1900-01-01', validTo: '2025-06-30', parent: longXuyen.parent, title: 'XA' },
      { validFrom: '2025-07-01', validTo: null, parent: anGiang.parent, title: 'XA' },
    ]
    const years = [
      year(2024, 4, 13, { cohort: longXuyen }),
      year(2025, 55, 88, { cohort: anGiang }),
    ]
    const breaks = yearBreaks(years, [], placements)
    expect(breaks).toEqual([
      { year: 2025, previousYear: 2024, events: [{ event: 'COHORT', date: '2025-07-01' }] },
    ])
    expect(breakLabel(breaks[0]!, 'vi', t)).toBe('Đổi nhóm xếp hạng 01/07/2025')
  })

  it('does not break years of one unit in one cohort', () => {
    expect(yearBreaks([year(2023, 3, 63), year(2024, 3, 63)], [], [])).toEqual([])
  })
})

describe('groupLineage', () => {
  const entry = (
    from: string,
    to: string | null,
    date = '2025-07-01',
    event: LineageEntry['event'] = 'MERGE',
  ): LineageEntry => ({
    event,
    from: { code: from, name: from, parent: null },
    to: to ? { code: to, name: to, parent: null } : null,
    effectiveDate: date,
    note: 'NQ 1682',
  })

  it('tells three communes merged into one as one line, and a split as another', () => {
    const groups = groupLineage([
      entry('THUY_TAY', '27865'),
      entry('THANH_AN', '27865'),
      entry('TT_THANH_HOA', '27865'),
      entry('BINH_THANH', '28036', '2025-07-01', 'SPLIT'),
      entry('BINH_THANH', '27694', '2025-07-01', 'SPLIT'),
      entry('OLD', null, '2024-01-01', 'DISSOLVE'),
    ])
    expect(
      groups.map((g) => [g.date, g.event, g.from.map((u) => u.code), g.to.map((u) => u.code)]),
    ).toEqual([
      ['2024-01-01', 'DISSOLVE', ['OLD'], []],
      ['2025-07-01', 'MERGE', ['THUY_TAY', 'THANH_AN', 'TT_THANH_HOA'], ['27865']],
      ['2025-07-01', 'SPLIT', ['BINH_THANH'], ['28036', '27694']],
    ])
  })
})
